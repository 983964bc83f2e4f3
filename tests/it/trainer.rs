//! Trainer tools end to end: `autoplay`, `new`, `translate`, translations in `check`, and the
//! ink story the peer benchmark plays (kept in step with its drill here).

use crate::cli::comeback;
use comeback::domain::drill::mood_delta;
use comeback::domain::library;
use comeback::domain::scenario::{Condition, Outcome, Scenario};
use std::path::{Path, PathBuf};
use std::process::Output;

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 temp path")
}

#[test]
fn autoplay_exhaustive_prints_histogram_endings_and_paths() {
    let o = comeback(&[
        "autoplay",
        "scenarios/insists-on-manager.ron",
        "--strategy",
        "exhaustive",
    ]);
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    for want in [
        "exhaustive play",
        "scores (mean",
        "90–100",
        "endings:",
        "best :",
        "worst:",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(out.contains("comeback play --choices"), "{out}");
}

#[test]
fn autoplay_json_is_reproducible_for_a_seed() {
    let args = [
        "autoplay",
        "scenarios/insists-on-manager.ron",
        "--runs",
        "300",
        "--seed",
        "5",
        "--format",
        "json",
    ];
    let a = comeback(&args);
    let b = comeback(&args);
    assert!(a.status.success(), "{}", text(&a));
    assert_eq!(a.stdout, b.stdout, "same seed, same report");
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).expect("json");
    assert_eq!(v["runs"], 300);
    assert_eq!(v["strategy"], "random");
    let hist: u64 = v["histogram"]
        .as_array()
        .expect("histogram")
        .iter()
        .map(|b| b["count"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(hist, 300);
    assert_eq!(v["errors"], 0);
}

#[test]
fn autoplay_on_a_broken_drill_prints_check_diagnostics_and_fails() {
    let o = comeback(&["autoplay", "tests/bad_scenarios/missing-node.ron"]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("missing-node.ron:"), "{out}");
    assert!(out.contains("error[missing-node]"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
}

#[test]
fn new_writes_a_template_that_passes_check_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = comeback(&["new", "late-parcel", "--dir", s(dir.path())]);
    assert!(o.status.success(), "{}", text(&o));
    let file = dir.path().join("late-parcel.ron");
    let written = std::fs::read(&file).expect("written");
    let c = comeback(&["check", s(dir.path()), "--deny-warnings"]);
    assert!(c.status.success(), "{}", text(&c));
    assert!(text(&c).contains("0 errors, 0 warnings"), "{}", text(&c));

    std::fs::write(&file, "edited by the trainer").expect("edit");
    let again = comeback(&["new", "late-parcel", "--dir", s(dir.path())]);
    assert!(!again.status.success());
    assert!(text(&again).contains("already exists"), "{}", text(&again));
    assert_eq!(
        std::fs::read(&file).expect("kept"),
        b"edited by the trainer"
    );
    assert_ne!(written, b"edited by the trainer");

    let bad = comeback(&["new", "Late Parcel", "--dir", s(dir.path())]);
    assert!(!bad.status.success());
    assert!(text(&bad).contains("not a drill id"), "{}", text(&bad));
}

#[test]
fn translate_writes_a_skeleton_that_check_reports_as_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let drill = dir.path().join("insists-on-manager.ron");
    std::fs::copy(root().join("scenarios/insists-on-manager.ron"), &drill).expect("copy");
    let o = comeback(&["translate", s(&drill), "--lang", "de"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(dir.path().join("insists-on-manager.de.ron").exists());
    // warnings only: check passes, --deny-warnings does not
    let c = comeback(&["check", s(dir.path())]);
    let out = text(&c);
    assert!(c.status.success(), "{out}");
    assert!(
        out.contains("checked 1 drill file and 1 translation"),
        "{out}"
    );
    assert!(out.contains("warning[translation-missing]"), "{out}");
    assert!(out.contains("insists-on-manager.de.ron:"), "{out}");
    let strict = comeback(&["check", s(dir.path()), "--deny-warnings"]);
    assert_eq!(strict.status.code(), Some(1));
    let json = comeback(&["check", s(dir.path()), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let kinds: Vec<&str> = v
        .as_array()
        .expect("one report per file")
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert_eq!(kinds, vec!["drill", "translation"]);
    // refuses to overwrite, rejects a bad code
    let again = comeback(&["translate", s(&drill), "--lang", "de"]);
    assert!(text(&again).contains("already exists"), "{}", text(&again));
    let bad = comeback(&["translate", s(&drill), "--lang", "German"]);
    assert!(text(&bad).contains("not a language code"), "{}", text(&bad));
    // a translation with no drill beside it is an error
    std::fs::remove_file(&drill).expect("rm");
    let orphan = comeback(&["check", s(dir.path())]);
    assert_eq!(orphan.status.code(), Some(1), "{}", text(&orphan));
    assert!(
        text(&orphan).contains("translation-orphan"),
        "{}",
        text(&orphan)
    );
}

#[test]
fn bundled_french_translation_is_complete_and_applies() {
    let (lib, problems) =
        library::load_with_language(&[root().join("scenarios")], "fr").expect("loads");
    assert!(problems.is_empty(), "{problems:?}");
    let english = library::load_dir(&root().join("scenarios")).expect("loads");
    let tr = library::collect_translations(&[root().join("scenarios")]);
    assert!(!tr.is_empty(), "one translation ships");
    for p in &tr {
        let c = comeback::domain::translation::check_file(p, &english);
        assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    }
    let id = "insists-on-manager";
    let fr = lib.find(id).and_then(|e| e.scenario.clone()).expect("fr");
    let en = english
        .find(id)
        .and_then(|e| e.scenario.clone())
        .expect("en");
    assert_ne!(fr.title, en.title);
    assert_ne!(fr.nodes[0].customer, en.nodes[0].customer);
    for (a, b) in fr.nodes.iter().zip(&en.nodes) {
        assert_eq!(a.id, b.id);
        for (x, y) in a.replies.iter().zip(&b.replies) {
            assert_ne!(x.text, y.text, "reply {} of {} translated", x.id, a.id);
            assert_eq!(
                (&x.moves, &x.next),
                (&y.moves, &y.next),
                "moves and routes stay"
            );
        }
    }
    // named on its own, a translation is checked against the drill beside it
    let o = comeback(&[
        "check",
        "scenarios/insists-on-manager.fr.ron",
        "--deny-warnings",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("checked 1 translation: 0 errors, 0 warnings"),
        "{}",
        text(&o)
    );
    // a language with no files leaves the drills as they are
    let (same, none) =
        library::load_with_language(&[root().join("scenarios")], "it").expect("loads");
    assert!(none.is_empty());
    assert_eq!(same.find(id).and_then(|e| e.scenario.clone()), Some(en));
}

#[test]
fn the_documented_example_drill_passes_check_with_no_warnings() {
    let doc = std::fs::read_to_string(root().join("scenarios/README.md")).expect("README");
    let start = doc
        .find("```ron\n// Comments are allowed anywhere.")
        .expect("the complete example")
        + "```ron\n".len();
    let len = doc[start..].find("```").expect("closing fence");
    let e = library::check_source(
        "late-birthday-cake.ron",
        &doc.as_bytes()[start..start + len],
    );
    let diags: Vec<String> = e.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(diags.is_empty(), "{}", diags.join("\n"));
    assert!(e.scenario.is_some());
}

#[test]
fn every_bundled_drill_maps_to_a_consistent_layered_graph() {
    use comeback::domain::drillmap::{self, MapNodeKind};
    for s in library::load_dir(&root().join("scenarios"))
        .expect("loads")
        .playable()
    {
        let m = drillmap::build(s);
        assert_eq!(m.nodes.len(), s.nodes.len());
        let start = m.node(&s.start).expect("start");
        assert_eq!(
            (start.layer, start.kind),
            (0, MapNodeKind::Start),
            "{}",
            s.id
        );
        assert!(m.nodes.iter().all(|n| n.reachable), "{}", s.id);
        for l in 0..m.layers {
            let mut rows: Vec<usize> = m
                .nodes
                .iter()
                .filter(|n| n.layer == l)
                .map(|n| n.order)
                .collect();
            rows.sort_unstable();
            assert_eq!(
                rows,
                (0..rows.len()).collect::<Vec<_>>(),
                "{} layer {l}",
                s.id
            );
        }
        for e in &m.edges {
            let (a, b) = (m.node(&e.from).expect("from"), m.node(&e.to).expect("to"));
            assert_eq!(e.back, b.layer <= a.layer, "{}: {e:?}", s.id);
        }
        let replies: usize = s.nodes.iter().map(|n| n.replies.len()).sum();
        assert!(m.edges.len() >= replies, "{}", s.id);
        let json = serde_json::to_value(&m).expect("serialises");
        assert!(json["nodes"].is_array());
    }
}

// ---- the ink story for the peer benchmark (benches/ink) ----

/// The drill the peer benchmark plays.
const INK_DRILL: &str = "scenarios/insists-on-manager.ron";
const INK_FILE: &str = "benches/ink/insists-on-manager.ink";

fn ink_name(id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("n_{clean}")
}

fn ink_text(t: &str) -> String {
    let mut o = String::new();
    for c in t.chars() {
        if "\\[]{}|#<>/~*+-=\"".contains(c) {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

/// The ink condition for a branch, or None when it can never hold for this reply.
fn ink_condition(c: &Condition, said: &[comeback::domain::moves::Move]) -> Option<String> {
    if !c.said.iter().all(|m| said.contains(m)) || c.not_said.iter().any(|m| said.contains(m)) {
        return None;
    }
    if c.open_promise == Some(true) {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    parts.extend(c.made.iter().map(|m| format!("made_{}", m.id())));
    parts.extend(c.not_made.iter().map(|m| format!("not made_{}", m.id())));
    if let Some(v) = c.mood_at_least {
        parts.push(format!("mood >= {v}"));
    }
    if let Some(v) = c.mood_below {
        parts.push(format!("mood < {v}"));
    }
    if let Some(v) = c.hours_at_least {
        parts.push(format!("hours >= {v:.2}"));
    }
    if let Some(v) = c.hours_below {
        parts.push(format!("hours < {v:.2}"));
    }
    Some(if parts.is_empty() {
        "true".to_string()
    } else {
        parts.join(" and ")
    })
}

/// The drill as an ink story: a knot per node, a sticky choice per reply, mood / patience /
/// hours / moves made as variables, branch conditions as conditional diverts. Mood changes are
/// each reply's effect at the drill's starting mood (ink has no analyzer or scorer).
fn ink_story(s: &Scenario) -> String {
    use comeback::domain::moves::Move;
    let mut o = String::new();
    o.push_str(&format!(
        "// Generated from {INK_DRILL} by tests/it/trainer.rs (UPDATE_INK=1 rewrites it). Do not edit.\n"
    ));
    o.push_str(&format!(
        "VAR mood = {}\nVAR patience = {}\nVAR hours = {:.2}\nVAR outcome = \"none\"\n",
        s.customer.mood, s.customer.patience, s.clock.hours_since_failure
    ));
    for m in Move::ALL {
        o.push_str(&format!("VAR made_{} = false\n", m.id()));
    }
    o.push_str(&format!("-> {}\n\n", ink_name(&s.start)));
    o.push_str("=== function clamp(x) ===\n{\n- x < 0:\n    ~ return 0\n- x > 100:\n    ~ return 100\n- else:\n    ~ return x\n}\n\n");
    o.push_str("=== walked_out ===\nThat's it. I'm taking my business somewhere else.\n~ outcome = \"walked_out\"\n-> END\n\n");
    for n in &s.nodes {
        o.push_str(&format!("=== {} ===\n", ink_name(&n.id)));
        if let Some(out) = n.outcome {
            let id = match out {
                Outcome::Recovered => "recovered",
                Outcome::RecoveredDelighted => "recovered_delighted",
                Outcome::Escalated => "escalated",
                Outcome::Lost => "lost",
            };
            let line = n.customer.first().map_or(String::new(), |l| ink_text(l));
            o.push_str(&format!("{line}\n~ outcome = \"{id}\"\n-> END\n\n"));
            continue;
        }
        o.push_str("{ patience <= 0: -> walked_out }\n");
        let lines: Vec<String> = n.customer.iter().map(|l| ink_text(l)).collect();
        o.push_str(&format!("{{~{}}}\n", lines.join("|")));
        for r in &n.replies {
            let delta = mood_delta(s, &r.moves, r.mood, s.customer.mood, &[], false);
            o.push_str(&format!("+ [{}]\n", ink_text(&r.text)));
            o.push_str(&format!("    ~ mood = clamp(mood + {delta})\n"));
            if delta > 0 {
                o.push_str("    ~ patience = patience - 1\n");
            }
            let h = r.hours.unwrap_or(s.clock.reply_hours);
            o.push_str(&format!("    ~ hours = hours + {h:.2}\n"));
            for m in &r.moves {
                o.push_str(&format!("    ~ made_{} = true\n", m.id()));
            }
            for b in &r.branches {
                if let Some(c) = ink_condition(&b.when, &r.moves) {
                    o.push_str(&format!("    {{ {c}: -> {} }}\n", ink_name(&b.next)));
                }
            }
            o.push_str(&format!("    -> {}\n", ink_name(&r.next)));
        }
        o.push('\n');
    }
    o
}

#[test]
fn ink_story_matches_drill() {
    let e = library::load_file(&root().join(INK_DRILL));
    let s = e.scenario.expect("bundled drill loads");
    let story = ink_story(&s);
    let path = root().join(INK_FILE);
    if std::env::var_os("UPDATE_INK").is_some() {
        std::fs::write(&path, &story).expect("write ink story");
    }
    let replies: usize = s.nodes.iter().map(|n| n.replies.len()).sum();
    assert_eq!(
        story.matches("\n+ [").count(),
        replies,
        "a choice per reply"
    );
    assert_eq!(
        story.matches("\n=== n_").count(),
        s.nodes.len(),
        "a knot per node"
    );
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == story,
        "{INK_FILE} is out of date with {INK_DRILL}: run `UPDATE_INK=1 cargo test --no-default-features --test it ink_story`"
    );
}
