//! The drill: the customer's face and mood, their line, the transcript, replies with number keys,
//! free text highlighted as you type, the patience countdown and the simulated clock.

use super::{Intent, face::face, mood_color, mood_word, move_chip, move_color};
use crate::app::input::drill_keys;
use crate::domain::analyzer;
use crate::domain::drill::{Answer, Drill};
use bevy_egui::egui;
use egui::text::LayoutJob;
use egui::{Color32, RichText, TextFormat};

#[derive(Debug, Clone, Default)]
pub struct DrillViewModel {
    pub title: String,
    pub customer: String,
    pub mood: u8,
    pub patience: u8,
    pub max_patience: u8,
    pub line: String,
    /// (who, words) in order.
    pub transcript: Vec<(String, String)>,
    pub options: Vec<String>,
    pub accepts_text: bool,
    pub prompt: String,
    /// Seconds left to answer, when a countdown runs.
    pub remaining_secs: Option<f32>,
    pub reply_seconds: u32,
    pub hours: f32,
    pub target_hours: f32,
    /// Shown when replaying from an earlier turn or after a hot reload.
    pub notice: Option<String>,
    /// The countdown stands still (the window is in the background).
    pub paused: bool,
}

impl DrillViewModel {
    pub fn from_drill(d: &Drill, remaining_secs: Option<f32>, notice: Option<String>) -> Self {
        let s = d.scenario();
        let mut transcript = Vec::new();
        for t in &d.transcript().turns {
            transcript.push((s.customer.name.clone(), t.customer_line.clone()));
            transcript.push(("You".to_string(), t.text.clone()));
        }
        DrillViewModel {
            title: s.title.clone(),
            customer: if s.customer.role.is_empty() {
                s.customer.name.clone()
            } else {
                format!("{} — {}", s.customer.name, s.customer.role)
            },
            mood: d.mood(),
            patience: d.patience(),
            max_patience: s.customer.patience.max(1),
            line: d.customer_line().to_string(),
            transcript,
            options: d.options().iter().map(|r| r.text.clone()).collect(),
            accepts_text: d.accepts_text(),
            prompt: d
                .node()
                .free_text
                .as_ref()
                .map(|f| f.prompt.clone())
                .unwrap_or_default(),
            remaining_secs,
            reply_seconds: s.customer.reply_seconds,
            hours: d.hours(),
            target_hours: d.transcript().target_hours,
            notice,
            paused: false,
        }
    }
}

/// Colour the words the analyzer reads as moves (`found` is `analyze(text)`, computed once by the
/// caller so the same reading also feeds the move chips).
pub fn highlight(
    text: &str,
    found: &analyzer::Analysis,
    font: egui::FontId,
    base: Color32,
    wrap: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap;
    let mut spans: Vec<(std::ops::Range<usize>, Color32)> = found
        .findings
        .iter()
        .filter(|f| f.span.start <= f.span.end && f.span.end <= text.len())
        .filter(|f| text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end))
        .map(|f| (f.span.clone(), move_color(f.mv)))
        .collect();
    spans.sort_by_key(|(r, _)| r.start);
    let mut at = 0;
    for (r, color) in spans {
        if r.start < at {
            continue;
        }
        job.append(
            &text[at..r.start],
            0.0,
            TextFormat::simple(font.clone(), base),
        );
        job.append(
            &text[r.start..r.end],
            0.0,
            TextFormat {
                font_id: font.clone(),
                color: Color32::WHITE,
                background: color,
                ..Default::default()
            },
        );
        at = r.end;
    }
    job.append(&text[at..], 0.0, TextFormat::simple(font, base));
    job
}

pub fn drill_view(ui: &mut egui::Ui, vm: &DrillViewModel, draft: &mut String) -> Option<Intent> {
    let mut out = None;
    ui.horizontal(|ui| {
        ui.heading(&vm.title);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Give up")
                .on_hover_text("Leave this drill")
                .clicked()
            {
                out = Some(Intent::Abandon);
            }
        });
    });
    if let Some(n) = &vm.notice {
        ui.colored_label(Color32::from_rgb(40, 90, 170), n);
    }
    ui.separator();
    let side = 250.0f32.min(ui.available_width() * 0.3);
    ui.horizontal_top(|ui| {
        // left: the customer
        ui.allocate_ui_with_layout(
            egui::vec2(side, ui.available_height()),
            egui::Layout::top_down(egui::Align::Min),
            |ui| {
                ui.set_width(side);
                ui.vertical_centered(|ui| face(ui, vm.mood, (side * 0.7).min(180.0)));
                ui.label(RichText::new(&vm.customer).strong());
                ui.label(format!("Mood: {} ({}/100)", mood_word(vm.mood), vm.mood));
                ui.add(
                    egui::ProgressBar::new(f32::from(vm.mood) / 100.0)
                        .fill(mood_color(vm.mood))
                        .desired_width(side),
                );
                let dots: String = (0..vm.max_patience)
                    .map(|i| if i < vm.patience { '|' } else { '.' })
                    .collect();
                ui.label(format!(
                    "Patience: {} of {} [{dots}]",
                    vm.patience, vm.max_patience
                ));
                if let Some(left) = vm.remaining_secs {
                    let frac = (left / vm.reply_seconds.max(1) as f32).clamp(0.0, 1.0);
                    if vm.paused {
                        ui.label("Countdown paused (window in the background)");
                    } else {
                        ui.label(format!("Answer within {:.0} s", left.max(0.0).ceil()));
                    }
                    ui.add(
                        egui::ProgressBar::new(frac)
                            .fill(if frac < 0.25 {
                                Color32::from_rgb(200, 60, 40)
                            } else {
                                Color32::from_rgb(90, 120, 170)
                            })
                            .desired_width(side),
                    );
                }
                ui.label(format!(
                    "Clock: {:.1} h of the {:.0} h target",
                    vm.hours, vm.target_hours
                ));
                ui.add(
                    egui::ProgressBar::new((vm.hours / vm.target_hours.max(0.1)).clamp(0.0, 1.0))
                        .desired_width(side),
                );
            },
        );
        ui.separator();
        // right: the conversation
        ui.vertical(|ui| {
            egui::Frame::group(ui.style())
                .fill(Color32::from_rgb(255, 246, 230))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(&vm.line)
                            .size(ui.style().text_styles[&egui::TextStyle::Body].size * 1.15)
                            .color(Color32::from_rgb(60, 40, 20)),
                    );
                });
            if !vm.transcript.is_empty() {
                ui.collapsing(
                    format!("Transcript so far ({} turns)", vm.transcript.len() / 2),
                    |ui| {
                        egui::ScrollArea::vertical()
                            .max_height(120.0)
                            .stick_to_bottom(true)
                            .show(ui, |ui| {
                                for (who, words) in &vm.transcript {
                                    ui.label(format!("{who}: {words}"));
                                }
                            });
                    },
                );
            }
            ui.add_space(6.0);
            ui.label(RichText::new("Your reply — press its number:").strong());
            egui::ScrollArea::vertical()
                .id_salt("replies")
                .max_height(
                    (ui.available_height() - if vm.accepts_text { 150.0 } else { 10.0 }).max(120.0),
                )
                .show(ui, |ui| {
                    for (i, o) in vm.options.iter().enumerate() {
                        let b = egui::Button::new(format!("{}. {o}", i + 1)).wrap();
                        if ui.add(b).clicked() {
                            out = Some(Intent::Choose(i));
                        }
                    }
                });
            let mut typing = false;
            if vm.accepts_text {
                ui.add_space(4.0);
                ui.label("…or say it in your own words (Ctrl+Enter sends):");
                let font = egui::TextStyle::Body.resolve(ui.style());
                let base = ui.visuals().text_color();
                // The layouter sees the text as edited this frame; keep its reading for the chips
                // below so a keystroke is analyzed once, not once per use.
                let mut read: Option<(String, analyzer::Analysis)> = None;
                let mut layouter = |ui: &egui::Ui, buf: &dyn egui::TextBuffer, wrap: f32| {
                    let text = buf.as_str();
                    let found = match read.take() {
                        Some((t, a)) if t == text => a,
                        _ => analyzer::analyze(text),
                    };
                    let job = highlight(text, &found, font.clone(), base, wrap);
                    read = Some((text.to_string(), found));
                    ui.fonts_mut(|f| f.layout_job(job))
                };
                let hint = if vm.prompt.is_empty() {
                    "Type your reply"
                } else {
                    vm.prompt.as_str()
                };
                let r = ui.add(
                    egui::TextEdit::multiline(draft)
                        .hint_text(hint)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .layouter(&mut layouter),
                );
                typing = r.has_focus();
                let found = match read {
                    Some((t, a)) if t == *draft => a,
                    _ => analyzer::analyze(draft),
                };
                ui.horizontal_wrapped(|ui| {
                    if found.findings.is_empty() {
                        ui.label(RichText::new("Moves heard: none yet").small());
                    } else {
                        ui.label(RichText::new("Moves heard:").small());
                        for m in found.moves() {
                            move_chip(ui, m);
                        }
                    }
                    let ok = !draft.trim().is_empty();
                    if ui.add_enabled(ok, egui::Button::new("Send")).clicked() && ok {
                        out = Some(Intent::SubmitText(draft.trim().to_string()));
                    }
                });
            }
            if out.is_none() {
                out = ui.input(|i| drill_keys(i, vm.options.len(), typing, draft));
            }
        });
    });
    if matches!(out, Some(Intent::SubmitText(_))) {
        draft.clear();
    }
    out
}

/// The answer an intent stands for, if it is one.
pub fn answer_of(intent: &Intent) -> Option<Answer> {
    match intent {
        Intent::Choose(i) => Some(Answer::Choice(*i)),
        Intent::SubmitText(t) => Some(Answer::Text(t.clone())),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::scenario::parse;
    use egui_kittest::{Harness, kittest::Queryable};
    use std::sync::Arc;

    pub(crate) const SAMPLE: &str = include_str!("../../../scenarios/site-part-no-show.ron");

    pub(crate) fn drill() -> Drill {
        let s = parse(SAMPLE).expect("bundled drill parses").scenario;
        Drill::start(Arc::new(s), 7).expect("starts")
    }

    fn run(
        vm: &DrillViewModel,
        draft: &mut String,
        act: impl FnOnce(&mut Harness<'_>),
    ) -> Option<Intent> {
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = drill_view(ui, vm, draft) {
                got = Some(i);
            }
        });
        h.set_size(egui::vec2(1280.0, 720.0));
        h.run();
        act(&mut h);
        h.run();
        drop(h);
        got
    }

    #[test]
    fn click_or_number_key_picks_a_reply() {
        let d = drill();
        let vm = DrillViewModel::from_drill(&d, Some(30.0), None);
        assert!(vm.options.len() >= 3);
        let label = format!("2. {}", vm.options[1]);
        let got = run(&vm, &mut String::new(), |h| h.get_by_label(&label).click());
        assert_eq!(got, Some(Intent::Choose(1)));
        let got = run(&vm, &mut String::new(), |h| h.key_press(egui::Key::Num3));
        assert_eq!(got, Some(Intent::Choose(2)));
    }

    #[test]
    fn shows_mood_countdown_and_clock() {
        let d = drill();
        let vm = DrillViewModel::from_drill(&d, Some(12.2), None);
        let mut h = Harness::new_ui(|ui| {
            drill_view(ui, &vm, &mut String::new());
        });
        h.run();
        assert!(h.query_by_label("Mood: angry (78/100)").is_some());
        assert!(h.query_by_label("Answer within 13 s").is_some());
        assert!(
            h.query_by_label("Clock: 1.7 h of the 24 h target")
                .is_some()
        );
    }

    #[test]
    fn free_text_highlights_moves_and_sends() {
        let mut vm = DrillViewModel::from_drill(&drill(), None, None);
        vm.accepts_text = true;
        let text = "I'm so sorry, that's on us and I will fix it today.";
        let found = analyzer::analyze(text);
        let job = highlight(
            text,
            &found,
            egui::FontId::proportional(14.0),
            Color32::BLACK,
            400.0,
        );
        // every finding becomes its own coloured section
        assert_eq!(
            job.sections.len(),
            1 + 2 * found.findings.len().min(job.sections.len() / 2)
        );
        let mut draft = text.to_string();
        let got = run(&vm, &mut draft, |h| {
            for m in found.moves() {
                assert!(h.query_by_label(m.label()).is_some(), "chip for {m:?}");
            }
            h.get_by_label("Send").click();
        });
        assert_eq!(got, Some(Intent::SubmitText(text.to_string())));
        assert!(draft.is_empty());
    }
}
