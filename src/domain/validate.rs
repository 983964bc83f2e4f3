//! Structural and teaching checks on a parsed drill → located diagnostics.
//!
//! Errors make a drill unplayable (a missing node, a loop with no way out); warnings are teaching
//! problems a trainer should fix (no path to a recovered ending, an angry customer nobody owns).

use crate::domain::analyzer;
use crate::domain::diagnostic::{Diagnostic, Pos};
use crate::domain::drill::{ANGRY, mood_delta};
use crate::domain::moves::Move;
use crate::domain::ron_spans::SpanIndex;
use crate::domain::scenario::{Branch, FORMAT_VERSION, Node, Scenario};
use crate::domain::text::closest;
use std::collections::{HashMap, HashSet};

/// Most reply options a node may offer (number keys 1–9 pick them).
pub const MAX_REPLIES: usize = 9;

/// All checks on one parsed drill.
pub fn validate(s: &Scenario, spans: &SpanIndex) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |path: &str| spans.find(path);
    check_header(s, spans, &mut out);
    check_ranges(s, spans, &mut out);

    // Node ids: duplicates, then references.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, n) in s.nodes.iter().enumerate() {
        if n.id.trim().is_empty() {
            out.push(
                Diagnostic::error("empty-id", "a node has an empty id")
                    .at(at(&format!("nodes[{i}].id")))
                    .with_hint("give every node a short unique id such as \"opening\""),
            );
        }
        if let Some(first) = seen.insert(n.id.as_str(), i) {
            let first_pos = at(&format!("nodes[{first}].id"));
            out.push(
                Diagnostic::error("duplicate-id", format!("node id `{}` is used twice", n.id))
                    .at(at(&format!("nodes[{i}].id")))
                    .with_hint(format!(
                        "the first is at line {}; rename one of them",
                        first_pos.map_or(0, |p| p.line)
                    )),
            );
        }
        let mut reply_ids = HashSet::new();
        for (j, r) in n.replies.iter().enumerate() {
            if !reply_ids.insert(r.id.as_str()) {
                out.push(
                    Diagnostic::error(
                        "duplicate-id",
                        format!("reply id `{}` is used twice in node `{}`", r.id, n.id),
                    )
                    .at(at(&format!("nodes[{i}].replies[{j}].id")))
                    .with_hint("reply ids must be unique within their node"),
                );
            }
        }
    }
    let ids: Vec<&str> = s.nodes.iter().map(|n| n.id.as_str()).collect();
    let missing = |target: &str, path: String, what: String, out: &mut Vec<Diagnostic>| {
        if !seen.contains_key(target) {
            let hint = match closest(target, ids.iter().copied()) {
                Some(c) => format!("did you mean `{c}`?"),
                None => format!("node ids in this file: {}", ids.join(", ")),
            };
            out.push(
                Diagnostic::error(
                    "missing-node",
                    format!("{what} goes to node `{target}`, which does not exist"),
                )
                .at(spans.find(&path))
                .with_hint(hint),
            );
        }
    };
    if s.nodes.is_empty() {
        out.push(
            Diagnostic::error("no-nodes", "the drill has no nodes")
                .at(at("nodes"))
                .with_hint(
                    "add a `start` node with replies and at least one ending (see `comeback new`)",
                ),
        );
        return out;
    }
    if !seen.contains_key(s.start.as_str()) {
        missing(&s.start, "start".into(), "`start`".into(), &mut out);
    }
    for (i, n) in s.nodes.iter().enumerate() {
        // Naming every link costs allocations; only a node with a dangling one needs names.
        if targets(n).any(|t| !seen.contains_key(t)) {
            for link in links(i, n) {
                missing(link.target, link.path, link.what, &mut out);
            }
        }
        check_node_shape(n, i, spans, &mut out);
    }
    if out.iter().any(Diagnostic::is_error) {
        // Graph checks need every reference to resolve.
        return out;
    }
    check_graph(s, spans, &mut out);
    check_teaching(s, spans, &mut out);
    crate::domain::lint::check(s, spans, &mut out);
    out
}

fn check_header(s: &Scenario, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    if s.format > FORMAT_VERSION {
        out.push(
            Diagnostic::error(
                "newer-format",
                format!(
                    "this drill is written in format {}, but this Comeback reads format {FORMAT_VERSION} at most",
                    s.format
                ),
            )
            .at(spans.find("format"))
            .with_hint("update Comeback to play this drill"),
        );
    } else if s.format == 0 {
        out.push(
            Diagnostic::error("out-of-range", "`format` starts at 1")
                .at(spans.find("format"))
                .with_hint(format!("write `format: {FORMAT_VERSION}`")),
        );
    }
    if let Some(face) = &s.customer.face
        && let Err(why) = safe_asset_path(face)
    {
        out.push(
            Diagnostic::error("unsafe-path", format!("`face` path {face:?} {why}"))
                .at(spans.find("customer.face"))
                .with_hint(
                    "give a path inside the drill's folder or assets/, e.g. \"faces/dave.png\"",
                ),
        );
    }
    for (field, value) in [
        ("id", &s.id),
        ("title", &s.title),
        ("customer.name", &s.customer.name),
    ] {
        if value.trim().is_empty() {
            out.push(
                Diagnostic::error("empty-field", format!("`{field}` is empty"))
                    .at(spans.find(field))
                    .with_hint("fill it in; it is shown to trainees"),
            );
        }
    }
}

/// Asset references (faces, sounds) may only point inside the drill's folder or `assets/`:
/// relative, no `..`, no drive or root. Drill files are shared, so they are untrusted input.
pub fn safe_asset_path(path: &str) -> Result<(), &'static str> {
    let p = std::path::Path::new(path);
    if path.trim().is_empty() {
        return Err("is empty");
    }
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') || path.contains(':') {
        return Err("is absolute; asset paths must be relative");
    }
    if p.components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
        || path.contains("..")
    {
        return Err("leaves the drill's folder (`..`)");
    }
    Ok(())
}

struct Range<'a> {
    out: &'a mut Vec<Diagnostic>,
    spans: &'a SpanIndex,
}

impl Range<'_> {
    fn num(&mut self, path: &str, v: f64, lo: f64, hi: f64, unit: &str) {
        self.num_at(|| path.to_string(), v, lo, hi, unit);
    }

    /// As `num`, with the path built only when the value is out of range.
    fn num_at(&mut self, path: impl FnOnce() -> String, v: f64, lo: f64, hi: f64, unit: &str) {
        if !v.is_finite() || v < lo || v > hi {
            let path = path();
            let path = path.as_str();
            self.out.push(
                Diagnostic::error(
                    "out-of-range",
                    format!(
                        "`{}` is {v}, outside {lo}–{hi}{unit}",
                        path.rsplit('.').next().unwrap_or(path)
                    ),
                )
                .at(self.spans.find(path))
                .with_hint(format!("use a value from {lo} to {hi}")),
            );
        }
    }
}

fn check_ranges(s: &Scenario, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    let mut r = Range { out, spans };
    r.num(
        "authority.money_limit",
        s.authority.money_limit,
        0.0,
        1e9,
        "",
    );
    r.num(
        "customer.mood",
        f64::from(s.customer.mood),
        0.0,
        100.0,
        " (0 calm, 100 furious)",
    );
    r.num(
        "customer.patience",
        f64::from(s.customer.patience),
        1.0,
        10.0,
        " bad replies",
    );
    r.num(
        "customer.reply_seconds",
        f64::from(s.customer.reply_seconds),
        10.0,
        600.0,
        " s",
    );
    let t = &s.customer.temperament;
    r.num(
        "customer.temperament.sensitivity",
        f64::from(t.sensitivity),
        0.1,
        5.0,
        "",
    );
    for (m, v) in &t.reactions {
        r.num(
            &format!("customer.temperament.reactions.{}", m.id()),
            f64::from(*v),
            0.1,
            5.0,
            "",
        );
    }
    r.num(
        "clock.hours_since_failure",
        f64::from(s.clock.hours_since_failure),
        0.0,
        720.0,
        " h",
    );
    r.num(
        "clock.reply_hours",
        f64::from(s.clock.reply_hours),
        0.0,
        72.0,
        " h",
    );
    r.num(
        "clock.target_hours",
        f64::from(s.clock.target_hours),
        1.0,
        720.0,
        " h",
    );
    for (i, n) in s.nodes.iter().enumerate() {
        for (j, rep) in n.replies.iter().enumerate() {
            let base = || format!("nodes[{i}].replies[{j}]");
            if let Some(m) = rep.mood {
                r.num_at(|| format!("{}.mood", base()), f64::from(m), -50.0, 50.0, "");
            }
            if let Some(h) = rep.hours {
                let at = || format!("{}.hours", base());
                r.num_at(at, f64::from(h), 0.0, 720.0, " h");
            }
            if let Some(h) = rep.promise_hours {
                let at = || format!("{}.promise_hours", base());
                r.num_at(at, f64::from(h), 0.0, 720.0, " h");
            }
            r.num_at(|| format!("{}.cost", base()), rep.cost, 0.0, 1e9, "");
            for (k, b) in rep.branches.iter().enumerate() {
                cond_ranges(&mut r, &format!("{}.branches[{k}].when", base()), b);
            }
        }
        if let Some(ft) = &n.free_text {
            if let Some(h) = ft.hours {
                r.num(
                    &format!("nodes[{i}].free_text.hours"),
                    f64::from(h),
                    0.0,
                    720.0,
                    " h",
                );
            }
            for (k, b) in ft.routes.iter().enumerate() {
                cond_ranges(&mut r, &format!("nodes[{i}].free_text.routes[{k}].when"), b);
            }
        }
    }
}

fn cond_ranges(r: &mut Range<'_>, base: &str, b: &Branch) {
    let c = &b.when;
    for (name, v) in [
        ("mood_at_least", c.mood_at_least),
        ("mood_below", c.mood_below),
    ] {
        if let Some(v) = v {
            r.num(&format!("{base}.{name}"), f64::from(v), 0.0, 100.0, "");
        }
    }
    for (name, v) in [
        ("hours_at_least", c.hours_at_least),
        ("hours_below", c.hours_below),
    ] {
        if let Some(v) = v {
            r.num(&format!("{base}.{name}"), f64::from(v), 0.0, 720.0, " h");
        }
    }
}

fn check_node_shape(n: &Node, i: usize, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    // Positions are looked up only for a finding: building them costs as much as parsing.
    let at = || spans.find(&format!("nodes[{i}]"));
    if n.customer.iter().all(|l| l.trim().is_empty()) {
        out.push(
            Diagnostic::error(
                "no-line",
                format!("the customer says nothing in node `{}`", n.id),
            )
            .at(at())
            .with_hint("add `customer: [\"…\"]` with at least one line"),
        );
    }
    if n.is_end() {
        if !n.replies.is_empty() || n.free_text.is_some() {
            out.push(
                Diagnostic::error(
                    "end-with-replies",
                    format!(
                        "node `{}` is an ending (has `outcome`) but also offers replies",
                        n.id
                    ),
                )
                .at(at())
                .with_hint("remove the replies, or remove `outcome` to make it a normal node"),
            );
        }
    } else if n.replies.is_empty() && n.free_text.is_none() {
        out.push(
            Diagnostic::error(
                "dead-end",
                format!("node `{}` has no replies and no outcome", n.id),
            )
            .at(at())
            .with_hint("add replies, `free_text`, or an `outcome` to end the drill here"),
        );
    } else if n.replies.len() > MAX_REPLIES {
        out.push(
            Diagnostic::error(
                "too-many-replies",
                format!(
                    "node `{}` offers {} replies; at most {MAX_REPLIES}",
                    n.id,
                    n.replies.len()
                ),
            )
            .at(at())
            .with_hint("3–5 replies read best"),
        );
    }
}

/// One `next` in a node: where it points, its path in the file and how to name it in a message.
pub struct Link<'a> {
    pub target: &'a str,
    pub path: String,
    pub what: String,
}

/// Every `next` of node `i` (replies, their branches, free text and its routes), in file order.
pub fn links(i: usize, n: &Node) -> Vec<Link<'_>> {
    let mut v = Vec::new();
    for (j, r) in n.replies.iter().enumerate() {
        let base = format!("nodes[{i}].replies[{j}]");
        v.push(Link {
            target: &r.next,
            path: format!("{base}.next"),
            what: format!("reply `{}`", r.id),
        });
        for (k, b) in r.branches.iter().enumerate() {
            v.push(Link {
                target: &b.next,
                path: format!("{base}.branches[{k}].next"),
                what: format!("a branch of reply `{}`", r.id),
            });
        }
    }
    if let Some(ft) = &n.free_text {
        let base = format!("nodes[{i}].free_text");
        v.push(Link {
            target: &ft.next,
            path: format!("{base}.next"),
            what: format!("free text in `{}`", n.id),
        });
        for (k, b) in ft.routes.iter().enumerate() {
            v.push(Link {
                target: &b.next,
                path: format!("{base}.routes[{k}].next"),
                what: format!("a free-text route in `{}`", n.id),
            });
        }
    }
    v
}

/// Every node a node can lead to.
pub fn successors(n: &Node) -> Vec<&str> {
    targets(n).collect()
}

/// The targets of [`links`], in the same order, without building paths or names.
fn targets(n: &Node) -> impl Iterator<Item = &str> {
    let replies = n.replies.iter().flat_map(|r| {
        std::iter::once(r.next.as_str()).chain(r.branches.iter().map(|b| b.next.as_str()))
    });
    let free = n.free_text.iter().flat_map(|ft| {
        std::iter::once(ft.next.as_str()).chain(ft.routes.iter().map(|b| b.next.as_str()))
    });
    replies.chain(free)
}

fn check_graph(s: &Scenario, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    let index = s.node_indices();
    let Some(&start) = index.get(s.start.as_str()) else {
        return;
    };
    let succ: Vec<Vec<usize>> = s
        .nodes
        .iter()
        .map(|n| {
            successors(n)
                .into_iter()
                .filter_map(|id| index.get(id).copied())
                .collect()
        })
        .collect();
    // forward reachability from start
    let mut reach = vec![false; s.nodes.len()];
    let mut stack = vec![start];
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut reach[i], true) {
            stack.extend(succ[i].iter().copied());
        }
    }
    // backward: which nodes can reach an ending, and a recovered ending
    let can_reach = |pred: &dyn Fn(&Node) -> bool| {
        let mut ok: Vec<bool> = s.nodes.iter().map(pred).collect();
        loop {
            let mut changed = false;
            for i in 0..s.nodes.len() {
                if !ok[i] && succ[i].iter().any(|&j| ok[j]) {
                    ok[i] = true;
                    changed = true;
                }
            }
            if !changed {
                return ok;
            }
        }
    };
    let to_end = can_reach(&|n: &Node| n.is_end());
    let to_recovered = can_reach(&|n: &Node| n.outcome.is_some_and(|o| o.is_recovered()));
    for (i, n) in s.nodes.iter().enumerate() {
        let at = || spans.find(&format!("nodes[{i}].id"));
        if !reach[i] {
            out.push(
                Diagnostic::error(
                    "unreachable",
                    format!("node `{}` can never be reached from `{}`", n.id, s.start),
                )
                .at(at())
                .with_hint("point a reply's `next` at it, or delete it"),
            );
        } else if !to_end[i] && i != start {
            out.push(
                Diagnostic::error(
                    "no-exit",
                    format!("node `{}` is in a loop with no way to an ending", n.id),
                )
                .at(at())
                .with_hint("give one of the replies in this loop a `next` that leads to an ending"),
            );
        }
    }
    if !to_end[start] {
        out.push(
            Diagnostic::error("no-ending", "no ending can be reached from the start node")
                .at(spans.find("start"))
                .with_hint("add a node with `outcome: Recovered` (or Lost) and lead a reply to it"),
        );
    } else if !to_recovered[start] {
        out.push(
            Diagnostic::warning("no-recovery", "no path leads to a recovered ending")
                .at(spans.find("start"))
                .with_hint("trainees must be able to win the customer back: add an `outcome: Recovered` ending"),
        );
    }
}

/// The lowest mood the customer can arrive at each node with (best-case play), by relaxation.
pub fn min_arrival_mood(s: &Scenario) -> Vec<Option<u8>> {
    let index = s.node_indices();
    let mut best: Vec<Option<u8>> = vec![None; s.nodes.len()];
    let Some(&start) = index.get(s.start.as_str()) else {
        return best;
    };
    best[start] = Some(s.customer.mood.min(100));
    for _ in 0..=s.nodes.len() {
        let mut changed = false;
        for (i, n) in s.nodes.iter().enumerate() {
            let Some(a) = best[i] else { continue };
            let mut relax = |target: &str, mood: u8| {
                if let Some(&j) = index.get(target)
                    && best[j].is_none_or(|b| mood < b)
                {
                    best[j] = Some(mood);
                    changed = true;
                }
            };
            for r in &n.replies {
                let d = mood_delta(s, &r.moves, r.mood, a, &[], false);
                let m = (i32::from(a) + d).clamp(0, 100) as u8;
                relax(&r.next, m);
                for b in &r.branches {
                    relax(&b.next, m);
                }
            }
            if let Some(ft) = &n.free_text {
                // a typed reply can be anything: assume the best
                relax(&ft.next, 0);
                for b in &ft.routes {
                    relax(&b.next, 0);
                }
            }
        }
        if !changed {
            break;
        }
    }
    best
}

fn check_teaching(s: &Scenario, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    let arrival = min_arrival_mood(s);
    for (i, n) in s.nodes.iter().enumerate() {
        if n.is_end() {
            continue;
        }
        if arrival[i].is_some_and(|m| m >= ANGRY)
            && n.free_text.is_none()
            && !n.replies.iter().any(|r| {
                r.moves
                    .iter()
                    .any(|m| matches!(m, Move::Ownership | Move::Empathy))
            })
        {
            out.push(
                Diagnostic::warning(
                    "angry-no-ownership",
                    format!(
                        "the customer is still angry in node `{}` (mood ≥ {}), but no reply owns the problem or empathizes",
                        n.id,
                        arrival[i].unwrap_or(ANGRY)
                    ),
                )
                .at(spans.find(&format!("nodes[{i}].id")))
                .with_hint("add a reply with `ownership` or `empathy` so the right move is on offer"),
            );
        }
        for (j, r) in n.replies.iter().enumerate() {
            let base = format!("nodes[{i}].replies[{j}]");
            if r.cost > s.authority.money_limit && !r.escalate {
                out.push(
                    Diagnostic::warning(
                        "beyond-authority",
                        format!(
                            "reply `{}` gives {} but the trainee's limit is {} without approval",
                            r.id, r.cost, s.authority.money_limit
                        ),
                    )
                    .at(spans.find(&format!("{base}.cost")))
                    .with_hint("set `escalate: true` if this reply brings in someone who can approve it, or lower the cost"),
                );
            }
            // Only a reply tagged all-helpful can disagree, so only those are read (the
            // analyzer is most of `check`'s time).
            if !r.moves_inferred && r.moves.iter().all(|m| m.helps()) {
                let read = analyzer::analyze(&r.text).moves();
                let unexpected: Vec<Move> = read
                    .iter()
                    .copied()
                    .filter(|m| !m.helps() && !r.moves.contains(m))
                    .collect();
                if !unexpected.is_empty() {
                    let names: Vec<&str> = unexpected.iter().map(|m| m.id()).collect();
                    out.push(
                        Diagnostic::warning(
                            "moves-disagree",
                            format!(
                                "reply `{}` is tagged [{}] but its words read as {}",
                                r.id,
                                r.moves
                                    .iter()
                                    .map(|m| m.id())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                                names.join(", ")
                            ),
                        )
                        .at(spans.find(&format!("{base}.text")))
                        .with_hint("reword the reply, or tag the move it really makes"),
                    );
                }
            }
        }
    }
}

/// Position helper for callers that only have a path.
pub fn locate(spans: &SpanIndex, path: &str) -> Option<Pos> {
    spans.find(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;
    use crate::domain::scenario::parse;

    fn check(src: &str) -> Vec<Diagnostic> {
        let p = parse(src).unwrap_or_else(|d| panic!("{d}"));
        validate(&p.scenario, &p.spans)
    }

    fn codes(src: &str) -> Vec<&'static str> {
        check(src).into_iter().map(|d| d.code).collect()
    }

    #[test]
    fn clean_drill_is_clean() {
        // The engine's test drill is well-formed but too small to teach every principle: the
        // only finding is that no path can score 100 (lint.rs has a drill that is fully clean).
        assert_eq!(
            codes(DRILL),
            vec!["max-score-unreachable"],
            "{:?}",
            check(DRILL)
        );
    }

    #[test]
    fn missing_node_is_located_with_suggestion() {
        let d = check(&DRILL.replace(
            "next: \"won\",\n             branches",
            "next: \"wn\",\n             branches",
        ));
        let m = d
            .iter()
            .find(|d| d.code == "missing-node")
            .expect("missing-node");
        assert_eq!(m.line, 16);
        assert_eq!(m.hint.as_deref(), Some("did you mean `won`?"));
    }

    #[test]
    fn duplicate_and_start_and_ranges() {
        assert!(codes(&DRILL.replace("(id: \"lost\"", "(id: \"won\"")).contains(&"duplicate-id"));
        assert!(codes(&DRILL.replace("start: \"a\"", "start: \"zzz\"")).contains(&"missing-node"));
        assert!(codes(&DRILL.replace("mood: 70", "mood: 170")).contains(&"out-of-range"));
        assert!(codes(&DRILL.replace("patience: 2", "patience: 0")).contains(&"out-of-range"));
        assert!(
            codes(&DRILL.replace("{empathy: 0.5}", "{empathy: -1.0}")).contains(&"out-of-range")
        );
        assert!(codes(&DRILL.replace("format: 1", "format: 9")).contains(&"newer-format"));
    }

    #[test]
    fn unreachable_and_no_exit_and_no_recovery() {
        let extra = DRILL.replace(
            "(id: \"won\", customer",
            "(id: \"orphan\", customer: [\"?\"], replies: [(text: \"Hi\", moves: [gratitude], next: \"won\")]),\n        (id: \"won\", customer",
        );
        assert!(codes(&extra).contains(&"unreachable"));
        // a loop: b's replies both return to a/b, no ending reachable
        let looped = DRILL
            .replace("next: \"won\",\n             branches: [(when: (mood_at_least: 80), next: \"lost\")]", "next: \"a\"")
            .replace("hours: 30.0, next: \"lost\"", "hours: 30.0, next: \"b\"")
            .replace("next: \"won\")], next: \"b\")", "next: \"b\")], next: \"b\")");
        let c = codes(&looped);
        assert!(c.contains(&"no-ending"), "{c:?}");
        assert!(c.contains(&"unreachable"), "{c:?}");
        let no_win = DRILL.replace("outcome: Recovered", "outcome: Lost");
        assert_eq!(codes(&no_win), vec!["no-recovery"]);
    }

    #[test]
    fn tagged_moves_that_disagree_with_the_words_warn() {
        let src = DRILL.replace(
            "(text: \"Thanks for your patience.\", moves: [gratitude]",
            "(text: \"No, that's against our policy.\", moves: [solution]",
        );
        assert!(codes(&src).contains(&"moves-disagree"), "{:?}", codes(&src));
    }

    #[test]
    fn asset_paths_stay_inside() {
        assert!(safe_asset_path("faces/dave.png").is_ok());
        for bad in [
            "../../etc/passwd",
            "/etc/passwd",
            "C:\\x.png",
            "faces/../../x",
            "",
        ] {
            assert!(safe_asset_path(bad).is_err(), "{bad}");
        }
        let d = codes(&DRILL.replace("patience: 2,", "patience: 2, face: \"../../etc/passwd\","));
        assert!(d.contains(&"unsafe-path"), "{d:?}");
    }

    #[test]
    fn teaching_warnings() {
        // authority
        let d = codes(&DRILL.replace(
            "moves: [gratitude], next",
            "moves: [gratitude], cost: 500.0, next",
        ));
        assert!(d.contains(&"beyond-authority"));
        // angry node without ownership/empathy: node b after blame is angry; strip free text and ownership
        let angry = DRILL
            .replace(
                "moves: [ownership, solution], next: \"b\"",
                "moves: [solution], next: \"b\"",
            )
            .replace(
                ", free_text: (routes: [(when: (said: [ownership]), next: \"won\")], next: \"b\")",
                "",
            )
            .replace("mood: 70", "mood: 95");
        assert!(
            codes(&angry).contains(&"angry-no-ownership"),
            "{:?}",
            codes(&angry)
        );
        // end node with replies, dead end
        assert!(
            codes(&DRILL.replace(
                "outcome: Lost",
                "outcome: Lost, replies: [(text: \"x\", moves: [apology], next: \"a\")]"
            ))
            .contains(&"end-with-replies")
        );
        assert!(
            codes(&DRILL.replace(
                "(id: \"lost\", customer: [\"Bye.\"], outcome: Lost)",
                "(id: \"lost\", customer: [\"Bye.\"])"
            ))
            .contains(&"dead-end")
        );
    }
}
