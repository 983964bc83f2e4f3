//! The drill state machine: the customer speaks, the trainee answers, mood, patience and the
//! simulated clock react, and every turn lands in the transcript.
//!
//! Deterministic for a seed: the same scenario, seed and answers always give the same drill, so a
//! drill can be replayed exactly (rewind, resume after a crash, headless tests).

use crate::domain::analyzer::{self, Finding};
use crate::domain::moves::Move;
use crate::domain::scenario::{Condition, FailureSeverity, Node, Outcome, Reply, Scenario};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Mood at or above this is "angry": saying no or blaming must then always make things worse.
pub const ANGRY: u8 = 50;

/// The smallest change the two guarantees enforce (hurting an angry customer / own + fix).
const GUARANTEED_STEP: i32 = 3;

/// What a line the customer says when they walk out defaults to.
const DEFAULT_WALKOUT: &str = "That's it. I'm taking my business somewhere else.";

/// Base mood effect of each move (negative calms). Scaled by the customer's temperament.
pub fn base_effect(m: Move) -> f32 {
    match m {
        Move::Ownership => -8.0,
        Move::Listening => -4.0,
        Move::Empathy => -6.0,
        Move::Apology => -5.0,
        Move::Solution => -12.0,
        Move::Options => -10.0,
        Move::FollowUp => -4.0,
        Move::Delight => -8.0,
        Move::Gratitude => -3.0,
        Move::Refusal => 12.0,
        Move::Blame => 12.0,
        Move::Excuse => 6.0,
        Move::Abdication => 8.0,
        Move::Deferral => 9.0,
        Move::Dismissal => 12.0,
    }
}

/// The mood change a reply causes, before clamping to 0–100.
///
/// Rules (documented in scenarios/README.md):
/// - each move's base effect × temperament sensitivity × the move's reaction multiplier, summed;
/// - a helping move already made earlier in the drill counts half (repeating "sorry" wears thin);
/// - delight before the failure is fixed counts a quarter (a gift is no substitute for the fix);
/// - a trainer's `mood` override replaces the sum;
/// - then two guarantees: refusal or blame to an angry customer always makes them angrier, and
///   ownership plus a solution with nothing hurting always helps.
pub fn mood_delta(
    scenario: &Scenario,
    moves: &[Move],
    override_delta: Option<i32>,
    mood_before: u8,
    made_before: &[Move],
    fixed_before: bool,
) -> i32 {
    let t = &scenario.customer.temperament;
    let fixed = fixed_before
        || moves
            .iter()
            .any(|m| matches!(m, Move::Solution | Move::Options));
    let mut delta = override_delta.unwrap_or_else(|| {
        let sum: f32 = moves
            .iter()
            .map(|&m| {
                let mut e =
                    base_effect(m) * t.sensitivity * t.reactions.get(&m).copied().unwrap_or(1.0);
                if m.helps() && made_before.contains(&m) {
                    e *= 0.5;
                }
                if m == Move::Delight && !fixed {
                    e *= 0.25;
                }
                e
            })
            .sum();
        sum.round() as i32
    });
    let hurts_angry = mood_before >= ANGRY
        && moves
            .iter()
            .any(|m| matches!(m, Move::Refusal | Move::Blame));
    let owns_and_fixes = moves.contains(&Move::Ownership)
        && moves.contains(&Move::Solution)
        && !moves.iter().any(|m| !m.helps());
    if hurts_angry {
        delta = delta.max(GUARANTEED_STEP);
    } else if owns_and_fixes {
        delta = delta.min(-GUARANTEED_STEP);
    }
    delta
}

/// A new seed for a drill nobody asked to replay: short enough to read out and type back in
/// (`play --seed N`), varied enough that line variants differ from run to run.
pub fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64 % 1_000_000)
}

/// What the trainee answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A reply option by 0-based index into the node's replies.
    Choice(usize),
    /// Typed words, read by the analyzer.
    Text(String),
}

/// Context from outside the drill that conditions may look at.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DrillContext {
    /// An earlier drill with this customer left a follow-up promise open (promise ledger).
    pub open_promise: bool,
}

/// A follow-up promise made during the drill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Promise {
    pub turn: usize,
    /// Simulated hours since the failure by which it is due.
    pub due_hours: f32,
    pub text: String,
}

/// One answered turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// 0-based.
    pub index: usize,
    pub node: String,
    /// What the customer said before the answer.
    pub customer_line: String,
    pub answer: Answer,
    /// The reply's id when an option was chosen.
    pub reply_id: Option<String>,
    /// The words of the answer (the option's text or what was typed).
    pub text: String,
    pub moves: Vec<Move>,
    /// Evidence for typed answers.
    pub findings: Vec<TurnFinding>,
    pub mood_before: u8,
    pub mood_after: u8,
    pub patience_after: u8,
    /// Hours since the failure after this turn.
    pub hours_after: f32,
    pub hours_cost: f32,
    pub cost: f64,
    pub escalate: bool,
    /// The trainer's coaching note on the option, if any.
    pub coaching: String,
    /// Where the drill went.
    pub next: String,
    /// The customer walked out after this turn (patience ran out).
    pub walked_out: bool,
    /// Wall-clock seconds the trainee took, when the front end measured it.
    pub response_secs: Option<f32>,
    /// The customer's countdown ran out before this answer (set by `timeout`).
    #[serde(default)]
    pub timeouts_before: u32,
}

/// A finding in serialisable form (for transcripts, history and exports).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnFinding {
    #[serde(rename = "move")]
    pub mv: Move,
    pub start: usize,
    pub end: usize,
    pub cue: String,
}

impl From<&Finding> for TurnFinding {
    fn from(f: &Finding) -> Self {
        TurnFinding {
            mv: f.mv,
            start: f.span.start,
            end: f.span.end,
            cue: f.cue.clone(),
        }
    }
}

/// Everything needed to score and replay a drill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub scenario_id: String,
    pub scenario_version: u32,
    pub seed: u64,
    pub severity: FailureSeverity,
    pub money_limit: f64,
    pub start_mood: u8,
    pub start_hours: f32,
    pub target_hours: f32,
    pub turns: Vec<Turn>,
    /// The ending reached, if the drill is over.
    pub outcome: Option<Outcome>,
    /// The id of the ending node (None when the customer walked out).
    pub end_node: Option<String>,
    /// What the customer said last.
    pub final_line: Option<String>,
    pub promises: Vec<Promise>,
}

impl Transcript {
    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }
    pub fn final_mood(&self) -> u8 {
        self.turns.last().map_or(self.start_mood, |t| t.mood_after)
    }
    pub fn final_hours(&self) -> f32 {
        self.turns
            .last()
            .map_or(self.start_hours, |t| t.hours_after)
    }
    /// The answers given, for exact replay.
    pub fn answers(&self) -> Vec<Answer> {
        self.turns.iter().map(|t| t.answer.clone()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DrillError {
    #[error("the drill is over; no more answers are taken")]
    Over,
    #[error("there is no reply {number} here; this turn has {count} replies")]
    NoSuchReply { number: usize, count: usize },
    #[error("this turn does not take typed answers; pick one of the {count} replies")]
    NoFreeText { count: usize },
    #[error("an empty answer says nothing; type a reply or pick one")]
    EmptyText,
    #[error("node `{0}` does not exist in this drill (run `comeback check` on the file)")]
    MissingNode(String),
}

/// What the customer does in answer to one reply.
#[derive(Debug, Clone, PartialEq)]
pub struct Reaction {
    pub turn: Turn,
    /// The customer's next line (the next node's, or the walk-out line).
    pub line: String,
    pub outcome: Option<Outcome>,
}

/// A drill in progress.
#[derive(Debug, Clone)]
pub struct Drill {
    scenario: Arc<Scenario>,
    rng: ChaCha8Rng,
    context: DrillContext,
    node: usize,
    line: String,
    mood: u8,
    patience: u8,
    hours: f32,
    made: Vec<Move>,
    fixed: bool,
    pending_timeouts: u32,
    transcript: Transcript,
}

impl Drill {
    /// Start a drill at its start node.
    pub fn start(scenario: Arc<Scenario>, seed: u64) -> Result<Drill, DrillError> {
        Drill::start_with(scenario, seed, DrillContext::default())
    }

    pub fn start_with(
        scenario: Arc<Scenario>,
        seed: u64,
        context: DrillContext,
    ) -> Result<Drill, DrillError> {
        let node = scenario
            .node_index(&scenario.start)
            .ok_or_else(|| DrillError::MissingNode(scenario.start.clone()))?;
        let transcript = Transcript {
            scenario_id: scenario.id.clone(),
            scenario_version: scenario.version,
            seed,
            severity: scenario.severity,
            money_limit: scenario.authority.money_limit,
            start_mood: scenario.customer.mood.min(100),
            start_hours: scenario.clock.hours_since_failure,
            target_hours: scenario.clock.target_hours,
            turns: Vec::new(),
            outcome: None,
            end_node: None,
            final_line: None,
            promises: Vec::new(),
        };
        let mut drill = Drill {
            rng: ChaCha8Rng::seed_from_u64(seed),
            context,
            node,
            line: String::new(),
            mood: scenario.customer.mood.min(100),
            patience: scenario.customer.patience.max(1),
            hours: scenario.clock.hours_since_failure,
            made: Vec::new(),
            fixed: false,
            pending_timeouts: 0,
            transcript,
            scenario,
        };
        drill.enter(node);
        Ok(drill)
    }

    /// Rebuild a drill by replaying answers (rewind, resume). Stops at the first failing answer.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        context: DrillContext,
        answers: &[Answer],
    ) -> Result<Drill, DrillError> {
        let mut d = Drill::start_with(scenario, seed, context)?;
        for a in answers {
            d.respond(a.clone())?;
        }
        Ok(d)
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }
    pub fn node(&self) -> &Node {
        &self.scenario.nodes[self.node]
    }
    /// What the customer is saying now.
    pub fn customer_line(&self) -> &str {
        &self.line
    }
    /// The reply options on offer now (empty once over).
    pub fn options(&self) -> &[Reply] {
        if self.is_over() {
            &[]
        } else {
            &self.node().replies
        }
    }
    pub fn accepts_text(&self) -> bool {
        !self.is_over() && self.node().free_text.is_some()
    }
    pub fn mood(&self) -> u8 {
        self.mood
    }
    pub fn patience(&self) -> u8 {
        self.patience
    }
    pub fn hours(&self) -> f32 {
        self.hours
    }
    pub fn is_over(&self) -> bool {
        self.transcript.outcome.is_some()
    }
    pub fn outcome(&self) -> Option<Outcome> {
        self.transcript.outcome
    }
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }
    pub fn context(&self) -> &DrillContext {
        &self.context
    }

    /// Move to a node: pick the customer's line variant and close the drill on an ending.
    fn enter(&mut self, node: usize) {
        self.node = node;
        let n = &self.scenario.nodes[node];
        self.line = pick(&mut self.rng, &n.customer).unwrap_or_default();
        if let Some(outcome) = n.outcome {
            self.transcript.outcome = Some(outcome);
            self.transcript.end_node = Some(n.id.clone());
            self.transcript.final_line = Some(self.line.clone());
        }
    }

    /// The customer's countdown ran out before an answer: they lose a little patience and heat up.
    /// Returns true if they walked out.
    pub fn timeout(&mut self) -> bool {
        if self.is_over() {
            return false;
        }
        self.pending_timeouts += 1;
        self.mood = self.mood.saturating_add(5).min(100);
        self.patience = self.patience.saturating_sub(1);
        if self.patience == 0 {
            self.walk_out();
            return true;
        }
        false
    }

    fn walk_out(&mut self) {
        let line = pick(&mut self.rng, &self.scenario.customer.walkout)
            .unwrap_or_else(|| DEFAULT_WALKOUT.to_string());
        self.line = line.clone();
        self.transcript.outcome = Some(Outcome::Lost);
        self.transcript.end_node = None;
        self.transcript.final_line = Some(line);
    }

    /// Answer the current turn.
    pub fn respond(&mut self, answer: Answer) -> Result<Reaction, DrillError> {
        self.respond_timed(answer, None)
    }

    /// Answer, recording how long the trainee took (wall-clock seconds, measured by the front end).
    pub fn respond_timed(
        &mut self,
        answer: Answer,
        response_secs: Option<f32>,
    ) -> Result<Reaction, DrillError> {
        if self.is_over() {
            return Err(DrillError::Over);
        }
        let scenario = Arc::clone(&self.scenario);
        let node = &scenario.nodes[self.node];
        // Resolve the answer into words, moves and the rules for where it goes.
        let (reply, text, moves, findings) = match &answer {
            Answer::Choice(i) => {
                let r = node.replies.get(*i).ok_or(DrillError::NoSuchReply {
                    number: i + 1,
                    count: node.replies.len(),
                })?;
                (Some(r), r.text.clone(), r.moves.clone(), Vec::new())
            }
            Answer::Text(t) => {
                if node.free_text.is_none() {
                    return Err(DrillError::NoFreeText {
                        count: node.replies.len(),
                    });
                }
                if t.trim().is_empty() {
                    return Err(DrillError::EmptyText);
                }
                let a = analyzer::analyze(t);
                let f: Vec<TurnFinding> = a.findings.iter().map(TurnFinding::from).collect();
                (None, t.clone(), a.moves(), f)
            }
        };
        let mood_before = self.mood;
        let delta = mood_delta(
            &scenario,
            &moves,
            reply.and_then(|r| r.mood),
            mood_before,
            &self.made,
            self.fixed,
        );
        self.mood = (i32::from(self.mood) + delta).clamp(0, 100) as u8;
        if delta > 0 {
            self.patience = self.patience.saturating_sub(1);
        }
        let hours_cost = match (reply, &node.free_text) {
            (Some(r), _) => r.hours,
            (None, Some(ft)) => ft.hours,
            (None, None) => None,
        }
        .unwrap_or(scenario.clock.reply_hours)
        .max(0.0);
        self.hours += hours_cost;
        self.fixed |= moves
            .iter()
            .any(|m| matches!(m, Move::Solution | Move::Options));
        for m in &moves {
            if !self.made.contains(m) {
                self.made.push(*m);
            }
        }
        let index = self.transcript.turns.len();
        let promise_hours = reply
            .and_then(|r| r.promise_hours)
            .or_else(|| moves.contains(&Move::FollowUp).then_some(1.0));
        if let Some(h) = promise_hours {
            self.transcript.promises.push(Promise {
                turn: index,
                due_hours: self.hours + h.max(0.0),
                text: text.clone(),
            });
        }
        // Where next: branches (or free-text routes) in order, then the default.
        let (branches, default) = match (reply, &node.free_text) {
            (Some(r), _) => (&r.branches, &r.next),
            (None, Some(ft)) => (&ft.routes, &ft.next),
            (None, None) => unreachable_default(),
        };
        let next_id = branches
            .iter()
            .find(|b| self.holds(&b.when, &moves))
            .map_or(default, |b| &b.next)
            .clone();
        let next = scenario
            .node_index(&next_id)
            .ok_or_else(|| DrillError::MissingNode(next_id.clone()))?;
        let walked_out = self.patience == 0 && !scenario.nodes[next].is_end();
        let turn = Turn {
            index,
            node: node.id.clone(),
            customer_line: self.line.clone(),
            answer,
            reply_id: reply.map(|r| r.id.clone()),
            text,
            moves,
            findings,
            mood_before,
            mood_after: self.mood,
            patience_after: self.patience,
            hours_after: self.hours,
            hours_cost,
            cost: reply.map_or(0.0, |r| r.cost),
            escalate: reply.is_some_and(|r| r.escalate),
            coaching: reply.map(|r| r.coaching.clone()).unwrap_or_default(),
            next: next_id,
            walked_out,
            response_secs,
            timeouts_before: std::mem::take(&mut self.pending_timeouts),
        };
        self.transcript.turns.push(turn.clone());
        if walked_out {
            self.walk_out();
        } else {
            self.enter(next);
        }
        Ok(Reaction {
            turn,
            line: self.line.clone(),
            outcome: self.transcript.outcome,
        })
    }

    fn holds(&self, c: &Condition, said: &[Move]) -> bool {
        c.said.iter().all(|m| said.contains(m))
            && !c.not_said.iter().any(|m| said.contains(m))
            && c.made.iter().all(|m| self.made.contains(m))
            && !c.not_made.iter().any(|m| self.made.contains(m))
            && c.mood_at_least.is_none_or(|v| self.mood >= v)
            && c.mood_below.is_none_or(|v| self.mood < v)
            && c.hours_at_least.is_none_or(|v| self.hours >= v)
            && c.hours_below.is_none_or(|v| self.hours < v)
            && c.open_promise
                .is_none_or(|v| self.context.open_promise == v)
    }
}

/// Only reached if a text answer got past the free-text check, which cannot happen.
fn unreachable_default() -> (
    &'static Vec<crate::domain::scenario::Branch>,
    &'static String,
) {
    static EMPTY: Vec<crate::domain::scenario::Branch> = Vec::new();
    static NONE: String = String::new();
    (&EMPTY, &NONE)
}

fn pick(rng: &mut ChaCha8Rng, variants: &[String]) -> Option<String> {
    if variants.is_empty() {
        return None;
    }
    let i = rng.random_range(0..variants.len());
    variants.get(i).cloned()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::scenario::parse;

    pub(crate) const DRILL: &str = r#"
Scenario(
    format: 1, id: "t", title: "T", severity: Minor,
    authority: (money_limit: 100.0),
    customer: (name: "Ann", situation: "Late", mood: 70, patience: 2,
               temperament: (reactions: {empathy: 0.5})),
    clock: (hours_since_failure: 2.0, reply_hours: 0.5),
    start: "a",
    nodes: [
        (id: "a", customer: ["Where is it?", "Well?", "Hello?"], replies: [
            (text: "That's on us. A courier brings it by two.", moves: [ownership, solution], next: "b"),
            (text: "The carrier lost it.", moves: [blame], next: "b"),
            (text: "No.", moves: [refusal], mood: -20, next: "b"),
        ], free_text: (routes: [(when: (said: [ownership]), next: "won")], next: "b")),
        (id: "b", customer: ["And?"], replies: [
            (text: "Thanks for your patience.", moves: [gratitude], next: "won",
             branches: [(when: (mood_at_least: 80), next: "lost")]),
            (text: "Calm down.", moves: [dismissal], hours: 30.0, next: "lost"),
        ]),
        (id: "won", customer: ["Fine."], outcome: Recovered),
        (id: "lost", customer: ["Bye."], outcome: Lost),
    ],
)
"#;

    pub(crate) fn scenario() -> Arc<Scenario> {
        Arc::new(parse(DRILL).unwrap().scenario)
    }

    #[test]
    fn same_seed_same_drill() {
        let run = |seed| {
            let mut d = Drill::start(scenario(), seed).unwrap();
            let first = d.customer_line().to_string();
            d.respond(Answer::Choice(0)).unwrap();
            d.respond(Answer::Choice(0)).unwrap();
            (first, d.transcript().clone())
        };
        assert_eq!(run(7), run(7));
        let lines: std::collections::HashSet<String> = (0..20).map(|s| run(s).0).collect();
        assert!(lines.len() > 1, "seeds vary the customer's line");
    }

    #[test]
    fn ownership_and_solution_always_help_and_blame_always_hurts() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        let r = d.respond(Answer::Choice(0)).unwrap();
        assert!(r.turn.mood_after < r.turn.mood_before);
        let mut d = Drill::start(scenario(), 1).unwrap();
        let r = d.respond(Answer::Choice(1)).unwrap();
        assert!(r.turn.mood_after > r.turn.mood_before);
        assert_eq!(r.turn.patience_after, 1);
        // even a trainer override cannot make "no" calm an angry customer
        let mut d = Drill::start(scenario(), 1).unwrap();
        let r = d.respond(Answer::Choice(2)).unwrap();
        assert!(r.turn.mood_after > r.turn.mood_before);
    }

    #[test]
    fn guarantees_hold_for_every_temperament() {
        let mut s = (*scenario()).clone();
        for sens in [0.1f32, 1.0, 5.0] {
            for mult in [0.1f32, 5.0] {
                s.customer.temperament.sensitivity = sens;
                for m in Move::ALL {
                    s.customer.temperament.reactions.insert(m, mult);
                }
                for mood in [ANGRY, 70, 100] {
                    assert!(
                        mood_delta(
                            &s,
                            &[Move::Blame, Move::Apology, Move::Empathy],
                            None,
                            mood,
                            &[],
                            false
                        ) > 0
                    );
                    assert!(mood_delta(&s, &[Move::Refusal], Some(-30), mood, &[], false) > 0);
                    assert!(
                        mood_delta(
                            &s,
                            &[Move::Ownership, Move::Solution],
                            Some(10),
                            mood,
                            &[],
                            false
                        ) < 0
                    );
                }
            }
        }
    }

    #[test]
    fn patience_runs_out_and_customer_leaves() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        d.respond(Answer::Choice(1)).unwrap();
        assert!(!d.is_over());
        assert!(d.timeout(), "second strike ends it");
        assert_eq!(d.outcome(), Some(Outcome::Lost));
        assert_eq!(d.respond(Answer::Choice(0)), Err(DrillError::Over));
    }

    #[test]
    fn branches_follow_mood_and_clock_accumulates() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        let r = d.respond(Answer::Choice(0)).unwrap();
        assert_eq!(r.outcome, Some(Outcome::Recovered));
        assert_eq!(d.hours(), 3.0);
        // start high: a calm-down reply keeps the mood ≥ 80 → branch to lost
        let mut s = (*scenario()).clone();
        s.customer.mood = 95;
        s.customer.patience = 5;
        let mut d = Drill::start(Arc::new(s), 1).unwrap();
        d.respond(Answer::Choice(1)).unwrap();
        let r = d.respond(Answer::Choice(0)).unwrap();
        assert_eq!(r.outcome, Some(Outcome::Lost));
    }

    #[test]
    fn bad_answers_are_errors_not_panics() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        assert_eq!(
            d.respond(Answer::Choice(9)),
            Err(DrillError::NoSuchReply {
                number: 10,
                count: 3
            })
        );
        assert_eq!(
            d.respond(Answer::Text("  ".into())),
            Err(DrillError::EmptyText)
        );
        d.respond(Answer::Choice(0)).unwrap();
        assert!(matches!(
            d.respond(Answer::Text("hi".into())),
            Err(DrillError::NoFreeText { .. })
        ));
    }

    #[test]
    fn typed_answers_are_analyzed_and_route_by_move() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        let r = d
            .respond(Answer::Text(
                "I'm so sorry. That's on us, and I'll fix it today.".into(),
            ))
            .unwrap();
        assert!(
            r.turn.moves.contains(&Move::Ownership),
            "{:?}",
            r.turn.moves
        );
        assert!(!r.turn.findings.is_empty(), "evidence spans are kept");
        assert_eq!(r.turn.next, "won", "the ownership route");
        let mut d = Drill::start(scenario(), 1).unwrap();
        let r = d.respond(Answer::Text("Hm.".into())).unwrap();
        assert_eq!(r.turn.next, "b", "the default route");
    }

    #[test]
    fn replay_reproduces_transcript() {
        let mut d = Drill::start(scenario(), 3).unwrap();
        d.respond(Answer::Choice(1)).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        let again = Drill::replay(
            scenario(),
            3,
            DrillContext::default(),
            &d.transcript().answers(),
        )
        .unwrap();
        assert_eq!(again.transcript(), d.transcript());
    }
}
