//! Headless app tests: the screen flow and drills loaded from a temporary folder, with
//! `MinimalPlugins` + states + assets (no window, no renderer).

use super::assets::Drills;
use super::flow::Session;
use super::records::Records;
use super::screens::{Intents, Screen};
use super::ui::Intent;
use super::{Options, add_app};
use crate::domain::drill::tests::DRILL;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;

fn app_in(dir: &std::path::Path) -> App {
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).expect("mkdir");
    std::fs::write(scenarios.join("bad.ron"), "Scenario(format: 1,").expect("write");
    std::fs::write(scenarios.join("README.md"), "# notes").expect("write");
    app_with(dir, false)
}

/// An app over `dir/scenarios` holding the test drill `t.ron` (and whatever else is there),
/// with the folder watched for changes when `watch` is set.
fn app_with(dir: &std::path::Path, watch: bool) -> App {
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).expect("mkdir");
    std::fs::write(scenarios.join("t.ron"), DRILL).expect("write");
    let mut app = App::new();
    let root = dir.display().to_string();
    app.add_plugins((
        MinimalPlugins,
        StatesPlugin,
        AssetPlugin {
            file_path: root.clone(),
            watch_for_changes_override: Some(watch),
            ..default()
        },
    ));
    let opts = Options {
        data_dir: Some(dir.join("data")),
        ..Default::default()
    };
    add_app(&mut app, opts, &root, "scenarios".into());
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// (Up to ten seconds: the first library build waits for the analyzer's backoff to train,
/// about a second in a debug build.)
fn wait_for(app: &mut App, s: Screen) {
    for _ in 0..2000 {
        app.update();
        if screen(app) == s {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("never reached {s:?}; at {:?}", screen(app));
}

/// From the profile screen into the test drill, as `who` (a trainee or the guest).
fn into_drill(app: &mut App, who: Intent) {
    wait_for(app, Screen::Profiles);
    send(app, who);
    wait_for(app, Screen::Library);
    send(app, Intent::OpenBriefing("t".into()));
    wait_for(app, Screen::Briefing);
    send(app, Intent::StartDrill);
    wait_for(app, Screen::Drill);
}

fn send(app: &mut App, i: Intent) {
    app.world_mut().resource_mut::<Intents>().0.push(i);
}

#[test]
fn loads_drills_from_a_folder_keeping_broken_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    wait_for(&mut app, Screen::Profiles);
    let lib = &app.world().resource::<Drills>().library;
    assert_eq!(lib.entries.len(), 2, "README is not a drill");
    assert_eq!(lib.playable().count(), 1);
    let bad = lib
        .entries
        .iter()
        .find(|e| e.file.ends_with("bad.ron"))
        .expect("bad listed");
    assert!(bad.errors() > 0);
}

#[test]
fn flow_profiles_library_drill_debrief_rewind_progress() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    into_drill(&mut app, Intent::CreateTrainee("Ana".into()));
    send(&mut app, Intent::Choose(0));
    app.update();
    send(&mut app, Intent::Choose(0));
    wait_for(&mut app, Screen::Debrief);
    {
        let s = app.world().resource::<Session>();
        let d = s.debrief.as_ref().expect("debrief");
        assert_eq!(d.transcript.turns.len(), 2);
        assert!(d.recorded);
        assert!(d.best.is_some());
        assert!(
            s.progress.as_ref().is_some_and(|p| p.drills == 1),
            "recorded in history"
        );
    }
    // every turn was written as it happened, in the same database the CLI uses
    let records = app.world().resource::<Records>();
    let id = records.trainee("Ana").expect("trainee");
    let drills = records.with("drills", |h| h.drills(id)).expect("drills");
    assert_eq!(drills.len(), 1);
    assert_eq!(drills[0].turns, 2);

    send(&mut app, Intent::Rewind(1));
    wait_for(&mut app, Screen::Drill);
    send(&mut app, Intent::Choose(1));
    wait_for(&mut app, Screen::Debrief);
    {
        let s = app.world().resource::<Session>();
        let d = s.debrief.as_ref().expect("debrief");
        let (from, t, _) = d.rewind.as_ref().expect("rewind result");
        assert_eq!(*from, 1);
        assert_eq!(t.turns.len(), 2);
        assert_eq!(t.turns[0].answer, d.transcript.turns[0].answer);
    }
    send(&mut app, Intent::ShowProgress);
    wait_for(&mut app, Screen::Progress);
    send(&mut app, Intent::ShowTeam);
    wait_for(&mut app, Screen::Team);
}

#[test]
fn a_guest_is_not_recorded_and_timeouts_reach_the_drill() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    into_drill(&mut app, Intent::Guest);
    let before = app
        .world()
        .resource::<Session>()
        .active
        .as_ref()
        .map(|a| a.drill.patience());
    send(&mut app, Intent::Timeout);
    app.update();
    let after = app
        .world()
        .resource::<Session>()
        .active
        .as_ref()
        .map(|a| a.drill.patience());
    assert_eq!(after, before.map(|p| p - 1));
    send(&mut app, Intent::Timeout);
    wait_for(&mut app, Screen::Debrief);
    let s = app.world().resource::<Session>();
    assert!(!s.debrief.as_ref().expect("debrief").recorded);
}

/// Update until `done` holds (the file watcher and asset loading run on other threads).
fn wait_until(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..1000 {
        app.update();
        if done(app) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn a_saved_edit_reloads_the_open_drill_at_its_turn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_with(dir.path(), true);
    into_drill(&mut app, Intent::Guest);
    send(&mut app, Intent::Choose(0));
    app.update();
    let line = |app: &App| {
        app.world()
            .resource::<Session>()
            .active
            .as_ref()
            .map(|a| a.drill.customer_line().to_string())
    };
    assert_eq!(line(&app).as_deref(), Some("And?"));
    // The trainer rewrites node b's line and saves.
    let edited = DRILL.replace(r#"customer: ["And?"]"#, r#"customer: ["So what now?"]"#);
    assert_ne!(edited, DRILL);
    std::fs::write(dir.path().join("scenarios/t.ron"), edited).expect("save");
    wait_until(&mut app, "the edit to reach the open drill", |app| {
        line(app).as_deref() == Some("So what now?")
    });
    let s = app.world().resource::<Session>();
    let a = s.active.as_ref().expect("still in the drill");
    assert_eq!(a.drill.transcript().turns.len(), 1, "at the same turn");
    assert!(a.notice.as_deref().is_some_and(|n| n.contains("reloaded")));
}

#[test]
fn a_left_drill_is_resumed_from_the_library_and_finishes_in_the_same_record() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    into_drill(&mut app, Intent::CreateTrainee("Rui".into()));
    send(&mut app, Intent::Choose(0));
    app.update();
    send(&mut app, Intent::Abandon);
    wait_for(&mut app, Screen::Library);
    let record = {
        let s = app.world().resource::<Session>();
        assert_eq!(s.unfinished.len(), 1, "the left drill is offered again");
        assert_eq!(s.unfinished[0].answers.len(), 1);
        s.unfinished[0].drill.0
    };
    send(&mut app, Intent::ResumeDrill(record));
    wait_for(&mut app, Screen::Drill);
    {
        let s = app.world().resource::<Session>();
        let a = s.active.as_ref().expect("resumed");
        assert_eq!(a.drill.transcript().turns.len(), 1);
        assert_eq!(a.drill.customer_line(), "And?");
    }
    send(&mut app, Intent::Choose(0));
    wait_for(&mut app, Screen::Debrief);
    let records = app.world().resource::<Records>();
    let id = records.trainee("Rui").expect("trainee");
    let drills = records.with("drills", |h| h.drills(id)).expect("drills");
    assert_eq!(drills.len(), 1, "one drill, not a second record");
    assert_eq!(drills[0].turns, 2);
    assert!(app.world().resource::<Session>().unfinished.is_empty());

    // a resume that cannot work says why instead of failing silently
    send(&mut app, Intent::ResumeDrill(999));
    app.update();
    app.update();
    assert!(app.world().resource::<Session>().problem.is_some());
    send(&mut app, Intent::DismissProblem);
    app.update();
    assert!(app.world().resource::<Session>().problem.is_none());
}

#[test]
fn the_language_setting_plays_translated_drills_and_lists_translation_findings() {
    use crate::app::settings::Settings;
    let dir = tempfile::tempdir().expect("tempdir");
    let parsed = crate::domain::scenario::parse(DRILL).expect("drill parses");
    let skeleton = crate::domain::translation::skeleton(&parsed.scenario, "fr");
    let fr = skeleton.replacen("title: \"\"", "title: \"Le colis\"", 1);
    assert_ne!(fr, skeleton, "the skeleton has a title to fill in");
    let scenarios = dir.path().join("scenarios");
    std::fs::create_dir_all(&scenarios).expect("mkdir");
    std::fs::write(scenarios.join("t.fr.ron"), fr).expect("write");
    let mut app = app_in(dir.path());
    wait_for(&mut app, Screen::Profiles);
    let title = |app: &App| {
        app.world()
            .resource::<Drills>()
            .library
            .find("t")
            .and_then(|e| e.scenario.as_ref().map(|s| s.title.clone()))
    };
    assert_eq!(title(&app).as_deref(), Some("T"));
    {
        let drills = app.world().resource::<Drills>();
        assert_eq!(drills.languages, vec!["fr".to_string()]);
        let t = drills.translations.first().expect("translation checked");
        assert_eq!(t.errors(), 0, "{:?}", t.diagnostics);
        assert!(t.warnings() > 0, "the rest is still to translate");
    }
    send(&mut app, Intent::SetLanguage(Some("fr".into())));
    wait_until(&mut app, "the French title", |app| {
        title(app).as_deref() == Some("Le colis")
    });
    assert_eq!(
        app.world().resource::<Settings>().language.as_deref(),
        Some("fr")
    );
    send(&mut app, Intent::SetLanguage(None));
    wait_until(&mut app, "the title as written", |app| {
        title(app).as_deref() == Some("T")
    });
}

#[test]
fn a_history_that_stops_writing_mid_drill_is_reported_and_the_drill_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    into_drill(&mut app, Intent::CreateTrainee("Ivo".into()));
    assert!(
        app.world()
            .resource::<Session>()
            .active
            .as_ref()
            .is_some_and(|a| a.record.is_some()),
        "recording at first"
    );
    // The store goes away (as when the disk fills or the folder turns read-only).
    app.world_mut().resource_mut::<Records>().history = None;
    send(&mut app, Intent::Choose(0));
    app.update();
    {
        let s = app.world().resource::<Session>();
        let a = s.active.as_ref().expect("the drill goes on");
        assert_eq!(a.drill.transcript().turns.len(), 1);
        assert!(a.record.is_none());
        assert!(
            a.notice
                .as_deref()
                .is_some_and(|n| n.contains("will not be saved")),
            "{:?}",
            a.notice
        );
    }
    send(&mut app, Intent::Choose(0));
    wait_for(&mut app, Screen::Debrief);
    let s = app.world().resource::<Session>();
    assert!(!s.debrief.as_ref().expect("debrief").recorded);
}

#[test]
fn a_trainer_preview_starts_at_its_node_and_stays_there_through_a_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_with(dir.path(), true);
    wait_for(&mut app, Screen::Profiles);
    send(&mut app, Intent::Guest);
    wait_for(&mut app, Screen::Library);
    send(&mut app, Intent::ShowTrainer);
    wait_for(&mut app, Screen::Trainer);
    let file = app.world().resource::<Drills>().library.entries[0]
        .file
        .clone();
    send(&mut app, Intent::TrainerSelect(file.clone()));
    send(&mut app, Intent::TrainerSelectNode("b".into()));
    send(
        &mut app,
        Intent::PreviewFrom {
            file,
            node: "b".into(),
        },
    );
    wait_for(&mut app, Screen::Drill);
    let at = |app: &App| {
        app.world().resource::<Session>().active.as_ref().map(|a| {
            (
                a.drill.node().id.clone(),
                a.drill.customer_line().to_string(),
            )
        })
    };
    assert_eq!(at(&app), Some(("b".into(), "And?".into())));
    let edited = DRILL.replace(r#"customer: ["And?"]"#, r#"customer: ["Go on, then."]"#);
    std::fs::write(dir.path().join("scenarios/t.ron"), edited).expect("save");
    wait_until(&mut app, "the edit to reach the preview", |app| {
        at(app) == Some(("b".into(), "Go on, then.".into()))
    });
    // a preview is not recorded
    send(&mut app, Intent::Choose(0));
    wait_for(&mut app, Screen::Debrief);
    assert!(
        !app.world()
            .resource::<Session>()
            .debrief
            .as_ref()
            .expect("debrief")
            .recorded
    );
}
