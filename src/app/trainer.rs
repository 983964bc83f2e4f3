//! Domain results for the Trainer screen → its view models (map and autoplay summary).

use crate::app::ui::trainer::{AutoplaySummary, MapNode, MapViewModel, Tone};
use crate::domain::autoplay;
use crate::domain::library::Entry;
use crate::domain::scenario::Outcome;
use crate::domain::validate;
use std::collections::{HashMap, VecDeque};

/// Paths the Trainer screen explores per drill before saying it stopped early.
pub const PATH_CAP: usize = 5000;

pub fn analyse(entry: &Entry) -> (Option<MapViewModel>, Option<AutoplaySummary>) {
    let Some(s) = &entry.scenario else {
        return (None, None);
    };
    let index: HashMap<&str, usize> = s
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let mut layer = vec![usize::MAX; s.nodes.len()];
    let mut queue = VecDeque::new();
    if let Some(&st) = index.get(s.start.as_str()) {
        layer[st] = 0;
        queue.push_back(st);
    }
    while let Some(i) = queue.pop_front() {
        for t in validate::successors(&s.nodes[i]) {
            if let Some(&j) = index.get(t)
                && layer[j] == usize::MAX
            {
                layer[j] = layer[i] + 1;
                queue.push_back(j);
            }
        }
    }
    let deepest = layer.iter().filter(|&&l| l != usize::MAX).max().copied().unwrap_or(0);
    let mut rows: HashMap<usize, usize> = HashMap::new();
    let mut nodes = Vec::new();
    for (i, n) in s.nodes.iter().enumerate() {
        let reachable = layer[i] != usize::MAX;
        let l = if reachable { layer[i] } else { deepest + 1 };
        let order = rows.entry(l).or_default();
        let tone = match n.outcome {
            Some(Outcome::Recovered) => Tone::Recovered,
            Some(Outcome::RecoveredDelighted) => Tone::Delighted,
            Some(Outcome::Escalated) => Tone::Escalated,
            Some(Outcome::Lost) => Tone::Lost,
            None => {
                let effect: f32 = n
                    .replies
                    .iter()
                    .map(|r| {
                        r.mood.map_or_else(
                            || r.moves.iter().map(|m| crate::domain::drill::base_effect(*m)).sum(),
                            |m| m as f32,
                        )
                    })
                    .sum::<f32>()
                    / n.replies.len().max(1) as f32;
                if effect < -2.0 {
                    Tone::Calmer
                } else if effect > 2.0 {
                    Tone::Angrier
                } else {
                    Tone::Mixed
                }
            }
        };
        nodes.push(MapNode {
            id: n.id.clone(),
            layer: l,
            order: *order,
            tone,
            reachable,
            start: n.id == s.start,
            ending: n.outcome.is_some(),
        });
        *order += 1;
    }
    let mut edges = Vec::new();
    for (i, n) in s.nodes.iter().enumerate() {
        for t in validate::successors(n) {
            if let Some(&j) = index.get(t)
                && !edges.contains(&(i, j))
            {
                edges.push((i, j));
            }
        }
    }
    let map = MapViewModel { nodes, edges };
    let summary = autoplay::exhaustive(s, 1, PATH_CAP).ok().map(|e| {
        let mut histogram = vec![0u32; 10];
        let mut outcomes: Vec<(String, u32)> = Vec::new();
        for p in &e.paths {
            histogram[(p.total.min(99) / 10) as usize] += 1;
            let o = p.outcome.map_or("Unfinished".to_string(), |o| format!("{o:?}"));
            match outcomes.iter_mut().find(|(k, _)| *k == o) {
                Some((_, n)) => *n += 1,
                None => outcomes.push((o, 1)),
            }
        }
        let path = |p: Option<&autoplay::PathResult>| {
            p.map_or("—".into(), |p| format!("{} ({} points)", p.choices_arg(), p.total))
        };
        AutoplaySummary {
            what: format!("every path ({})", e.paths.len()),
            histogram,
            outcomes,
            best: path(e.best()),
            worst: path(e.worst()),
            never_reached: Vec::new(),
            warning: e
                .capped
                .then(|| format!("Stopped after {PATH_CAP} paths; the figures cover those.")),
        }
    });
    (Some(map), summary)
}
