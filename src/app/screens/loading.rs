use super::{Screen, central};
use crate::app::assets::{DrillFolder, folder_settled};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, done.run_if(in_state(Screen::Loading)))
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Loading)));
}

fn done(
    server: Res<AssetServer>,
    folder: Res<DrillFolder>,
    drills: Res<crate::app::assets::Drills>,
    opts: Res<crate::app::Options>,
    mut intents: ResMut<super::Intents>,
    mut next: ResMut<NextState<Screen>>,
    mut fired: Local<bool>,
) {
    use crate::app::ui::Intent;
    // Once only: the intents are applied a frame later, while this screen may still be showing.
    // With --drill, also wait for the library to be built from the loaded files.
    let built = opts.drill.is_none() || drills.generation > 0 || folder.handles.is_empty();
    if *fired || !folder_settled(&server, &folder) || !built {
        return;
    }
    *fired = true;
    match &opts.trainee {
        Some(t) if opts.autoplay.is_none() => intents.0.push(Intent::PickTrainee(t.clone())),
        _ if opts.drill.is_some() => intents.0.push(Intent::Guest),
        _ => next.set(Screen::Profiles),
    }
    // `--drill FILE`: straight into that drill (a trainer trying an edit).
    if let Some(file) = opts.drill.as_deref().filter(|_| opts.autoplay.is_none()) {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        let found = drills.library.entries.iter().find(|e| {
            name.as_deref().is_some_and(|n| {
                std::path::Path::new(&e.file)
                    .file_name()
                    .is_some_and(|f| f == n)
            })
        });
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
