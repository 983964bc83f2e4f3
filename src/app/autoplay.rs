//! `--autoplay FILE`: drive Profiles → Library → Briefing → Drill → Debrief → Progress → Trainer →
//! Team (a whole practice session) through the same intents the buttons send, saving a PNG of
//! each screen.

use super::Options;
use super::assets::Drills;
use super::flow::Session;
use super::screens::{Intents, Screen};
use super::team::TeamState;
use super::ui::Intent;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use std::collections::VecDeque;
use std::path::PathBuf;

#[derive(Debug, Clone)]
enum Step {
    Wait(Screen),
    Settle(u32),
    Shot(&'static str),
    Do(Intent),
    Brief,
    Play,
    /// Trainer screen: select the autoplay file and its start node.
    Trainer,
    /// Team screen: start the first plan that has no errors.
    TeamStart,
    /// Play seats of the session (first reply each turn) until this many are done, or (None)
    /// until its report shows.
    TeamPlay(Option<usize>),
    Exit,
}

#[derive(Resource)]
struct Autoplay {
    steps: VecDeque<Step>,
    settle: u32,
    shot: Option<PathBuf>,
    choice: usize,
    frames: u64,
}

pub(super) fn plugin(app: &mut App) {
    let Some(opts) = app.world().get_resource::<Options>().cloned() else {
        return;
    };
    if opts.autoplay.is_none() {
        return;
    }
    let trainee = opts.trainee.clone().unwrap_or_else(|| "autoplay".into());
    use Step::*;
    let steps = [
        Wait(Screen::Profiles),
        Settle(20),
        Shot("01-profiles"),
        Do(Intent::PickTrainee(trainee)),
        Wait(Screen::Library),
        Settle(20),
        Shot("02-library"),
        Brief,
        Wait(Screen::Briefing),
        Settle(20),
        Shot("03-briefing"),
        Do(Intent::StartDrill),
        Wait(Screen::Drill),
        Settle(20),
        Shot("04-drill"),
        Play,
        Wait(Screen::Debrief),
        Settle(30),
        Shot("05-debrief"),
        Do(Intent::ShowProgress),
        Wait(Screen::Progress),
        Settle(30),
        Shot("06-progress"),
        Do(Intent::ShowTrainer),
        Wait(Screen::Trainer),
        Trainer,
        Settle(30),
        Shot("07-trainer"),
        Do(Intent::ShowTeam),
        Wait(Screen::Team),
        Settle(20),
        Shot("08-team-plans"),
        TeamStart,
        TeamPlay(Some(2)),
        Settle(20),
        Shot("09-team-seat"),
        TeamPlay(None),
        Wait(Screen::Team),
        Settle(30),
        Shot("10-team-report"),
        Exit,
    ];
    app.insert_resource(Autoplay {
        steps: steps.into(),
        settle: 0,
        shot: None,
        choice: 0,
        frames: 0,
    })
    .add_systems(Last, drive);
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut auto: ResMut<Autoplay>,
    opts: Res<Options>,
    state: Res<State<Screen>>,
    drills: Res<Drills>,
    session: Res<Session>,
    team: Res<TeamState>,
    mut intents: ResMut<Intents>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    auto.frames += 1;
    if auto.frames > 20_000 {
        error!("autoplay: gave up waiting at {:?}", auto.steps.front());
        exit.write(AppExit::from_code(3));
        return;
    }
    if auto.settle > 0 {
        auto.settle -= 1;
        return;
    }
    if let Some(p) = &auto.shot {
        if std::fs::metadata(p).map(|m| m.len() > 0).unwrap_or(false) {
            auto.shot = None;
            auto.settle = 3;
        }
        return;
    }
    let Some(step) = auto.steps.front().cloned() else {
        return;
    };
    match step {
        Step::Wait(s) => {
            if *state.get() != s {
                return;
            }
        }
        Step::Settle(n) => auto.settle = n,
        Step::Shot(name) => {
            if let Some(dir) = &opts.screenshot_dir {
                let _ = std::fs::create_dir_all(dir);
                let path = dir.join(format!("{name}.png"));
                let _ = std::fs::remove_file(&path);
                commands
                    .spawn(Screenshot::primary_window())
                    .observe(save_to_disk(path.clone()));
                auto.shot = Some(path);
            }
        }
        Step::Do(i) => intents.0.push(i),
        Step::TeamStart => match team.plans.iter().find(|p| p.plan.is_some()) {
            Some(p) => intents.0.push(Intent::TeamStart(p.file.clone())),
            None => {
                if team.scanned.is_none() {
                    return;
                }
                error!("autoplay: no usable plan in {}", team.dir.display());
                exit.write(AppExit::from_code(2));
            }
        },
        Step::TeamPlay(until) => {
            let here = *state.get();
            let played = team.run.as_ref().map_or(0, |r| r.session.results().len());
            let done = match until {
                Some(n) => played >= n,
                None => team.report.is_some(),
            };
            if here == Screen::Team && done {
                auto.steps.pop_front();
                return;
            }
            match here {
                Screen::Team
                    if team
                        .run
                        .as_ref()
                        .is_some_and(|r| r.session.current().is_some()) =>
                {
                    intents.0.push(Intent::TeamPlay)
                }
                Screen::Drill if session.active.as_ref().is_some_and(|a| !a.drill.is_over()) => {
                    intents.0.push(Intent::Choose(0))
                }
                Screen::Debrief => intents.0.push(Intent::ShowTeam),
                _ => {}
            }
            auto.settle = 3;
            return;
        }
        Step::Trainer => {
            if let Some(e) = autoplay_entry(&opts, &drills)
                && let Some(s) = &e.scenario
            {
                intents.0.push(Intent::TrainerSelect(e.file.clone()));
                intents.0.push(Intent::TrainerSelectNode(s.start.clone()));
            }
        }
        Step::Brief => {
            let found = autoplay_entry(&opts, &drills);
            match found.and_then(|e| e.scenario.as_ref()) {
                Some(s) => intents.0.push(Intent::OpenBriefing(s.id.clone())),
                None => {
                    error!(
                        "autoplay: {} is not a playable drill in the library",
                        opts.autoplay
                            .as_deref()
                            .unwrap_or(std::path::Path::new("?"))
                            .display()
                    );
                    exit.write(AppExit::from_code(2));
                }
            }
        }
        Step::Play => {
            if *state.get() == Screen::Drill
                && session.active.as_ref().is_some_and(|a| !a.drill.is_over())
            {
                let n = opts.choices.get(auto.choice).copied().unwrap_or(1).max(1) - 1;
                auto.choice += 1;
                intents.0.push(Intent::Choose(n));
                auto.settle = 5;
                return;
            }
            if *state.get() == Screen::Drill {
                return;
            }
        }
        Step::Exit => {
            if opts.exit_when_done {
                exit.write(AppExit::Success);
            }
        }
    }
    auto.steps.pop_front();
}

/// The library entry of the `--autoplay` file (matched by file name).
fn autoplay_entry<'a>(
    opts: &Options,
    drills: &'a Drills,
) -> Option<&'a crate::domain::library::Entry> {
    let file = opts
        .autoplay
        .as_deref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())?;
    drills
        .library
        .entries
        .iter()
        .find(|e| e.file.ends_with(&file))
}
