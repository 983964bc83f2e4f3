use super::{Intents, Screen, central};
use crate::app::assets::{DrillFolder, Drills};
use crate::app::flow::Session;
use crate::app::team::{TeamState, plans_dir, view_model};
use crate::app::ui::team::team_view;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TeamState>()
        .add_systems(Startup, locate_plans)
        .add_systems(Update, rescan.run_if(in_state(Screen::Team)))
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Team)));
}

fn locate_plans(
    opts: Res<crate::app::Options>,
    folder: Res<DrillFolder>,
    mut team: ResMut<TeamState>,
) {
    team.dir = plans_dir(opts.plans.as_deref(), &folder.dir);
}

fn rescan(drills: Res<Drills>, mut team: ResMut<TeamState>) {
    team.rescan(&drills.library, drills.generation);
}

fn ui(
    mut contexts: EguiContexts,
    team: Res<TeamState>,
    session: Res<Session>,
    mut intents: ResMut<Intents>,
) -> Result {
    let vm = view_model(&team, session.trainee_name());
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| team_view(ui, &vm)));
    Ok(())
}
