//! Library: every drill, the trainee's best, the recommended next drill, and broken files with
//! their diagnostics (listed, not hidden).

use super::Intent;
use bevy_egui::egui;
use egui::{Color32, RichText};

#[derive(Debug, Clone, Default)]
pub struct DrillRow {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub difficulty: String,
    pub severity: String,
    pub tags: Vec<String>,
    /// Best total and grade, when played.
    pub best: Option<(u32, String)>,
    pub recommended: bool,
    pub warnings: usize,
}

#[derive(Debug, Clone, Default)]
pub struct BrokenRow {
    pub file: String,
    pub diagnostics: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct LibraryViewModel {
    pub trainee: String,
    pub drills: Vec<DrillRow>,
    pub broken: Vec<BrokenRow>,
    /// Why the recommended drill is recommended.
    pub why: Option<String>,
    pub folder: String,
}

pub fn library_view(ui: &mut egui::Ui, vm: &LibraryViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Drill library");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if vm.drills.is_empty() {
                ui.label(format!("No playable drills in {}.", vm.folder));
            }
            if let Some(why) = &vm.why {
                ui.label(RichText::new(format!("Recommended next: {why}")).italics());
                ui.add_space(4.0);
            }
            for d in &vm.drills {
                let frame = egui::Frame::group(ui.style())
                    .inner_margin(8.0)
                    .fill(if d.recommended {
                        Color32::from_rgb(28, 52, 88)
                    } else {
                        ui.visuals().panel_fill
                    })
                    .stroke(if d.recommended {
                        egui::Stroke::new(2.0, Color32::from_rgb(40, 110, 200))
                    } else {
                        ui.visuals().widgets.noninteractive.bg_stroke
                    });
                frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(&d.title)
                                .strong()
                                .size(ui.style().text_styles[&egui::TextStyle::Body].size * 1.15),
                        );
                        if d.recommended {
                            ui.label(
                                RichText::new(" Recommended next ")
                                    .color(Color32::WHITE)
                                    .background_color(Color32::from_rgb(40, 110, 200)),
                            );
                        }
                    });
                    if !d.summary.is_empty() {
                        ui.label(&d.summary);
                    }
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("Difficulty: {}", d.difficulty));
                        ui.separator();
                        ui.label(format!("Failure: {}", d.severity));
                        ui.separator();
                        match &d.best {
                            Some((t, g)) => ui.label(format!("Your best: {t} ({g})")),
                            None => ui.label("Not played yet"),
                        };
                        if !d.tags.is_empty() {
                            ui.separator();
                            ui.label(RichText::new(d.tags.join(" · ")).small());
                        }
                        if d.warnings > 0 {
                            ui.separator();
                            ui.label(RichText::new(format!("{} warning(s)", d.warnings)).small());
                        }
                    });
                    if ui.button(format!("Brief me: {}", d.title)).clicked() {
                        out = Some(Intent::OpenBriefing(d.id.clone()));
                    }
                });
                ui.add_space(6.0);
            }
            if !vm.broken.is_empty() {
                ui.add_space(8.0);
                ui.heading("Drills that cannot be played yet");
                for b in &vm.broken {
                    egui::Frame::group(ui.style())
                        .inner_margin(8.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(
                                RichText::new(&b.file)
                                    .strong()
                                    .color(Color32::from_rgb(170, 40, 30)),
                            );
                            for d in &b.diagnostics {
                                ui.label(RichText::new(d).monospace());
                            }
                        });
                }
            }
        });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    #[test]
    fn lists_drills_best_recommended_and_broken() {
        let vm = LibraryViewModel {
            trainee: "Ana".into(),
            drills: vec![
                DrillRow {
                    id: "a".into(),
                    title: "Board".into(),
                    difficulty: "Medium".into(),
                    severity: "Minor".into(),
                    best: Some((82, "B".into())),
                    recommended: true,
                    ..Default::default()
                },
                DrillRow {
                    id: "b".into(),
                    title: "Wedding".into(),
                    difficulty: "Hard".into(),
                    severity: "Significant".into(),
                    ..Default::default()
                },
            ],
            broken: vec![BrokenRow {
                file: "scenarios/bad.ron".into(),
                diagnostics: vec!["scenarios/bad.ron:1:20: error: unexpected end".into()],
            }],
            why: Some("Board — you have not practised it".into()),
            folder: "scenarios".into(),
        };
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = library_view(ui, &vm) {
                got = Some(i);
            }
        });
        assert!(h.query_by_label("Your best: 82 (B)").is_some());
        assert!(h.query_by_label(" Recommended next ").is_some());
        assert!(h.query_by_label("Not played yet").is_some());
        assert!(
            h.query_by_label("scenarios/bad.ron:1:20: error: unexpected end")
                .is_some()
        );
        h.get_by_label("Brief me: Wedding").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::OpenBriefing("b".into())));
    }
}
