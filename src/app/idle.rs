//! Keep the app cold while a person reads.
//!
//! bevy_egui 0.42 pushes `Event::ModifiersChanged(current)` into egui's input on every frame, and
//! egui answers any input event with an immediate repaint, so a reactive window redrew forever
//! (≈140 % of a core here). egui keeps the modifiers between frames, so the event only matters
//! when the modifiers really change: this system drops the repeats after bevy_egui has written its
//! events and before the egui pass begins.

use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiInput, EguiInputSet, EguiPreUpdateSet};
use std::collections::HashMap;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiInputSet::WriteEguiEvents)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

/// Remove `ModifiersChanged` events that repeat the last modifiers passed on. Returns how many
/// were dropped.
pub fn dedupe_modifiers(
    events: &mut Vec<egui::Event>,
    last: &mut Option<egui::Modifiers>,
) -> usize {
    let before = events.len();
    events.retain(|e| match e {
        egui::Event::ModifiersChanged(m) => {
            if *last == Some(*m) {
                false
            } else {
                *last = Some(*m);
                true
            }
        }
        // egui clears its modifiers when the window loses focus: pass the next state on.
        egui::Event::WindowFocused(false) => {
            *last = None;
            true
        }
        _ => true,
    });
    before - events.len()
}

fn drop_repeated_modifiers(
    mut inputs: Query<(Entity, &mut EguiInput)>,
    mut last: Local<HashMap<Entity, Option<egui::Modifiers>>>,
) {
    for (entity, mut input) in &mut inputs {
        let seen = last.entry(entity).or_default();
        dedupe_modifiers(&mut input.bypass_change_detection().0.events, seen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Event, Modifiers};

    #[test]
    fn repeated_modifier_events_are_dropped_changes_pass() {
        let mut last = None;
        let mut frame = vec![Event::ModifiersChanged(Modifiers::NONE)];
        assert_eq!(
            dedupe_modifiers(&mut frame, &mut last),
            0,
            "first one passes"
        );
        // the idle frames bevy_egui produces: nothing may reach egui, or it repaints forever
        for _ in 0..100 {
            let mut frame = vec![Event::ModifiersChanged(Modifiers::NONE)];
            dedupe_modifiers(&mut frame, &mut last);
            assert!(frame.is_empty());
        }
        let mut frame = vec![Event::ModifiersChanged(Modifiers::SHIFT)];
        dedupe_modifiers(&mut frame, &mut last);
        assert_eq!(frame.len(), 1, "a real change passes");
        let mut frame = vec![
            Event::WindowFocused(false),
            Event::ModifiersChanged(Modifiers::SHIFT),
        ];
        dedupe_modifiers(&mut frame, &mut last);
        assert_eq!(
            frame.len(),
            2,
            "after focus loss the state is passed on again"
        );
    }

    fn immediate_repaint(ctx: &egui::Context, events: Vec<Event>) -> bool {
        let mut out = ctx.run_ui(
            egui::RawInput {
                events,
                ..Default::default()
            },
            |ui| {
                ui.label("reading");
            },
        );
        out.textures_delta.clear();
        out.viewport_output
            .values()
            .any(|v| v.repaint_delay.is_zero())
    }

    #[test]
    fn an_idle_egui_frame_does_not_ask_for_a_repaint() {
        let ctx = egui::Context::default();
        for _ in 0..5 {
            immediate_repaint(&ctx, vec![]);
        }
        // the bug: what bevy_egui sends on every idle frame makes egui repaint at once…
        assert!(immediate_repaint(
            &ctx,
            vec![Event::ModifiersChanged(Modifiers::NONE)]
        ));
        // …and after the filter nothing reaches egui, so it waits for real input
        // (egui may take a frame or two to settle after that event)
        let mut last = Some(Modifiers::NONE);
        let repaints: Vec<bool> = (0..6)
            .map(|_| {
                let mut events = vec![Event::ModifiersChanged(Modifiers::NONE)];
                dedupe_modifiers(&mut events, &mut last);
                immediate_repaint(&ctx, events)
            })
            .collect();
        assert!(
            !repaints[3..].iter().any(|r| *r),
            "egui keeps repainting while idle: {repaints:?}"
        );
        // without the filter it never settles
        let unfiltered: Vec<bool> = (0..6)
            .map(|_| immediate_repaint(&ctx, vec![Event::ModifiersChanged(Modifiers::NONE)]))
            .collect();
        assert!(unfiltered.iter().all(|r| *r), "{unfiltered:?}");
    }
}
