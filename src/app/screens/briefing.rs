use super::{Intents, Screen, central};
use crate::app::assets::Drills;
use crate::app::flow::Session;
use crate::app::ui::briefing::{BriefingViewModel, briefing_view};
use crate::domain::scenario::FailureSeverity;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        ui.run_if(in_state(Screen::Briefing)),
    );
}

fn ui(
    mut contexts: EguiContexts,
    drills: Res<Drills>,
    session: Res<Session>,
    mut intents: ResMut<Intents>,
) -> Result {
    let Some(s) = session
        .selected
        .as_deref()
        .and_then(|id| drills.library.find(id))
        .and_then(|e| e.scenario.clone())
    else {
        intents.0.push(crate::app::ui::Intent::ShowLibrary);
        return Ok(());
    };
    let a = &s.authority;
    let vm = BriefingViewModel {
        trainee: session.trainee_name().to_string(),
        title: s.title.clone(),
        customer: if s.customer.role.is_empty() {
            s.customer.name.clone()
        } else {
            format!("{}, {}", s.customer.name, s.customer.role)
        },
        situation: s.customer.situation.clone(),
        significant: s.severity == FailureSeverity::Significant,
        money_limit: format!("{} {:.0}", a.currency, a.money_limit)
            .trim()
            .to_string(),
        remedies: a.remedies.clone(),
        escalate_to: a.escalate_to.clone(),
        reply_seconds: s.customer.reply_seconds,
        hours_since_failure: s.clock.hours_since_failure,
        target_hours: s.clock.target_hours,
    };
    let ctx = contexts.ctx_mut()?;
    intents.0.extend(central(ctx, |ui| briefing_view(ui, &vm)));
    Ok(())
}
