use super::{Screen, central};
use crate::app::assets::{DrillFolder, folder_settled};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, done.run_if(in_state(Screen::Loading)))
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Loading)));
}

/// Frames to wait, once every file has loaded, for the library to hold a `--drill` file (it is
/// rebuilt from asset events, which can arrive a frame or two after the files report loaded).
const SETTLE_FRAMES: u32 = 120;

#[allow(clippy::too_many_arguments)]
fn done(
    server: Res<AssetServer>,
    folder: Res<DrillFolder>,
    drills: Res<crate::app::assets::Drills>,
    opts: Res<crate::app::Options>,
    mut intents: ResMut<super::Intents>,
    mut next: ResMut<NextState<Screen>>,
    mut fired: Local<bool>,
    mut settled_for: Local<u32>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    use crate::app::ui::Intent;
    // Once only: the intents are applied a frame later, while this screen may still be showing.
    if *fired {
        return;
    }
    // Keep the loop turning while the drills load: a reactive app in the background would
    // otherwise sleep until its next heartbeat, a minute, before showing the first screen (the
    // library build can outlast the start-up frames, e.g. while the analyzer's backoff trains).
    if !folder_settled(&server, &folder) {
        redraw.write(bevy::window::RequestRedraw);
        return;
    }
    *settled_for += 1;
    let wanted = opts.drill.as_deref().filter(|_| opts.autoplay.is_none());
    let name = wanted
        .and_then(|f| f.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let found = drills.library.entries.iter().find(|e| {
        name.as_deref().is_some_and(|n| {
            std::path::Path::new(&e.file)
                .file_name()
                .is_some_and(|f| f == n)
        })
    });
    if wanted.is_some() && found.is_none() && *settled_for < SETTLE_FRAMES {
        // Keep the loop turning while waiting (a reactive app would sleep until input).
        redraw.write(bevy::window::RequestRedraw);
        return;
    }
    *fired = true;
    match &opts.trainee {
        Some(t) if opts.autoplay.is_none() => intents.0.push(Intent::PickTrainee(t.clone())),
        _ if wanted.is_some() => intents.0.push(Intent::Guest),
        _ => next.set(Screen::Profiles),
    }
    // `--drill FILE`: straight into that drill (a trainer trying an edit).
    if let Some(file) = wanted {
        match found.and_then(|e| e.scenario.as_ref()) {
            Some(s) => {
                intents.0.push(Intent::OpenBriefing(s.id.clone()));
                intents.0.push(Intent::StartDrill);
            }
            None => warn!(
                "--drill {}: not a playable drill in {} (run `comeback check` on it)",
                file.display(),
                folder.dir.display()
            ),
        }
    }
}

fn ui(mut contexts: EguiContexts) -> Result {
    let ctx = contexts.ctx_mut()?;
    central(ctx, |ui| {
        ui.heading("Loading drills…");
        None
    });
    Ok(())
}
