//! Accuracy: per-move precision, recall and F1 on every labelled set. Run with `--nocapture`
//! to see the tables.
//!
//! Seen sets live in `assets/analyzer/labelled/` (the backoff trains on them); each was written
//! and labelled by another engineer, most were first scored unread (their first figures are in
//! `SEEN`) and then read while generalising the rules. Blind sets live in `tests/data/`: never
//! read, never trained on, scored only here with no per-line output — the honest figure for
//! replies the analyzer has never seen. `ANALYZER_PROBE` refuses them.
//!
//! `ANALYZER_SHOW_<SET>=1` (e.g. `ANALYZER_SHOW_TRAIN7`) lists a seen set's misreads;
//! `ANALYZER_RULES_ONLY=1` lists those of the rules alone (for writing rules).

use super::analyze;
use crate::domain::moves::Move;
use std::collections::BTreeSet;

/// Settings never looked at while writing rules: the honest estimate of unseen text.
const HELD_OUT: [&str; 3] = ["healthcare_clinic", "software_saas", "utilities"];

struct Labelled {
    id: String,
    setting: String,
    text: String,
    gold: BTreeSet<Move>,
}

fn load() -> Vec<Labelled> {
    load_file("responses-dev.jsonl").expect("dev set present")
}

/// A labelled file: a seen set under `assets/analyzer/labelled/` (the backoff's training data)
/// or a blind one under `tests/data/` (`None` when it is in neither).
fn load_file(name: &str) -> Option<Vec<Labelled>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let seen = format!("{root}/assets/analyzer/labelled/{name}");
    let blind = format!("{root}/tests/data/{name}");
    let path = if std::path::Path::new(&seen).exists() {
        seen
    } else {
        blind
    };
    let data = std::fs::read_to_string(path).ok()?;
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("valid dev line");
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            let gold = v["moves"]
                .as_array()
                .expect("moves array")
                .iter()
                .map(|m| {
                    m.as_str()
                        .unwrap_or_default()
                        .parse::<Move>()
                        .expect("known move")
                })
                .collect();
            Labelled {
                id: s("id"),
                setting: s("setting"),
                text: s("text"),
                gold,
            }
        })
        .collect::<Vec<_>>()
        .into()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

struct Report {
    per_move: Vec<(Move, Counts)>,
    exact: f64,
}

fn prf(c: Counts) -> (f64, f64, f64) {
    let p = if c.tp + c.fp > 0 {
        c.tp as f64 / (c.tp + c.fp) as f64
    } else {
        0.0
    };
    let r = if c.tp + c.fn_ > 0 {
        c.tp as f64 / (c.tp + c.fn_) as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

impl Report {
    fn macro_f1(&self) -> f64 {
        self.per_move.iter().map(|(_, c)| prf(*c).2).sum::<f64>() / self.per_move.len() as f64
    }
    fn of(&self, m: Move) -> (f64, f64, f64) {
        self.per_move
            .iter()
            .find(|(x, _)| *x == m)
            .map(|(_, c)| prf(*c))
            .unwrap_or_default()
    }
}

fn score(items: &[&Labelled], verbose: bool) -> Report {
    score_with(items, verbose, &|t| analyze(t).moves())
}

/// `ANALYZER_RULES_ONLY=1` lists the misreads of the rules alone (for writing rules).
fn rules_only_listing() -> bool {
    std::env::var("ANALYZER_RULES_ONLY").is_ok()
}

fn score_with(items: &[&Labelled], verbose: bool, read: &dyn Fn(&str) -> Vec<Move>) -> Report {
    let mut per_move: Vec<(Move, Counts)> =
        Move::ALL.iter().map(|m| (*m, Counts::default())).collect();
    let mut exact = 0;
    for it in items {
        let pred: BTreeSet<Move> = read(&it.text).into_iter().collect();
        if pred == it.gold {
            exact += 1;
        } else if verbose {
            let miss: Vec<_> = it.gold.difference(&pred).map(|m| m.id()).collect();
            let extra: Vec<_> = pred.difference(&it.gold).map(|m| m.id()).collect();
            println!(
                "{} missed {:?} extra {:?} | {}",
                it.id, miss, extra, it.text
            );
        }
        for (m, c) in per_move.iter_mut() {
            match (pred.contains(m), it.gold.contains(m)) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                _ => {}
            }
        }
    }
    Report {
        per_move,
        exact: exact as f64 / items.len().max(1) as f64,
    }
}

fn print_table(name: &str, r: &Report) {
    println!("\n== {name} ==");
    println!(
        "{:<12} {:>5} {:>5} {:>5}  {:>3} {:>3} {:>3}",
        "move", "P", "R", "F1", "tp", "fp", "fn"
    );
    for (m, c) in &r.per_move {
        let (p, rc, f) = prf(*c);
        println!(
            "{:<12} {:>5.2} {:>5.2} {:>5.2}  {:>3} {:>3} {:>3}",
            m.id(),
            p,
            rc,
            f,
            c.tp,
            c.fp,
            c.fn_
        );
    }
    println!(
        "macro-F1 {:.3}  refusal precision {:.2}  exact match {:.3}",
        r.macro_f1(),
        r.of(Move::Refusal).0,
        r.exact
    );
}

// Dev floors. Reached when first set: fit 0.969, held-out 0.644 (the held-out settings were
// read in pass 1, so no longer blind), all 0.909, refusal precision 0.92. Raised after each
// pass to just under what was reached; after pass 12 (rules and backoff): fit 0.986, held-out
// 0.975, all 0.983, refusal precision 1.00 (rules alone: all 0.975).
const FLOOR_MACRO_FIT: f64 = 0.98;
const FLOOR_MACRO_ALL: f64 = 0.98;
const FLOOR_MACRO_HELD: f64 = 0.97;
const FLOOR_REFUSAL_P: f64 = 0.99;

#[test]
fn dev_set_accuracy() {
    let all = load();
    assert_eq!(all.len(), 240);
    let verbose = std::env::var("ANALYZER_ERRORS").is_ok();
    let fit: Vec<&Labelled> = all
        .iter()
        .filter(|l| !HELD_OUT.contains(&l.setting.as_str()))
        .collect();
    let held: Vec<&Labelled> = all
        .iter()
        .filter(|l| HELD_OUT.contains(&l.setting.as_str()))
        .collect();
    let everything: Vec<&Labelled> = all.iter().collect();
    let show_held = std::env::var("ANALYZER_SHOW_HELD").is_ok();
    let only = rules_only_listing();
    let (rf, rh, ra) = (
        score(&fit, verbose && !only),
        score(&held, verbose && show_held && !only),
        score(&everything, false),
    );
    let rules = score_with(&everything, verbose && only, &super::rules_only_moves);
    print_table("dev set (240 replies, seen)", &ra);
    println!(
        "rules alone: macro-F1 {:.3}  refusal precision {:.2}",
        rules.macro_f1(),
        rules.of(Move::Refusal).0
    );
    if show_held {
        print_table("dev fit slice (9 settings)", &rf);
        print_table(
            &format!("dev held-out slice ({})", HELD_OUT.join(", ")),
            &rh,
        );
    }
    // Floors: set from what the rules reach; never lower them.
    assert!(
        rf.macro_f1() >= FLOOR_MACRO_FIT,
        "fit macro-F1 {:.3}",
        rf.macro_f1()
    );
    assert!(
        ra.macro_f1() >= FLOOR_MACRO_ALL,
        "macro-F1 {:.3}",
        ra.macro_f1()
    );
    assert!(
        rh.macro_f1() >= FLOOR_MACRO_HELD,
        "held-out macro-F1 {:.3}",
        rh.macro_f1()
    );
    assert!(
        ra.of(Move::Refusal).0 >= FLOOR_REFUSAL_P,
        "refusal precision {:.2}",
        ra.of(Move::Refusal).0
    );
}

/// One labelled file and its floors (set from what was reached; never lowered).
struct Slice {
    file: &'static str,
    name: &'static str,
    /// The variable that lists its misreads (None: never, for a blind set).
    show: Option<&'static str>,
    floor_macro: f64,
    floor_refusal_p: f64,
}

/// Score one slice: print its table and return what falls below its floors.
fn check_slice(s: &Slice) -> Vec<String> {
    let Some(items) = load_file(s.file) else {
        return vec![format!("{} is missing", s.file)];
    };
    let items: Vec<&Labelled> = items.iter().collect();
    let verbose = s.show.is_some_and(|v| std::env::var(v).is_ok());
    let only = rules_only_listing();
    let rules = score_with(&items, verbose && only, &super::rules_only_moves);
    let r = score(&items, verbose && !only);
    print_table(&format!("{} ({} replies)", s.name, items.len()), &r);
    println!(
        "rules alone: macro-F1 {:.3}  refusal precision {:.2}",
        rules.macro_f1(),
        rules.of(Move::Refusal).0
    );
    let mut low = Vec::new();
    if r.macro_f1() < s.floor_macro {
        low.push(format!(
            "{} macro-F1 {:.3} < {}",
            s.name,
            r.macro_f1(),
            s.floor_macro
        ));
    }
    if r.of(Move::Refusal).0 < s.floor_refusal_p {
        low.push(format!(
            "{} refusal precision {:.2} < {}",
            s.name,
            r.of(Move::Refusal).0,
            s.floor_refusal_p
        ));
    }
    low
}

const fn seen(
    file: &'static str,
    name: &'static str,
    show: &'static str,
    floor_macro: f64,
) -> Slice {
    Slice {
        file,
        name,
        show: Some(show),
        floor_macro,
        floor_refusal_p: 0.95,
    }
}

/// The seen sets besides dev. The comment on each is its first figure (macro-F1 / refusal
/// precision) while it was still unread, with the code of the time.
const SEEN: &[Slice] = &[
    // 0.841 / 0.81 (rules, pass 1)
    seen(
        "responses-unseen.jsonl",
        "unseen",
        "ANALYZER_SHOW_UNSEEN",
        0.96,
    ),
    // 0.768 / 0.76, then 0.775 / 0.79 (rules, pass 2)
    seen(
        "responses-blind1.jsonl",
        "blind-1",
        "ANALYZER_SHOW_BLIND1",
        0.97,
    ),
    // 0.816 / 0.89 (rules, pass 3)
    seen(
        "responses-blind2.jsonl",
        "blind-2",
        "ANALYZER_SHOW_BLIND2",
        0.97,
    ),
    // 0.816 / 0.91 rules alone, 0.821 / 0.91 with the backoff (pass 4)
    seen(
        "responses-blind3.jsonl",
        "blind-3",
        "ANALYZER_SHOW_BLIND3",
        0.95,
    ),
    // 0.784 / 0.90 rules alone, 0.801 / 0.90 with the backoff (pass 4)
    seen(
        "responses-blind4.jsonl",
        "blind-4",
        "ANALYZER_SHOW_BLIND4",
        0.95,
    ),
    // 0.792 / 0.95 (pass 5): live chat and email
    seen(
        "responses-train5.jsonl",
        "train-5",
        "ANALYZER_SHOW_TRAIN5",
        0.95,
    ),
    // 0.794 / 0.80 (pass 5): phone and formal corporate
    seen(
        "responses-train6.jsonl",
        "train-6",
        "ANALYZER_SHOW_TRAIN6",
        0.95,
    ),
    // 0.813 / 0.81 (pass 7): second-language and senior staff
    seen(
        "responses-train7.jsonl",
        "train-7",
        "ANALYZER_SHOW_TRAIN7",
        0.94,
    ),
    // 0.819 / 0.89 (pass 6): one-liners and long replies
    seen(
        "responses-train8.jsonl",
        "train-8",
        "ANALYZER_SHOW_TRAIN8",
        0.94,
    ),
    // 0.856 / 0.82 (pass 9): tired and over-eager staff
    seen(
        "responses-train9.jsonl",
        "train-9",
        "ANALYZER_SHOW_TRAIN9",
        0.95,
    ),
    // 0.834 / 0.91 (pass 10): managers, scripts, family businesses
    seen(
        "responses-train10.jsonl",
        "train-10",
        "ANALYZER_SHOW_TRAIN10",
        0.92,
    ),
    // 0.854 / 0.87, then 0.856 / 0.95 with the refusal veto (pass 10)
    seen(
        "responses-blind5.jsonl",
        "blind-5",
        "ANALYZER_SHOW_BLIND5",
        0.94,
    ),
    // 0.837 / 0.86, then 0.836 / 0.85 with the refusal veto (pass 10)
    seen(
        "responses-blind6.jsonl",
        "blind-6",
        "ANALYZER_SHOW_BLIND6",
        0.93,
    ),
    // 0.831 / 0.85 (pass 11): contact centres abroad
    seen(
        "responses-train11.jsonl",
        "train-11",
        "ANALYZER_SHOW_TRAIN11",
        0.94,
    ),
    // 0.850 / 0.95 (pass 11): first lines only
    seen(
        "responses-train12.jsonl",
        "train-12",
        "ANALYZER_SHOW_TRAIN12",
        0.92,
    ),
    // 0.827 / 0.88 (pass 11): half-right replies
    seen(
        "responses-train13.jsonl",
        "train-13",
        "ANALYZER_SHOW_TRAIN13",
        0.92,
    ),
    // 0.864 / 1.00 (pass 11): unusual words
    seen(
        "responses-train14.jsonl",
        "train-14",
        "ANALYZER_SHOW_TRAIN14",
        0.94,
    ),
    // 0.862 / 0.91 (pass 12), then 0.865 / 0.88 (pass 13): looked at twice, then read
    seen(
        "responses-blind7.jsonl",
        "blind-7",
        "ANALYZER_SHOW_BLIND7",
        0.93,
    ),
    // 0.840 / 1.00 (pass 12), then 0.840 / 1.00 (pass 13): looked at twice, then read
    seen(
        "responses-blind8.jsonl",
        "blind-8",
        "ANALYZER_SHOW_BLIND8",
        0.93,
    ),
    // 0.883 / 0.96 (pass 12)
    seen(
        "responses-train15.jsonl",
        "train-15",
        "ANALYZER_SHOW_TRAIN15",
        0.94,
    ),
    // 0.864 / 0.92 (pass 12): helping and hurting side by side
    seen(
        "responses-train16.jsonl",
        "train-16",
        "ANALYZER_SHOW_TRAIN16",
        0.94,
    ),
    // 0.834 / 0.81 (pass 12): hedged refusals and waits
    seen(
        "responses-train17.jsonl",
        "train-17",
        "ANALYZER_SHOW_TRAIN17",
        0.93,
    ),
    // 0.858 / 0.96 (pass 12): rude customers, defensive staff
    seen(
        "responses-train18.jsonl",
        "train-18",
        "ANALYZER_SHOW_TRAIN18",
        0.93,
    ),
    // 0.808 / 0.98 (pass 14 + soft veto): refusal-focused, real no's and look-alikes
    seen(
        "responses-train19.jsonl",
        "train-19",
        "ANALYZER_SHOW_TRAIN19",
        0.91,
    ),
    // 0.862 / 0.98 (pass 14 + soft veto): refusal-focused, real no's and look-alikes
    seen(
        "responses-train20.jsonl",
        "train-20",
        "ANALYZER_SHOW_TRAIN20",
        0.92,
    ),
    // 0.846 / 0.98 (pass 14 + soft veto): refusal-focused, real no's and look-alikes
    seen(
        "responses-train21.jsonl",
        "train-21",
        "ANALYZER_SHOW_TRAIN21",
        0.92,
    ),
    // 0.796 / 0.98 (pass 14 + soft veto): refusal-focused, real no's and look-alikes
    seen(
        "responses-train22.jsonl",
        "train-22",
        "ANALYZER_SHOW_TRAIN22",
        0.9,
    ),
    // 0.854 / 0.91 (pass 14), then 0.859 / 0.91 (pass 15): looked at twice, then read
    seen(
        "responses-blind9.jsonl",
        "blind-9",
        "ANALYZER_SHOW_BLIND9",
        0.93,
    ),
    // 0.867 / 0.90 (pass 14), then 0.869 / 0.90 (pass 15): looked at twice, then read
    seen(
        "responses-blind10.jsonl",
        "blind-10",
        "ANALYZER_SHOW_BLIND10",
        0.93,
    ),
    // 0.861 / 0.82 (pass 14 + soft veto), then 0.855 / 0.82 (pass 15): looked at twice, then read
    seen(
        "responses-blind11.jsonl",
        "blind-11",
        "ANALYZER_SHOW_BLIND11",
        0.93,
    ),
    // 0.869 / 0.96 (pass 14 + soft veto), then 0.872 / 0.96 (pass 15): looked at twice, then read
    seen(
        "responses-blind12.jsonl",
        "blind-12",
        "ANALYZER_SHOW_BLIND12",
        0.93,
    ),
];

/// The blind sets: never read, never trained on; floors a little under their first figure.
const BLIND_SETS: &[Slice] = &[
    // First scored after pass 16: 0.847 / 0.83 (19 of 23); again with the backoff trained ten
    // epochs instead of thirty (the code as it stands): 0.857 / 0.86 (19 of 22). Both looks spent.
    Slice {
        file: "responses-blind13.jsonl",
        name: "blind-13, never read",
        show: None,
        floor_macro: 0.83,
        floor_refusal_p: 0.78,
    },
    // First scored after pass 16: 0.873 / 1.00 (21 of 21); again with ten epochs: 0.873 / 1.00.
    // Both looks spent.
    Slice {
        file: "responses-blind14.jsonl",
        name: "blind-14, never read",
        show: None,
        floor_macro: 0.86,
        floor_refusal_p: 0.95,
    },
];

#[test]
fn seen_sets_accuracy() {
    let low: Vec<String> = SEEN.iter().flat_map(check_slice).collect();
    assert!(low.is_empty(), "{}", low.join("\n"));
}

#[test]
fn blind_sets_accuracy() {
    let low: Vec<String> = BLIND_SETS.iter().flat_map(check_slice).collect();
    assert!(low.is_empty(), "{}", low.join("\n"));
}

/// Developer aid: `ANALYZER_PROBE=file.jsonl` (lines with `text` and optional `moves`) prints
/// what the analyzer reads in each line and marks disagreements with `!!`.
#[test]
fn probe_file() {
    let Ok(path) = std::env::var("ANALYZER_PROBE") else {
        return;
    };
    // Blind sets stay blind: only their aggregate figures are ever shown.
    if BLIND_SETS
        .iter()
        .any(|b| path.contains(b.file.trim_end_matches(".jsonl")))
    {
        println!("ANALYZER_PROBE refuses the blind sets; see blind_sets_accuracy");
        return;
    }
    let data = std::fs::read_to_string(path).expect("probe file");
    for l in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).expect("probe line");
        let text = v["text"].as_str().unwrap_or_default();
        let pred: BTreeSet<Move> = analyze(text).moves().into_iter().collect();
        let gold: Option<BTreeSet<Move>> = v["moves"].as_array().map(|a| {
            a.iter()
                .filter_map(|m| m.as_str().and_then(|s| s.parse().ok()))
                .collect()
        });
        let flag = match &gold {
            Some(g) if *g != pred => {
                let miss: Vec<_> = g.difference(&pred).map(|m| m.id()).collect();
                let extra: Vec<_> = pred.difference(g).map(|m| m.id()).collect();
                format!("!! missed {miss:?} extra {extra:?}")
            }
            _ => "ok".to_string(),
        };
        println!("{flag} | {text}");
        if std::env::var("ANALYZER_TRACE").is_ok() {
            for t in super::trace(text) {
                println!("    {t}");
            }
        }
    }
}
