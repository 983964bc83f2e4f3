//! A drill as a graph for the Trainer screen: nodes in layers (longest path from the start, so
//! the conversation reads left to right), ordered within a layer to cut edge crossings, and
//! coloured by what each node does to the customer.
//!
//! Pure data: the screen only draws it. Loops are drawn by marking the edges that go back
//! (`MapEdge::back`) and leaving them out of the layering.

use crate::domain::drill::mood_delta;
use crate::domain::scenario::{Outcome, Scenario};
use crate::domain::validate::min_arrival_mood;
use serde::Serialize;
use std::collections::HashMap;

/// What a node is, for its shape and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "outcome")]
pub enum MapNodeKind {
    Start,
    Normal,
    End(Outcome),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapNode {
    pub id: String,
    /// Column: the longest path (in replies) from the start, back edges ignored.
    pub layer: usize,
    /// Row within the layer, 0 first.
    pub order: usize,
    pub kind: MapNodeKind,
    /// For a turn: the mean mood change of its replies at the calmest arrival (negative calms).
    /// For an ending: the lowest mood (0–100) a customer can arrive with.
    pub mood_effect: f32,
    /// False for a node no path from the start reaches (`check` reports it too).
    pub reachable: bool,
    /// The node takes typed answers.
    pub free_text: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MapEdgeKind {
    /// A reply's `next`.
    Reply,
    /// One of a reply's conditional `branches`.
    Branch,
    /// A free-text route.
    FreeTextRoute,
    /// Free text's default `next`.
    Default,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapEdge {
    pub from: String,
    pub to: String,
    /// The reply's id, for reply and branch edges.
    pub reply_id: Option<String>,
    /// Short text for the edge: reply id, "typed", or the moves a route tests.
    pub label: String,
    pub kind: MapEdgeKind,
    /// Goes to the same or an earlier layer: part of a loop.
    pub back: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DrillMap {
    /// In file order.
    pub nodes: Vec<MapNode>,
    pub edges: Vec<MapEdge>,
    /// Number of layers (columns).
    pub layers: usize,
}

impl DrillMap {
    pub fn node(&self, id: &str) -> Option<&MapNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// Edge crossings between neighbouring layers (what the ordering minimises), for tests and
    /// for judging a layout.
    pub fn crossings(&self) -> usize {
        let pos: HashMap<&str, (usize, usize)> = self
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), (n.layer, n.order)))
            .collect();
        let segs: Vec<((usize, usize), (usize, usize))> = self
            .edges
            .iter()
            .filter_map(|e| {
                let (a, b) = (*pos.get(e.from.as_str())?, *pos.get(e.to.as_str())?);
                (b.0 == a.0 + 1).then_some((a, b))
            })
            .collect();
        let mut n = 0;
        for (i, (a1, b1)) in segs.iter().enumerate() {
            for (a2, b2) in &segs[i + 1..] {
                if a1.0 == a2.0
                    && (a1.1 as isize - a2.1 as isize) * (b1.1 as isize - b2.1 as isize) < 0
                {
                    n += 1;
                }
            }
        }
        n
    }
}

/// The drill started at `node`, for the Trainer screen's "play from this node": the customer
/// arrives as calm as the best play can have them there (the drill's own mood if no path is
/// known). `None` for an unknown node or an ending.
pub fn preview_from(s: &Scenario, node: &str) -> Option<Scenario> {
    let i = s.node_index(node)?;
    if s.nodes[i].is_end() {
        return None;
    }
    let mood = min_arrival_mood(s)[i].unwrap_or(s.customer.mood);
    let mut out = s.clone();
    out.start = node.to_string();
    out.customer.mood = mood;
    Some(out)
}

/// Barycentre sweeps (down then up) made when ordering layers.
const SWEEPS: usize = 4;

/// Lay a drill out as a layered graph. Never fails: edges to missing nodes are left out.
pub fn build(s: &Scenario) -> DrillMap {
    let n = s.nodes.len();
    let index = s.node_indices();
    let start = index.get(s.start.as_str()).copied();

    // Edges in file order, with their endpoints' indices.
    let mut edges: Vec<(usize, usize, MapEdge)> = Vec::new();
    for (i, node) in s.nodes.iter().enumerate() {
        let mut push = |to: &str, reply_id: Option<String>, label: String, kind| {
            if let Some(&j) = index.get(to) {
                edges.push((
                    i,
                    j,
                    MapEdge {
                        from: node.id.clone(),
                        to: to.to_string(),
                        reply_id,
                        label,
                        kind,
                        back: false,
                    },
                ));
            }
        };
        for r in &node.replies {
            push(
                &r.next,
                Some(r.id.clone()),
                r.id.clone(),
                MapEdgeKind::Reply,
            );
            for b in &r.branches {
                push(
                    &b.next,
                    Some(r.id.clone()),
                    format!("{} if …", r.id),
                    MapEdgeKind::Branch,
                );
            }
        }
        if let Some(ft) = &node.free_text {
            for b in &ft.routes {
                let said: Vec<&str> = b.when.said.iter().map(|m| m.id()).collect();
                let label = if said.is_empty() {
                    "typed, if …".to_string()
                } else {
                    format!("typed: {}", said.join("+"))
                };
                push(&b.next, None, label, MapEdgeKind::FreeTextRoute);
            }
            push(&ft.next, None, "typed".to_string(), MapEdgeKind::Default);
        }
    }
    let succ: Vec<Vec<usize>> = {
        let mut v = vec![Vec::new(); n];
        for (a, b, _) in &edges {
            if !v[*a].contains(b) {
                v[*a].push(*b);
            }
        }
        v
    };

    // Reachability and back edges: a DFS from the start, then from each node still unseen (so
    // unreachable parts are laid out too). An edge to a node on the DFS stack closes a loop.
    let mut reachable = vec![false; n];
    let mut state = vec![0u8; n]; // 0 new, 1 on stack, 2 done
    let mut back: Vec<(usize, usize)> = Vec::new();
    let roots: Vec<usize> = start.into_iter().chain(0..n).collect();
    for (k, &root) in roots.iter().enumerate() {
        if state[root] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = 1;
        while let Some(top) = stack.last_mut() {
            let (v, next) = *top;
            if k == 0 && start.is_some() {
                reachable[v] = true;
            }
            if let Some(&w) = succ[v].get(next) {
                top.1 += 1;
                match state[w] {
                    0 => {
                        state[w] = 1;
                        stack.push((w, 0));
                    }
                    1 => back.push((v, w)),
                    _ => {}
                }
            } else {
                state[v] = 2;
                stack.pop();
            }
        }
    }

    // Longest-path layering over the forward edges (a DAG once back edges are dropped).
    let forward = |a: usize, b: usize| !back.contains(&(a, b));
    let mut indeg = vec![0usize; n];
    for (a, outs) in succ.iter().enumerate() {
        for &b in outs {
            if forward(a, b) {
                indeg[b] += 1;
            }
        }
    }
    let mut layer = vec![0usize; n];
    let mut queue: Vec<usize> = (0..n).filter(|&i| indeg[i] == 0).collect();
    let mut topo = Vec::with_capacity(n);
    while let Some(v) = queue.pop() {
        topo.push(v);
        for &w in &succ[v] {
            if forward(v, w) {
                layer[w] = layer[w].max(layer[v] + 1);
                indeg[w] -= 1;
                if indeg[w] == 0 {
                    queue.push(w);
                }
            }
        }
    }
    let layers = layer.iter().max().map_or(0, |m| m + 1);

    // Order within layers: file order first, then barycentre sweeps.
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for i in 0..n {
        rows[layer[i]].push(i);
    }
    let preds: Vec<Vec<usize>> = {
        let mut p = vec![Vec::new(); n];
        for (a, outs) in succ.iter().enumerate() {
            for &b in outs {
                if forward(a, b) && a != b {
                    p[b].push(a);
                }
            }
        }
        p
    };
    let mut order = vec![0usize; n];
    let renumber = |rows: &Vec<Vec<usize>>, order: &mut Vec<usize>| {
        for row in rows {
            for (k, &v) in row.iter().enumerate() {
                order[v] = k;
            }
        }
    };
    renumber(&rows, &mut order);
    for _ in 0..SWEEPS {
        for l in 1..layers {
            sort_by_barycentre(&mut rows[l], &order, |v| &preds[v]);
            renumber(&rows, &mut order);
        }
        for l in (0..layers.saturating_sub(1)).rev() {
            sort_by_barycentre(&mut rows[l], &order, |v| &succ[v]);
            renumber(&rows, &mut order);
        }
    }

    let arrival = min_arrival_mood(s);
    let nodes = s
        .nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let kind = match node.outcome {
                Some(o) => MapNodeKind::End(o),
                None if Some(i) == start => MapNodeKind::Start,
                None => MapNodeKind::Normal,
            };
            let mood_in = arrival[i].unwrap_or(s.customer.mood.min(100));
            let mood_effect = if node.is_end() {
                f32::from(mood_in)
            } else if node.replies.is_empty() {
                0.0
            } else {
                let sum: i32 = node
                    .replies
                    .iter()
                    .map(|r| mood_delta(s, &r.moves, r.mood, mood_in, &[], false))
                    .sum();
                sum as f32 / node.replies.len() as f32
            };
            MapNode {
                id: node.id.clone(),
                layer: layer[i],
                order: order[i],
                kind,
                mood_effect,
                reachable: reachable[i],
                free_text: node.free_text.is_some(),
            }
        })
        .collect();
    let edges = edges
        .into_iter()
        .map(|(a, b, mut e)| {
            e.back = !forward(a, b) || layer[b] <= layer[a];
            e
        })
        .collect();
    DrillMap {
        nodes,
        edges,
        layers,
    }
}

/// Stable-sort a layer by the mean row of each node's neighbours in other layers; a node with no
/// neighbours keeps its current row as its key.
fn sort_by_barycentre<'a>(
    row: &mut [usize],
    order: &[usize],
    nbrs: impl Fn(usize) -> &'a Vec<usize>,
) {
    let key = |v: usize| {
        let ns = nbrs(v);
        if ns.is_empty() {
            order[v] as f64
        } else {
            ns.iter().map(|&u| order[u] as f64).sum::<f64>() / ns.len() as f64
        }
    };
    let mut keyed: Vec<(f64, usize)> = row.iter().map(|&v| (key(v), v)).collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (slot, (_, v)) in row.iter_mut().zip(keyed) {
        *slot = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;
    use crate::domain::scenario::parse;

    fn map(src: &str) -> DrillMap {
        build(&parse(src).unwrap_or_else(|d| panic!("{d}")).scenario)
    }

    /// A drill from a list of `(id, [targets])`; an empty list makes an ending.
    fn graph(start: &str, nodes: &[(&str, &[&str])]) -> String {
        let body: Vec<String> = nodes
            .iter()
            .map(|(id, to)| {
                if to.is_empty() {
                    format!("(id: \"{id}\", customer: [\"ok\"], outcome: Recovered)")
                } else {
                    let replies: Vec<String> = to
                        .iter()
                        .map(|t| format!("(text: \"Sorry.\", moves: [apology], next: \"{t}\")"))
                        .collect();
                    format!(
                        "(id: \"{id}\", customer: [\"?\"], replies: [{}])",
                        replies.join(", ")
                    )
                }
            })
            .collect();
        format!(
            "Scenario(format: 1, id: \"g\", title: \"G\", severity: Minor, authority: (money_limit: 1.0),
             customer: (name: \"A\", situation: \"S\", mood: 60, patience: 5), start: \"{start}\",
             nodes: [{}])",
            body.join(",\n")
        )
    }

    #[test]
    fn layers_follow_the_longest_path_and_kinds_are_marked() {
        let m = map(DRILL);
        let layer = |id: &str| m.node(id).unwrap().layer;
        assert_eq!(
            (layer("a"), layer("b"), layer("won"), layer("lost")),
            (0, 1, 2, 2)
        );
        assert_eq!(m.layers, 3);
        assert_eq!(m.node("a").unwrap().kind, MapNodeKind::Start);
        assert_eq!(
            m.node("won").unwrap().kind,
            MapNodeKind::End(Outcome::Recovered)
        );
        assert!(m.node("a").unwrap().free_text);
        assert!(m.nodes.iter().all(|n| n.reachable));
        // a → won only by a typed route: the longest path still puts won after b
        let route = m
            .edges
            .iter()
            .find(|e| e.kind == MapEdgeKind::FreeTextRoute)
            .unwrap();
        assert_eq!((route.from.as_str(), route.to.as_str()), ("a", "won"));
        assert_eq!(route.label, "typed: ownership");
        assert!(
            m.edges
                .iter()
                .any(|e| e.kind == MapEdgeKind::Branch && e.to == "lost")
        );
        assert!(m.edges.iter().all(|e| !e.back));
        // b's replies: gratitude (calms) and dismissal (angers) average out above zero here
        assert!(m.node("b").unwrap().mood_effect > 0.0);
    }

    #[test]
    fn loops_are_marked_back_and_unreachable_nodes_flagged() {
        let src = graph(
            "s",
            &[
                ("s", &["a"]),
                ("a", &["b"]),
                ("b", &["a", "end"]),
                ("orphan", &["end"]),
                ("end", &[]),
            ],
        );
        let m = map(&src);
        let layer = |id: &str| m.node(id).unwrap().layer;
        assert_eq!(
            (layer("s"), layer("a"), layer("b"), layer("end")),
            (0, 1, 2, 3)
        );
        let back: Vec<(&str, &str)> = m
            .edges
            .iter()
            .filter(|e| e.back)
            .map(|e| (e.from.as_str(), e.to.as_str()))
            .collect();
        assert_eq!(back, vec![("b", "a")]);
        assert!(!m.node("orphan").unwrap().reachable);
        assert!(m.node("end").unwrap().reachable);
    }

    #[test]
    fn barycentre_ordering_removes_avoidable_crossings() {
        // File order puts c above d in layer 2, but a (row 0) leads to d and b (row 1) to c.
        let src = graph(
            "s",
            &[
                ("s", &["a", "b"]),
                ("a", &["d"]),
                ("b", &["c"]),
                ("c", &["e"]),
                ("d", &["f"]),
                ("e", &[]),
                ("f", &[]),
            ],
        );
        let m = map(&src);
        assert_eq!(m.crossings(), 0, "{:?}", m.nodes);
        let row = |id: &str| m.node(id).unwrap().order;
        assert!(row("a") < row("b"));
        assert!(row("d") < row("c"));
        assert!(row("f") < row("e"));
        // orders in a layer are 0..k with no gaps
        for l in 0..m.layers {
            let mut rows: Vec<usize> = m
                .nodes
                .iter()
                .filter(|n| n.layer == l)
                .map(|n| n.order)
                .collect();
            rows.sort();
            assert_eq!(rows, (0..rows.len()).collect::<Vec<_>>());
        }
    }
    #[test]
    fn preview_starts_at_the_node_with_the_calmest_arrival() {
        let s = parse(DRILL).unwrap().scenario;
        let p = preview_from(&s, "b").expect("b is a turn");
        assert_eq!(p.start, "b");
        assert_eq!(p.customer.mood, min_arrival_mood(&s)[1].unwrap());
        let d = crate::domain::drill::Drill::start(std::sync::Arc::new(p), 1).unwrap();
        assert_eq!(d.node().id, "b");
        assert!(preview_from(&s, "won").is_none());
        assert!(preview_from(&s, "nope").is_none());
    }
}
