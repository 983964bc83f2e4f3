//! Keyboard shortcuts → the same intents the buttons send. Read from egui's input so a key typed
//! into the text box is never taken as a shortcut.

use crate::app::ui::Intent;
use bevy_egui::egui;
use egui::{InputState, Key};

const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// Drill screen: 1–9 pick a reply (unless the trainee is typing), Ctrl+Enter sends typed text.
pub fn drill_keys(input: &InputState, options: usize, typing: bool, draft: &str) -> Option<Intent> {
    if input.modifiers.command && input.key_pressed(Key::Enter) && !draft.trim().is_empty() {
        return Some(Intent::SubmitText(draft.trim().to_string()));
    }
    if typing {
        return None;
    }
    NUMBER_KEYS
        .iter()
        .take(options)
        .position(|k| input.key_pressed(*k))
        .map(Intent::Choose)
}

/// Anywhere: Ctrl+= / Ctrl+− change the text size.
pub fn global_keys(input: &InputState) -> Option<Intent> {
    if input.modifiers.command && (input.key_pressed(Key::Equals) || input.key_pressed(Key::Plus)) {
        return Some(Intent::FontBigger);
    }
    if input.modifiers.command && input.key_pressed(Key::Minus) {
        return Some(Intent::FontSmaller);
    }
    None
}
