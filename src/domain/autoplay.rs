//! The drill bot: plays a drill by choosing reply options — every path (exhaustive, capped), the
//! best or worst by score, or a seeded random walk. Used by tests that prove every bundled drill
//! teaches something, by `check`'s graph-play lints, and by trainers' tools (`comeback autoplay`,
//! the Trainer screen), which read an [`AutoplayReport`].

use crate::domain::drill::{Answer, Drill, DrillError, mood_delta};
use crate::domain::moves::Move;
use crate::domain::scenario::{Outcome, Scenario};
use crate::domain::scoring::{self, Scorecard};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;
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

/// Enumerate every sequence of reply choices (depth-first), up to `cap` paths. Stops at the first
/// engine error (use [`run`] to keep going and collect them).
pub fn exhaustive(
    scenario: &Arc<Scenario>,
    seed: u64,
    cap: usize,
) -> Result<Exploration, DrillError> {
    let start = Drill::start(Arc::clone(scenario), seed)?;
    let mut paths = Vec::new();
    let mut failed = None;
    let capped = explore(start, cap, &mut |choices, visit| match visit {
        Visit::End(d) => paths.push(path_result(choices, d)),
        Visit::Error(e) => {
            failed.get_or_insert(e);
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(Exploration { paths, capped }),
    }
}

/// The best- and worst-scoring paths of a drill, found without keeping every path.
#[derive(Debug, Clone)]
pub struct Extremes {
    pub best: PathResult,
    pub worst: PathResult,
    /// Paths explored.
    pub paths: usize,
    /// True when `cap` paths were reached: best and worst are then only of those explored.
    pub capped: bool,
}

/// Best and worst path by total (first found wins ties), exploring at most `cap` paths.
/// `None` when the drill cannot start or an engine error stops a path.
pub fn extremes(scenario: &Arc<Scenario>, seed: u64, cap: usize) -> Option<Extremes> {
    let start = Drill::start(Arc::clone(scenario), seed).ok()?;
    let mut best: Option<PathResult> = None;
    let mut worst: Option<PathResult> = None;
    let (mut paths, mut failed) = (0, false);
    let capped = explore(start, cap, &mut |choices, visit| {
        let Visit::End(d) = visit else {
            failed = true;
            return;
        };
        paths += 1;
        let card = scoring::score(d.transcript());
        let better = best.as_ref().is_none_or(|b| card.total > b.total);
        let lower = worst.as_ref().is_none_or(|w| card.total < w.total);
        if better || lower {
            let p = PathResult {
                choices: choices.to_vec(),
                outcome: d.outcome(),
                total: card.total,
                card,
            };
            if better && lower {
                best = Some(p.clone());
                worst = Some(p);
            } else if better {
                best = Some(p);
            } else {
                worst = Some(p);
            }
        }
    });
    if failed {
        return None;
    }
    Some(Extremes {
        best: best?,
        worst: worst?,
        paths,
        capped,
    })
}

fn path_result(choices: &[usize], d: &Drill) -> PathResult {
    let card = scoring::score(d.transcript());
    PathResult {
        choices: choices.to_vec(),
        outcome: d.outcome(),
        total: card.total,
        card,
    }
}

/// What the depth-first walk hands its visitor for each path.
enum Visit<'a> {
    /// The drill ended, or stopped at a node the bot cannot answer, or hit [`MAX_DEPTH`].
    End(&'a Drill),
    /// The engine refused a choice (only possible for a drill that failed `check`).
    Error(DrillError),
}

/// Depth-first over every sequence of reply choices, calling `visit` once per path (errors
/// included) until `cap` paths; returns true when paths were left unexplored. One shared choice
/// stack and a clone per branch point keep it allocation-light.
fn explore(start: Drill, cap: usize, visit: &mut dyn FnMut(&[usize], Visit<'_>)) -> bool {
    let mut w = Walker {
        choices: Vec::new(),
        count: 0,
        cap,
        capped: false,
        visit,
    };
    w.dfs(start);
    w.capped
}

struct Walker<'v> {
    choices: Vec<usize>,
    count: usize,
    cap: usize,
    capped: bool,
    visit: &'v mut dyn FnMut(&[usize], Visit<'_>),
}

impl Walker<'_> {
    fn dfs(&mut self, drill: Drill) {
        if self.count >= self.cap {
            self.capped = true;
            return;
        }
        let n = drill.options().len();
        if drill.is_over() || n == 0 || self.choices.len() >= MAX_DEPTH {
            self.count += 1;
            (self.visit)(&self.choices, Visit::End(&drill));
            return;
        }
        for i in 0..n - 1 {
            self.step(drill.clone(), i);
            if self.capped {
                return;
            }
        }
        self.step(drill, n - 1);
    }

    fn step(&mut self, mut drill: Drill, i: usize) {
        self.choices.push(i);
        match drill.respond(Answer::Choice(i)) {
            Ok(_) => self.dfs(drill),
            Err(e) => {
                if self.count >= self.cap {
                    self.capped = true;
                } else {
                    self.count += 1;
                    (self.visit)(&self.choices, Visit::Error(e));
                }
            }
        }
        self.choices.pop();
    }
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
    greedy(scenario, seed, hurting_pick)
}

/// The well-meaning player: always the reply that calms the customer most right now.
pub fn soothing(scenario: &Arc<Scenario>, seed: u64) -> Result<PathResult, DrillError> {
    greedy(scenario, seed, soothing_pick)
}

/// How `comeback autoplay` (and the Trainer screen) picks replies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Uniformly random replies; seeded, so a run can be repeated exactly.
    Random,
    /// Always the reply that calms the customer most now (a well-meaning trainee): deterministic.
    Best,
    /// Always the reply with the most hurting moves (the "no recovery system"): deterministic.
    Worst,
    /// Every path, up to the cap.
    Exhaustive,
}

impl Strategy {
    pub fn id(self) -> &'static str {
        match self {
            Strategy::Random => "random",
            Strategy::Best => "best",
            Strategy::Worst => "worst",
            Strategy::Exhaustive => "exhaustive",
        }
    }
}

/// Default most paths `Strategy::Exhaustive` explores.
pub const DEFAULT_CAP: usize = 100_000;

/// Engine errors kept as examples in a report (all are counted).
const MAX_ERROR_EXAMPLES: usize = 20;

/// How a playthrough ended, for the outcome counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    Recovered,
    RecoveredDelighted,
    Escalated,
    Lost,
    /// Patience ran out before an ending (scored as lost).
    WalkedOut,
    /// The bot stopped before an ending: see `dead_ends`.
    Unfinished,
}

impl Ending {
    pub const ALL: [Ending; 6] = [
        Ending::Recovered,
        Ending::RecoveredDelighted,
        Ending::Escalated,
        Ending::Lost,
        Ending::WalkedOut,
        Ending::Unfinished,
    ];

    fn of(d: &Drill) -> Ending {
        match d.outcome() {
            None => Ending::Unfinished,
            Some(Outcome::Lost) if d.transcript().end_node.is_none() => Ending::WalkedOut,
            Some(Outcome::Recovered) => Ending::Recovered,
            Some(Outcome::RecoveredDelighted) => Ending::RecoveredDelighted,
            Some(Outcome::Escalated) => Ending::Escalated,
            Some(Outcome::Lost) => Ending::Lost,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Ending::Recovered => "Recovered",
            Ending::RecoveredDelighted => "Recovered and delighted",
            Ending::Escalated => "Escalated by the customer",
            Ending::Lost => "Lost",
            Ending::WalkedOut => "Walked out (patience ran out)",
            Ending::Unfinished => "Unfinished (bot stopped)",
        }
    }
}

/// One bar of the score histogram: totals `lo..=hi`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bin {
    pub lo: u32,
    pub hi: u32,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeCount {
    pub ending: Ending,
    pub label: &'static str,
    pub count: usize,
}

/// One playthrough, as a trainer reads it and `comeback play --choices` replays it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathSummary {
    /// 1-based reply numbers, as `play --choices` takes them.
    pub choices: Vec<usize>,
    /// The chosen replies' ids, turn by turn.
    pub reply_ids: Vec<String>,
    /// Nodes visited in order, the ending last (a walk-out has no ending node).
    pub nodes: Vec<String>,
    pub ending: Ending,
    pub total: u32,
}

impl PathSummary {
    fn of(choices: &[usize], d: &Drill, total: u32) -> PathSummary {
        let t = d.transcript();
        let mut nodes: Vec<String> = t.turns.iter().map(|turn| turn.node.clone()).collect();
        match (&t.end_node, t.is_over()) {
            (Some(end), _) => nodes.push(end.clone()),
            (None, false) => nodes.push(d.node().id.clone()),
            (None, true) => {}
        }
        PathSummary {
            choices: choices.iter().map(|c| c + 1).collect(),
            reply_ids: t
                .turns
                .iter()
                .map(|turn| turn.reply_id.clone().unwrap_or_default())
                .collect(),
            nodes,
            ending: Ending::of(d),
            total,
        }
    }

    /// `1,2,1` for `comeback play --choices`.
    pub fn choices_arg(&self) -> String {
        self.choices
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Why the bot stopped at a node that is not an ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadEndKind {
    /// The node only takes typed answers; the bot picks replies and cannot type.
    TypedOnly,
    /// [`MAX_DEPTH`] replies without an ending: a loop the choices never leave.
    TooLong,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeadEnd {
    pub node: String,
    pub kind: DeadEndKind,
    /// Playthroughs that stopped here.
    pub count: usize,
}

/// An engine error on one path (kept, never panicked on).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EngineError {
    /// 1-based choices up to and including the refused one.
    pub choices: Vec<usize>,
    pub message: String,
}

/// What a batch of bot playthroughs found: the data behind `comeback autoplay` and the Trainer
/// screen's chart. Plain data, serialisable as JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AutoplayReport {
    pub scenario_id: String,
    pub strategy: Strategy,
    pub seed: u64,
    /// Playthroughs asked for (random); ignored by the deterministic strategies.
    pub runs_requested: usize,
    /// Playthroughs made (paths, for exhaustive), engine errors included.
    pub runs: usize,
    /// Ten bins of 10 points: 0–9 … 80–89, and 90–100.
    pub histogram: Vec<Bin>,
    /// Every ending kind, zero counts included, in a fixed order.
    pub outcomes: Vec<OutcomeCount>,
    /// Mean total over scored playthroughs (0 when none).
    pub mean: f64,
    pub best: Option<PathSummary>,
    pub worst: Option<PathSummary>,
    /// Node ids no playthrough visited, in file order.
    pub never_reached: Vec<String>,
    pub dead_ends: Vec<DeadEnd>,
    /// Total engine errors; `error_examples` keeps the first few.
    pub errors: usize,
    pub error_examples: Vec<EngineError>,
    /// True when exhaustive play stopped at the cap.
    pub capped: bool,
    /// A note on how to read the report (cap hit, deterministic strategy…).
    pub message: Option<String>,
}

impl AutoplayReport {
    /// Playthroughs that ended on a recovered ending.
    pub fn recovered(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|o| matches!(o.ending, Ending::Recovered | Ending::RecoveredDelighted))
            .map(|o| o.count)
            .sum()
    }
}

/// Running totals for a batch; merged in run order so results never depend on thread count.
struct Tally {
    hist: [usize; 10],
    endings: [usize; 6],
    sum: u64,
    scored: usize,
    runs: usize,
    best: Option<PathSummary>,
    worst: Option<PathSummary>,
    visited: Vec<bool>,
    dead_ends: Vec<DeadEnd>,
    errors: usize,
    error_examples: Vec<EngineError>,
}

impl Tally {
    fn new(nodes: usize) -> Tally {
        Tally {
            hist: [0; 10],
            endings: [0; 6],
            sum: 0,
            scored: 0,
            runs: 0,
            best: None,
            worst: None,
            visited: vec![false; nodes],
            dead_ends: Vec::new(),
            errors: 0,
            error_examples: Vec::new(),
        }
    }

    fn mark(&mut self, s: &Scenario, id: &str) {
        if let Some(i) = s.node_index(id) {
            self.visited[i] = true;
        }
    }

    fn add(&mut self, choices: &[usize], d: &Drill) {
        let s = d.scenario();
        self.runs += 1;
        let total = scoring::score(d.transcript()).total;
        self.hist[(total / 10).min(9) as usize] += 1;
        let ending = Ending::of(d);
        self.endings[ending as usize] += 1;
        self.sum += u64::from(total);
        self.scored += 1;
        let t = d.transcript();
        self.mark(s, &s.start);
        for turn in &t.turns {
            self.mark(s, &turn.node);
        }
        if let Some(end) = &t.end_node {
            self.mark(s, end);
        }
        if ending == Ending::Unfinished {
            self.mark(s, &d.node().id);
            let kind = if choices.len() >= MAX_DEPTH {
                DeadEndKind::TooLong
            } else {
                DeadEndKind::TypedOnly
            };
            let node = &d.node().id;
            match self
                .dead_ends
                .iter_mut()
                .find(|e| &e.node == node && e.kind == kind)
            {
                Some(e) => e.count += 1,
                None => self.dead_ends.push(DeadEnd {
                    node: node.clone(),
                    kind,
                    count: 1,
                }),
            }
        }
        if self.best.as_ref().is_none_or(|b| total > b.total) {
            self.best = Some(PathSummary::of(choices, d, total));
        }
        if self.worst.as_ref().is_none_or(|w| total < w.total) {
            self.worst = Some(PathSummary::of(choices, d, total));
        }
    }

    fn add_error(&mut self, choices: &[usize], e: &DrillError) {
        self.runs += 1;
        self.errors += 1;
        if self.error_examples.len() < MAX_ERROR_EXAMPLES {
            self.error_examples.push(EngineError {
                choices: choices.iter().map(|c| c + 1).collect(),
                message: e.to_string(),
            });
        }
    }

    /// Fold a later batch into this one (earlier paths win ties).
    fn merge(&mut self, o: Tally) {
        for (a, b) in self.hist.iter_mut().zip(o.hist) {
            *a += b;
        }
        for (a, b) in self.endings.iter_mut().zip(o.endings) {
            *a += b;
        }
        self.sum += o.sum;
        self.scored += o.scored;
        self.runs += o.runs;
        if let Some(b) = o.best
            && self.best.as_ref().is_none_or(|s| b.total > s.total)
        {
            self.best = Some(b);
        }
        if let Some(w) = o.worst
            && self.worst.as_ref().is_none_or(|s| w.total < s.total)
        {
            self.worst = Some(w);
        }
        for (a, b) in self.visited.iter_mut().zip(o.visited) {
            *a |= b;
        }
        for e in o.dead_ends {
            match self
                .dead_ends
                .iter_mut()
                .find(|d| d.node == e.node && d.kind == e.kind)
            {
                Some(d) => d.count += e.count,
                None => self.dead_ends.push(e),
            }
        }
        self.errors += o.errors;
        let room = MAX_ERROR_EXAMPLES.saturating_sub(self.error_examples.len());
        self.error_examples
            .extend(o.error_examples.into_iter().take(room));
    }

    fn report(
        self,
        s: &Scenario,
        strategy: Strategy,
        seed: u64,
        runs_requested: usize,
        capped: bool,
        message: Option<String>,
    ) -> AutoplayReport {
        let histogram = (0..10u32)
            .map(|b| Bin {
                lo: b * 10,
                hi: if b == 9 { 100 } else { b * 10 + 9 },
                count: self.hist[b as usize],
            })
            .collect();
        let outcomes = Ending::ALL
            .iter()
            .map(|&e| OutcomeCount {
                ending: e,
                label: e.label(),
                count: self.endings[e as usize],
            })
            .collect();
        let never_reached = s
            .nodes
            .iter()
            .zip(&self.visited)
            .filter(|(_, v)| !**v)
            .map(|(n, _)| n.id.clone())
            .collect();
        let mut dead_ends = self.dead_ends;
        dead_ends.sort_by(|a, b| b.count.cmp(&a.count).then(a.node.cmp(&b.node)));
        AutoplayReport {
            scenario_id: s.id.clone(),
            strategy,
            seed,
            runs_requested,
            runs: self.runs,
            histogram,
            outcomes,
            mean: if self.scored == 0 {
                0.0
            } else {
                self.sum as f64 / self.scored as f64
            },
            best: self.best,
            worst: self.worst,
            never_reached,
            dead_ends,
            errors: self.errors,
            error_examples: self.error_examples,
            capped,
            message,
        }
    }
}

/// Play a drill with a strategy and report what happened. `runs` is how many random
/// playthroughs to make; `cap` bounds exhaustive play. Never panics: engine errors are counted
/// and kept as examples. Random play is seeded per run (run `i` uses stream `i` of `seed`), and
/// runs are spread over the machine's cores, so the same arguments always give the same report.
pub fn run(
    scenario: &Arc<Scenario>,
    strategy: Strategy,
    runs: usize,
    seed: u64,
    cap: usize,
) -> AutoplayReport {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    run_with_threads(scenario, strategy, runs, seed, cap, threads)
}

/// [`run`] on a given number of threads (1 for like-for-like comparisons with other engines).
pub fn run_with_threads(
    scenario: &Arc<Scenario>,
    strategy: Strategy,
    runs: usize,
    seed: u64,
    cap: usize,
    threads: usize,
) -> AutoplayReport {
    let s: &Scenario = scenario;
    let mut tally = Tally::new(s.nodes.len());
    let start = match Drill::start(Arc::clone(scenario), seed) {
        Ok(d) => d,
        Err(e) => {
            tally.add_error(&[], &e);
            return tally.report(s, strategy, seed, runs, false, None);
        }
    };
    match strategy {
        Strategy::Exhaustive => {
            let cap = cap.max(1);
            let capped = match parallel_exhaustive(&start, cap, threads) {
                Some(t) => {
                    tally = t;
                    false
                }
                None => explore(start, cap, &mut |choices, visit| match visit {
                    Visit::End(d) => tally.add(choices, d),
                    Visit::Error(e) => tally.add_error(choices, &e),
                }),
            };
            let message = capped.then(|| {
                format!(
                    "stopped after {cap} paths (the cap): the drill has more, so best, worst and \
                     never-reached cover only those explored; raise --cap or use --strategy random"
                )
            });
            tally.report(s, strategy, seed, runs, capped, message)
        }
        Strategy::Best | Strategy::Worst => {
            let played = if strategy == Strategy::Best {
                greedy_drill(start, soothing_pick)
            } else {
                greedy_drill(start, hurting_pick)
            };
            match played {
                Ok((choices, d)) => tally.add(&choices, &d),
                Err((choices, e)) => tally.add_error(&choices, &e),
            }
            let message = Some(format!(
                "the {} strategy is deterministic: one playthrough (--runs is for random)",
                strategy.id()
            ));
            tally.report(s, strategy, seed, runs, false, message)
        }
        Strategy::Random => {
            let threads = threads.clamp(1, runs.max(1));
            let chunk = runs.div_ceil(threads);
            let tallies: Vec<Tally> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads)
                    .map(|t| {
                        let (lo, hi) = ((t * chunk).min(runs), ((t + 1) * chunk).min(runs));
                        let start = &start;
                        scope.spawn(move || random_batch(start, seed, lo..hi))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|_| Tally::new(s.nodes.len())))
                    .collect()
            });
            for t in tallies {
                tally.merge(t);
            }
            tally.report(s, strategy, seed, runs, false, None)
        }
    }
}

/// A first few levels of the path tree, in depth-first order, for splitting over threads.
enum Frontier {
    /// A path that ended (or stopped) above the split depth.
    Leaf(Vec<usize>, Drill),
    /// A path the engine refused above the split depth.
    Error(Vec<usize>, DrillError),
    /// A subtree still to explore.
    Subtree(Vec<usize>, Drill),
}

/// Exhaustive play spread over `threads`: the tree is split a few levels down and the subtrees
/// are explored in parallel, then tallied in depth-first order, so the report is identical to
/// the one-thread walk. `None` (walk on one thread instead) for one thread, or when the cap is
/// reached, where only the one-thread walk knows exactly which paths come first.
fn parallel_exhaustive(start: &Drill, cap: usize, threads: usize) -> Option<Tally> {
    if threads < 2 {
        return None;
    }
    let done =
        |d: &Drill, depth: usize| d.is_over() || d.options().is_empty() || depth >= MAX_DEPTH;
    let mut items = vec![Frontier::Subtree(Vec::new(), start.clone())];
    for depth in 0..4 {
        let open = items
            .iter()
            .filter(|i| matches!(i, Frontier::Subtree(..)))
            .count();
        if open == 0 || open >= 4 * threads {
            break;
        }
        let mut next = Vec::with_capacity(items.len() * 3);
        for item in items {
            let Frontier::Subtree(choices, d) = item else {
                next.push(item);
                continue;
            };
            for i in 0..d.options().len() {
                let mut c = choices.clone();
                c.push(i);
                let mut child = d.clone();
                next.push(match child.respond(Answer::Choice(i)) {
                    Err(e) => Frontier::Error(c, e),
                    Ok(_) if done(&child, depth + 1) => Frontier::Leaf(c, child),
                    Ok(_) => Frontier::Subtree(c, child),
                });
            }
        }
        items = next;
    }
    if items.len() > cap {
        return None;
    }
    let nodes = start.scenario().nodes.len();
    let chunk = items.len().div_ceil(threads);
    let mut chunks: Vec<Vec<Frontier>> = Vec::new();
    let mut rest = items.into_iter().peekable();
    while rest.peek().is_some() {
        chunks.push(rest.by_ref().take(chunk).collect());
    }
    let results: Vec<Option<Tally>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|items| {
                scope.spawn(move || {
                    let mut tally = Tally::new(nodes);
                    let mut capped = false;
                    for item in items {
                        match item {
                            Frontier::Leaf(c, d) => tally.add(&c, &d),
                            Frontier::Error(c, e) => tally.add_error(&c, &e),
                            Frontier::Subtree(c, d) => {
                                let mut w = Walker {
                                    choices: c,
                                    count: tally.runs,
                                    cap,
                                    capped: false,
                                    visit: &mut |choices: &[usize], visit: Visit<'_>| match visit {
                                        Visit::End(d) => tally.add(choices, d),
                                        Visit::Error(e) => tally.add_error(choices, &e),
                                    },
                                };
                                w.dfs(d);
                                capped |= w.capped;
                            }
                        }
                        if capped || tally.runs > cap {
                            return None;
                        }
                    }
                    Some(tally)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    let mut total = Tally::new(nodes);
    for r in results {
        total.merge(r?);
    }
    (total.runs <= cap).then_some(total)
}

/// Random playthroughs `range` of a batch; run `i` is the same whichever thread plays it.
fn random_batch(start: &Drill, seed: u64, range: std::ops::Range<usize>) -> Tally {
    let mut tally = Tally::new(start.scenario().nodes.len());
    let mut choices = Vec::with_capacity(MAX_DEPTH);
    for i in range {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(i as u64);
        let mut d = start.clone();
        choices.clear();
        let mut failed = None;
        while !d.is_over() && !d.options().is_empty() && choices.len() < MAX_DEPTH {
            let c = rng.random_range(0..d.options().len());
            choices.push(c);
            if let Err(e) = d.respond(Answer::Choice(c)) {
                failed = Some(e);
                break;
            }
        }
        match failed {
            Some(e) => tally.add_error(&choices, &e),
            None => tally.add(&choices, &d),
        }
    }
    tally
}

type Played = Result<(Vec<usize>, Drill), (Vec<usize>, DrillError)>;

fn greedy_drill(mut d: Drill, pick: fn(&Drill) -> usize) -> Played {
    let mut choices = Vec::new();
    while !d.is_over() && !d.options().is_empty() && choices.len() < MAX_DEPTH {
        let i = pick(&d).min(d.options().len() - 1);
        choices.push(i);
        if let Err(e) = d.respond(Answer::Choice(i)) {
            return Err((choices, e));
        }
    }
    Ok((choices, d))
}

/// The reply that lowers the customer's anger most right now; ties go to fewer hurting moves,
/// then more helping ones, then the first.
fn soothing_pick(d: &Drill) -> usize {
    let t = d.transcript();
    let made: Vec<Move> = t.turns.iter().flat_map(|turn| turn.moves.clone()).collect();
    let fixed = made
        .iter()
        .any(|m| matches!(m, Move::Solution | Move::Options));
    let opts = d.options();
    let key = |i: usize| {
        let r = &opts[i];
        let delta = mood_delta(d.scenario(), &r.moves, r.mood, d.mood(), &made, fixed);
        let hurt = r.moves.iter().filter(|m| !m.helps()).count();
        let help = r.moves.iter().filter(|m| m.helps()).count();
        (delta, hurt, std::cmp::Reverse(help), i)
    };
    (0..opts.len()).min_by_key(|&i| key(i)).unwrap_or(0)
}

/// The "no recovery system" choice: most hurting moves, fewest helping, the first on ties.
fn hurting_pick(d: &Drill) -> usize {
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
    #[test]
    fn exhaustive_report_counts_a_known_graph() {
        // 3 replies at a × 2 at b = 6 paths. b's first reply goes to `won` (mood stays below 80
        // on every path), its second to `lost`: 3 recovered, 3 lost.
        let r = run(&scenario(), Strategy::Exhaustive, 0, 1, 1000);
        assert_eq!(r.runs, 6);
        assert!(!r.capped && r.message.is_none());
        assert_eq!(r.histogram.iter().map(|b| b.count).sum::<usize>(), 6);
        assert_eq!(r.histogram.len(), 10);
        assert_eq!((r.histogram[9].lo, r.histogram[9].hi), (90, 100));
        let count = |e: Ending| r.outcomes.iter().find(|o| o.ending == e).map(|o| o.count);
        assert_eq!(count(Ending::Recovered), Some(3));
        assert_eq!(count(Ending::Lost), Some(3));
        assert_eq!(count(Ending::Unfinished), Some(0));
        let best = r.best.as_ref().unwrap();
        assert_eq!(best.choices, vec![1, 1]);
        assert_eq!(best.nodes, vec!["a", "b", "won"]);
        assert_eq!(best.reply_ids, vec!["1", "1"]);
        let all = exhaustive(&scenario(), 1, 1000).unwrap();
        assert_eq!(best.total, all.best().unwrap().total);
        assert_eq!(r.worst.as_ref().unwrap().total, all.worst().unwrap().total);
        let mean = all.paths.iter().map(|p| f64::from(p.total)).sum::<f64>() / 6.0;
        assert!((r.mean - mean).abs() < 1e-9);
        assert!(r.never_reached.is_empty() && r.dead_ends.is_empty() && r.errors == 0);

        let capped = run(&scenario(), Strategy::Exhaustive, 0, 1, 4);
        assert_eq!(capped.runs, 4);
        assert!(capped.capped);
        assert!(capped.message.unwrap().contains("cap"));
    }

    #[test]
    fn typed_only_nodes_are_dead_ends_and_unvisited_nodes_listed() {
        let mut s = (*scenario()).clone();
        let b = s.node_index("b").unwrap();
        s.nodes[b].replies.clear();
        s.nodes[b].free_text = s.nodes[0].free_text.clone();
        let r = run(&Arc::new(s), Strategy::Exhaustive, 0, 1, 1000);
        assert_eq!(r.runs, 3);
        assert_eq!(
            r.dead_ends,
            vec![DeadEnd {
                node: "b".into(),
                kind: DeadEndKind::TypedOnly,
                count: 3
            }]
        );
        assert_eq!(r.never_reached, vec!["won", "lost"]);
        assert_eq!(r.best.unwrap().ending, Ending::Unfinished);
    }

    #[test]
    fn random_play_is_reproducible_whatever_the_thread_count() {
        let one = run_with_threads(&scenario(), Strategy::Random, 300, 9, 0, 1);
        let three = run_with_threads(&scenario(), Strategy::Random, 300, 9, 0, 3);
        assert_eq!(one, three);
        assert_eq!(one.runs, 300);
        assert_eq!(one.outcomes.iter().map(|o| o.count).sum::<usize>(), 300);
        // 300 uniform walks over 6 paths reach both endings
        assert!(one.recovered() > 0 && one.recovered() < 300);
        let other = run_with_threads(&scenario(), Strategy::Random, 300, 10, 0, 2);
        assert_ne!(
            one.histogram, other.histogram,
            "another seed, another sample"
        );
    }

    #[test]
    fn greedy_strategies_play_once_and_differ() {
        let best = run(&scenario(), Strategy::Best, 50, 1, 0);
        let worst = run(&scenario(), Strategy::Worst, 50, 1, 0);
        assert_eq!((best.runs, worst.runs), (1, 1));
        assert!(best.message.unwrap().contains("deterministic"));
        let (b, w) = (best.best.unwrap(), worst.best.unwrap());
        assert_eq!(b.choices, vec![1, 1], "owning and fixing calms most");
        assert_eq!(w.choices[0], 2, "blame first");
        assert!(b.total > w.total);
    }

    #[test]
    fn extremes_match_full_enumeration() {
        let x = extremes(&scenario(), 1, 1000).unwrap();
        let all = exhaustive(&scenario(), 1, 1000).unwrap();
        assert_eq!(x.paths, 6);
        assert!(!x.capped);
        assert_eq!(x.best.total, all.best().unwrap().total);
        assert_eq!(x.worst.total, all.worst().unwrap().total);
    }
    #[test]
    fn engine_errors_are_counted_and_kept_not_panicked() {
        // An unchecked drill whose reply points nowhere: the engine refuses that step.
        let mut s = (*scenario()).clone();
        let b = s.node_index("b").unwrap();
        s.nodes[b].replies[0].next = "nowhere".into();
        s.nodes[b].replies[0].branches.clear();
        let s = Arc::new(s);
        let r = run(&s, Strategy::Exhaustive, 0, 1, 1000);
        assert_eq!(r.runs, 6, "3 good paths and 3 refused");
        assert_eq!(r.errors, 3);
        assert_eq!(r.error_examples[0].choices, vec![1, 1]);
        assert!(r.error_examples[0].message.contains("`nowhere`"));
        assert_eq!(r.histogram.iter().map(|b| b.count).sum::<usize>(), 3);
        let random = run_with_threads(&s, Strategy::Random, 100, 1, 0, 2);
        assert_eq!(random.runs, 100);
        assert!(random.errors > 0 && random.errors < 100);
        assert!(
            exhaustive(&s, 1, 1000).is_err(),
            "the plain walk stops at the first"
        );
    }
    #[test]
    fn parallel_exhaustive_equals_the_one_thread_walk() {
        let bundled = crate::domain::library::load_file(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("scenarios/kitchen-worktop-miscut.ron"),
        );
        let kitchen = bundled.scenario.expect("bundled drill");
        for s in [scenario(), kitchen] {
            let one = run_with_threads(&s, Strategy::Exhaustive, 0, 1, DEFAULT_CAP, 1);
            for threads in [2, 3, 8] {
                assert_eq!(
                    one,
                    run_with_threads(&s, Strategy::Exhaustive, 0, 1, DEFAULT_CAP, threads),
                    "{} on {threads} threads",
                    s.id
                );
            }
            // at the cap the split falls back to the exact one-thread order
            let cap = one.runs / 2;
            let capped = run_with_threads(&s, Strategy::Exhaustive, 0, 1, cap, 1);
            assert!(capped.capped);
            assert_eq!(
                capped,
                run_with_threads(&s, Strategy::Exhaustive, 0, 1, cap, 3)
            );
        }
    }
}
