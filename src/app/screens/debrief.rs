use super::{Intents, Screen, central};
use crate::app::flow::Session;
use crate::app::team::TeamState;
use crate::app::ui::debrief::{DebriefViewModel, debrief_view};
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Debrief)));
}

fn ui(
    mut contexts: EguiContexts,
    session: Res<Session>,
    team: Res<TeamState>,
    mut intents: ResMut<Intents>,
) -> Result {
    let Some(d) = &session.debrief else {
        intents.0.push(crate::app::ui::Intent::ShowLibrary);
        return Ok(());
    };
    let mut vm = DebriefViewModel::build(
        session.trainee_name(),
        &d.scenario.title,
        &d.transcript,
        &d.card,
        d.rewind.as_ref().map(|(f, t, c)| (*f, t, c)),
        d.best.clone(),
        d.recorded,
    );
    vm.team_next = if team.report.is_some() {
        Some("see the team report".into())
    } else {
        team.run
            .as_ref()
            .and_then(|r| r.session.current())
            .map(|seat| format!("{} is up next", seat.trainee))
    };
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| debrief_view(ui, &vm)));
    Ok(())
}
