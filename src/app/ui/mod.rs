//! Pure view functions: `fn x_view(ui, &XViewModel) -> Option<Intent>`. No Bevy in here, so every
//! screen can be driven by `egui_kittest` by its labels.

use bevy_egui::egui;
pub mod briefing;
pub mod debrief;
pub mod drill;
pub mod face;
pub mod library;
pub mod placeholder;
pub mod profiles;
pub mod progress;
pub mod team;
pub mod trainer;

use crate::domain::moves::Move;
use egui::{Color32, RichText};

/// Everything a person can ask the app to do. Buttons and keys send the same intents.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    PickTrainee(String),
    CreateTrainee(String),
    Guest,
    ShowProfiles,
    ShowLibrary,
    ShowProgress,
    ShowTrainer,
    ShowTeam,
    ShowDebrief,
    /// Open the briefing of a drill (by scenario id).
    OpenBriefing(String),
    StartDrill,
    /// A reply option, 0-based.
    Choose(usize),
    SubmitText(String),
    /// The customer's countdown ran out.
    Timeout,
    Abandon,
    /// Replay the last drill from this 0-based turn.
    Rewind(usize),
    FontBigger,
    FontSmaller,
    /// Go on with an unfinished drill from the history (its drill id).
    ResumeDrill(i64),
    /// Delete an unfinished drill from the history.
    DiscardDrill(i64),
    /// Close the problem notice.
    DismissProblem,
    /// Trainer screen: show this drill file's findings, map and autoplay results.
    TrainerSelect(String),
    /// Trainer screen: pick a node on the map.
    TrainerSelectNode(String),
    /// Trainer screen: play the drill in `file` from `node` (a preview; not recorded).
    PreviewFrom {
        file: String,
        node: String,
    },
    /// Play drills in this language where translated (None: as written).
    SetLanguage(Option<String>),
    /// Team screen: start the practice plan in this file.
    TeamStart(String),
    /// Team screen: the trainee in the seat starts their drill.
    TeamPlay,
    /// Team screen: pass over the current seat (someone is absent).
    TeamSkip,
    /// Team screen: stop the session and show the report.
    TeamEnd,
    /// Team screen: leave the report, back to the plans.
    TeamClose,
}

/// Something went wrong that the trainee must know about (a drill that cannot start or resume,
/// a history that cannot be written): shown over any screen until dismissed.
pub fn problem_view(ui: &mut egui::Ui, message: &str) -> Option<Intent> {
    let mut out = None;
    egui::Frame::popup(ui.style())
        .fill(Color32::from_rgb(90, 30, 25))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_max_width(720.0);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(message).color(Color32::WHITE));
                if ui.button("Dismiss").clicked() {
                    out = Some(Intent::DismissProblem);
                }
            });
        });
    out
}

/// A 0–100 chart that stays put: a trainee reads it, so no pan, drag or zoom to get lost in.
pub fn static_plot(id: &str, height: f32, width: f32) -> egui_plot::Plot<'static> {
    egui_plot::Plot::new(id.to_string())
        .height(height)
        .width(width)
        .include_y(0.0)
        .include_y(100.0)
        .include_x(0.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
}

/// Replace symbols the bundled fonts lack (they would show as boxes).
pub fn plain(s: &str) -> String {
    s.replace('→', "->")
        .replace('←', "<-")
        .replace('●', "*")
        .replace('○', "o")
}

/// Colour for an anger level: green (calm) → amber → red (furious).
pub fn mood_color(mood: u8) -> Color32 {
    let m = f32::from(mood.min(100)) / 100.0;
    let calm = Color32::from_rgb(70, 160, 90);
    let mid = Color32::from_rgb(220, 160, 40);
    let hot = Color32::from_rgb(200, 50, 40);
    if m < 0.5 {
        calm.lerp_to_gamma(mid, m * 2.0)
    } else {
        mid.lerp_to_gamma(hot, (m - 0.5) * 2.0)
    }
}

/// How a mood number reads to a person.
pub fn mood_word(mood: u8) -> &'static str {
    match mood {
        0..=19 => "calm",
        20..=39 => "uneasy",
        40..=59 => "annoyed",
        60..=79 => "angry",
        _ => "furious",
    }
}

pub fn move_color(m: Move) -> Color32 {
    if m.helps() {
        Color32::from_rgb(40, 130, 70)
    } else {
        Color32::from_rgb(190, 50, 40)
    }
}

/// A small coloured tag naming a move.
pub fn move_chip(ui: &mut egui::Ui, m: Move) {
    ui.label(
        RichText::new(m.label())
            .color(Color32::WHITE)
            .background_color(move_color(m))
            .small(),
    );
}

/// The bar across the top of most screens: where to go, and the font-size setting.
pub fn nav_bar(ui: &mut egui::Ui, trainee: &str, title: &str) -> Option<Intent> {
    let mut out = None;
    ui.horizontal_wrapped(|ui| {
        ui.heading(title);
        ui.separator();
        if ui.button("Library").clicked() {
            out = Some(Intent::ShowLibrary);
        }
        if ui.button("Progress").clicked() {
            out = Some(Intent::ShowProgress);
        }
        if ui.button("Trainer").clicked() {
            out = Some(Intent::ShowTrainer);
        }
        if ui.button("Team").clicked() {
            out = Some(Intent::ShowTeam);
        }
        ui.separator();
        if ui
            .button(format!("Trainee: {trainee}"))
            .on_hover_text("Switch trainee")
            .clicked()
        {
            out = Some(Intent::ShowProfiles);
        }
        ui.separator();
        if ui
            .button("A−")
            .on_hover_text("Smaller text (Ctrl+−)")
            .clicked()
        {
            out = Some(Intent::FontSmaller);
        }
        if ui
            .button("A+")
            .on_hover_text("Larger text (Ctrl+=)")
            .clicked()
        {
            out = Some(Intent::FontBigger);
        }
    });
    ui.separator();
    out
}

/// Set every text style from one body size.
pub fn apply_font_size(ctx: &egui::Context, size: f32) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(size * 1.45, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(size, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(size, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(size * 0.8, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(size * 0.9, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}
