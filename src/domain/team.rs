//! Team practice: a facilitator runs a plan for several trainees in hot-seat turns, then the
//! team sees where it stands.
//!
//! [`TeamSession`] is the pure state machine the CLI and the app both drive: it deals the seats,
//! says whose turn it is, takes each drill's scorecard and keeps a live scoreboard. It reads no
//! clock and writes no file: the caller plays each drill with `domain::drill`, records it through
//! `history` (tagged with the session) and passes elapsed times in.
//!
//! [`TeamReport`] is computed from [`TeamDrill`]s, which come from a live session, from history
//! ([`sessions_from_history`]) or from an LRS's xAPI statements ([`sessions_from_statements`]):
//! the same drills give the same report whichever way they arrived.

use crate::domain::drill::Transcript;
use crate::domain::history::{DrillExport, History, HistoryError};
use crate::domain::library::Library;
use crate::domain::moves::Move;
use crate::domain::plan::{DrillList, Mode, Plan};
use crate::domain::report::{self, EXT_OUTCOME, EXT_TEAM, EXT_TURN};
use crate::domain::scenario::Scenario;
use crate::domain::scoring::{Principle, Scorecard};
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use time::OffsetDateTime;

/// How many principles the report names as the team's weakest.
pub const WEAKEST_SHOWN: usize = 3;

/// "Recovered within 24 hours" means the simulated clock read at most this at the fix.
pub const FIX_HOURS: f32 = 24.0;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TeamError {
    #[error(
        "the plan names drill `{0}`, which is not in the library; run `comeback check` on the plan"
    )]
    UnknownDrill(String),
    #[error("no drill is left to recommend to {0}; add drills or lower `rounds`")]
    NothingToRecommend(String),
    #[error("the session is over; every seat has been played or skipped")]
    Over,
    #[error("this seat is drill `{expected}`, but a transcript of `{got}` was recorded")]
    WrongDrill { expected: String, got: String },
    #[error("{0}")]
    History(String),
}

impl From<HistoryError> for TeamError {
    fn from(e: HistoryError) -> Self {
        TeamError::History(e.to_string())
    }
}

/// Whose turn it is: "Sam, you're up — drill 2 of 4".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    /// 0-based position in the running order.
    pub seat: u32,
    /// Seats in the whole session.
    pub seats: u32,
    pub trainee: String,
    pub drill_id: String,
    pub title: String,
    /// 1-based: this trainee's how-manieth drill of the session.
    pub index: u32,
    /// Drills this trainee plays in the session.
    pub total: u32,
    /// Seed for the drill's line variants (derived from the session seed).
    pub seed: u64,
}

impl Seat {
    /// The hot-seat call, as both front ends show it.
    pub fn announce(&self) -> String {
        format!(
            "{}, you're up — drill {} of {}: {}",
            self.trainee, self.index, self.total, self.title
        )
    }
}

/// One turn of a drill retold: what the customer said, the reply, its moves and its points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryTurn {
    pub customer: String,
    pub reply: String,
    pub moves: Vec<Move>,
    pub points: i32,
    /// The scorecard's line on this turn.
    pub note: String,
}

/// One finished drill of a team session: what the report is computed from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamDrill {
    pub seat: u32,
    pub trainee: String,
    pub scenario_id: String,
    pub title: String,
    pub total: u32,
    pub recovered: bool,
    pub delighted: bool,
    /// Simulated hours since the failure when the drill ended.
    pub hours: f32,
    /// 0–100 per principle.
    pub principles: BTreeMap<Principle, u32>,
    /// Why it scored ([`report::score_explanation`]).
    pub why: Vec<String>,
    pub turns: Vec<StoryTurn>,
}

impl TeamDrill {
    /// Recovered with the clock at or under [`FIX_HOURS`].
    pub fn within_24h(&self) -> bool {
        self.recovered && self.hours <= FIX_HOURS
    }

    fn from_card(seat: u32, trainee: &str, scenario: (&str, &str), card: &Scorecard) -> Self {
        TeamDrill {
            seat,
            trainee: trainee.to_string(),
            scenario_id: scenario.0.to_string(),
            title: scenario.1.to_string(),
            total: card.total,
            recovered: card.outcome.recovered,
            delighted: card.outcome.delighted,
            hours: card.outcome.hours,
            principles: card
                .principles
                .iter()
                .map(|p| (p.principle, p.score))
                .collect(),
            why: report::score_explanation(card),
            turns: Vec::new(),
        }
    }

    /// A drill of this session as just played.
    pub fn from_play(seat: &Seat, transcript: &Transcript, card: &Scorecard) -> Self {
        let mut d = TeamDrill::from_card(
            seat.seat,
            &seat.trainee,
            (&seat.drill_id, &seat.title),
            card,
        );
        let notes = turn_notes(card);
        d.turns = transcript
            .turns
            .iter()
            .map(|t| story_turn(&notes, t.index, t.customer_line.clone(), &t.text, &t.moves))
            .collect();
        d
    }

    /// A drill as history stored it; None when it was not a finished team drill.
    pub fn from_export(e: &DrillExport) -> Option<Self> {
        let r = &e.record;
        let team = r.team.as_ref()?;
        let card = e.scorecard.as_ref()?;
        let mut d = TeamDrill::from_card(
            team.seat,
            &r.trainee,
            (&r.scenario_id, &r.scenario_title),
            card,
        );
        let notes = turn_notes(card);
        d.turns = e
            .turns
            .iter()
            .map(|t| {
                let customer = t.customer_line.clone().unwrap_or_default();
                story_turn(&notes, t.index, customer, &t.text, &t.moves)
            })
            .collect();
        Some(d)
    }
}

/// One exchange of a story, with the points and note the scorecard gave that turn.
fn story_turn(
    notes: &HashMap<usize, (i32, String)>,
    index: usize,
    customer: String,
    reply: &str,
    moves: &[Move],
) -> StoryTurn {
    let (points, note) = notes.get(&index).cloned().unwrap_or_default();
    StoryTurn {
        customer,
        reply: reply.to_string(),
        moves: moves.to_vec(),
        points,
        note,
    }
}

fn turn_notes(card: &Scorecard) -> HashMap<usize, (i32, String)> {
    card.turns
        .iter()
        .map(|n| (n.turn, (n.points, n.line.clone())))
        .collect()
}

/// The drills of one session of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionDrills {
    pub id: String,
    pub plan: String,
    /// RFC 3339.
    pub started_at: String,
    /// In seat order.
    pub drills: Vec<TeamDrill>,
}

/// Where practice history comes from when a plan says `Recommended`.
pub trait PastPractice {
    /// Drill ids to practise next for `trainee`, best first, among `available`.
    fn practise_next(
        &self,
        trainee: &str,
        available: &[Arc<Scenario>],
    ) -> Result<Vec<String>, HistoryError>;
}

impl PastPractice for History {
    fn practise_next(
        &self,
        trainee: &str,
        available: &[Arc<Scenario>],
    ) -> Result<Vec<String>, HistoryError> {
        let progress = match self.find_trainee(trainee)? {
            Some(t) => self.progress(t, available)?,
            None => report::progress(trainee, &[], 0, available, OffsetDateTime::now_utc()),
        };
        Ok(progress
            .practise_next
            .into_iter()
            .map(|r| r.scenario_id)
            .collect())
    }
}

/// No history at all (guests, tests): everyone gets a new trainee's recommendations.
pub struct NoPastPractice;

impl PastPractice for NoPastPractice {
    fn practise_next(
        &self,
        trainee: &str,
        available: &[Arc<Scenario>],
    ) -> Result<Vec<String>, HistoryError> {
        Ok(
            report::progress(trainee, &[], 0, available, OffsetDateTime::UNIX_EPOCH)
                .practise_next
                .into_iter()
                .map(|r| r.scenario_id)
                .collect(),
        )
    }
}

/// A session id that sorts by start time and differs between two sessions begun in one second.
pub fn session_id(started: OffsetDateTime, nonce: u64) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z-{:06}",
        started.year(),
        u8::from(started.month()),
        started.day(),
        started.hour(),
        started.minute(),
        started.second(),
        nonce % 1_000_000
    )
}

/// One line of the live scoreboard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreLine {
    pub trainee: String,
    pub done: u32,
    /// Seats this trainee has in the session.
    pub of: u32,
    pub average: Option<f64>,
    pub last: Option<u32>,
}

/// A running team session.
#[derive(Debug, Clone)]
pub struct TeamSession {
    plan: Plan,
    id: String,
    seats: Vec<Seat>,
    /// Index of the current seat.
    next: usize,
    results: Vec<TeamDrill>,
    skipped: Vec<Seat>,
}

impl TeamSession {
    /// Deal the seats of `plan` over `library` (recommendations from `past`), seeded by `seed`.
    pub fn start(
        plan: &Plan,
        library: &Library,
        past: &dyn PastPractice,
        id: String,
        seed: u64,
    ) -> Result<TeamSession, TeamError> {
        let title = |id: &str| {
            library
                .find(id)
                .and_then(|e| e.scenario.as_ref())
                .map(|s| s.title.clone())
                .ok_or_else(|| TeamError::UnknownDrill(id.to_string()))
        };
        let roster: Vec<String> = plan.roster.iter().map(|n| n.trim().to_string()).collect();
        let rounds = plan.rounds() as usize;
        // (trainee index, drill id) in running order
        let mut order: Vec<(usize, String)> = Vec::new();
        match &plan.drills {
            DrillList::InOrder(ids) if !ids.is_empty() => match plan.mode {
                Mode::EveryoneEveryDrill => {
                    for id in ids {
                        for t in 0..roster.len() {
                            order.push((t, id.clone()));
                        }
                    }
                }
                Mode::Rotate => {
                    for r in 0..rounds {
                        for t in 0..roster.len() {
                            order.push((t, ids[(t + r) % ids.len()].clone()));
                        }
                    }
                }
            },
            DrillList::InOrder(_) => {}
            DrillList::Recommended => {
                let available: Vec<Arc<Scenario>> = library.playable().cloned().collect();
                let mut picks = Vec::new();
                for name in &roster {
                    let ids = past.practise_next(name, &available)?;
                    if ids.len() < rounds {
                        return Err(TeamError::NothingToRecommend(name.clone()));
                    }
                    picks.push(ids);
                }
                for r in 0..rounds {
                    for (t, ids) in picks.iter().enumerate() {
                        order.push((t, ids[r].clone()));
                    }
                }
            }
        }
        let seats_total = order.len() as u32;
        let mut per_trainee = vec![0u32; roster.len()];
        for (t, _) in &order {
            per_trainee[*t] += 1;
        }
        let mut seen = vec![0u32; roster.len()];
        let mut seats = Vec::with_capacity(order.len());
        for (i, (t, drill)) in order.into_iter().enumerate() {
            seen[t] += 1;
            seats.push(Seat {
                seat: i as u32,
                seats: seats_total,
                trainee: roster[t].clone(),
                title: title(&drill)?,
                drill_id: drill,
                index: seen[t],
                total: per_trainee[t],
                seed: seed.wrapping_add(i as u64),
            });
        }
        Ok(TeamSession {
            plan: plan.clone(),
            id,
            seats,
            next: 0,
            results: Vec::new(),
            skipped: Vec::new(),
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Every seat in running order.
    pub fn seats(&self) -> &[Seat] {
        &self.seats
    }

    /// Whose turn it is; None when the session is over.
    pub fn current(&self) -> Option<&Seat> {
        self.seats.get(self.next)
    }

    pub fn is_over(&self) -> bool {
        self.next >= self.seats.len()
    }

    /// The drills recorded so far, in seat order.
    pub fn results(&self) -> &[TeamDrill] {
        &self.results
    }

    /// Seats passed over (absent trainee, session time up).
    pub fn skipped(&self) -> &[Seat] {
        &self.skipped
    }

    /// Record the current seat's drill and move to the next seat.
    pub fn record(
        &mut self,
        transcript: &Transcript,
        card: &Scorecard,
    ) -> Result<&TeamDrill, TeamError> {
        let seat = self.current().ok_or(TeamError::Over)?;
        if transcript.scenario_id != seat.drill_id {
            return Err(TeamError::WrongDrill {
                expected: seat.drill_id.clone(),
                got: transcript.scenario_id.clone(),
            });
        }
        let d = TeamDrill::from_play(seat, transcript, card);
        self.results.push(d);
        self.next += 1;
        Ok(&self.results[self.results.len() - 1])
    }

    /// Pass over the current seat (the trainee is absent, or left the drill unfinished).
    pub fn skip(&mut self) -> Result<(), TeamError> {
        let seat = self.current().ok_or(TeamError::Over)?.clone();
        self.skipped.push(seat);
        self.next += 1;
        Ok(())
    }

    /// End the session now: every seat not yet played is skipped.
    pub fn stop(&mut self) {
        while self.skip().is_ok() {}
    }

    /// Has a drill that has run `elapsed_secs` used up the plan's per-drill limit?
    pub fn drill_time_up(&self, elapsed_secs: f64) -> bool {
        self.plan
            .drill_time_limit
            .is_some_and(|l| elapsed_secs >= f64::from(l))
    }

    /// Has the session, `elapsed_secs` in, used up the plan's session limit?
    pub fn session_time_up(&self, elapsed_secs: f64) -> bool {
        self.plan
            .session_time_limit
            .is_some_and(|l| elapsed_secs >= f64::from(l))
    }

    /// The live scoreboard, in roster order.
    pub fn scoreboard(&self) -> Vec<ScoreLine> {
        let mut lines: Vec<ScoreLine> = Vec::new();
        for s in &self.seats {
            match lines.iter_mut().find(|l| l.trainee == s.trainee) {
                Some(l) => l.of += 1,
                None => lines.push(ScoreLine {
                    trainee: s.trainee.clone(),
                    done: 0,
                    of: 1,
                    average: None,
                    last: None,
                }),
            }
        }
        for l in &mut lines {
            let scores: Vec<u32> = self
                .results
                .iter()
                .filter(|d| d.trainee == l.trainee)
                .map(|d| d.total)
                .collect();
            l.done = scores.len() as u32;
            l.average = mean(scores.iter().map(|&s| f64::from(s)));
            l.last = scores.last().copied();
        }
        lines
    }

    /// This session's drills as a [`SessionDrills`] (for a report before anything is re-read).
    pub fn drills(&self, started_at: &str) -> SessionDrills {
        SessionDrills {
            id: self.id.clone(),
            plan: self.plan.name.clone(),
            started_at: started_at.to_string(),
            drills: self.results.clone(),
        }
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = xs.fold((0.0, 0u32), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| sum / f64::from(n))
}

/// The outcome shares of a set of drills.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub drills: u32,
    pub average_score: Option<f64>,
    /// Percentages, 0–100 (None with no drills).
    pub recovered_pct: Option<f64>,
    pub recovered_within_24h_pct: Option<f64>,
    pub delighted_pct: Option<f64>,
}

impl Figures {
    fn of<'a>(drills: impl Iterator<Item = &'a TeamDrill> + Clone) -> Figures {
        let n = drills.clone().count() as u32;
        let pct = |f: &dyn Fn(&TeamDrill) -> bool| {
            (n > 0).then(|| {
                100.0 * f64::from(drills.clone().filter(|d| f(d)).count() as u32) / f64::from(n)
            })
        };
        Figures {
            drills: n,
            average_score: mean(drills.clone().map(|d| f64::from(d.total))),
            recovered_pct: pct(&|d| d.recovered),
            recovered_within_24h_pct: pct(&TeamDrill::within_24h),
            delighted_pct: pct(&|d| d.delighted),
        }
    }
}

/// One trainee's line of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraineeFigures {
    pub trainee: String,
    pub figures: Figures,
    /// Average score in this plan's previous session, when they played in it.
    pub previous_average: Option<f64>,
    /// `average_score − previous_average`.
    pub change: Option<f64>,
}

/// The team's mean score on one principle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleMean {
    pub principle: Principle,
    pub label: String,
    /// Mean of the 0–100 scores.
    pub mean: f64,
    pub samples: u32,
}

/// The trainee whose average rose most since this plan's previous session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Improvement {
    pub trainee: String,
    pub before: f64,
    pub after: f64,
    pub change: f64,
}

/// The session's best recovery, retold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Story {
    pub trainee: String,
    pub scenario_id: String,
    pub title: String,
    pub seat: u32,
    pub total: u32,
    pub turns: Vec<StoryTurn>,
    /// Why it scored, in the scorecard's words.
    pub why: Vec<String>,
}

/// One played seat, for the running-order table and the score chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeatScore {
    pub seat: u32,
    pub trainee: String,
    pub scenario_id: String,
    pub title: String,
    pub total: u32,
    pub recovered: bool,
}

/// Where the team stands after a session: plain data for the Team screen, text, JSON and HTML.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TeamReport {
    pub plan: String,
    pub session: String,
    pub session_started: String,
    pub previous_session: Option<String>,
    pub team: Figures,
    /// Roster order (then anyone who played but has left the roster).
    pub trainees: Vec<TraineeFigures>,
    pub seats: Vec<SeatScore>,
    /// Every principle the team was scored on, in `Principle::ALL` order.
    pub principles: Vec<PrincipleMean>,
    /// The lowest means, weakest first (ties: the principle worth more first).
    pub weakest: Vec<PrincipleMean>,
    pub most_improved: Option<Improvement>,
    pub best_recovery: Option<Story>,
}

impl TeamReport {
    /// The report of `session`, compared with the plan's `previous` session if there was one.
    pub fn build(
        roster: &[String],
        session: &SessionDrills,
        previous: Option<&SessionDrills>,
    ) -> TeamReport {
        let drills = &session.drills;
        let mut names: Vec<String> = roster.iter().map(|n| n.trim().to_string()).collect();
        for d in drills {
            if !names.contains(&d.trainee) {
                names.push(d.trainee.clone());
            }
        }
        let prev_avg = |name: &str| {
            previous.and_then(|p| {
                mean(
                    p.drills
                        .iter()
                        .filter(|d| d.trainee == name)
                        .map(|d| f64::from(d.total)),
                )
            })
        };
        let trainees: Vec<TraineeFigures> = names
            .iter()
            .map(|name| {
                let figures = Figures::of(drills.iter().filter(|d| &d.trainee == name));
                let previous_average = prev_avg(name);
                let change = match (figures.average_score, previous_average) {
                    (Some(now), Some(before)) => Some(now - before),
                    _ => None,
                };
                TraineeFigures {
                    trainee: name.clone(),
                    figures,
                    previous_average,
                    change,
                }
            })
            .collect();
        let mut most_improved: Option<Improvement> = None;
        for t in &trainees {
            if let (Some(change), Some(before), Some(after)) =
                (t.change, t.previous_average, t.figures.average_score)
                && change > 0.0
                && most_improved.as_ref().is_none_or(|m| change > m.change)
            {
                most_improved = Some(Improvement {
                    trainee: t.trainee.clone(),
                    before,
                    after,
                    change,
                });
            }
        }
        let principles: Vec<PrincipleMean> = Principle::ALL
            .iter()
            .filter_map(|&p| {
                let scores: Vec<f64> = drills
                    .iter()
                    .filter_map(|d| d.principles.get(&p).map(|&s| f64::from(s)))
                    .collect();
                Some(PrincipleMean {
                    principle: p,
                    label: p.label().to_string(),
                    mean: mean(scores.iter().copied())?,
                    samples: scores.len() as u32,
                })
            })
            .collect();
        let mut weakest = principles.clone();
        weakest.sort_by(|a, b| {
            a.mean
                .total_cmp(&b.mean)
                .then(b.principle.weight().cmp(&a.principle.weight()))
        });
        weakest.truncate(WEAKEST_SHOWN);
        let best_recovery = drills
            .iter()
            .filter(|d| d.recovered)
            .fold(None::<&TeamDrill>, |best, d| match best {
                Some(b) if b.total >= d.total => Some(b),
                _ => Some(d),
            })
            .map(|d| Story {
                trainee: d.trainee.clone(),
                scenario_id: d.scenario_id.clone(),
                title: d.title.clone(),
                seat: d.seat,
                total: d.total,
                turns: d.turns.clone(),
                why: d.why.clone(),
            });
        TeamReport {
            plan: session.plan.clone(),
            session: session.id.clone(),
            session_started: session.started_at.clone(),
            previous_session: previous.map(|p| p.id.clone()),
            team: Figures::of(drills.iter()),
            trainees,
            seats: drills
                .iter()
                .map(|d| SeatScore {
                    seat: d.seat,
                    trainee: d.trainee.clone(),
                    scenario_id: d.scenario_id.clone(),
                    title: d.title.clone(),
                    total: d.total,
                    recovered: d.recovered,
                })
                .collect(),
            principles,
            weakest,
            most_improved,
            best_recovery,
        }
    }
}

/// Pick a session (`None` = the latest with drills) and the one before it.
pub fn select<'a>(
    sessions: &'a [SessionDrills],
    id: Option<&str>,
) -> Option<(&'a SessionDrills, Option<&'a SessionDrills>)> {
    let played: Vec<&SessionDrills> = sessions.iter().filter(|s| !s.drills.is_empty()).collect();
    let i = match id {
        Some(id) => played.iter().position(|s| s.id == id)?,
        None => played.len().checked_sub(1)?,
    };
    Some((played[i], i.checked_sub(1).map(|p| played[p])))
}

/// Every session of `plan` in history, oldest first, with its finished drills.
pub fn sessions_from_history(h: &History, plan: &str) -> Result<Vec<SessionDrills>, HistoryError> {
    h.team_sessions(plan)?
        .into_iter()
        .map(|s| {
            Ok(SessionDrills {
                drills: h
                    .team_drills(&s.id)?
                    .iter()
                    .filter_map(TeamDrill::from_export)
                    .collect(),
                id: s.id,
                plan: s.plan,
                started_at: s.started_at,
            })
        })
        .collect()
}

/// The report of session `id` of `plan` (None = its latest with drills) from local history;
/// None when there is no such session.
pub fn local_report(
    h: &History,
    plan: &Plan,
    id: Option<&str>,
) -> Result<Option<TeamReport>, HistoryError> {
    let sessions = sessions_from_history(h, &plan.name)?;
    Ok(select(&sessions, id).map(|(cur, prev)| TeamReport::build(&plan.roster, cur, prev)))
}

/// An extension value whose key ends with `suffix` (keys start with the exporter's home page).
fn extension<'a>(ext: &'a Value, suffix: &str) -> Option<&'a Value> {
    ext.as_object()?
        .iter()
        .find(|(k, _)| k.ends_with(&format!("/{suffix}")))
        .map(|(_, v)| v)
}

/// Rebuild the sessions of `plan` from xAPI statements as [`report::xapi_statements`] writes
/// them (any order, duplicates and other statements allowed). Drills whose `passed`/`failed`
/// statement is missing or lacks the outcome extension are left out, as unfinished drills are.
pub fn sessions_from_statements(statements: &[Value], plan: &str) -> Vec<SessionDrills> {
    struct Partial<'a> {
        team: &'a Value,
        judged: Option<&'a Value>,
        answered: BTreeMap<u64, &'a Value>,
    }
    let mut by_reg: BTreeMap<&str, Partial> = BTreeMap::new();
    let mut seen_ids = std::collections::HashSet::new();
    for s in statements {
        let Some(team) = extension(&s["context"]["extensions"], EXT_TEAM) else {
            continue;
        };
        if team["plan"].as_str() != Some(plan) {
            continue;
        }
        if let Some(id) = s["id"].as_str()
            && !seen_ids.insert(id)
        {
            continue;
        }
        let Some(reg) = s["context"]["registration"].as_str() else {
            continue;
        };
        let p = by_reg.entry(reg).or_insert(Partial {
            team,
            judged: None,
            answered: BTreeMap::new(),
        });
        let verb = s["verb"]["id"].as_str().unwrap_or_default();
        if verb.ends_with("/passed") || verb.ends_with("/failed") {
            p.judged = Some(s);
        } else if verb.ends_with("/answered")
            && let Some(turn) = extension(&s["result"]["extensions"], EXT_TURN)
            && let Some(i) = turn["index"].as_u64()
        {
            p.answered.insert(i, s);
        }
    }
    // Keyed by session id: machines joining one session each stamp their own start time, and
    // the session started when the first of them did.
    let mut sessions: BTreeMap<String, SessionDrills> = BTreeMap::new();
    for p in by_reg.values() {
        let Some(judged) = p.judged else { continue };
        let Some(outcome) = extension(&judged["result"]["extensions"], EXT_OUTCOME) else {
            continue;
        };
        let (Some(session), Some(started), Some(seat), Some(scenario)) = (
            p.team["session"].as_str(),
            p.team["session_started"].as_str(),
            p.team["seat"].as_u64(),
            p.team["scenario"].as_str(),
        ) else {
            continue;
        };
        let Some(total) = judged["result"]["score"]["raw"].as_u64() else {
            continue;
        };
        let principles = outcome["principles"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| Some((Principle::from_id(k)?, v.as_u64()? as u32)))
                    .collect()
            })
            .unwrap_or_default();
        let turns = p
            .answered
            .values()
            .filter_map(|s| extension(&s["result"]["extensions"], EXT_TURN))
            .map(|t| StoryTurn {
                customer: t["customer"].as_str().unwrap_or_default().to_string(),
                reply: t["reply"].as_str().unwrap_or_default().to_string(),
                moves: extension_moves(t),
                points: t["points"].as_i64().unwrap_or_default() as i32,
                note: t["note"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        let drill = TeamDrill {
            seat: seat as u32,
            trainee: judged["actor"]["account"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            scenario_id: scenario.to_string(),
            title: judged["object"]["definition"]["name"]["en-US"]
                .as_str()
                .unwrap_or(scenario)
                .to_string(),
            total: total as u32,
            recovered: outcome["recovered"].as_bool().unwrap_or(false),
            delighted: outcome["delighted"].as_bool().unwrap_or(false),
            hours: outcome["hours"].as_f64().unwrap_or_default() as f32,
            principles,
            why: outcome["why"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|l| l.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            turns,
        };
        let entry = sessions
            .entry(session.to_string())
            .or_insert_with(|| SessionDrills {
                id: session.to_string(),
                plan: plan.to_string(),
                started_at: started.to_string(),
                drills: Vec::new(),
            });
        if started < entry.started_at.as_str() {
            entry.started_at = started.to_string();
        }
        entry.drills.push(drill);
    }
    let mut out: Vec<SessionDrills> = sessions.into_values().collect();
    for s in &mut out {
        s.drills.sort_by_key(|d| d.seat);
    }
    out.sort_by(|a, b| a.started_at.cmp(&b.started_at).then(a.id.cmp(&b.id)));
    out
}

/// The moves of a turn extension: stored as a list of move ids beside it in the statement.
fn extension_moves(turn: &Value) -> Vec<Move> {
    turn["moves"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| serde_json::from_value(m.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;
    use crate::domain::drill::{Answer, Drill};
    use crate::domain::library::check_source;
    use crate::domain::plan::{DrillList, Mode};
    use crate::domain::report::{XapiOptions, xapi_statements};
    use crate::domain::scoring::score;

    /// The test drill under a second id, so plans have two drills.
    fn lib() -> Library {
        let other = DRILL.replace("id: \"t\", title: \"T\"", "id: \"u\", title: \"U\"");
        Library {
            entries: vec![
                check_source("t.ron", DRILL.as_bytes()),
                check_source("u.ron", other.as_bytes()),
            ],
        }
    }

    fn plan(mode: Mode, drills: DrillList, rounds: Option<u32>) -> Plan {
        Plan {
            format: 1,
            name: "P".into(),
            description: String::new(),
            roster: vec!["Sam".into(), "Kim".into(), "Lee".into()],
            drills,
            mode,
            rounds,
            drill_time_limit: Some(60),
            session_time_limit: None,
        }
    }

    fn two() -> DrillList {
        DrillList::InOrder(vec!["t".into(), "u".into()])
    }

    #[test]
    fn everyone_every_drill_deals_drill_by_drill_in_roster_order() {
        let s = TeamSession::start(
            &plan(Mode::EveryoneEveryDrill, two(), None),
            &lib(),
            &NoPastPractice,
            "s1".into(),
            10,
        )
        .unwrap();
        let order: Vec<(&str, &str, u32, u32)> = s
            .seats()
            .iter()
            .map(|x| (x.trainee.as_str(), x.drill_id.as_str(), x.index, x.total))
            .collect();
        assert_eq!(
            order,
            vec![
                ("Sam", "t", 1, 2),
                ("Kim", "t", 1, 2),
                ("Lee", "t", 1, 2),
                ("Sam", "u", 2, 2),
                ("Kim", "u", 2, 2),
                ("Lee", "u", 2, 2),
            ]
        );
        assert_eq!(s.seats()[4].seed, 14);
        assert_eq!(s.seats()[3].announce(), "Sam, you're up — drill 2 of 2: U");
    }

    #[test]
    fn rotate_shifts_drills_each_round() {
        let s = TeamSession::start(
            &plan(Mode::Rotate, two(), Some(2)),
            &lib(),
            &NoPastPractice,
            "s1".into(),
            0,
        )
        .unwrap();
        let order: Vec<(&str, &str)> = s
            .seats()
            .iter()
            .map(|x| (x.trainee.as_str(), x.drill_id.as_str()))
            .collect();
        assert_eq!(
            order,
            vec![
                ("Sam", "t"),
                ("Kim", "u"),
                ("Lee", "t"),
                ("Sam", "u"),
                ("Kim", "t"),
                ("Lee", "u"),
            ]
        );
    }

    #[test]
    fn recommended_gives_each_trainee_distinct_drills_and_fails_when_short() {
        let s = TeamSession::start(
            &plan(Mode::Rotate, DrillList::Recommended, Some(2)),
            &lib(),
            &NoPastPractice,
            "s".into(),
            0,
        )
        .unwrap();
        assert_eq!(s.seats().len(), 6);
        let sam: Vec<&str> = s
            .seats()
            .iter()
            .filter(|x| x.trainee == "Sam")
            .map(|x| x.drill_id.as_str())
            .collect();
        assert_eq!(sam.len(), 2);
        assert_ne!(sam[0], sam[1]);
        let e = TeamSession::start(
            &plan(Mode::Rotate, DrillList::Recommended, Some(3)),
            &lib(),
            &NoPastPractice,
            "s".into(),
            0,
        )
        .unwrap_err();
        assert_eq!(e, TeamError::NothingToRecommend("Sam".into()));
    }

    #[test]
    fn recommended_follows_each_trainees_own_history() {
        let h = History::open_in_memory().unwrap();
        let l = lib();
        // Sam has played `t` today; Kim has never played (`u` is the same drill under another id)
        let sam = h.trainee("Sam").unwrap();
        let t = l.find("t").unwrap().scenario.clone().unwrap();
        let id = h.begin_drill(sam, &t, "h", 1).unwrap();
        let mut d = Drill::start(t, 1).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        let card = score(d.transcript());
        h.finish_drill(id, d.transcript(), &card).unwrap();
        let mut p = plan(Mode::EveryoneEveryDrill, DrillList::Recommended, None);
        p.roster = vec!["Sam".into(), "Kim".into()];
        let s = TeamSession::start(&p, &l, &h, "s".into(), 0).unwrap();
        assert_eq!(s.seats()[0].trainee, "Sam");
        assert_eq!(
            s.seats()[0].drill_id,
            "u",
            "on equal value, the drill Sam never played comes first"
        );
        let fresh = TeamSession::start(&p, &l, &NoPastPractice, "s".into(), 0).unwrap();
        assert_eq!(
            s.seats()[1],
            Seat {
                seat: 1,
                ..fresh.seats()[1].clone()
            }
        );
    }

    fn play(seat: &Seat, choices: &[usize]) -> (Transcript, Scorecard) {
        let l = lib();
        let s = l.find(&seat.drill_id).unwrap().scenario.clone().unwrap();
        let mut d = Drill::start(s, seat.seed).unwrap();
        for &c in choices {
            d.respond(Answer::Choice(c)).unwrap();
        }
        let t = d.transcript().clone();
        let card = score(&t);
        (t, card)
    }

    #[test]
    fn record_scoreboard_limits_and_stop() {
        let mut s = TeamSession::start(
            &plan(Mode::EveryoneEveryDrill, two(), None),
            &lib(),
            &NoPastPractice,
            "s".into(),
            0,
        )
        .unwrap();
        let seat = s.current().unwrap().clone();
        let (t, card) = play(&seat, &[0, 0]);
        s.record(&t, &card).unwrap();
        assert_eq!(s.current().unwrap().trainee, "Kim");
        // a transcript of the wrong drill is refused and the seat stays
        let wrong = Seat {
            drill_id: "u".into(),
            ..seat.clone()
        };
        let (t2, card2) = play(&wrong, &[0, 0]);
        assert!(matches!(
            s.record(&t2, &card2),
            Err(TeamError::WrongDrill { .. })
        ));
        s.skip().unwrap();
        let board = s.scoreboard();
        assert_eq!(board[0].trainee, "Sam");
        assert_eq!((board[0].done, board[0].of), (1, 2));
        assert_eq!(board[0].last, Some(card.total));
        assert_eq!(board[0].average, Some(f64::from(card.total)));
        assert_eq!((board[1].done, board[1].average), (0, None));
        assert!(s.drill_time_up(60.0) && !s.drill_time_up(59.9));
        assert!(!s.session_time_up(1e9), "no session limit in this plan");
        s.stop();
        assert!(s.is_over() && s.current().is_none());
        assert_eq!(s.skipped().len(), 5);
        assert_eq!(s.record(&t, &card).unwrap_err(), TeamError::Over);
    }

    /// Play a whole session into `h`, each seat answering `choices(seat)`.
    fn play_session(
        h: &History,
        id: &str,
        seed: u64,
        choices: &dyn Fn(&Seat) -> Vec<usize>,
    ) -> TeamSession {
        let p = plan(Mode::EveryoneEveryDrill, two(), None);
        let l = lib();
        let mut s = TeamSession::start(&p, &l, h, id.into(), seed).unwrap();
        h.begin_team_session(&p.name, id).unwrap();
        while let Some(seat) = s.current().cloned() {
            let entry = l.find(&seat.drill_id).unwrap();
            let sc = entry.scenario.clone().unwrap();
            let who = h.trainee(&seat.trainee).unwrap();
            let ctx = Default::default();
            let drill = h
                .begin_team_drill(who, &sc, &entry.hash, seat.seed, &ctx, id, seat.seat)
                .unwrap();
            let mut d = Drill::start(sc, seat.seed).unwrap();
            for c in choices(&seat) {
                let r = d.respond(Answer::Choice(c)).unwrap();
                h.record_turn(drill, &r.turn).unwrap();
            }
            let card = score(d.transcript());
            h.finish_drill(drill, d.transcript(), &card).unwrap();
            s.record(d.transcript(), &card).unwrap();
        }
        s
    }

    #[test]
    fn history_and_statements_rebuild_the_live_session_and_the_same_report() {
        let h = History::open_in_memory().unwrap();
        let good = |_: &Seat| vec![0, 0];
        let mixed = |s: &Seat| {
            if s.trainee == "Kim" {
                vec![1, 1]
            } else {
                vec![0, 0]
            }
        };
        play_session(&h, "a", 1, &mixed);
        // a drill outside any team session is left out of team reports
        let kim = h.trainee("Kim").unwrap();
        let sc = lib().find("t").unwrap().scenario.clone().unwrap();
        let solo = h.begin_drill(kim, &sc, "x", 1).unwrap();
        let mut d = Drill::start(sc, 1).unwrap();
        d.respond(Answer::Choice(1)).unwrap();
        d.respond(Answer::Choice(1)).unwrap();
        h.finish_drill(solo, d.transcript(), &score(d.transcript()))
            .unwrap();
        let live = play_session(&h, "b", 2, &good);

        let local = sessions_from_history(&h, "P").unwrap();
        assert_eq!(local.len(), 2);
        assert_eq!(local[1].drills, live.results());
        let first_line = local[1].drills[0].turns[0].customer.as_str();
        assert!(
            ["Where is it?", "Well?", "Hello?"].contains(&first_line),
            "{first_line}"
        );

        let opts = XapiOptions::default();
        let mut statements: Vec<Value> = h
            .export(None, None)
            .unwrap()
            .iter()
            .flat_map(|e| xapi_statements(e, &opts))
            .collect();
        statements.reverse(); // an LRS may answer in any order
        let dup = statements[3].clone();
        statements.push(dup); // and a statement may come twice
        let remote = sessions_from_statements(&statements, "P");
        assert_eq!(remote, local);
        assert!(sessions_from_statements(&statements, "Other").is_empty());

        let roster = plan(Mode::EveryoneEveryDrill, two(), None).roster;
        let (cur, prev) = select(&local, None).unwrap();
        let report = TeamReport::build(&roster, cur, prev);
        let (rcur, rprev) = select(&remote, None).unwrap();
        assert_eq!(TeamReport::build(&roster, rcur, rprev), report);

        // Kim went from the blaming path to the good one; the others stayed the same
        let m = report.most_improved.as_ref().unwrap();
        assert_eq!(m.trainee, "Kim");
        assert!(m.after > m.before);
        assert_eq!(report.previous_session.as_deref(), Some("a"));
        assert_eq!(report.trainees[0].change, Some(0.0));
        assert_eq!(report.team.recovered_pct, Some(100.0));
        let story = report.best_recovery.as_ref().unwrap();
        assert_eq!(story.turns.len(), 2);
        assert!(!story.why.is_empty());
        assert!(story.turns[0].moves.contains(&Move::Ownership));
        // an explicit session id picks it and the one before it
        let (first, none) = select(&local, Some("a")).unwrap();
        assert_eq!((first.id.as_str(), none), ("a", None));
        assert!(select(&local, Some("zzz")).is_none());
    }

    #[test]
    fn report_figures_from_hand_made_drills() {
        let d =
            |seat: u32, who: &str, total: u32, rec: bool, hours: f32, delight: bool| TeamDrill {
                seat,
                trainee: who.into(),
                scenario_id: "t".into(),
                title: "T".into(),
                total,
                recovered: rec,
                delighted: delight,
                hours,
                principles: [(Principle::Ownership, total), (Principle::FollowUp, 0)]
                    .into_iter()
                    .collect(),
                why: vec![format!("why {seat}")],
                turns: Vec::new(),
            };
        let s = SessionDrills {
            id: "s".into(),
            plan: "P".into(),
            started_at: "2026-01-01T00:00:00.000000Z".into(),
            drills: vec![
                d(0, "Sam", 90, true, 3.0, true),
                d(1, "Kim", 40, false, 3.0, false),
                d(2, "Sam", 70, true, 30.0, false),
                d(3, "Kim", 90, true, 2.0, false),
            ],
        };
        let r = TeamReport::build(&["Sam".into(), "Kim".into(), "Ann".into()], &s, None);
        assert_eq!(r.team.drills, 4);
        assert_eq!(r.team.average_score, Some(72.5));
        assert_eq!(r.team.recovered_pct, Some(75.0));
        assert_eq!(r.team.recovered_within_24h_pct, Some(50.0));
        assert_eq!(r.team.delighted_pct, Some(25.0));
        assert_eq!(r.trainees[0].figures.average_score, Some(80.0));
        assert_eq!(r.trainees[1].figures.recovered_within_24h_pct, Some(50.0));
        assert_eq!(
            r.trainees[2].figures.drills, 0,
            "Ann is on the roster, absent"
        );
        assert_eq!(r.weakest[0].principle, Principle::FollowUp);
        assert_eq!(r.principles.len(), 2);
        // ties on total go to the earlier seat
        assert_eq!(r.best_recovery.as_ref().unwrap().seat, 0);
        assert!(r.most_improved.is_none());
    }
}
