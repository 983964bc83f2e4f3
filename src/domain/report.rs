//! Progress reports and exports, computed from stored history: pure functions, no database.
//!
//! - [`progress`]: score trends, per-principle mastery (exponentially weighted), faults over time,
//!   first/best/latest per drill, personal bests, outcome shares, and what to practise next.
//! - [`csv`]: one row per drill for spreadsheets.
//! - [`xapi_statements`]: xAPI 1.0.3 statements shaped as cmi5 expects, for a Learning Record Store.

use crate::domain::drill::Answer;
use crate::domain::history::{DrillExport, DrillRecord, DrillStatus, hex, rfc3339};
use crate::domain::moves::Move;
use crate::domain::scenario::{FailureSeverity, Outcome, Scenario};
use crate::domain::scoring::{Principle, Scorecard};
use serde::Serialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// Weight of the newest drill in a principle's mastery (exponentially weighted mean).
pub const MASTERY_ALPHA: f64 = 0.3;
/// A drill scored at least this is "mastered" for spacing (and `passed` in xAPI by default).
pub const MASTERY_SCORE: u32 = 80;
/// Mastery assumed for a principle never scored yet (so new trainees get broad drills first).
pub const UNKNOWN_MASTERY: f64 = 50.0;
/// Trends compare against the state this many drills ago.
pub const TREND_WINDOW: usize = 5;
/// Leitner intervals in days by box: box 0 = never played, box 1 = last play not mastered,
/// each mastered play in a row moves one box up.
pub const LEITNER_DAYS: [i64; 7] = [0, 0, 1, 3, 7, 14, 30];

/// What progress needs of one finished drill (a row of `drill`, no scorecard JSON).
#[derive(Debug, Clone, PartialEq)]
pub struct DrillSummary {
    pub drill: i64,
    pub scenario_id: String,
    pub title: String,
    /// RFC 3339.
    pub ended_at: String,
    pub total: u32,
    pub outcome: Option<Outcome>,
    pub recovered: bool,
    pub within_target: bool,
    pub delighted: bool,
    /// Simulated hours since the failure at the end.
    pub hours: f32,
    pub refusals: u32,
    pub blames: u32,
    pub deferrals: u32,
    /// 0–100 per principle.
    pub principles: BTreeMap<Principle, u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScorePoint {
    pub drill: i64,
    pub at: String,
    pub scenario_id: String,
    pub total: u32,
}

/// A score series and which way it is going.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreTrend {
    pub points: Vec<ScorePoint>,
    pub mean: f64,
    /// Mean of the last [`TREND_WINDOW`] drills.
    pub recent_mean: f64,
    /// Least-squares slope over the last `2 × TREND_WINDOW` drills, in points per drill.
    pub slope: f64,
}

/// "No"s, blames and deferrals in one drill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FaultPoint {
    pub drill: i64,
    pub at: String,
    pub scenario_id: String,
    pub refusals: u32,
    pub blames: u32,
    pub deferrals: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DrillProgress {
    pub scenario_id: String,
    /// The title when last played (the file may be gone or renamed since).
    pub title: String,
    pub plays: u32,
    pub first: u32,
    pub best: u32,
    pub latest: u32,
    pub trend: ScoreTrend,
    pub faults: Vec<FaultPoint>,
}

/// Recent-weighted mastery of one principle.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mastery {
    pub principle: Principle,
    pub label: String,
    /// Exponentially weighted mean of the 0–100 scores (None before any drill).
    pub value: Option<f64>,
    /// Change against the value [`TREND_WINDOW`] drills ago (0 with too few drills).
    pub change: f64,
    pub samples: u32,
}

/// A drill that beat the trainee's previous best on that scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonalBest {
    pub scenario_id: String,
    pub drill: i64,
    pub at: String,
    pub total: u32,
    pub previous: Option<u32>,
}

/// One available scenario, ranked for practice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    pub scenario_id: String,
    pub title: String,
    /// Principles its replies can exercise.
    pub exercises: Vec<Principle>,
    /// Σ weight × (1 − mastery/100) over `exercises`: how much it works the weak spots.
    pub value: f64,
    /// Leitner box (0 = never played).
    pub leitner_box: usize,
    pub due: bool,
    /// When it is due again (None = now).
    pub due_at: Option<String>,
    pub last_played: Option<String>,
    pub reason: String,
}

/// A trainee's progress (the `progress` command prints it; `--format json` serialises it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub trainee: String,
    /// Finished drills.
    pub drills: u32,
    pub abandoned: u32,
    pub overall: ScoreTrend,
    pub per_drill: Vec<DrillProgress>,
    pub mastery: Vec<Mastery>,
    pub faults: Vec<FaultPoint>,
    pub personal_bests: Vec<PersonalBest>,
    pub recovered_share: f64,
    /// Recovered with the simulated clock at or under 24 hours since the failure.
    pub recovered_within_24h_share: f64,
    pub delighted_share: f64,
    /// Available scenarios, best next first.
    pub practise_next: Vec<Recommendation>,
}

fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

/// Least-squares slope of ys against 0, 1, 2, …
fn slope(ys: &[f64]) -> f64 {
    let n = ys.len();
    if n < 2 {
        return 0.0;
    }
    let mx = (n - 1) as f64 / 2.0;
    let my = mean(ys);
    let (mut num, mut den) = (0.0, 0.0);
    for (i, y) in ys.iter().enumerate() {
        let dx = i as f64 - mx;
        num += dx * (y - my);
        den += dx * dx;
    }
    if den == 0.0 { 0.0 } else { num / den }
}

fn trend(points: Vec<ScorePoint>) -> ScoreTrend {
    let ys: Vec<f64> = points.iter().map(|p| f64::from(p.total)).collect();
    let recent = &ys[ys.len().saturating_sub(TREND_WINDOW)..];
    let window = &ys[ys.len().saturating_sub(2 * TREND_WINDOW)..];
    ScoreTrend {
        mean: mean(&ys),
        recent_mean: mean(recent),
        slope: slope(window),
        points,
    }
}

fn ewma(xs: impl Iterator<Item = f64>) -> Option<f64> {
    xs.fold(None, |m, x| {
        Some(m.map_or(x, |m| MASTERY_ALPHA * x + (1.0 - MASTERY_ALPHA) * m))
    })
}

fn principle_of(m: Move) -> Option<Principle> {
    Principle::ALL.into_iter().find(|p| p.as_move() == Some(m))
}

/// Which principles a scenario lets the trainee practise, derived from its reply moves:
/// each helping move on offer (all nine where a node takes typed answers); the five steps when at
/// least three of them are on offer; speed when a fix is on offer; escalation when the failure is
/// significant or a reply escalates or exceeds the authority limit.
pub fn exercised(s: &Scenario) -> Vec<Principle> {
    let mut moves: BTreeSet<Move> = BTreeSet::new();
    let mut escalation = s.severity == FailureSeverity::Significant;
    for n in &s.nodes {
        if n.free_text.is_some() {
            moves.extend(Move::ALL.into_iter().filter(|m| m.helps()));
        }
        for r in &n.replies {
            moves.extend(r.moves.iter().copied().filter(|m| m.helps()));
            escalation |= r.escalate || r.cost > s.authority.money_limit;
        }
    }
    let mut out: BTreeSet<Principle> = moves.iter().filter_map(|&m| principle_of(m)).collect();
    let steps = [
        Move::Ownership,
        Move::Listening,
        Move::Empathy,
        Move::Apology,
        Move::Solution,
    ];
    if steps.iter().filter(|m| moves.contains(m)).count() >= 3 {
        out.insert(Principle::FiveSteps);
    }
    if moves.contains(&Move::Solution) || moves.contains(&Move::Options) {
        out.insert(Principle::Speed);
    }
    if escalation {
        out.insert(Principle::Escalation);
    }
    out.into_iter().collect()
}

/// Compute a trainee's progress from their finished drills (oldest first).
///
/// What to practise next (documented in plans/history-notes.md):
/// 1. weakness of a principle = 1 − mastery/100 (mastery unknown → 50);
/// 2. a scenario's value = Σ over the principles it exercises of weight × weakness;
/// 3. spacing, Leitner-style: each scenario sits in a box — never played = 0, last play below
///    [`MASTERY_SCORE`] = 1, each mastered play in a row one box up (max 6); it is due
///    [`LEITNER_DAYS`]`[box]` days after it was last played;
/// 4. due scenarios come first by value (ties: never played, then longest unplayed); scenarios not
///    due follow by due date, so recently mastered drills come back later.
pub fn progress(
    trainee: &str,
    drills: &[DrillSummary],
    abandoned: u32,
    available: &[Arc<Scenario>],
    now: OffsetDateTime,
) -> Progress {
    let point = |d: &DrillSummary| ScorePoint {
        drill: d.drill,
        at: d.ended_at.clone(),
        scenario_id: d.scenario_id.clone(),
        total: d.total,
    };
    let fault = |d: &DrillSummary| FaultPoint {
        drill: d.drill,
        at: d.ended_at.clone(),
        scenario_id: d.scenario_id.clone(),
        refusals: d.refusals,
        blames: d.blames,
        deferrals: d.deferrals,
    };
    let overall = trend(drills.iter().map(point).collect());

    // per drill, in order of first play
    let mut order: Vec<&str> = Vec::new();
    let mut by_id: BTreeMap<&str, Vec<&DrillSummary>> = BTreeMap::new();
    for d in drills {
        let e = by_id.entry(d.scenario_id.as_str()).or_default();
        if e.is_empty() {
            order.push(&d.scenario_id);
        }
        e.push(d);
    }
    let mut per_drill = Vec::new();
    let mut personal_bests = Vec::new();
    for id in &order {
        let plays = &by_id[id];
        let (Some(first), Some(last)) = (plays.first(), plays.last()) else {
            continue;
        };
        let mut best: Option<u32> = None;
        for d in plays {
            if best.is_none_or(|b| d.total > b) {
                personal_bests.push(PersonalBest {
                    scenario_id: d.scenario_id.clone(),
                    drill: d.drill,
                    at: d.ended_at.clone(),
                    total: d.total,
                    previous: best,
                });
                best = Some(d.total);
            }
        }
        per_drill.push(DrillProgress {
            scenario_id: id.to_string(),
            title: last.title.clone(),
            plays: plays.len() as u32,
            first: first.total,
            best: best.unwrap_or(0),
            latest: last.total,
            trend: trend(plays.iter().map(|d| point(d)).collect()),
            faults: plays.iter().map(|d| fault(d)).collect(),
        });
    }
    personal_bests.sort_by_key(|b| b.drill);

    let scores = |p: Principle, upto: usize| {
        drills[..upto]
            .iter()
            .filter_map(move |d| d.principles.get(&p).map(|&s| f64::from(s)))
    };
    let earlier = drills.len().saturating_sub(TREND_WINDOW).max(1);
    let mastery: Vec<Mastery> = Principle::ALL
        .into_iter()
        .map(|p| {
            let value = ewma(scores(p, drills.len()));
            let before = ewma(scores(p, earlier.min(drills.len())));
            Mastery {
                principle: p,
                label: p.label().to_string(),
                value,
                change: match (value, before) {
                    (Some(v), Some(b)) => v - b,
                    _ => 0.0,
                },
                samples: scores(p, drills.len()).count() as u32,
            }
        })
        .collect();

    let share = |f: &dyn Fn(&DrillSummary) -> bool| {
        if drills.is_empty() {
            0.0
        } else {
            drills.iter().filter(|d| f(d)).count() as f64 / drills.len() as f64
        }
    };

    let weakness: BTreeMap<Principle, f64> = mastery
        .iter()
        .map(|m| {
            (
                m.principle,
                1.0 - m.value.unwrap_or(UNKNOWN_MASTERY) / 100.0,
            )
        })
        .collect();
    let mut practise_next: Vec<Recommendation> = available
        .iter()
        .map(|s| {
            recommend(
                s,
                by_id.get(s.id.as_str()).map(Vec::as_slice),
                &weakness,
                now,
            )
        })
        .collect();
    practise_next.sort_by(|a, b| {
        b.due
            .cmp(&a.due)
            .then_with(|| {
                if a.due {
                    b.value
                        .total_cmp(&a.value)
                        .then_with(|| a.leitner_box.min(1).cmp(&b.leitner_box.min(1)))
                        .then_with(|| a.last_played.cmp(&b.last_played))
                } else {
                    a.due_at.cmp(&b.due_at)
                }
            })
            .then_with(|| a.scenario_id.cmp(&b.scenario_id))
    });

    Progress {
        trainee: trainee.to_string(),
        drills: drills.len() as u32,
        abandoned,
        overall,
        per_drill,
        mastery,
        faults: drills.iter().map(fault).collect(),
        personal_bests,
        recovered_share: share(&|d| d.recovered),
        recovered_within_24h_share: share(&|d| d.recovered && d.hours <= 24.0),
        delighted_share: share(&|d| d.delighted),
        practise_next,
    }
}

fn recommend(
    s: &Scenario,
    plays: Option<&[&DrillSummary]>,
    weakness: &BTreeMap<Principle, f64>,
    now: OffsetDateTime,
) -> Recommendation {
    let exercises = exercised(s);
    let value: f64 = exercises
        .iter()
        .map(|p| f64::from(p.weight()) * weakness.get(p).copied().unwrap_or(0.5))
        .sum();
    let plays = plays.unwrap_or(&[]);
    let mut leitner_box = 0usize;
    for d in plays {
        leitner_box = if d.total >= MASTERY_SCORE {
            (leitner_box.max(1) + 1).min(LEITNER_DAYS.len() - 1)
        } else {
            1
        };
    }
    let last = plays.last().map(|d| d.ended_at.clone());
    let due_time = last
        .as_deref()
        .and_then(parse_time)
        .map(|t| t + Duration::days(LEITNER_DAYS[leitner_box]));
    let due = due_time.is_none_or(|t| t <= now);
    let weakest: Vec<&str> = {
        let mut ps: Vec<(f64, Principle)> = exercises
            .iter()
            .map(|p| {
                (
                    weakness.get(p).copied().unwrap_or(0.5) * f64::from(p.weight()),
                    *p,
                )
            })
            .collect();
        ps.sort_by(|a, b| b.0.total_cmp(&a.0));
        ps.iter().take(3).map(|(_, p)| p.label()).collect()
    };
    let reason = match (plays.len(), due) {
        (0, _) => format!("not played yet; works {}", weakest.join(", ")),
        (_, true) if leitner_box <= 1 => {
            format!(
                "not mastered yet (below {MASTERY_SCORE}); works {}",
                weakest.join(", ")
            )
        }
        (_, true) => format!(
            "due for review ({} day interval); works {}",
            LEITNER_DAYS[leitner_box],
            weakest.join(", ")
        ),
        (_, false) => format!(
            "mastered recently; comes back after {} days",
            LEITNER_DAYS[leitner_box]
        ),
    };
    Recommendation {
        scenario_id: s.id.clone(),
        title: s.title.clone(),
        exercises,
        value,
        leitner_box,
        due,
        due_at: if due { None } else { due_time.map(rfc3339) },
        last_played: last,
        reason,
    }
}

/// Human-readable progress report.
pub fn progress_text(p: &Progress) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "Progress for {}", p.trainee);
    if p.drills == 0 {
        let _ = writeln!(s, "  no finished drills yet");
    } else {
        let _ = writeln!(
            s,
            "  {} drills finished ({} abandoned); mean score {:.0}, last {} drills {:.0}, trend {:+.1} per drill",
            p.drills,
            p.abandoned,
            p.overall.mean,
            TREND_WINDOW.min(p.drills as usize),
            p.overall.recent_mean,
            p.overall.slope
        );
        let _ = writeln!(
            s,
            "  recovered {:.0}%, within 24 h {:.0}%, delighted {:.0}%",
            p.recovered_share * 100.0,
            p.recovered_within_24h_share * 100.0,
            p.delighted_share * 100.0
        );
        let _ = writeln!(s, "\nPer drill (first / best / latest):");
        for d in &p.per_drill {
            let nos: u32 = d.faults.iter().map(|f| f.refusals).sum();
            let blames: u32 = d.faults.iter().map(|f| f.blames).sum();
            let waits: u32 = d.faults.iter().map(|f| f.deferrals).sum();
            let _ = writeln!(
                s,
                "  {:<40} {:>3} plays  {:>3} / {:>3} / {:>3}   no {nos}, blame {blames}, wait {waits}",
                truncate(&d.title, 40),
                d.plays,
                d.first,
                d.best,
                d.latest
            );
        }
        let _ = writeln!(s, "\nMastery (recent-weighted, 0-100):");
        for m in &p.mastery {
            if let Some(v) = m.value {
                let _ = writeln!(s, "  {:<28} {:>5.1}  ({:+.1})", m.label, v, m.change);
            }
        }
        if let Some(b) = p.personal_bests.last() {
            let _ = writeln!(
                s,
                "\nLatest personal best: {} on {} ({})",
                b.total, b.scenario_id, b.at
            );
        }
    }
    let _ = writeln!(s, "\nPractise next:");
    if p.practise_next.is_empty() {
        let _ = writeln!(s, "  (no scenarios available; pass --scenarios DIR)");
    }
    for r in p.practise_next.iter().take(5) {
        let _ = writeln!(
            s,
            "  {} {} — {}",
            if r.due { "*" } else { " " },
            r.title,
            r.reason
        );
    }
    s
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// One CSV field: quoted when needed; text starting with = + - @ is prefixed with ' so
/// spreadsheets do not run it as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One row per drill (RFC 4180, CRLF), principle scores as columns.
pub fn csv(drills: &[DrillExport]) -> String {
    let mut header: Vec<String> = [
        "trainee",
        "drill",
        "scenario_id",
        "scenario_title",
        "scenario_version",
        "content_hash",
        "customer",
        "seed",
        "started_at",
        "ended_at",
        "status",
        "outcome",
        "total",
        "grade",
        "recovered",
        "within_target",
        "delighted",
        "hours",
        "refusals",
        "blames",
        "deferrals",
        "turns",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(Principle::ALL.iter().map(|p| p.id().to_string()));
    let mut out = header.join(",");
    out.push_str("\r\n");
    let opt = |v: Option<String>| v.unwrap_or_default();
    for d in drills {
        let r = &d.record;
        let mut row = vec![
            csv_field(&r.trainee),
            r.id.0.to_string(),
            csv_field(&r.scenario_id),
            csv_field(&r.scenario_title),
            r.scenario_version.to_string(),
            r.content_hash.clone(),
            csv_field(&r.customer),
            r.seed.to_string(),
            r.started_at.clone(),
            opt(r.ended_at.clone()),
            match r.status {
                DrillStatus::Finished => "finished".to_string(),
                DrillStatus::Abandoned => "abandoned".to_string(),
            },
            opt(r.outcome.map(|o| o.id().to_string())),
            opt(r.total.map(|v| v.to_string())),
            opt(r.grade.clone()),
            opt(r.recovered.map(|v| v.to_string())),
            opt(r.within_target.map(|v| v.to_string())),
            opt(r.delighted.map(|v| v.to_string())),
            opt(r.hours.map(|v| format!("{v:.2}"))),
            opt(r.refusals.map(|v| v.to_string())),
            opt(r.blames.map(|v| v.to_string())),
            opt(r.deferrals.map(|v| v.to_string())),
            r.turns.to_string(),
        ];
        for p in Principle::ALL {
            row.push(opt(d
                .scorecard
                .as_ref()
                .and_then(|c| c.principle(p))
                .map(|s| s.score.to_string())));
        }
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A name-based UUID (version 5 layout, SHA-256 instead of SHA-1): the same input always gives
/// the same id, so re-exports never create duplicates in an LRS.
pub fn uuid_from(name: &str) -> String {
    let h = Sha256::digest(format!("comeback-xapi:{name}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&h[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let x = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..32]
    )
}

/// The cmi5 registration of a drill: derived from the drill row (trainee, id, start, scenario,
/// seed), so it is stable across exports and distinct across machines.
pub fn registration(r: &DrillRecord) -> String {
    uuid_from(&format!(
        "drill\n{}\n{}\n{}\n{}\n{}",
        r.trainee, r.id.0, r.started_at, r.scenario_id, r.seed
    ))
}

/// How statements are addressed and judged.
#[derive(Debug, Clone, PartialEq)]
pub struct XapiOptions {
    /// The actor account's homePage and the base of activity ids.
    pub home_page: String,
    /// cmi5 mastery score, 0–1: `passed` at or above it, `failed` below.
    pub mastery: f64,
}

impl Default for XapiOptions {
    fn default() -> Self {
        XapiOptions {
            home_page: "https://comeback.example".to_string(),
            mastery: f64::from(MASTERY_SCORE) / 100.0,
        }
    }
}

const VERB_BASE: &str = "http://adlnet.gov/expapi/verbs/";
const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const MOVEON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
const EXT_SESSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
const EXT_MASTERY: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

/// Extension (under the home page) with a team drill's plan, session, seat and scenario id.
pub const EXT_TEAM: &str = "xapi/extensions/team";
/// Extension on an `answered` result: turn index, customer line, reply, points and score note.
pub const EXT_TURN: &str = "xapi/extensions/turn";
/// Extension on a `passed`/`failed` result: outcome, principle scores and why it scored.
pub const EXT_OUTCOME: &str = "xapi/extensions/outcome";

/// The activity id of a practice plan: the grouping activity of its team drills.
pub fn plan_activity(home_page: &str, plan: &str) -> String {
    format!(
        "{}/xapi/plan/{}",
        home_page.trim_end_matches('/'),
        iri_segment(plan)
    )
}

/// Why a drill scored what it did, in the scorecard's own words: each principle that earned
/// points, then each penalty, then the cap.
pub fn score_explanation(card: &Scorecard) -> Vec<String> {
    let mut out: Vec<String> = card
        .principles
        .iter()
        .filter(|p| p.points > 0.0)
        .map(|p| {
            format!(
                "{} +{:.1}/{}: {}",
                p.principle.label(),
                p.points,
                p.weight,
                p.note
            )
        })
        .collect();
    for v in &card.violations {
        let at = v
            .turn
            .map_or("the drill".to_string(), |t| format!("turn {}", t + 1));
        out.push(format!("−{} at {at}: {}", v.penalty, v.message));
    }
    if card.capped {
        out.push(format!(
            "capped at {} because the customer was lost",
            crate::domain::scoring::LOST_CAP
        ));
    }
    out
}

/// Percent-encode what is not an unreserved IRI character (ids come from trainers' files).
pub fn iri_segment(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// ISO 8601 duration of whole and fractional seconds.
fn iso_duration(secs: f64) -> String {
    format!("PT{:.2}S", secs.max(0.0))
}

/// A verb's display word.
fn verb(name: &str) -> Value {
    json!({"id": format!("{VERB_BASE}{name}"), "display": {"en-US": name}})
}

/// The statements of one finished drill, in order: `initialized`, one `answered` per turn,
/// `completed`, `passed` or `failed`, `terminated`. Unfinished drills give none.
pub fn xapi_statements(d: &DrillExport, opts: &XapiOptions) -> Vec<Value> {
    let r = &d.record;
    let (Some(ended), Some(total)) = (r.ended_at.as_deref(), r.total) else {
        return Vec::new();
    };
    let home = opts.home_page.trim_end_matches('/');
    let reg = registration(r);
    let actor = json!({"objectType": "Agent", "account": {"homePage": home, "name": r.trainee}});
    let au_id = format!("{home}/xapi/scenario/{}", iri_segment(&r.scenario_id));
    let au = json!({
        "objectType": "Activity",
        "id": au_id,
        "definition": {
            "name": {"en-US": r.scenario_title},
            "type": "http://adlnet.gov/expapi/activities/simulation",
            "extensions": {
                format!("{home}/xapi/extensions/content-version"): r.scenario_version,
                format!("{home}/xapi/extensions/content-hash"): r.content_hash,
            }
        }
    });
    let session_secs = match (parse_time(&r.started_at), parse_time(ended)) {
        (Some(a), Some(b)) => (b - a).as_seconds_f64(),
        _ => 0.0,
    };
    // A team drill names its plan as a grouping activity (so an LRS query by activity with
    // related_activities finds the whole plan) and carries its session and seat.
    let team = r.team.as_ref().map(|t| {
        (
            json!([{"id": plan_activity(home, &t.plan), "objectType": "Activity"}]),
            json!({
                "plan": t.plan,
                "session": t.session,
                "session_started": t.session_started,
                "seat": t.seat,
                "scenario": r.scenario_id,
            }),
        )
    });
    let context = |categories: &[&str], mastery: bool| {
        let mut ext = serde_json::Map::new();
        ext.insert(EXT_SESSION.to_string(), json!(reg));
        if mastery {
            ext.insert(EXT_MASTERY.to_string(), json!(opts.mastery));
        }
        if let Some((_, tag)) = &team {
            ext.insert(format!("{home}/{EXT_TEAM}"), tag.clone());
        }
        let mut c = json!({"registration": reg, "extensions": ext});
        if !categories.is_empty() {
            let cats: Vec<Value> = categories
                .iter()
                .map(|id| json!({"id": id, "objectType": "Activity"}))
                .collect();
            c["contextActivities"] = json!({"category": cats});
        }
        if let Some((grouping, _)) = &team {
            c["contextActivities"]["grouping"] = grouping.clone();
        }
        c
    };
    let stmt =
        |key: &str, verb_name: &str, object: Value, result: Option<Value>, ctx: Value, at: &str| {
            let mut s = json!({
                "id": uuid_from(&format!("{reg}/{key}")),
                "actor": actor,
                "verb": verb(verb_name),
                "object": object,
                "context": ctx,
                "timestamp": at,
            });
            if let Some(res) = result {
                s["result"] = res;
            }
            s
        };

    let mut out = vec![stmt(
        "initialized",
        "initialized",
        au.clone(),
        None,
        context(&[CMI5_CATEGORY], false),
        &r.started_at,
    )];
    let notes: BTreeMap<usize, (i32, &str)> = d
        .scorecard
        .as_ref()
        .map(|c| {
            c.turns
                .iter()
                .map(|n| (n.turn, (n.points, n.line.as_str())))
                .collect()
        })
        .unwrap_or_default();
    for t in &d.turns {
        let (kind, response, choices) = match &t.answer {
            Answer::Choice(i) => {
                let id = t.reply_id.clone().unwrap_or_else(|| (i + 1).to_string());
                let choices = json!([{"id": id, "description": {"en-US": t.text}}]);
                ("choice", id, Some(choices))
            }
            Answer::Text(text) => ("fill-in", text.clone(), None),
        };
        let mut definition = json!({
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "interactionType": kind,
            "name": {"en-US": format!("{} — turn {}", r.scenario_title, t.index + 1)},
        });
        if let Some(c) = choices {
            definition["choices"] = c;
        }
        let object = json!({
            "objectType": "Activity",
            "id": format!("{au_id}/node/{}", iri_segment(&t.node)),
            "definition": definition,
        });
        let (points, note) = notes.get(&t.index).copied().unwrap_or((0, ""));
        let moves: Vec<&str> = t.moves.iter().map(|m| m.id()).collect();
        let mut result = json!({
            "response": response,
            "success": t.moves.iter().all(|m| m.helps()),
            "score": {"scaled": (f64::from(points) / 100.0).clamp(-1.0, 1.0)},
            "extensions": {
                format!("{home}/xapi/extensions/moves"): moves,
                format!("{home}/xapi/extensions/mood"): [t.mood_before, t.mood_after],
                format!("{home}/xapi/extensions/simulated-hours"): t.hours_after,
                format!("{home}/{EXT_TURN}"): {
                    "index": t.index,
                    "customer": t.customer_line,
                    "reply": t.text,
                    "moves": moves,
                    "points": points,
                    "note": note,
                },
            }
        });
        if let Some(secs) = t.response_secs {
            result["duration"] = json!(iso_duration(f64::from(secs)));
        }
        let parent = json!({"id": au_id, "objectType": "Activity"});
        let mut ctx = context(&[], false);
        ctx["contextActivities"]["parent"] = json!([parent]);
        let at = t.answered_at.as_deref().unwrap_or(&r.started_at);
        out.push(stmt(
            &format!("answered/{}", t.index),
            "answered",
            object,
            Some(result),
            ctx,
            at,
        ));
    }
    let scaled = f64::from(total) / 100.0;
    let duration = iso_duration(session_secs);
    out.push(stmt(
        "completed",
        "completed",
        au.clone(),
        Some(json!({"completion": true, "duration": duration})),
        context(&[CMI5_CATEGORY, MOVEON_CATEGORY], false),
        ended,
    ));
    let passed = scaled + 1e-9 >= opts.mastery;
    let mut judged = json!({
        "success": passed,
        "score": {"scaled": scaled, "raw": total, "min": 0, "max": 100},
        "duration": duration,
    });
    if let Some(card) = &d.scorecard {
        // What a team report needs to rebuild this drill from the LRS alone.
        let principles: BTreeMap<&str, u32> = card
            .principles
            .iter()
            .map(|p| (p.principle.id(), p.score))
            .collect();
        judged["extensions"] = json!({
            format!("{home}/{EXT_OUTCOME}"): {
                "ending": card.outcome.ending.map(Outcome::id),
                "recovered": card.outcome.recovered,
                "within_target": card.outcome.within_target,
                "delighted": card.outcome.delighted,
                "hours": card.outcome.hours,
                "principles": principles,
                "why": score_explanation(card),
            }
        });
    }
    out.push(stmt(
        if passed { "passed" } else { "failed" },
        if passed { "passed" } else { "failed" },
        au.clone(),
        Some(judged),
        context(&[CMI5_CATEGORY, MOVEON_CATEGORY], true),
        ended,
    ));
    out.push(stmt(
        "terminated",
        "terminated",
        au,
        Some(json!({"duration": duration})),
        context(&[CMI5_CATEGORY], false),
        ended,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::scenario;
    use crate::domain::drill::{Answer, Drill};
    use crate::domain::history::{History, TraineeId};
    use crate::domain::scoring::score;
    use time::macros::datetime;

    fn summary(
        id: i64,
        scenario: &str,
        total: u32,
        day: i64,
        p: &[(Principle, u32)],
    ) -> DrillSummary {
        DrillSummary {
            drill: id,
            scenario_id: scenario.into(),
            title: scenario.to_uppercase(),
            ended_at: rfc3339(datetime!(2025-01-01 12:00 UTC) + Duration::days(day)),
            total,
            outcome: Some(Outcome::Recovered),
            recovered: total >= 50,
            within_target: true,
            delighted: total >= 90,
            hours: 3.0,
            refusals: u32::from(total < 50),
            blames: 0,
            deferrals: 0,
            principles: p.iter().copied().collect(),
        }
    }

    #[test]
    fn trends_bests_and_shares() {
        let drills = vec![
            summary(1, "a", 40, 0, &[]),
            summary(2, "a", 70, 1, &[]),
            summary(3, "b", 95, 2, &[]),
            summary(4, "a", 60, 3, &[]),
        ];
        let p = progress("Kim", &drills, 1, &[], datetime!(2025-01-10 0:00 UTC));
        assert_eq!(p.drills, 4);
        assert_eq!(p.abandoned, 1);
        let a = &p.per_drill[0];
        assert_eq!((a.first, a.best, a.latest, a.plays), (40, 70, 60, 3));
        assert!(p.overall.slope > 0.0);
        assert_eq!(
            p.personal_bests.iter().map(|b| b.drill).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert_eq!(p.personal_bests[1].previous, Some(40));
        assert!((p.recovered_share - 0.75).abs() < 1e-9);
        assert!((p.delighted_share - 0.25).abs() < 1e-9);
        assert_eq!(p.faults.iter().map(|f| f.refusals).sum::<u32>(), 1);
        assert!(progress_text(&p).contains("Progress for Kim"));
    }

    #[test]
    fn mastery_weights_recent_drills_more() {
        let mut drills: Vec<DrillSummary> = (0..6)
            .map(|i| summary(i, "a", 50, i, &[(Principle::Empathy, 0)]))
            .collect();
        drills.push(summary(6, "a", 50, 6, &[(Principle::Empathy, 100)]));
        let p = progress("Kim", &drills, 0, &[], datetime!(2025-02-01 0:00 UTC));
        let e = p
            .mastery
            .iter()
            .find(|m| m.principle == Principle::Empathy)
            .unwrap();
        assert!(
            (e.value.unwrap() - 30.0).abs() < 1e-9,
            "one 100 after zeros = alpha×100"
        );
        assert!(e.change > 0.0);
        let o = p
            .mastery
            .iter()
            .find(|m| m.principle == Principle::Ownership)
            .unwrap();
        assert_eq!(o.value, None);
    }

    #[test]
    fn exercised_principles_come_from_reply_moves() {
        let s = scenario();
        let ex = exercised(&s);
        // the test drill offers ownership, solution, gratitude and takes free text
        assert!(ex.contains(&Principle::Ownership));
        assert!(ex.contains(&Principle::Speed));
        assert!(
            ex.contains(&Principle::Empathy),
            "free text can exercise any helping move"
        );
        let mut s2 = (*s).clone();
        for n in &mut s2.nodes {
            n.free_text = None;
        }
        let ex2 = exercised(&s2);
        assert!(!ex2.contains(&Principle::Empathy));
        assert!(!ex2.contains(&Principle::FiveSteps));
        assert!(!ex2.contains(&Principle::Escalation));
    }

    #[test]
    fn recommends_weak_spots_and_spaces_mastered_drills() {
        let base = scenario();
        let mut narrow = (*base).clone();
        narrow.id = "narrow".into();
        for n in &mut narrow.nodes {
            n.free_text = None;
        }
        let mut broad = (*base).clone();
        broad.id = "broad".into();
        let avail = vec![Arc::new(narrow), Arc::new(broad)];
        let now = datetime!(2025-01-05 12:00 UTC);
        // new trainee: the broad drill covers more
        let p = progress("Kim", &[], 0, &avail, now);
        assert_eq!(p.practise_next[0].scenario_id, "broad");
        assert!(p.practise_next.iter().all(|r| r.due));
        // mastered "broad" twice, yesterday: box 3 → due in 3 days, so "narrow" comes first
        let drills = vec![
            summary(1, "broad", 90, 2, &[]),
            summary(2, "broad", 92, 3, &[]),
        ];
        let p = progress("Kim", &drills, 0, &avail, now);
        assert_eq!(p.practise_next[0].scenario_id, "narrow");
        let b = &p.practise_next[1];
        assert_eq!((b.leitner_box, b.due), (3, false));
        assert!(b.due_at.is_some());
        // a failed play puts it back in box 1, due at once
        let drills = vec![
            summary(1, "broad", 90, 2, &[]),
            summary(2, "broad", 40, 3, &[]),
        ];
        let p = progress("Kim", &drills, 0, &avail, now);
        let b = p
            .practise_next
            .iter()
            .find(|r| r.scenario_id == "broad")
            .unwrap();
        assert_eq!((b.leitner_box, b.due), (1, true));
    }

    fn recorded() -> (History, TraineeId) {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim, \"the\" trainee").unwrap();
        let s = scenario();
        let id = h.begin_drill(kim, &s, "hash", 9).unwrap();
        let mut d = Drill::start(s, 9).unwrap();
        let typed = Answer::Text("That's on us, I'll fix it now.".into());
        let r = d.respond_timed(typed, Some(4.5)).unwrap();
        h.record_turn(id, &r.turn).unwrap();
        if !d.is_over() {
            let r = d.respond(Answer::Choice(0)).unwrap();
            h.record_turn(id, &r.turn).unwrap();
        }
        h.finish_drill(id, d.transcript(), &score(d.transcript()))
            .unwrap();
        h.begin_drill(kim, &scenario(), "hash", 10).unwrap(); // abandoned
        (h, kim)
    }

    #[test]
    fn csv_has_a_row_per_drill_and_escapes() {
        let (h, kim) = recorded();
        let rows = h.export(Some(kim), None).unwrap();
        let out = csv(&rows);
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("trainee,drill,scenario_id"));
        assert!(lines[1].starts_with("\"Kim, \"\"the\"\" trainee\",1,t,T,1,hash,Ann,9,"));
        assert!(lines[2].contains(",abandoned,"));
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert!(
            h.export(Some(kim), Some(datetime!(2999-01-01 0:00 UTC)))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn xapi_statements_follow_cmi5_order_and_are_deterministic() {
        let (h, kim) = recorded();
        let rows = h.export(Some(kim), None).unwrap();
        let opts = XapiOptions::default();
        let st = xapi_statements(&rows[0], &opts);
        let verbs: Vec<&str> = st
            .iter()
            .map(|s| s["verb"]["display"]["en-US"].as_str().unwrap())
            .collect();
        let turns = rows[0].turns.len();
        assert_eq!(verbs.first(), Some(&"initialized"));
        assert_eq!(verbs.iter().filter(|v| **v == "answered").count(), turns);
        assert_eq!(
            &verbs[turns + 1..],
            &[
                "completed",
                if rows[0].record.total.unwrap() >= 80 {
                    "passed"
                } else {
                    "failed"
                },
                "terminated"
            ]
        );
        let reg = registration(&rows[0].record);
        assert!(
            st.iter()
                .all(|s| s["context"]["registration"] == reg.as_str())
        );
        assert_eq!(reg.len(), 36);
        assert_eq!(&reg[14..15], "5");
        let first = &st[1];
        assert_eq!(first["object"]["definition"]["interactionType"], "fill-in");
        assert_eq!(first["result"]["duration"], "PT4.50S");
        assert_eq!(first["actor"]["account"]["name"], "Kim, \"the\" trainee");
        assert!(
            first["result"]["extensions"]["https://comeback.example/xapi/extensions/moves"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m == "ownership")
        );
        if turns > 1 {
            assert_eq!(st[2]["object"]["definition"]["interactionType"], "choice");
        }
        let ids: BTreeSet<&str> = st.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), st.len());
        assert_eq!(xapi_statements(&rows[0], &opts), st, "deterministic");
        assert!(
            xapi_statements(&rows[1], &opts).is_empty(),
            "abandoned drills are not exported"
        );
    }

    #[test]
    fn team_drill_statements_name_the_plan_and_carry_what_a_team_report_needs() {
        let h = History::open_in_memory().unwrap();
        let sam = h.trainee("Sam").unwrap();
        let s = scenario();
        h.begin_team_session("Warm up", "sess-1").unwrap();
        let id = h
            .begin_team_drill(sam, &s, "hash", 3, &Default::default(), "sess-1", 2)
            .unwrap();
        let mut d = Drill::start(s, 3).unwrap();
        for c in [0, 0] {
            let r = d.respond(Answer::Choice(c)).unwrap();
            h.record_turn(id, &r.turn).unwrap();
        }
        let card = score(d.transcript());
        h.finish_drill(id, d.transcript(), &card).unwrap();
        let rows = h.export(None, None).unwrap();
        let st = xapi_statements(&rows[0], &XapiOptions::default());
        let plan = "https://comeback.example/xapi/plan/Warm%20up";
        for s in &st {
            assert_eq!(
                s["context"]["contextActivities"]["grouping"][0]["id"], plan,
                "{s}"
            );
            let team = &s["context"]["extensions"]["https://comeback.example/xapi/extensions/team"];
            assert_eq!(team["session"], "sess-1");
            assert_eq!(team["seat"], 2);
            assert_eq!(team["scenario"], "t");
        }
        let answered = &st[1];
        assert!(answered["context"]["contextActivities"]["parent"].is_array());
        let turn =
            &answered["result"]["extensions"]["https://comeback.example/xapi/extensions/turn"];
        assert_eq!(turn["index"], 0);
        assert_eq!(
            turn["customer"],
            d.transcript().turns[0].customer_line.as_str()
        );
        assert_eq!(turn["points"], card.turns[0].points);
        let judged = &st[st.len() - 2];
        let outcome =
            &judged["result"]["extensions"]["https://comeback.example/xapi/extensions/outcome"];
        assert_eq!(outcome["recovered"], card.outcome.recovered);
        assert_eq!(
            outcome["principles"]["ownership"],
            card.principle(Principle::Ownership).unwrap().score
        );
        assert_eq!(
            outcome["why"].as_array().unwrap().len(),
            score_explanation(&card).len()
        );
        // a drill outside a team session names no plan
        let solo = h.begin_drill(sam, &scenario(), "hash", 3).unwrap();
        let mut d = Drill::start(scenario(), 3).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        d.respond(Answer::Choice(0)).unwrap();
        h.finish_drill(solo, d.transcript(), &score(d.transcript()))
            .unwrap();
        let rows = h.export(None, None).unwrap();
        let st = xapi_statements(&rows[1], &XapiOptions::default());
        assert!(
            st.iter()
                .all(|s| s["context"]["contextActivities"]["grouping"].is_null())
        );
    }

    #[test]
    fn score_explanation_lists_points_penalties_and_the_cap() {
        let (h, kim) = recorded();
        let rows = h.export(Some(kim), None).unwrap();
        let card = rows[0].scorecard.as_ref().unwrap();
        let why = score_explanation(card);
        let earning = card.principles.iter().filter(|p| p.points > 0.0).count();
        assert_eq!(
            why.len(),
            earning + card.violations.len() + usize::from(card.capped)
        );
        assert!(why[0].contains('+') && why[0].contains(':'));
    }
}
