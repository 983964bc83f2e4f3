//! The drill bot: plays a drill by choosing reply options — every path (exhaustive, capped), the
//! best or worst by score, or a seeded random walk. Used by tests that prove every bundled drill
//! teaches something, and by trainers' tools.

use crate::domain::drill::{Answer, Drill, DrillError};
use crate::domain::scenario::{Outcome, Scenario};
use crate::domain::scoring::{self, Scorecard};
use std::sync::Arc;

/// One complete (or cut-off) playthrough.
#[derive(Debug, Clone)]
pub struct PathResult {
    /// 0-based reply indices in order.
    pub choices: Vec<usize>,
    pub outcome: Option<Outcome>,
    pub total: u32,
    pub card: Scorecard,
}

impl PathResult {
    /// 1-based choices as `comeback play --choices` takes them.
    pub fn choices_arg(&self) -> String {
        self.choices
            .iter()
            .map(|c| (c + 1).to_string())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Every path through a drill choosing only reply options.
#[derive(Debug, Clone)]
pub struct Exploration {
    pub paths: Vec<PathResult>,
    /// True when `cap` paths were reached and the rest were not explored.
    pub capped: bool,
}

impl Exploration {
    pub fn best(&self) -> Option<&PathResult> {
        self.paths.iter().max_by_key(|p| p.total)
    }
    pub fn worst(&self) -> Option<&PathResult> {
        self.paths.iter().min_by_key(|p| p.total)
    }
}

/// Longest path explored; drills are acyclic in practice, this only stops runaway loops.
pub const MAX_DEPTH: usize = 40;

/// Enumerate every sequence of reply choices (depth-first), up to `cap` paths.
pub fn exhaustive(
    scenario: &Arc<Scenario>,
    seed: u64,
    cap: usize,
) -> Result<Exploration, DrillError> {
    let mut paths = Vec::new();
    let start = Drill::start(Arc::clone(scenario), seed)?;
    let mut capped = false;
    walk(start, Vec::new(), cap, &mut paths, &mut capped)?;
    Ok(Exploration { paths, capped })
}

fn walk(
    drill: Drill,
    choices: Vec<usize>,
    cap: usize,
    out: &mut Vec<PathResult>,
    capped: &mut bool,
) -> Result<(), DrillError> {
    if out.len() >= cap {
        *capped = true;
        return Ok(());
    }
    let n = drill.options().len();
    if drill.is_over() || n == 0 || choices.len() >= MAX_DEPTH {
        let card = scoring::score(drill.transcript());
        out.push(PathResult {
            choices,
            outcome: drill.outcome(),
            total: card.total,
            card,
        });
        return Ok(());
    }
    for i in 0..n {
        let mut next = drill.clone();
        next.respond(Answer::Choice(i))?;
        let mut c = choices.clone();
        c.push(i);
        walk(next, c, cap, out, capped)?;
        if *capped {
            break;
        }
    }
    Ok(())
}

/// Play by always picking `pick(drill)`; stops at an ending, a text-only node or MAX_DEPTH.
pub fn greedy(
    scenario: &Arc<Scenario>,
    seed: u64,
    mut pick: impl FnMut(&Drill) -> usize,
) -> Result<PathResult, DrillError> {
    let mut d = Drill::start(Arc::clone(scenario), seed)?;
    let mut choices = Vec::new();
    while !d.is_over() && !d.options().is_empty() && choices.len() < MAX_DEPTH {
        let i = pick(&d).min(d.options().len() - 1);
        d.respond(Answer::Choice(i))?;
        choices.push(i);
    }
    let card = scoring::score(d.transcript());
    Ok(PathResult {
        choices,
        outcome: d.outcome(),
        total: card.total,
        card,
    })
}

/// The "no recovery system" player: always the reply with the most hurting moves (explain,
/// blame, refuse, defer…), the first such on ties.
pub fn no_recovery_system(scenario: &Arc<Scenario>, seed: u64) -> Result<PathResult, DrillError> {
    greedy(scenario, seed, |d| {
        let opts = d.options();
        let hurt = |i: usize| opts[i].moves.iter().filter(|m| !m.helps()).count();
        let helps = |i: usize| opts[i].moves.iter().filter(|m| m.helps()).count();
        (0..opts.len())
            .max_by(|&a, &b| {
                hurt(a)
                    .cmp(&hurt(b))
                    .then(helps(b).cmp(&helps(a)))
                    .then(b.cmp(&a))
            })
            .unwrap_or(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::scenario;

    #[test]
    fn exhaustive_counts_every_path_of_a_known_graph() {
        // node a: 3 replies → b; b: reply 1 → won/lost by mood branch, reply 2 → lost. 3 × 2 = 6
        // (the blame reply at a costs patience; patience 2 survives one strike).
        let e = exhaustive(&scenario(), 1, 1000).unwrap();
        assert_eq!(e.paths.len(), 6);
        assert!(!e.capped);
        assert_eq!(e.best().unwrap().choices, vec![0, 0]);
        let capped = exhaustive(&scenario(), 1, 4).unwrap();
        assert!(capped.capped);
        assert_eq!(capped.paths.len(), 4);
    }

    #[test]
    fn no_recovery_player_picks_hurting_replies() {
        let p = no_recovery_system(&scenario(), 1).unwrap();
        assert_eq!(p.choices[0], 1, "blame or refusal first");
        assert!(
            p.total
                < exhaustive(&scenario(), 1, 100)
                    .unwrap()
                    .best()
                    .unwrap()
                    .total
        );
    }
}
