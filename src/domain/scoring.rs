//! Transcript → scorecard. Every number here is explainable from the rules in
//! `scenarios/README.md` ("Scoring"): weighted principles, minus penalties for violations, capped
//! when the customer is lost.

use crate::domain::drill::Transcript;
use crate::domain::moves::Move;
use crate::domain::scenario::{FailureSeverity, Outcome};
use serde::{Deserialize, Serialize};

/// What a drill is scored on. The first nine are the helping moves; the last three are judged
/// from the whole drill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Principle {
    Ownership,
    Listening,
    Empathy,
    Apology,
    Solution,
    Options,
    FollowUp,
    Gratitude,
    Delight,
    /// Own → listen → empathize → apologize → refocus, in that order.
    FiveSteps,
    /// Escalate a significant failure at once; handle a minor one yourself; stay within authority.
    Escalation,
    /// Recovered within the target (24 hours).
    Speed,
}

impl Principle {
    pub const ALL: [Principle; 12] = [
        Principle::Ownership,
        Principle::Listening,
        Principle::Empathy,
        Principle::Apology,
        Principle::Solution,
        Principle::Options,
        Principle::FollowUp,
        Principle::Gratitude,
        Principle::Delight,
        Principle::FiveSteps,
        Principle::Escalation,
        Principle::Speed,
    ];

    /// Points out of 100 this principle is worth.
    pub fn weight(self) -> u32 {
        match self {
            Principle::Ownership => 12,
            Principle::Listening => 8,
            Principle::Empathy => 8,
            Principle::Apology => 8,
            Principle::Solution => 16,
            Principle::Options => 6,
            Principle::FollowUp => 6,
            Principle::Gratitude => 4,
            Principle::Delight => 6,
            Principle::FiveSteps => 6,
            Principle::Escalation => 10,
            Principle::Speed => 10,
        }
    }

    /// The move that earns this principle, for the nine move principles.
    pub fn as_move(self) -> Option<Move> {
        Some(match self {
            Principle::Ownership => Move::Ownership,
            Principle::Listening => Move::Listening,
            Principle::Empathy => Move::Empathy,
            Principle::Apology => Move::Apology,
            Principle::Solution => Move::Solution,
            Principle::Options => Move::Options,
            Principle::FollowUp => Move::FollowUp,
            Principle::Gratitude => Move::Gratitude,
            Principle::Delight => Move::Delight,
            _ => return None,
        })
    }

    pub fn id(self) -> &'static str {
        match self {
            Principle::FiveSteps => "five_steps",
            Principle::Escalation => "escalation",
            Principle::Speed => "speed",
            p => p.as_move().map_or("", Move::id),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Principle::FiveSteps => "Five steps in order",
            Principle::Escalation => "Escalation & authority",
            Principle::Speed => "Fixed within target",
            p => p.as_move().map_or("", Move::label),
        }
    }

    pub fn from_id(id: &str) -> Option<Principle> {
        Principle::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// Points taken off for each hurting move, every time it is made.
pub fn penalty(m: Move) -> u32 {
    match m {
        Move::Refusal => 12,
        Move::Blame | Move::Dismissal => 10,
        Move::Abdication | Move::Deferral => 8,
        Move::Excuse => 6,
        _ => 0,
    }
}

/// Most a drill can score when the customer is lost or takes it over your head.
pub const LOST_CAP: u32 = 40;
const MISSED_ESCALATION: u32 = 15;
const LATE_ESCALATION: u32 = 5;
const NEEDLESS_ESCALATION: u32 = 8;
const BEYOND_AUTHORITY: u32 = 10;
/// Replies (0-based) by which a significant failure counts as escalated "at once".
const AT_ONCE_TURNS: usize = 2;
/// Speed loses this many points per simulated hour over the target.
const SPEED_LOSS_PER_HOUR: f32 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "move")]
pub enum ViolationKind {
    /// One of the six hurting moves.
    Move(Move),
    /// A significant failure never escalated.
    MissedEscalation,
    /// A significant failure escalated, but not at once.
    LateEscalation,
    /// A minor failure handed up instead of fixed: abdication.
    NeedlessEscalation,
    /// Promised more than the trainee's authority without escalating.
    BeyondAuthority,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    /// 0-based turn, None for whole-drill violations.
    pub turn: Option<usize>,
    pub kind: ViolationKind,
    pub penalty: u32,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleScore {
    pub principle: Principle,
    /// 0–100.
    pub score: u32,
    pub weight: u32,
    /// weight × score / 100.
    pub points: f32,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
    F,
}

impl Grade {
    pub fn from_total(total: u32) -> Grade {
        match total {
            90.. => Grade::A,
            80..=89 => Grade::B,
            70..=79 => Grade::C,
            60..=69 => Grade::D,
            _ => Grade::F,
        }
    }
}

/// The outcome measures a drill reports (see recovery-moves.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeSummary {
    pub ending: Option<Outcome>,
    pub recovered: bool,
    pub within_target: bool,
    pub delighted: bool,
    pub lost: bool,
    /// The drill stopped before an ending.
    pub unfinished: bool,
    pub hours: f32,
    pub target_hours: f32,
}

/// The plain-words line per turn that explains its points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnNote {
    pub turn: usize,
    /// Points this turn earned (principles first shown here) minus its penalties.
    pub points: i32,
    pub line: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub total: u32,
    pub grade: Grade,
    /// Sum of principle points before penalties and cap.
    pub earned: f32,
    pub penalties: u32,
    pub capped: bool,
    pub principles: Vec<PrincipleScore>,
    pub violations: Vec<Violation>,
    pub outcome: OutcomeSummary,
    pub turns: Vec<TurnNote>,
    /// What to practise next, most valuable first.
    pub advice: Vec<String>,
}

impl Scorecard {
    pub fn principle(&self, p: Principle) -> Option<&PrincipleScore> {
        self.principles.iter().find(|s| s.principle == p)
    }
    pub fn count(&self, m: Move) -> usize {
        self.violations
            .iter()
            .filter(|v| v.kind == ViolationKind::Move(m))
            .count()
    }
}

/// Score a transcript (finished or not).
pub fn score(t: &Transcript) -> Scorecard {
    let first = |m: Move| t.turns.iter().position(|turn| turn.moves.contains(&m));
    let fix_turn = t.turns.iter().position(|turn| {
        turn.moves
            .iter()
            .any(|m| matches!(m, Move::Solution | Move::Options))
    });
    let delight_turn = t.turns.iter().position(|turn| {
        turn.moves.contains(&Move::Delight) && fix_turn.is_some_and(|f| f <= turn.index)
    });
    let ending = t.outcome;
    let recovered = ending.is_some_and(Outcome::is_recovered);
    let hours = t.final_hours();
    let within_target = recovered && hours <= t.target_hours + f32::EPSILON;
    let lost = matches!(ending, Some(Outcome::Lost | Outcome::Escalated));

    let mut principles = Vec::new();
    // the turn at which each principle was first earned, for per-turn notes
    let mut earned_at: Vec<(usize, Principle)> = Vec::new();
    for p in Principle::ALL {
        let (score, note, at) = match p {
            Principle::Delight => match (delight_turn, first(Move::Delight)) {
                (Some(i), _) => (
                    100,
                    format!("surprised them after the fix (turn {})", i + 1),
                    Some(i),
                ),
                (None, Some(i)) => (
                    0,
                    format!(
                        "turn {}: a gift before the fix is not delight — fix it first",
                        i + 1
                    ),
                    None,
                ),
                (None, None) => (0, "no surprise beyond the fix".to_string(), None),
            },
            Principle::FiveSteps => {
                let (n, note) = five_steps(t);
                (n * 20, note, None)
            }
            Principle::Escalation => escalation_score(t),
            Principle::Speed => {
                if !recovered {
                    (0, "not recovered".to_string(), None)
                } else if within_target {
                    (
                        100,
                        format!("fixed at {hours:.1} h, within {:.0} h", t.target_hours),
                        None,
                    )
                } else {
                    let over = hours - t.target_hours;
                    let s = (100.0 - over * SPEED_LOSS_PER_HOUR).max(0.0).round() as u32;
                    (
                        s,
                        format!(
                            "fixed at {hours:.1} h, {over:.1} h past the {:.0} h target",
                            t.target_hours
                        ),
                        None,
                    )
                }
            }
            _ => {
                let m = p.as_move().unwrap_or(Move::Ownership);
                match first(m) {
                    Some(i) => (100, format!("turn {}", i + 1), Some(i)),
                    None => (0, format!("never: {}", missing_hint(m)), None),
                }
            }
        };
        if let Some(i) = at {
            earned_at.push((i, p));
        }
        principles.push(PrincipleScore {
            principle: p,
            score,
            weight: p.weight(),
            points: p.weight() as f32 * score as f32 / 100.0,
            note,
        });
    }

    let mut violations = Vec::new();
    for turn in &t.turns {
        for &m in &turn.moves {
            if !m.helps() {
                violations.push(Violation {
                    turn: Some(turn.index),
                    kind: ViolationKind::Move(m),
                    penalty: penalty(m),
                    message: format!("{}: {}", m.label(), m.coaching()),
                });
            }
        }
    }
    violations.extend(escalation_violations(t));

    let earned: f32 = principles.iter().map(|p| p.points).sum();
    let penalties: u32 = violations.iter().map(|v| v.penalty).sum();
    let mut total = (earned.round() as i64 - i64::from(penalties)).clamp(0, 100) as u32;
    let capped = lost && total > LOST_CAP;
    if capped {
        total = LOST_CAP;
    }

    let turns = t
        .turns
        .iter()
        .map(|turn| {
            let gained: Vec<Principle> = earned_at
                .iter()
                .filter(|(i, _)| *i == turn.index)
                .map(|(_, p)| *p)
                .collect();
            let plus: u32 = gained.iter().map(|p| p.weight()).sum();
            let minus: u32 = violations
                .iter()
                .filter(|v| v.turn == Some(turn.index))
                .map(|v| v.penalty)
                .sum();
            let mut parts = Vec::new();
            if !gained.is_empty() {
                parts.push(format!(
                    "+{plus} for {}",
                    gained
                        .iter()
                        .map(|p| p.label().to_lowercase())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            for v in violations.iter().filter(|v| v.turn == Some(turn.index)) {
                parts.push(format!("−{} {}", v.penalty, v.message));
            }
            if parts.is_empty() {
                parts.push(if turn.moves.is_empty() {
                    "no recovery move recognised".to_string()
                } else {
                    "nothing new: those moves already counted".to_string()
                });
            }
            let mood = format!("mood {} → {}", turn.mood_before, turn.mood_after);
            let coaching = if turn.coaching.is_empty() {
                String::new()
            } else {
                format!("{} ", turn.coaching)
            };
            TurnNote {
                turn: turn.index,
                points: plus as i32 - minus as i32,
                line: format!("{coaching}({}; {mood})", parts.join("; ")),
            }
        })
        .collect();

    let advice = advice(&principles, &violations);
    Scorecard {
        total,
        grade: Grade::from_total(total),
        earned,
        penalties,
        capped,
        principles,
        violations,
        outcome: OutcomeSummary {
            ending,
            recovered,
            within_target,
            delighted: recovered && delight_turn.is_some(),
            lost,
            unfinished: ending.is_none(),
            hours,
            target_hours: t.target_hours,
        },
        turns,
        advice,
    }
}

fn missing_hint(m: Move) -> &'static str {
    match m {
        Move::Ownership => "say it is ours to fix (\"that's on us — I'll sort it\")",
        Move::Listening => "ask what they need or reflect back what you heard",
        Move::Empathy => "acknowledge how this feels for them",
        Move::Apology => "say sorry, plainly",
        Move::Solution => "commit to a concrete fix with a time",
        Move::Options => "offer two remedies you can authorise and let them choose",
        Move::FollowUp => "promise a timed update",
        Move::Gratitude => "thank them for raising it",
        _ => "",
    }
}

/// How many of the five steps appear in order (longest in-order chain of first occurrences).
fn five_steps(t: &Transcript) -> (u32, String) {
    const STEPS: [Move; 5] = [
        Move::Ownership,
        Move::Listening,
        Move::Empathy,
        Move::Apology,
        Move::Solution,
    ];
    let firsts: Vec<Option<usize>> = STEPS
        .iter()
        .map(|m| t.turns.iter().position(|turn| turn.moves.contains(m)))
        .collect();
    // longest non-decreasing subsequence over present steps, in canonical order
    let mut best = [0u32; 5];
    for i in 0..5 {
        let Some(fi) = firsts[i] else { continue };
        best[i] = 1;
        for j in 0..i {
            if let Some(fj) = firsts[j]
                && fj <= fi
            {
                best[i] = best[i].max(best[j] + 1);
            }
        }
    }
    let n = best.iter().copied().max().unwrap_or(0);
    (
        n,
        format!("{n} of the 5 steps (own, listen, empathize, apologize, refocus) in order"),
    )
}

fn first_escalation(t: &Transcript) -> Option<usize> {
    t.turns.iter().position(|turn| turn.escalate)
}

fn beyond_authority(t: &Transcript) -> Vec<usize> {
    let esc = first_escalation(t);
    t.turns
        .iter()
        .filter(|turn| {
            turn.cost > t.money_limit + 1e-9 && !turn.escalate && esc.is_none_or(|e| e > turn.index)
        })
        .map(|turn| turn.index)
        .collect()
}

fn escalation_score(t: &Transcript) -> (u32, String, Option<usize>) {
    let esc = first_escalation(t);
    let beyond = beyond_authority(t);
    let (score, note) = match (t.severity, esc) {
        (FailureSeverity::Significant, Some(i)) if i < AT_ONCE_TURNS => {
            (100, format!("escalated at once (turn {})", i + 1))
        }
        (FailureSeverity::Significant, Some(i)) => {
            (50, format!("escalated, but only at turn {}", i + 1))
        }
        (FailureSeverity::Significant, None) if t.outcome.is_none() => {
            (0, "significant failure not escalated yet".to_string())
        }
        (FailureSeverity::Significant, None) => {
            (0, "significant failure never escalated".to_string())
        }
        (FailureSeverity::Minor, Some(i)) => (
            0,
            format!(
                "turn {}: a minor failure within your authority was handed up",
                i + 1
            ),
        ),
        (FailureSeverity::Minor, None) => (100, "handled within your own authority".to_string()),
    };
    if let Some(i) = beyond.first() {
        return (
            0,
            format!(
                "turn {}: promised beyond your authority without escalating",
                i + 1
            ),
            None,
        );
    }
    (score, note, None)
}

fn escalation_violations(t: &Transcript) -> Vec<Violation> {
    let mut v = Vec::new();
    match (t.severity, first_escalation(t)) {
        (FailureSeverity::Significant, None) if t.outcome.is_some() => v.push(Violation {
            turn: None,
            kind: ViolationKind::MissedEscalation,
            penalty: MISSED_ESCALATION,
            message:
                "a significant failure must be escalated at once — bring in the right person now"
                    .to_string(),
        }),
        (FailureSeverity::Significant, Some(i)) if i >= AT_ONCE_TURNS => v.push(Violation {
            turn: Some(i),
            kind: ViolationKind::LateEscalation,
            penalty: LATE_ESCALATION,
            message: "escalated, but a significant failure should go up at once".to_string(),
        }),
        (FailureSeverity::Minor, Some(i)) => v.push(Violation {
            turn: Some(i),
            kind: ViolationKind::NeedlessEscalation,
            penalty: NEEDLESS_ESCALATION,
            message: "this was within your authority — handle it without asking".to_string(),
        }),
        _ => {}
    }
    for i in beyond_authority(t) {
        v.push(Violation {
            turn: Some(i),
            kind: ViolationKind::BeyondAuthority,
            penalty: BEYOND_AUTHORITY,
            message: format!(
                "promised more than your {:.0} limit without escalating",
                t.money_limit
            ),
        });
    }
    v
}

/// The three most valuable things to practise: the heaviest missed principles and repeated faults.
fn advice(principles: &[PrincipleScore], violations: &[Violation]) -> Vec<String> {
    let mut items: Vec<(u32, String)> = principles
        .iter()
        .filter(|p| p.score < 100)
        .map(|p| {
            (
                p.weight * (100 - p.score) / 100,
                format!("{}: {}", p.principle.label(), p.note),
            )
        })
        .collect();
    for m in Move::HURTING {
        let n = violations
            .iter()
            .filter(|v| v.kind == ViolationKind::Move(m))
            .count() as u32;
        if n > 0 {
            items.push((
                n * penalty(m),
                format!("Avoid {}: {}", m.label().to_lowercase(), m.coaching()),
            ));
        }
    }
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    items.into_iter().take(3).map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::{Answer, Drill, tests::scenario};

    fn play(choices: &[usize]) -> Scorecard {
        let mut d = Drill::start(scenario(), 1).unwrap();
        for &c in choices {
            d.respond(Answer::Choice(c)).unwrap();
        }
        score(d.transcript())
    }

    #[test]
    fn weights_sum_to_100() {
        assert_eq!(Principle::ALL.iter().map(|p| p.weight()).sum::<u32>(), 100);
    }

    #[test]
    fn good_path_beats_bad_path_and_is_explained() {
        let good = play(&[0, 0]);
        let bad = play(&[1, 1]);
        assert!(good.outcome.recovered && good.outcome.within_target);
        assert!(bad.outcome.lost && !bad.outcome.recovered);
        assert!(
            good.total > bad.total + 20,
            "{} vs {}",
            good.total,
            bad.total
        );
        // total = round(earned) − penalties, clamped and capped
        let expect = (good.earned.round() as i64 - i64::from(good.penalties)).clamp(0, 100) as u32;
        assert_eq!(good.total, expect);
        assert!(
            good.turns[0].line.contains("+28 for ownership, solution"),
            "{}",
            good.turns[0].line
        );
        assert_eq!(bad.count(Move::Blame), 1);
        assert_eq!(bad.count(Move::Dismissal), 1);
        assert!(bad.total <= LOST_CAP);
    }

    #[test]
    fn escalation_is_judged_by_severity() {
        let mut t = Drill::start(scenario(), 1).unwrap();
        t.respond(Answer::Choice(0)).unwrap();
        t.respond(Answer::Choice(0)).unwrap();
        let mut tr = t.transcript().clone();
        // minor + escalate → needless escalation
        tr.turns[0].escalate = true;
        let s = score(&tr);
        assert_eq!(s.principle(Principle::Escalation).unwrap().score, 0);
        assert!(
            s.violations
                .iter()
                .any(|v| v.kind == ViolationKind::NeedlessEscalation)
        );
        // significant + escalate at once → full marks
        tr.severity = FailureSeverity::Significant;
        assert_eq!(
            score(&tr).principle(Principle::Escalation).unwrap().score,
            100
        );
        // significant, never escalated → violation
        tr.turns[0].escalate = false;
        let s = score(&tr);
        assert!(
            s.violations
                .iter()
                .any(|v| v.kind == ViolationKind::MissedEscalation)
        );
        // beyond authority without escalating
        tr.severity = FailureSeverity::Minor;
        tr.turns[1].cost = 500.0;
        let s = score(&tr);
        assert!(
            s.violations
                .iter()
                .any(|v| v.kind == ViolationKind::BeyondAuthority)
        );
    }

    #[test]
    fn delight_counts_only_after_fix_and_speed_against_target() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        let mut tr = d.transcript().clone();
        tr.turns[1].moves.push(Move::Delight);
        let s = score(&tr);
        assert!(s.outcome.delighted);
        assert_eq!(s.principle(Principle::Delight).unwrap().score, 100);
        // delight before any fix: not credited
        tr.turns[0].moves = vec![Move::Delight];
        tr.turns[1].moves = vec![Move::Solution];
        assert_eq!(score(&tr).principle(Principle::Delight).unwrap().score, 0);
        // late fix loses speed points
        tr.turns[1].hours_after = 26.0;
        let s = score(&tr);
        assert!(!s.outcome.within_target);
        assert_eq!(s.principle(Principle::Speed).unwrap().score, 80);
    }

    #[test]
    fn five_steps_in_order() {
        let mut d = Drill::start(scenario(), 1).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        let mut tr = d.transcript().clone();
        tr.turns[0].moves = vec![Move::Ownership, Move::Listening, Move::Empathy];
        tr.turns[1].moves = vec![Move::Apology, Move::Solution];
        assert_eq!(
            score(&tr).principle(Principle::FiveSteps).unwrap().score,
            100
        );
        tr.turns[0].moves = vec![Move::Solution, Move::Apology];
        tr.turns[1].moves = vec![Move::Ownership];
        // apology(0), solution(0) in order; ownership later breaks the chain → 2 steps
        assert_eq!(
            score(&tr).principle(Principle::FiveSteps).unwrap().score,
            40
        );
    }
}
