//! Teaching lints that look at whole paths, run by `validate` after the structural checks pass:
//! a drill can be well-formed and still teach the wrong thing.
//!
//! - `only-good-reply-says-no`: every reply that can still lead to a recovered ending says no.
//! - `significant-no-escalation`: a significant failure the trainee cannot escalate (at once).
//! - `max-score-unreachable`: picking replies, no path scores 100; says what caps it.
//! - `worst-close-to-best`: the worst path scores within 20 points of the best.
//!
//! The graph-play lints stay cheap: two greedy playthroughs settle most drills, and full
//! enumeration runs only on drills with at most [`LINT_PATH_CAP`] reply paths; above that they
//! say nothing rather than guess.

use crate::domain::analyzer;
use crate::domain::autoplay::{self, PathResult};
use crate::domain::diagnostic::Diagnostic;
use crate::domain::moves::Move;
use crate::domain::ron_spans::SpanIndex;
use crate::domain::scenario::{FailureSeverity, Reply, Scenario};
use crate::domain::scoring::Principle;
use std::collections::VecDeque;
use std::sync::Arc;

/// Most reply paths a drill may have for the path lints to enumerate them.
pub const LINT_PATH_CAP: usize = 500;

/// A worst path this close to the best (or closer) teaches nothing.
pub const CLOSE_TO_BEST: u32 = 20;

/// Replies by which a significant failure must be escalated to count as "at once" (mirrors the
/// scoring rule: reply 1 or 2).
const AT_ONCE_REPLIES: usize = 2;

/// Seed for lint playthroughs: line variants never change a score.
const SEED: u64 = 1;

/// Run every path lint on a drill whose references all resolve.
pub fn check(s: &Scenario, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    let g = Graph::new(s);
    only_good_reply_says_no(s, &g, spans, out);
    significant_no_escalation(s, &g, spans, out);
    if !g.to_recovered[g.start] {
        return; // `no-recovery` already says the drill cannot be won; scores say nothing more
    }
    let shared = Arc::new(s.clone());
    let (Ok(good), Ok(bad)) = (
        autoplay::soothing(&shared, SEED),
        autoplay::no_recovery_system(&shared, SEED),
    ) else {
        return;
    };
    // Full enumeration only when some lint still needs it and the drill is small enough.
    let need_best = good.total < 100;
    let need_spread = good.total.saturating_sub(bad.total) <= CLOSE_TO_BEST;
    let static_cap = if need_best {
        missing_moves(s, &g)
    } else {
        Vec::new()
    };
    let extremes = if (need_best && static_cap.is_empty()) || need_spread {
        g.reply_paths()
            .filter(|&n| n <= LINT_PATH_CAP)
            .and_then(|_| autoplay::extremes(&shared, SEED, LINT_PATH_CAP))
            .filter(|x| !x.capped)
    } else {
        None
    };
    if need_best {
        max_score_unreachable(&static_cap, extremes.as_ref().map(|x| &x.best), spans, out);
    }
    if need_spread && let Some(x) = &extremes {
        let gap = x.best.total.saturating_sub(x.worst.total);
        if gap <= CLOSE_TO_BEST {
            out.push(
                Diagnostic::warning(
                    "worst-close-to-best",
                    format!(
                        "the worst path (choices {}) scores {} and the best (choices {}) {}: only {gap} points apart, so the drill teaches little",
                        x.worst.choices_arg(),
                        x.worst.total,
                        x.best.choices_arg(),
                        x.best.total
                    ),
                )
                .at(spans.find("start"))
                .with_hint(format!(
                    "give the tempting wrong replies real consequences (hurting moves, a Lost or Escalated ending) so bad play scores more than {CLOSE_TO_BEST} points lower"
                )),
            );
        }
    }
}

/// Node indices, reply successors and which nodes can still reach a recovered ending.
struct Graph {
    start: usize,
    /// Per node: each reply's possible next nodes (`next` and branch targets).
    reply_next: Vec<Vec<Vec<usize>>>,
    /// Per node: typed-answer targets.
    typed_next: Vec<Vec<usize>>,
    /// Reached from the start by replies or typed answers.
    reachable: Vec<bool>,
    /// Can reach a Recovered / RecoveredDelighted ending.
    to_recovered: Vec<bool>,
    /// Fewest replies from the start to each node (replies or typed answers).
    depth: Vec<Option<usize>>,
}

impl Graph {
    fn new(s: &Scenario) -> Graph {
        let index = s.node_indices();
        let ix = |id: &str| index.get(id).copied();
        let reply_next: Vec<Vec<Vec<usize>>> = s
            .nodes
            .iter()
            .map(|n| {
                n.replies
                    .iter()
                    .map(|r| {
                        std::iter::once(r.next.as_str())
                            .chain(r.branches.iter().map(|b| b.next.as_str()))
                            .filter_map(ix)
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let typed_next: Vec<Vec<usize>> = s
            .nodes
            .iter()
            .map(|n| {
                n.free_text.as_ref().map_or_else(Vec::new, |ft| {
                    std::iter::once(ft.next.as_str())
                        .chain(ft.routes.iter().map(|b| b.next.as_str()))
                        .filter_map(ix)
                        .collect()
                })
            })
            .collect();
        let start = ix(&s.start).unwrap_or(0);
        let succ = |i: usize| {
            reply_next[i]
                .iter()
                .flatten()
                .chain(typed_next[i].iter())
                .copied()
                .collect::<Vec<_>>()
        };
        let n = s.nodes.len();
        let mut depth = vec![None; n];
        let mut queue = VecDeque::from([start]);
        depth[start] = Some(0);
        while let Some(v) = queue.pop_front() {
            let d = depth[v].unwrap_or(0);
            for w in succ(v) {
                if depth[w].is_none() {
                    depth[w] = Some(d + 1);
                    queue.push_back(w);
                }
            }
        }
        let reachable = depth.iter().map(Option::is_some).collect();
        // Backwards from the recovered endings, over predecessor lists: linear in the edges.
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        for v in 0..n {
            for w in succ(v) {
                preds[w].push(v);
            }
        }
        let mut to_recovered: Vec<bool> = s
            .nodes
            .iter()
            .map(|n| n.outcome.is_some_and(|o| o.is_recovered()))
            .collect();
        let mut stack: Vec<usize> = (0..n).filter(|&i| to_recovered[i]).collect();
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                if !std::mem::replace(&mut to_recovered[v], true) {
                    stack.push(v);
                }
            }
        }
        Graph {
            start,
            reply_next,
            typed_next,
            reachable,
            to_recovered,
            depth,
        }
    }

    /// A reply that can still lead to a recovered ending.
    fn good(&self, node: usize, reply: usize) -> bool {
        self.reply_next[node][reply]
            .iter()
            .any(|&j| self.to_recovered[j])
    }

    /// How many reply-choice paths lead from the start to an ending or a typed-only node, counting
    /// each branch as its own path (an upper bound); `None` when the replies can loop. Iterative
    /// post-order, so a hostile chain of thousands of nodes cannot overflow the stack.
    fn reply_paths(&self) -> Option<usize> {
        let n = self.reply_next.len();
        let targets: Vec<Vec<usize>> = self
            .reply_next
            .iter()
            .map(|rs| rs.iter().flatten().copied().collect())
            .collect();
        let mut memo: Vec<Option<usize>> = vec![None; n];
        let mut on_stack = vec![false; n];
        let mut stack: Vec<(usize, usize)> = vec![(self.start, 0)];
        on_stack[self.start] = true;
        while let Some(top) = stack.last_mut() {
            let (v, k) = *top;
            if let Some(&w) = targets[v].get(k) {
                top.1 += 1;
                if on_stack[w] {
                    return None;
                }
                if memo[w].is_none() {
                    on_stack[w] = true;
                    stack.push((w, 0));
                }
            } else {
                let total = targets[v]
                    .iter()
                    .map(|&w| memo[w].unwrap_or(0))
                    .fold(0usize, usize::saturating_add);
                memo[v] = Some(total.max(1));
                on_stack[v] = false;
                stack.pop();
            }
        }
        memo[self.start]
    }
}

/// Does this reply say no? Tagged or analyzer-read refusal. Replies tagged only with helping moves
/// are not re-read here: if their words refuse, `moves-disagree` already says so.
fn says_no(r: &Reply) -> bool {
    r.moves.contains(&Move::Refusal)
        || (!r.moves_inferred
            && r.moves.iter().any(|m| !m.helps())
            && analyzer::analyze(&r.text).moves().contains(&Move::Refusal))
}

fn only_good_reply_says_no(s: &Scenario, g: &Graph, spans: &SpanIndex, out: &mut Vec<Diagnostic>) {
    for (i, n) in s.nodes.iter().enumerate() {
        if n.is_end() || !g.reachable[i] || g.typed_next[i].iter().any(|&j| g.to_recovered[j]) {
            continue;
        }
        let good: Vec<usize> = (0..n.replies.len()).filter(|&j| g.good(i, j)).collect();
        let Some(&first) = good.first() else {
            continue;
        };
        if good.iter().all(|&j| says_no(&n.replies[j])) {
            let ids: Vec<&str> = good.iter().map(|&j| n.replies[j].id.as_str()).collect();
            out.push(
                Diagnostic::warning(
                    "only-good-reply-says-no",
                    format!(
                        "in node `{}`, every reply that can still lead to a recovered ending says no (reply {})",
                        n.id,
                        ids.join(", ")
                    ),
                )
                .at(spans.find(&format!("nodes[{i}].replies[{first}].text")))
                .with_hint("trainees learn never to say no: add a reply that offers what you *can* do (`options` or `solution`) and lead it towards recovery"),
            );
        }
    }
}

fn significant_no_escalation(
    s: &Scenario,
    g: &Graph,
    spans: &SpanIndex,
    out: &mut Vec<Diagnostic>,
) {
    if s.severity != FailureSeverity::Significant {
        return;
    }
    // The earliest reply number (1-based) at which an escalating reply is on offer.
    let earliest = s
        .nodes
        .iter()
        .enumerate()
        .filter(|(i, n)| g.reachable[*i] && n.replies.iter().any(|r| r.escalate))
        .filter_map(|(i, _)| g.depth[i].map(|d| d + 1))
        .min();
    let who = if s.authority.escalate_to.trim().is_empty() {
        "the person with authority".to_string()
    } else {
        format!("`{}`", s.authority.escalate_to)
    };
    match earliest {
        None => out.push(
            Diagnostic::warning(
                "significant-no-escalation",
                "this failure is significant, but no reply escalates it (`escalate: true`)",
            )
            .at(spans.find("severity"))
            .with_hint(format!(
                "add a reply on the first or second turn that brings in {who} now, with `escalate: true` — or make the drill `severity: Minor`"
            )),
        ),
        Some(k) if k > AT_ONCE_REPLIES => out.push(
            Diagnostic::warning(
                "significant-no-escalation",
                format!(
                    "this failure is significant, but the earliest reply that escalates it is reply {k}; escalating after reply {AT_ONCE_REPLIES} is scored as late"
                ),
            )
            .at(spans.find("severity"))
            .with_hint(format!(
                "offer a reply that brings in {who} with `escalate: true` on the first or second turn"
            )),
        ),
        Some(_) => {}
    }
}

/// Principles no reply on a way to a recovered ending can earn, with their points. A sound cap:
/// if a move is on offer nowhere on such a path, no path picking replies earns it.
fn missing_moves(s: &Scenario, g: &Graph) -> Vec<(Principle, u32)> {
    let mut offered: Vec<Move> = Vec::new();
    let mut escalates = false;
    for (i, n) in s.nodes.iter().enumerate() {
        if !g.reachable[i] {
            continue;
        }
        for (j, r) in n.replies.iter().enumerate() {
            if g.good(i, j) {
                offered.extend(r.moves.iter().copied());
                escalates |= r.escalate;
            }
        }
    }
    let mut missing: Vec<(Principle, u32)> = Principle::ALL
        .into_iter()
        .filter_map(|p| p.as_move().map(|m| (p, m)))
        .filter(|(_, m)| !offered.contains(m))
        .map(|(p, _)| (p, p.weight()))
        .collect();
    if s.severity == FailureSeverity::Significant && !escalates {
        missing.push((Principle::Escalation, Principle::Escalation.weight()));
    }
    missing
}

fn max_score_unreachable(
    missing: &[(Principle, u32)],
    best: Option<&PathResult>,
    spans: &SpanIndex,
    out: &mut Vec<Diagnostic>,
) {
    let list = |items: &[(String, u32)]| {
        items
            .iter()
            .map(|(what, pts)| format!("{what} (−{pts})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let hint = "put the missing moves on the best path (e.g. a timed follow-up, a thank-you, a surprise after the fix), or remove what costs points there";
    if !missing.is_empty() {
        let hint = if missing.iter().any(|(p, _)| *p == Principle::Escalation) {
            "give a reply on the way to recovery `escalate: true` (on the first or second turn), and tag the moves that are missing on the best path"
        } else {
            "add replies that make the missing moves on the best path (e.g. a timed follow-up, a thank-you, a surprise after the fix)"
        };
        let lost: u32 = missing.iter().map(|(_, p)| p).sum();
        let items: Vec<(String, u32)> = missing
            .iter()
            .map(|(p, pts)| (p.label().to_lowercase(), *pts))
            .collect();
        out.push(
            Diagnostic::warning(
                "max-score-unreachable",
                format!(
                    "picking replies, no path can score more than {}: no reply on a way to a recovered ending earns {}",
                    100u32.saturating_sub(lost),
                    list(&items)
                ),
            )
            .at(spans.find("nodes"))
            .with_hint(hint),
        );
        return;
    }
    let Some(best) = best else { return };
    if best.total >= 100 {
        return;
    }
    let card = &best.card;
    let mut items: Vec<(String, u32)> = card
        .principles
        .iter()
        .filter(|p| p.score < 100)
        .map(|p| {
            (
                format!("{}: {}", p.principle.label().to_lowercase(), p.note),
                (p.weight as f32 - p.points).round() as u32,
            )
        })
        .collect();
    items.extend(
        card.violations
            .iter()
            .map(|v| (v.message.clone(), v.penalty)),
    );
    if card.capped {
        items.push((
            "the best path ends lost or escalated (capped)".to_string(),
            100u32.saturating_sub(card.total),
        ));
    }
    out.push(
        Diagnostic::warning(
            "max-score-unreachable",
            format!(
                "picking replies, the best path (choices {}) scores {}, not 100; it loses {}",
                best.choices_arg(),
                best.total,
                list(&items)
            ),
        )
        .at(spans.find("nodes"))
        .with_hint(hint),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenario::parse;
    use crate::domain::validate::validate;

    /// A small clean drill whose best path scores 100 and worst far lower.
    pub(crate) const PERFECT: &str = r#"
Scenario(
    format: 1, id: "p", title: "P", severity: Minor,
    authority: (money_limit: 50.0, escalate_to: "Duty manager"),
    customer: (name: "Ann", situation: "Late parcel", mood: 70, patience: 3),
    start: "a",
    nodes: [
        (id: "a", customer: ["Where is my parcel?"], replies: [
            (text: "That's on us, I'm sorry. I can see how stressful this is. When do you need it?", moves: [ownership, apology, empathy, listening], next: "b"),
            (text: "The carrier lost it.", moves: [blame], next: "lost"),
        ]),
        (id: "b", customer: ["Today, by five."], replies: [
            (text: "A courier brings it by two, or you collect it now — which suits? Thank you for bearing with us.",
             moves: [solution, options, gratitude], next: "c"),
            (text: "There's nothing I can do, it's policy.", moves: [refusal], next: "lost"),
        ]),
        (id: "c", customer: ["The courier, then."], replies: [
            (text: "Booked. I'll text you at one with the tracking, and the delivery is on us.", moves: [follow_up, delight], next: "won"),
            (text: "Calm down, it's only a parcel.", moves: [dismissal], next: "lost"),
        ]),
        (id: "won", customer: ["Thank you."], outcome: RecoveredDelighted),
        (id: "lost", customer: ["Bye."], outcome: Lost),
    ],
)
"#;

    fn codes(src: &str) -> Vec<&'static str> {
        let p = parse(src).unwrap_or_else(|d| panic!("{d}"));
        validate(&p.scenario, &p.spans)
            .into_iter()
            .map(|d| d.code)
            .collect()
    }

    fn find(src: &str, code: &str) -> Diagnostic {
        let p = parse(src).unwrap_or_else(|d| panic!("{d}"));
        let all = validate(&p.scenario, &p.spans);
        all.iter()
            .find(|d| d.code == code)
            .cloned()
            .unwrap_or_else(|| panic!("no {code} in {all:?}"))
    }

    #[test]
    fn a_perfect_drill_has_no_path_findings() {
        assert!(codes(PERFECT).is_empty(), "{:?}", codes(PERFECT));
    }

    #[test]
    fn only_good_reply_saying_no_is_found_through_the_analyzer() {
        // b's good reply is untagged, so the analyzer reads its words: it refuses.
        let src = PERFECT.replace(
            "(text: \"A courier brings it by two, or you collect it now — which suits? Thank you for bearing with us.\",\n             moves: [solution, options, gratitude], next: \"c\")",
            "(text: \"No, I'm afraid that's against our policy.\", next: \"c\")",
        );
        assert_ne!(src, PERFECT);
        let d = find(&src, "only-good-reply-says-no");
        assert!(d.message.contains("node `b`"), "{d}");
        assert_eq!(d.line, 13, "points at the reply's text: {d}");
        assert!(d.hint.unwrap().contains("options"));
        // a typed answer that can lead to recovery is a way out: no finding
        let typed = src.replace(
            "(id: \"b\", customer: [\"Today, by five.\"], replies",
            "(id: \"b\", customer: [\"Today, by five.\"], free_text: (next: \"c\"), replies",
        );
        assert!(!codes(&typed).contains(&"only-good-reply-says-no"));
    }

    #[test]
    fn significant_failure_needs_an_escalation_at_once() {
        let sig = PERFECT.replace("severity: Minor", "severity: Significant");
        let d = find(&sig, "significant-no-escalation");
        assert!(d.message.contains("no reply escalates"), "{d}");
        assert_eq!(d.line, 3);
        assert!(d.hint.unwrap().contains("`Duty manager`"));
        // escalating only at the third turn is late
        let late = sig.replace(
            "moves: [follow_up, delight], next: \"won\"",
            "moves: [follow_up, delight], escalate: true, next: \"won\"",
        );
        let d = find(&late, "significant-no-escalation");
        assert!(d.message.contains("reply 3"), "{d}");
        // on the first turn: fine
        let early = sig.replace(
            "moves: [ownership, apology, empathy, listening], next: \"b\"",
            "moves: [ownership, apology, empathy, listening], escalate: true, next: \"b\"",
        );
        assert!(!codes(&early).contains(&"significant-no-escalation"));
    }

    #[test]
    fn max_score_unreachable_names_what_caps_it() {
        // no reply anywhere follows up: static cap, named with its points
        let no_follow = PERFECT.replace("moves: [follow_up, delight]", "moves: [delight]");
        let d = find(&no_follow, "max-score-unreachable");
        assert!(d.message.contains("more than 94"), "{d}");
        assert!(d.message.contains("follow-up (−6)"), "{d}");
        // every move is on offer, but the delight comes before the fix on the only good path:
        // only playing the paths shows it
        let early_delight = PERFECT
            .replace(
                "moves: [ownership, apology, empathy, listening], next",
                "moves: [ownership, apology, empathy, listening, delight], next",
            )
            .replace("moves: [follow_up, delight]", "moves: [follow_up]");
        let d = find(&early_delight, "max-score-unreachable");
        assert!(d.message.contains("the best path (choices 1,1,1)"), "{d}");
        assert!(d.message.contains("delight"), "{d}");
    }

    #[test]
    fn worst_close_to_best_is_found() {
        // every wrong reply replaced by a slightly weaker right one that still recovers
        let src = PERFECT
            .replace(
                "(text: \"The carrier lost it.\", moves: [blame], next: \"lost\")",
                "(text: \"I'm sorry, that's our mistake. That sounds stressful. When do you need it?\", moves: [ownership, apology, empathy, listening], next: \"b\")",
            )
            .replace(
                "(text: \"There's nothing I can do, it's policy.\", moves: [refusal], next: \"lost\")",
                "(text: \"A courier brings it by two, or collect it now.\", moves: [solution, options], next: \"c\")",
            )
            .replace(
                "(text: \"Calm down, it's only a parcel.\", moves: [dismissal], next: \"lost\")",
                "(text: \"Booked. I'll text you at one.\", moves: [follow_up], next: \"won\")",
            );
        let d = find(&src, "worst-close-to-best");
        assert!(d.message.contains("points apart"), "{d}");
        assert!(!codes(PERFECT).contains(&"worst-close-to-best"));
    }

    #[test]
    fn path_count_is_bounded_and_loops_are_unbounded() {
        let p = parse(PERFECT).unwrap();
        assert_eq!(Graph::new(&p.scenario).reply_paths(), Some(4));
        let looped = PERFECT.replace(
            "moves: [dismissal], next: \"lost\"",
            "moves: [dismissal], next: \"a\"",
        );
        let p = parse(&looped).unwrap();
        assert_eq!(Graph::new(&p.scenario).reply_paths(), None);
    }
    #[test]
    fn a_very_long_chain_does_not_overflow_the_stack() {
        let mut s = parse(PERFECT).unwrap().scenario;
        let template = s.nodes[0].clone();
        let mut chain = Vec::new();
        for k in 0..50_000 {
            let mut n = template.clone();
            n.id = format!("c{k}");
            for r in &mut n.replies {
                r.next = format!("c{}", k + 1);
            }
            chain.push(n);
        }
        if let Some(last) = chain.last_mut() {
            for r in &mut last.replies {
                r.next = "won".into();
            }
        }
        s.start = "c0".into();
        s.nodes.extend(chain);
        let g = Graph::new(&s);
        assert!(g.to_recovered[g.start]);
        assert_eq!(g.reply_paths(), Some(usize::MAX), "2^50000 paths saturate");
    }
}
