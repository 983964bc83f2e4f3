use super::{Drafts, Intents, Screen, central};
use crate::app::assets::Drills;
use crate::app::flow::Session;
use crate::app::ui::Intent;
use crate::app::ui::drill::{DrillViewModel, drill_view};
use crate::domain::drill::{Drill, DrillContext, DrillError};
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How often the window redraws while a countdown is on screen: the countdown shows whole
/// seconds, so once a second is enough (software rendering costs ~5 % of a core a redraw/s).
pub const COUNTDOWN_TICK: Duration = Duration::from_millis(1000);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Drill), tick_while_counting)
        .add_systems(OnExit(Screen::Drill), back_to_idle)
        .add_systems(
            Update,
            (pause_when_unfocused, countdown, hot_reload)
                .chain()
                .run_if(in_state(Screen::Drill)),
        )
        .add_systems(EguiPrimaryContextPass, ui.run_if(in_state(Screen::Drill)));
}

fn tick_while_counting(settings: Option<ResMut<WinitSettings>>, opts: Res<crate::app::Options>) {
    if let Some(mut s) = settings
        && opts.autoplay.is_none()
    {
        s.focused_mode = UpdateMode::reactive(COUNTDOWN_TICK);
        // In the background the countdown is paused, so nothing needs redrawing.
    }
}

fn back_to_idle(settings: Option<ResMut<WinitSettings>>, opts: Res<crate::app::Options>) {
    if let Some(mut s) = settings
        && opts.autoplay.is_none()
    {
        *s = crate::app::wake::idle_settings();
    }
}

fn remaining(session: &Session) -> Option<f32> {
    let a = session.active.as_ref()?;
    let total = a.drill.scenario().customer.reply_seconds as f32;
    Some(total - a.turn_secs())
}

/// Stop the countdown while the window is in the background, and go on where it stood.
fn pause_when_unfocused(
    windows: Query<&Window, With<PrimaryWindow>>,
    mut session: ResMut<Session>,
) {
    let focused = windows.iter().next().is_none_or(|w| w.focused);
    let Some(a) = session.active.as_mut() else {
        return;
    };
    match (focused, a.paused_at) {
        (false, None) => a.paused_at = Some(Instant::now()),
        (true, Some(at)) => {
            a.turn_started += at.elapsed();
            a.paused_at = None;
        }
        _ => {}
    }
}

fn countdown(session: Res<Session>, opts: Res<crate::app::Options>, mut intents: ResMut<Intents>) {
    if opts.autoplay.is_some()
        || session
            .active
            .as_ref()
            .is_some_and(|a| a.paused_at.is_some())
    {
        return;
    }
    if remaining(&session).is_some_and(|r| r <= 0.0) && !intents.0.contains(&Intent::Timeout) {
        intents.0.push(Intent::Timeout);
    }
}

/// A trainer saved the drill file: continue on the new version at the same turn when that node
/// still exists.
fn hot_reload(drills: Res<Drills>, mut session: ResMut<Session>) {
    let Some(active) = session.active.as_mut() else {
        return;
    };
    if active.generation == drills.generation {
        return;
    }
    active.generation = drills.generation;
    let Some(new) = drills
        .library
        .entries
        .iter()
        .find(|e| e.file == active.file)
        .and_then(|e| e.scenario.clone())
    else {
        return;
    };
    // What the drill would be on the new version (a preview keeps its own start node).
    let candidate = match &active.preview_from {
        Some(from) => crate::domain::drillmap::preview_from(&new, from).map(Arc::new),
        None => Some(new),
    };
    // A rebuild that changed nothing (another file saved, a translation re-applied) is silent.
    if candidate.as_ref().is_some_and(|c| {
        Arc::ptr_eq(c, active.drill.scenario()) || **c == **active.drill.scenario()
    }) {
        return;
    }
    let t = active.drill.transcript();
    let node = active.drill.node().id.clone();
    let context = match active.preview_from {
        Some(_) => DrillContext::default(),
        None => active.drill.context().clone(),
    };
    let rebuilt = candidate
        .ok_or_else(|| DrillError::MissingNode(node.clone()))
        .and_then(|c| Drill::replay(c, t.seed, context, &t.answers()));
    match rebuilt {
        Ok(d) if d.node().id == node && !d.is_over() => {
            active.drill = d;
            active.notice = Some("The drill file changed; reloaded at this turn.".into());
        }
        _ => {
            active.notice =
                Some("The drill file changed, but this turn is gone from it; finishing on the old version.".into());
        }
    }
}

fn ui(
    mut contexts: EguiContexts,
    session: Res<Session>,
    mut drafts: ResMut<Drafts>,
    mut intents: ResMut<Intents>,
    opts: Res<crate::app::Options>,
) -> Result {
    let Some(a) = &session.active else {
        return Ok(());
    };
    let left = if opts.autoplay.is_some() {
        None
    } else {
        remaining(&session)
    };
    let mut vm = DrillViewModel::from_drill(&a.drill, left, a.notice.clone());
    vm.paused = a.paused_at.is_some();
    let ctx = contexts.ctx_mut()?;
    intents
        .0
        .extend(central(ctx, |ui| drill_view(ui, &vm, &mut drafts.reply)));
    Ok(())
}
