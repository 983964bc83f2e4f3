//! Intents → domain calls. The only place the app changes the drill, the history or the screen.

use super::assets::Drills;
use super::records::Records;
use super::screens::trainer::TrainerState;
use super::screens::{Drafts, Intents, Screen};
use super::settings::Settings;
use super::team::{TeamRun, TeamState};
use super::ui::Intent;
use crate::domain::autoplay;
use crate::domain::drill::{Answer, Drill, DrillContext, Transcript};
use crate::domain::history::{AbandonedDrill, DrillId, TraineeId};
use crate::domain::report::Progress;
use crate::domain::scenario::Scenario;
use crate::domain::scoring::{Scorecard, score};
use bevy::prelude::*;
use std::sync::Arc;
use std::time::Instant;

pub struct Trainee {
    pub name: String,
    /// None for a guest: nothing is recorded.
    pub id: Option<TraineeId>,
}

pub struct Active {
    pub drill: Drill,
    pub file: String,
    pub record: Option<DrillId>,
    pub turn_started: Instant,
    /// Replaying the last drill from this turn.
    pub rewind_from: Option<usize>,
    pub notice: Option<String>,
    pub generation: u64,
    /// When the window lost focus: the countdown stands still while nobody is looking.
    pub paused_at: Option<Instant>,
    /// A trainer's preview started at this node (not recorded; hot reload keeps it there).
    pub preview_from: Option<String>,
    /// A team seat (its number, and when its drill began, for the plan's time limit).
    pub team_seat: Option<(u32, Instant)>,
}

impl Active {
    /// A drill just started or rebuilt, its turn clock running from now.
    pub fn new(drill: Drill, file: String, record: Option<DrillId>, generation: u64) -> Active {
        Active {
            drill,
            file,
            record,
            turn_started: Instant::now(),
            rewind_from: None,
            notice: None,
            generation,
            paused_at: None,
            preview_from: None,
            team_seat: None,
        }
    }

    /// Seconds the trainee has spent on this turn, not counting time the window was in the background.
    pub fn turn_secs(&self) -> f32 {
        let until = self.paused_at.unwrap_or_else(Instant::now);
        until
            .saturating_duration_since(self.turn_started)
            .as_secs_f32()
    }
}

pub struct Debrief {
    pub scenario: Arc<Scenario>,
    pub transcript: Transcript,
    pub card: Scorecard,
    pub rewind: Option<(usize, Transcript, Scorecard)>,
    pub best: Option<(Vec<String>, u32)>,
    pub recorded: bool,
}

#[derive(Resource, Default)]
pub struct Session {
    pub trainee: Option<Trainee>,
    pub selected: Option<String>,
    pub active: Option<Active>,
    pub debrief: Option<Debrief>,
    pub progress: Option<Progress>,
    /// The trainee's drills begun and never finished, newest first (resumable from the library).
    pub unfinished: Vec<AbandonedDrill>,
    pub problem: Option<String>,
}

impl Session {
    pub fn trainee_name(&self) -> &str {
        self.trainee.as_ref().map_or("guest", |t| t.name.as_str())
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Session>()
        .add_systems(Update, (apply_intents, refresh_on_reload).chain());
}

fn refresh_on_reload(drills: Res<Drills>, records: Res<Records>, mut session: ResMut<Session>) {
    if drills.is_changed() {
        refresh_progress(&mut session, &drills, &records);
    }
}

pub fn refresh_progress(session: &mut Session, drills: &Drills, records: &Records) {
    let Some(id) = session.trainee.as_ref().and_then(|t| t.id) else {
        session.progress = None;
        session.unfinished.clear();
        return;
    };
    let available: Vec<Arc<Scenario>> = drills.library.playable().cloned().collect();
    session.progress = records.with("progress", |h| h.progress(id, &available));
    session.unfinished = records
        .with("unfinished", |h| h.abandoned(id))
        .unwrap_or_default();
}

#[allow(clippy::too_many_arguments)]
fn apply_intents(
    mut intents: ResMut<Intents>,
    mut session: ResMut<Session>,
    drills: Res<Drills>,
    records: Res<Records>,
    mut settings: ResMut<Settings>,
    mut drafts: ResMut<Drafts>,
    mut trainer: ResMut<TrainerState>,
    mut team: ResMut<TeamState>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    for intent in std::mem::take(&mut intents.0) {
        let s = &mut *session;
        let go = |next: &mut NextState<Screen>, to: Screen| next.set(to);
        match intent {
            Intent::PickTrainee(name) | Intent::CreateTrainee(name) => {
                let id = records.trainee(&name);
                if id.is_none() {
                    s.problem = records.problem.clone();
                }
                s.trainee = Some(Trainee { name, id });
                refresh_progress(s, &drills, &records);
                go(&mut next, Screen::Library);
            }
            Intent::Guest => {
                s.trainee = Some(Trainee {
                    name: "guest".into(),
                    id: None,
                });
                s.progress = None;
                go(&mut next, Screen::Library);
            }
            Intent::ShowProfiles => go(&mut next, Screen::Profiles),
            Intent::ShowLibrary => {
                refresh_progress(s, &drills, &records);
                go(&mut next, Screen::Library)
            }
            Intent::ShowProgress => {
                refresh_progress(s, &drills, &records);
                go(&mut next, Screen::Progress)
            }
            Intent::ShowTrainer => go(&mut next, Screen::Trainer),
            Intent::ShowTeam => go(&mut next, Screen::Team),
            Intent::ShowDebrief => {
                if s.debrief.is_some() {
                    go(&mut next, Screen::Debrief)
                }
            }
            Intent::OpenBriefing(id) => {
                if drills.library.find(&id).is_some() {
                    s.selected = Some(id);
                    go(&mut next, Screen::Briefing);
                }
            }
            Intent::StartDrill => {
                let Some(id) = s.selected.clone() else {
                    continue;
                };
                let seed = crate::domain::drill::fresh_seed();
                match begin(s, &drills, &records, &id, seed, None) {
                    Ok(active) => enter_drill(s, &mut drafts, &mut next, active),
                    Err(e) => s.problem = Some(e),
                }
            }
            Intent::Choose(_) | Intent::SubmitText(_) | Intent::Timeout => {
                if *state.get() != Screen::Drill {
                    continue;
                }
                let Some(active) = s.active.as_mut() else {
                    continue;
                };
                let ended = if intent == Intent::Timeout {
                    active.turn_started = Instant::now();
                    active.drill.timeout()
                } else {
                    let answer = match intent {
                        Intent::Choose(i) => Answer::Choice(i),
                        Intent::SubmitText(t) => Answer::Text(t),
                        _ => continue,
                    };
                    let secs = active.turn_secs();
                    match active.drill.respond_timed(answer, Some(secs)) {
                        Ok(reaction) => {
                            active.turn_started = Instant::now();
                            active.notice = None;
                            // A failed write (read-only or full disk) must not stop the drill, but
                            // the trainee is told once that it is no longer being saved.
                            if let Some(r) = active.record
                                && records
                                    .with("turn", |h| h.record_turn(r, &reaction.turn))
                                    .is_none()
                            {
                                active.record = None;
                                active.notice = Some(
                                    "Your history could not be written (disk full or read-only?). \
                                     The drill goes on, but it will not be saved."
                                        .to_string(),
                                );
                            }
                            reaction.outcome.is_some()
                        }
                        Err(e) => {
                            active.notice = Some(e.to_string());
                            false
                        }
                    }
                };
                // A team plan's per-drill limit: the drill stops and is scored as it stands.
                let time_up = match (&active.team_seat, &team.run) {
                    (Some((_, began)), Some(run)) => {
                        run.session.drill_time_up(began.elapsed().as_secs_f64())
                    }
                    _ => false,
                };
                if time_up {
                    s.problem =
                        Some("Time is up for this drill: it is scored as it stands.".into());
                }
                if ended || time_up || active.drill.is_over() {
                    finish(s, &records, &drills, &mut team);
                    go(&mut next, Screen::Debrief);
                }
            }
            Intent::Abandon => {
                s.active = None;
                refresh_progress(s, &drills, &records);
                go(&mut next, Screen::Library);
            }
            Intent::Rewind(turn) => {
                let Some(d) = &s.debrief else { continue };
                let answers: Vec<Answer> = d.transcript.answers().into_iter().take(turn).collect();
                match Drill::replay(
                    Arc::clone(&d.scenario),
                    d.transcript.seed,
                    DrillContext::default(),
                    &answers,
                ) {
                    Ok(drill) => {
                        let mut active = Active::new(drill, String::new(), None, drills.generation);
                        active.rewind_from = Some(turn);
                        active.notice = Some(format!(
                            "Rewound to turn {} — try another reply. Rewinds are practice and are not recorded.",
                            turn + 1
                        ));
                        enter_drill(s, &mut drafts, &mut next, active);
                    }
                    Err(e) => s.problem = Some(e.to_string()),
                }
            }
            Intent::SetLanguage(lang) => settings.set_language(lang),
            Intent::FontBigger => settings.bump(1.0),
            Intent::FontSmaller => settings.bump(-1.0),
            Intent::ResumeDrill(id) => match resume(s, &drills, id) {
                Ok(active) => {
                    s.selected = Some(active.drill.scenario().id.clone());
                    enter_drill(s, &mut drafts, &mut next, active);
                }
                Err(why) => s.problem = Some(why),
            },
            Intent::DismissProblem => s.problem = None,
            Intent::TrainerSelect(file) => {
                trainer.selected = Some(file);
                trainer.node = None;
            }
            Intent::TrainerSelectNode(node) => trainer.node = Some(node),
            Intent::PreviewFrom { file, node } => {
                let entry = drills.library.entries.iter().find(|e| e.file == file);
                let Some(scenario) = entry.and_then(|e| e.scenario.clone()) else {
                    s.problem = Some(format!("{file} has errors now; fix them to preview it."));
                    continue;
                };
                let preview = crate::domain::drillmap::preview_from(&scenario, &node)
                    .ok_or_else(|| format!("`{node}` is an ending or no longer in {file}."))
                    .and_then(|p| {
                        Drill::start(Arc::new(p), crate::domain::drill::fresh_seed())
                            .map_err(|e| e.to_string())
                    });
                match preview {
                    Ok(drill) => {
                        let mut active = Active::new(drill, file, None, drills.generation);
                        active.notice = Some(format!(
                            "Preview from `{node}` (not recorded); the customer arrives as calm as the best play leaves them. Save the file to see your edits here."
                        ));
                        active.preview_from = Some(node);
                        enter_drill(s, &mut drafts, &mut next, active);
                    }
                    Err(e) => s.problem = Some(e),
                }
            }
            Intent::TeamStart(file) => match start_team(&team, &drills, &records, &file) {
                Ok(run) => {
                    team.run = Some(run);
                    team.report = None;
                }
                Err(e) => s.problem = Some(e),
            },
            Intent::TeamPlay => {
                let Some(run) = team.run.as_mut() else {
                    continue;
                };
                if run
                    .session
                    .session_time_up(run.clock.elapsed().as_secs_f64())
                {
                    run.session.stop();
                    s.problem = Some("The session's time is up; here is the report.".into());
                    team.report = Some(team_report(run, &records));
                    continue;
                }
                let Some(seat) = run.session.current().cloned() else {
                    continue;
                };
                // The seat's trainee takes the app: their drill is recorded under their name.
                let id = if run.recorded {
                    records.trainee(&seat.trainee)
                } else {
                    None
                };
                s.trainee = Some(Trainee {
                    name: seat.trainee.clone(),
                    id,
                });
                s.selected = Some(seat.drill_id.clone());
                let team_seat = Some((run.session.id().to_string(), seat.seat));
                match begin(s, &drills, &records, &seat.drill_id, seat.seed, team_seat) {
                    Ok(active) => enter_drill(s, &mut drafts, &mut next, active),
                    Err(e) => s.problem = Some(e),
                }
            }
            Intent::TeamSkip | Intent::TeamEnd => {
                let Some(run) = team.run.as_mut() else {
                    continue;
                };
                if intent == Intent::TeamSkip {
                    let _ = run.session.skip();
                } else {
                    run.session.stop();
                }
                if run.session.is_over() {
                    team.report = Some(team_report(run, &records));
                }
            }
            Intent::TeamClose => {
                team.run = None;
                team.report = None;
            }
            Intent::DiscardDrill(id) => {
                if records
                    .with("discard", |h| h.discard(DrillId(id)))
                    .is_none()
                {
                    s.problem = Some("That unfinished drill could not be removed.".into());
                }
                refresh_progress(s, &drills, &records);
            }
        }
    }
}

/// Put a drill on screen with an empty reply box.
fn enter_drill(s: &mut Session, drafts: &mut Drafts, next: &mut NextState<Screen>, active: Active) {
    s.active = Some(active);
    drafts.reply.clear();
    next.set(Screen::Drill);
}

/// Start drill `id` for the session's trainee (recorded when they have an id), optionally as a
/// seat `(session id, seat)` of a team session.
fn begin(
    s: &Session,
    drills: &Drills,
    records: &Records,
    id: &str,
    seed: u64,
    team_seat: Option<(String, u32)>,
) -> Result<Active, String> {
    let entry = drills
        .library
        .find(id)
        .ok_or_else(|| format!("The drill `{id}` is no longer in the library."))?;
    let scenario = entry
        .scenario
        .clone()
        .ok_or_else(|| format!("{} has errors now; fix them to play it.", entry.file))?;
    let trainee = s.trainee.as_ref().and_then(|t| t.id);
    let context = DrillContext {
        open_promise: trainee
            .and_then(|t| records.with("promise", |h| h.open_promise(t, &scenario.customer.name)))
            .unwrap_or(false),
    };
    let drill = Drill::start_with(Arc::clone(&scenario), seed, context.clone())
        .map_err(|e| e.to_string())?;
    let record = trainee.and_then(|t| {
        records.with("begin", |h| match &team_seat {
            Some((session, seat)) => {
                h.begin_team_drill(t, &scenario, &entry.hash, seed, &context, session, *seat)
            }
            None => h.begin_drill_with(t, &scenario, &entry.hash, seed, &context),
        })
    });
    let mut active = Active::new(drill, entry.file.clone(), record, drills.generation);
    active.team_seat = team_seat.map(|(_, seat)| (seat, Instant::now()));
    Ok(active)
}

/// Deal the seats of the plan in `file` and open the session in history.
fn start_team(
    team: &TeamState,
    drills: &Drills,
    records: &Records,
    file: &str,
) -> Result<TeamRun, String> {
    use crate::domain::team::{NoPastPractice, TeamSession, session_id};
    let plan = team
        .plans
        .iter()
        .find(|p| p.file == file)
        .and_then(|p| p.plan.clone())
        .ok_or_else(|| format!("{file} has errors; fix them with `comeback check {file}`."))?;
    let seed = crate::domain::drill::fresh_seed();
    let started = time::OffsetDateTime::now_utc();
    let id = session_id(started, seed);
    let session = match records.guard() {
        Some(h) => TeamSession::start(&plan, &drills.library, &*h, id.clone(), seed),
        None => TeamSession::start(&plan, &drills.library, &NoPastPractice, id.clone(), seed),
    }
    .map_err(|e| format!("The session cannot start: {e}"))?;
    let recorded = records
        .with("team session", |h| h.begin_team_session(&plan.name, &id))
        .is_some();
    Ok(TeamRun {
        session,
        started_at: crate::domain::history::rfc3339(started),
        clock: Instant::now(),
        recorded,
    })
}

/// The session's report: from history (so it includes the previous session, for "most
/// improved"), or from memory when nothing could be recorded.
fn team_report(run: &TeamRun, records: &Records) -> crate::domain::team::TeamReport {
    use crate::domain::team::{TeamReport, local_report};
    let plan = run.session.plan();
    if run.recorded
        && let Some(Some(r)) = records.with("team report", |h| {
            local_report(h, plan, Some(run.session.id()))
        })
    {
        return r;
    }
    TeamReport::build(&plan.roster, &run.session.drills(&run.started_at), None)
}

/// Rebuild an unfinished drill from its recorded answers and keep recording into the same row.
fn resume(s: &Session, drills: &Drills, id: i64) -> Result<Active, String> {
    let u = s
        .unfinished
        .iter()
        .find(|u| u.drill.0 == id)
        .ok_or("That drill is no longer in your history.")?;
    let entry = drills
        .library
        .entries
        .iter()
        .find(|e| e.scenario.as_ref().is_some_and(|sc| sc.id == u.scenario_id))
        .ok_or_else(|| {
            format!(
                "The drill file for “{}” is gone; discard it instead.",
                u.scenario_title
            )
        })?;
    let scenario = entry
        .scenario
        .clone()
        .ok_or("That drill file has errors now.")?;
    let drill = Drill::replay(Arc::clone(&scenario), u.seed, u.context.clone(), &u.answers)
        .map_err(|e| {
            format!(
                "“{}” cannot be resumed: the file changed ({e}).",
                u.scenario_title
            )
        })?;
    let changed = entry.hash != u.content_hash;
    let mut active = Active::new(drill, entry.file.clone(), Some(u.drill), drills.generation);
    active.notice = Some(if changed {
        format!(
            "Resumed after {} replies. The drill file changed since you began.",
            u.answers.len()
        )
    } else {
        format!("Resumed after {} replies.", u.answers.len())
    });
    Ok(active)
}

/// The drill is over: score it, store it, and build the debrief.
fn finish(s: &mut Session, records: &Records, drills: &Drills, team: &mut TeamState) {
    let Some(active) = s.active.take() else {
        return;
    };
    let transcript = active.drill.transcript().clone();
    let card = score(&transcript);
    let scenario = Arc::clone(active.drill.scenario());
    if let Some(from) = active.rewind_from {
        if let Some(d) = s.debrief.as_mut() {
            d.rewind = Some((from, transcript, card));
        }
        return;
    }
    if let Some(r) = active.record {
        records.with("finish", |h| h.finish_drill(r, &transcript, &card));
    }
    // After the drill is stored, so the report read back from history includes it.
    if active.team_seat.is_some()
        && let Some(run) = team.run.as_mut()
    {
        if let Err(e) = run.session.record(&transcript, &card) {
            s.problem = Some(format!(
                "This drill could not be added to the team session: {e}"
            ));
        }
        if run.session.is_over() {
            team.report = Some(team_report(run, records));
        }
    }
    let best = autoplay::exhaustive(&scenario, transcript.seed, 2000)
        .ok()
        .and_then(|e| e.best().cloned())
        .map(|p| {
            let mut d = Drill::start(Arc::clone(&scenario), transcript.seed).ok();
            let steps = p
                .choices
                .iter()
                .filter_map(|&c| {
                    let drill = d.as_mut()?;
                    let text = drill.options().get(c).map(|o| o.text.clone())?;
                    drill.respond(Answer::Choice(c)).ok()?;
                    Some(text)
                })
                .collect();
            (steps, p.total)
        });
    s.debrief = Some(Debrief {
        scenario,
        recorded: active.record.is_some(),
        transcript,
        card,
        rewind: None,
        best,
    });
    refresh_progress(s, drills, records);
}
