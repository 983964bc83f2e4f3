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

/// A drill begun and never finished (the app closed, or the trainee left it): it can go on.
#[derive(Debug, Clone, Default)]
pub struct UnfinishedRow {
    /// The history's drill id.
    pub record: i64,
    pub title: String,
    pub started: String,
    pub answered: usize,
    /// The drill file changed since it was begun, so the replay may land elsewhere.
    pub changed: bool,
    /// The drill file is gone from the library: only discarding is possible.
    pub missing: bool,
}

#[derive(Debug, Clone, Default)]
pub struct LibraryViewModel {
    pub trainee: String,
    pub drills: Vec<DrillRow>,
    pub broken: Vec<BrokenRow>,
    /// Why the recommended drill is recommended.
    pub why: Option<String>,
    pub folder: String,
    pub unfinished: Vec<UnfinishedRow>,
    /// Languages drills are translated into, and the one chosen (None: as written).
    pub languages: Vec<String>,
    pub language: Option<String>,
}

pub fn library_view(ui: &mut egui::Ui, vm: &LibraryViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Drill library");
    if !vm.languages.is_empty() {
        language_picker(ui, vm, &mut out);
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if vm.drills.is_empty() {
                ui.label(format!("No playable drills in {}.", vm.folder));
            }
            if !vm.unfinished.is_empty() {
                unfinished(ui, &vm.unfinished, &mut out);
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

/// Where a drill is translated, the trainee may play it in that language.
fn language_picker(ui: &mut egui::Ui, vm: &LibraryViewModel, out: &mut Option<Intent>) {
    ui.horizontal(|ui| {
        ui.label("Drill language:");
        if ui
            .selectable_label(vm.language.is_none(), "as written")
            .clicked()
        {
            *out = Some(Intent::SetLanguage(None));
        }
        for l in &vm.languages {
            if ui
                .selectable_label(vm.language.as_deref() == Some(l.as_str()), l)
                .clicked()
            {
                *out = Some(Intent::SetLanguage(Some(l.clone())));
            }
        }
        ui.label(RichText::new("(drills without a translation stay as written)").small());
    });
}

/// Unfinished drills first: picking up where you left off is the likeliest next step.
fn unfinished(ui: &mut egui::Ui, rows: &[UnfinishedRow], out: &mut Option<Intent>) {
    egui::Frame::group(ui.style())
        .inner_margin(8.0)
        .stroke(egui::Stroke::new(1.5, Color32::from_rgb(200, 150, 40)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Unfinished drills").strong());
            for r in rows {
                ui.horizontal_wrapped(|ui| {
                    let turns = match r.answered {
                        1 => "1 reply".to_string(),
                        n => format!("{n} replies"),
                    };
                    ui.label(format!(
                        "{} — started {}, {turns} so far",
                        r.title, r.started
                    ));
                    if r.missing {
                        ui.label(RichText::new("(its drill file is gone)").small());
                    } else {
                        if r.changed {
                            ui.label(RichText::new("(the drill file changed since)").small());
                        }
                        if ui.button(format!("Resume: {}", r.title)).clicked() {
                            *out = Some(Intent::ResumeDrill(r.record));
                        }
                    }
                    if ui.button(format!("Discard: {}", r.title)).clicked() {
                        *out = Some(Intent::DiscardDrill(r.record));
                    }
                });
            }
        });
    ui.add_space(6.0);
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
            ..Default::default()
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

#[cfg(test)]
mod unfinished_tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    fn run(vm: &LibraryViewModel, click: &str) -> Option<Intent> {
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = library_view(ui, vm) {
                got = Some(i);
            }
        });
        h.get_by_label(click).click();
        h.run();
        drop(h);
        got
    }

    #[test]
    fn unfinished_drills_can_be_resumed_or_discarded() {
        let vm = LibraryViewModel {
            trainee: "Ana".into(),
            unfinished: vec![
                UnfinishedRow {
                    record: 7,
                    title: "Board".into(),
                    started: "2026-11-30 09:12".into(),
                    answered: 2,
                    ..Default::default()
                },
                UnfinishedRow {
                    record: 9,
                    title: "Gone".into(),
                    started: "2026-11-29 10:00".into(),
                    answered: 1,
                    missing: true,
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        assert_eq!(run(&vm, "Resume: Board"), Some(Intent::ResumeDrill(7)));
        assert_eq!(run(&vm, "Discard: Gone"), Some(Intent::DiscardDrill(9)));
        let with_languages = LibraryViewModel {
            languages: vec!["fr".into()],
            ..vm.clone()
        };
        assert_eq!(
            run(&with_languages, "fr"),
            Some(Intent::SetLanguage(Some("fr".into())))
        );
        assert_eq!(
            run(&with_languages, "as written"),
            Some(Intent::SetLanguage(None))
        );
        let h = Harness::new_ui(|ui| {
            library_view(ui, &vm);
        });
        assert!(
            h.query_by_label("Resume: Gone").is_none(),
            "no resume without its file"
        );
        assert!(
            h.query_by_label("Board — started 2026-11-30 09:12, 2 replies so far")
                .is_some()
        );
    }
}
