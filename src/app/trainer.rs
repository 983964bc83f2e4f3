//! Domain results for the Trainer screen → its view models: the drill map (`domain::drillmap`)
//! and the bot's score distribution (`domain::autoplay`).

use crate::app::ui::trainer::{AutoplaySummary, MapNode, MapViewModel, Tone};
use crate::domain::autoplay::{self, AutoplayReport, PathSummary, Strategy};
use crate::domain::drillmap::{self, MapNodeKind};
use crate::domain::library::Entry;
use crate::domain::scenario::Outcome;

/// Paths the Trainer screen explores per drill before it says it stopped early.
pub const PATH_CAP: usize = 20_000;

/// Mean mood change per reply beyond which a node counts as calming or angering.
const TONE_THRESHOLD: f32 = 2.0;

pub fn analyse(entry: &Entry) -> (Option<MapViewModel>, Option<AutoplaySummary>) {
    let Some(s) = &entry.scenario else {
        return (None, None);
    };
    let map = drillmap::build(s);
    let index = |id: &str| map.nodes.iter().position(|n| n.id == id);
    let nodes = map
        .nodes
        .iter()
        .map(|n| MapNode {
            id: n.id.clone(),
            layer: n.layer,
            order: n.order,
            tone: match n.kind {
                MapNodeKind::End(Outcome::Recovered) => Tone::Recovered,
                MapNodeKind::End(Outcome::RecoveredDelighted) => Tone::Delighted,
                MapNodeKind::End(Outcome::Escalated) => Tone::Escalated,
                MapNodeKind::End(Outcome::Lost) => Tone::Lost,
                _ if n.mood_effect < -TONE_THRESHOLD => Tone::Calmer,
                _ if n.mood_effect > TONE_THRESHOLD => Tone::Angrier,
                _ => Tone::Mixed,
            },
            reachable: n.reachable,
            start: n.kind == MapNodeKind::Start,
            ending: matches!(n.kind, MapNodeKind::End(_)),
        })
        .collect();
    let mut edges = Vec::new();
    for e in &map.edges {
        if let (Some(a), Some(b)) = (index(&e.from), index(&e.to))
            && !edges.contains(&(a, b))
        {
            edges.push((a, b));
        }
    }
    let report = autoplay::run(s, Strategy::Exhaustive, 0, 1, PATH_CAP);
    (Some(MapViewModel { nodes, edges }), Some(summary(&report)))
}

fn path(p: Option<&PathSummary>) -> String {
    p.map_or_else(
        || "none".into(),
        |p| {
            let choices: Vec<String> = p.choices.iter().map(|c| c.to_string()).collect();
            format!(
                "{} -> {} ({} points; replies {})",
                p.nodes.join(" -> "),
                p.ending.label(),
                p.total,
                choices.join(",")
            )
        },
    )
}

pub fn summary(r: &AutoplayReport) -> AutoplaySummary {
    let mut warning = r.message.clone();
    if r.errors > 0 {
        let first = r
            .error_examples
            .first()
            .map(|e| format!(": {}", e.message))
            .unwrap_or_default();
        warning = Some(format!(
            "{} playthrough(s) hit an engine error{first}",
            r.errors
        ));
    }
    AutoplaySummary {
        what: if r.capped {
            format!("the first {} paths", r.runs)
        } else {
            format!("every path ({})", r.runs)
        },
        histogram: r.histogram.iter().map(|b| b.count as u32).collect(),
        outcomes: r
            .outcomes
            .iter()
            .filter(|o| o.count > 0)
            .map(|o| (o.label.to_string(), o.count as u32))
            .collect(),
        best: path(r.best.as_ref()),
        worst: path(r.worst.as_ref()),
        never_reached: r.never_reached.clone(),
        warning,
    }
}
