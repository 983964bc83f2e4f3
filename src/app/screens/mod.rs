//! The screens, one state each. Each file adds its systems with `run_if(in_state(..))`.

use bevy_egui::egui;
mod briefing;
mod debrief;
mod drill;
mod library;
mod loading;
mod profiles;
mod progress;
mod team;
pub mod trainer;

use super::input::global_keys;
use super::ui::Intent;
use bevy::prelude::*;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Loading,
    Profiles,
    Library,
    Briefing,
    Drill,
    Debrief,
    Progress,
    Trainer,
    Team,
}

/// Intents sent this frame by buttons and keys, applied by `flow`.
#[derive(Resource, Default, Debug)]
pub struct Intents(pub Vec<Intent>);

/// Text being typed, kept across frames.
#[derive(Resource, Default, Debug)]
pub struct Drafts {
    pub new_trainee: String,
    pub reply: String,
}

pub(super) fn plugin(app: &mut App) {
    if !app.is_plugin_added::<bevy::state::app::StatesPlugin>() {
        app.add_plugins(bevy::state::app::StatesPlugin);
    }
    app.init_state::<Screen>()
        .init_resource::<Intents>()
        .init_resource::<Drafts>();
    loading::plugin(app);
    profiles::plugin(app);
    library::plugin(app);
    briefing::plugin(app);
    drill::plugin(app);
    debrief::plugin(app);
    progress::plugin(app);
    trainer::plugin(app);
    team::plugin(app);
    // Registered by the window plugin; added here too so headless tests have it.
    app.add_message::<bevy::window::RequestRedraw>()
        .add_systems(Last, redraw_on_screen_change);
    app.add_systems(
        bevy_egui::EguiPrimaryContextPass,
        problem_overlay.run_if(|s: Res<crate::app::flow::Session>| s.problem.is_some()),
    );
}

/// A screen change must be drawn at once, even when the reactive loop would otherwise sleep
/// until the next input event (the idle heartbeat is a minute).
fn redraw_on_screen_change(
    state: Res<State<Screen>>,
    next: Res<NextState<Screen>>,
    intents: Res<Intents>,
    drills: Res<crate::app::assets::Drills>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    // A rebuilt library (a trainer's save) shows new text: egui lays out new glyphs in that frame
    // and uploads them for the next, so one more frame is drawn.
    if state.is_changed()
        || !matches!(*next, NextState::Unchanged)
        || !intents.0.is_empty()
        || drills.is_changed()
    {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// Show the session's problem (if any) over whichever screen is open, until dismissed.
fn problem_overlay(
    mut contexts: bevy_egui::EguiContexts,
    session: Res<crate::app::flow::Session>,
    mut intents: ResMut<Intents>,
) -> Result {
    let Some(message) = session.problem.as_deref() else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let out = egui::Area::new(egui::Id::new("problem"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -16.0))
        .show(ctx, |ui| super::ui::problem_view(ui, message))
        .inner;
    intents.0.extend(out);
    Ok(())
}

/// Show a screen's view in the central panel of the primary egui context.
pub fn central(
    ctx: &egui::Context,
    view: impl FnOnce(&mut egui::Ui) -> Option<Intent>,
) -> Option<Intent> {
    let mut root = egui::Ui::new(
        ctx.clone(),
        "screen".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let out = egui::CentralPanel::default()
        .frame(egui::Frame::central_panel(&ctx.global_style()).inner_margin(16.0))
        .show(&mut root, view)
        .inner;
    out.or_else(|| ctx.input(global_keys))
}
