//! Team practice in the app: the plans folder, the running hot-seat session and its report, and
//! the view model of the Team screen. The rules (seating, figures, the story) are `domain::team`'s.

use crate::app::ui::team::{
    PlanRow, ReportRow, ScoreRow, Story, StoryLine, TeamPhase, TeamReportView, TeamViewModel,
};
use crate::domain::library::Library;
use crate::domain::plan::{self, DrillList, Mode, PlanEntry};
use crate::domain::team::{Figures, TeamReport, TeamSession};
use bevy::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A session being played in this window.
pub struct TeamRun {
    pub session: TeamSession,
    /// When it began (RFC 3339), as history stores it.
    pub started_at: String,
    pub clock: Instant,
    /// False when history could not be written: the session goes on unsaved.
    pub recorded: bool,
}

#[derive(Resource, Default)]
pub struct TeamState {
    /// The plans folder, and what checking each plan in it found.
    pub dir: PathBuf,
    pub plans: Vec<PlanEntry>,
    pub scanned: Option<Instant>,
    /// The library generation the plans were checked against.
    pub checked_for: u64,
    pub run: Option<TeamRun>,
    pub report: Option<TeamReport>,
}

impl TeamState {
    /// Re-read the plans folder (small files) at most every two seconds, or after a drill reload.
    pub fn rescan(&mut self, library: &Library, generation: u64) {
        if self.scanned.is_some_and(|t| t.elapsed().as_secs() < 2) && self.checked_for == generation
        {
            return;
        }
        self.scanned = Some(Instant::now());
        self.checked_for = generation;
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        self.plans = files.iter().map(|f| plan::load_file(f, library)).collect();
    }
}

/// The plans folder: `--plans DIR`, else `plans/` beside the drill folder.
pub fn plans_dir(explicit: Option<&Path>, scenarios: &Path) -> PathBuf {
    if let Some(d) = explicit {
        return d.to_path_buf();
    }
    scenarios
        .parent()
        .map_or_else(|| PathBuf::from("plans"), |p| p.join("plans"))
}

fn pct(v: Option<f64>) -> u32 {
    v.map_or(0, |p| p.round().clamp(0.0, 100.0) as u32)
}

fn row(who: &str, f: &Figures) -> ReportRow {
    ReportRow {
        who: who.to_string(),
        drills: f.drills as usize,
        average: pct(f.average_score),
        recovered: pct(f.recovered_pct),
        within_24h: pct(f.recovered_within_24h_pct),
        delighted: pct(f.delighted_pct),
    }
}

pub fn report_view(r: &TeamReport) -> TeamReportView {
    let mut rows: Vec<ReportRow> = r
        .trainees
        .iter()
        .map(|t| row(&t.trainee, &t.figures))
        .collect();
    rows.push(row("Team", &r.team));
    TeamReportView {
        plan: r.plan.clone(),
        rows,
        weakest: r
            .weakest
            .iter()
            .map(|p| (p.label.clone(), p.mean.round().clamp(0.0, 100.0) as u32))
            .collect(),
        most_improved: r.most_improved.as_ref().map(|m| {
            format!(
                "{} (from {:.0} to {:.0}, {:+.0})",
                m.trainee, m.before, m.after, m.change
            )
        }),
        story: r.best_recovery.as_ref().map(|s| Story {
            trainee: s.trainee.clone(),
            drill: s.title.clone(),
            total: s.total,
            lines: s
                .turns
                .iter()
                .map(|t| StoryLine {
                    customer: t.customer.clone(),
                    reply: t.reply.clone(),
                    moves: t.moves.clone(),
                })
                .collect(),
            why: s.why.clone(),
        }),
    }
}

fn shape(p: &plan::Plan) -> String {
    let limit = p
        .drill_time_limit
        .map(|s| format!(", {} min a drill", s.div_ceil(60)))
        .unwrap_or_default();
    match (&p.drills, p.mode) {
        (DrillList::InOrder(ids), Mode::EveryoneEveryDrill) => {
            format!("{} drill(s), everyone plays each{limit}", ids.len())
        }
        (DrillList::InOrder(ids), Mode::Rotate) => format!(
            "{} drill(s) rotating, {} round(s){limit}",
            ids.len(),
            p.rounds()
        ),
        (DrillList::Recommended, _) => format!(
            "each trainee's recommended drill, {} round(s){limit}",
            p.rounds()
        ),
    }
}

pub fn view_model(state: &TeamState, trainee: &str) -> TeamViewModel {
    let phase = if let Some(r) = &state.report {
        TeamPhase::Report(report_view(r))
    } else if let Some((run, seat)) = state
        .run
        .as_ref()
        .and_then(|r| r.session.current().map(|s| (r, s)))
    {
        TeamPhase::Up {
            plan: run.session.plan().name.clone(),
            trainee: seat.trainee.clone(),
            drill: seat.title.clone(),
            index: seat.index as usize - 1,
            total: seat.total as usize,
            limit: run
                .session
                .plan()
                .drill_time_limit
                .map(|s| format!("{} min for this drill", s.div_ceil(60))),
            scoreboard: run
                .session
                .scoreboard()
                .into_iter()
                .map(|l| ScoreRow {
                    trainee: l.trainee,
                    done: l.done as usize,
                    total: l.of as usize,
                    average: l.average.map(|a| a.round() as u32),
                    last: l.last,
                })
                .collect(),
        }
    } else {
        TeamPhase::Plans(
            state
                .plans
                .iter()
                .map(|e| PlanRow {
                    file: e.file.clone(),
                    name: e
                        .plan
                        .as_ref()
                        .map_or_else(|| e.file.clone(), |p| p.name.clone()),
                    roster: e
                        .plan
                        .as_ref()
                        .map(|p| p.roster.clone())
                        .unwrap_or_default(),
                    shape: e.plan.as_ref().map(shape).unwrap_or_default(),
                    problems: e
                        .diagnostics
                        .iter()
                        .filter(|d| d.is_error())
                        .map(|d| d.to_string())
                        .collect(),
                })
                .collect(),
        )
    };
    TeamViewModel {
        trainee: trainee.to_string(),
        folder: state.dir.display().to_string(),
        phase,
    }
}
