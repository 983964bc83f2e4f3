//! Progress: score over time, mastery per principle with trend arrows, "no"/blame/deferral
//! counts per drill, first vs best vs latest, and what to practise next and why.

use super::Intent;
use crate::domain::report::Progress;
use bevy_egui::egui;
use egui::{Color32, RichText};
use egui_plot::{Line, PlotPoints, Points};

#[derive(Debug, Clone, Default)]
pub struct MasteryRow {
    pub label: String,
    pub value: Option<f64>,
    pub change: f64,
}

#[derive(Debug, Clone, Default)]
pub struct DrillRow {
    pub title: String,
    pub plays: u32,
    pub first: u32,
    pub best: u32,
    pub latest: u32,
    /// (refusals, blames, deferrals) per play, oldest first.
    pub faults: Vec<(u32, u32, u32)>,
}

#[derive(Debug, Clone, Default)]
pub struct ProgressViewModel {
    pub trainee: String,
    pub drills: u32,
    pub scores: Vec<[f64; 2]>,
    pub mastery: Vec<MasteryRow>,
    pub per_drill: Vec<DrillRow>,
    pub next: Vec<(String, String)>,
    pub shares: String,
    /// Shown instead of the data (guest, history unavailable).
    pub notice: Option<String>,
}

impl ProgressViewModel {
    pub fn from_progress(p: &Progress) -> Self {
        ProgressViewModel {
            trainee: p.trainee.clone(),
            drills: p.drills,
            scores: p
                .overall
                .points
                .iter()
                .enumerate()
                .map(|(i, s)| [(i + 1) as f64, f64::from(s.total)])
                .collect(),
            mastery: p
                .mastery
                .iter()
                .map(|m| MasteryRow {
                    label: m.label.clone(),
                    value: m.value,
                    change: m.change,
                })
                .collect(),
            per_drill: p
                .per_drill
                .iter()
                .map(|d| DrillRow {
                    title: d.title.clone(),
                    plays: d.plays,
                    first: d.first,
                    best: d.best,
                    latest: d.latest,
                    faults: d
                        .faults
                        .iter()
                        .map(|f| (f.refusals, f.blames, f.deferrals))
                        .collect(),
                })
                .collect(),
            next: p
                .practise_next
                .iter()
                .take(3)
                .map(|r| (r.title.clone(), r.reason.clone()))
                .collect(),
            shares: format!(
                "Recovered {:.0}% · within 24 h {:.0}% · delighted {:.0}%",
                p.recovered_share * 100.0,
                p.recovered_within_24h_share * 100.0,
                p.delighted_share * 100.0
            ),
            notice: None,
        }
    }
}

/// ▲ better, ▼ worse, ▶ steady.
pub fn trend_arrow(change: f64) -> &'static str {
    if change > 2.0 {
        "▲"
    } else if change < -2.0 {
        "▼"
    } else {
        "▶"
    }
}

pub fn progress_view(ui: &mut egui::Ui, vm: &ProgressViewModel) -> Option<Intent> {
    let out = super::nav_bar(ui, &vm.trainee, "Progress");
    if let Some(n) = &vm.notice {
        ui.label(n);
        return out;
    }
    if vm.drills == 0 {
        ui.label(
            "No finished drills yet — play one from the library and your progress appears here.",
        );
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(format!(
                    "{} finished drill{}. {}",
                    vm.drills,
                    if vm.drills == 1 { "" } else { "s" },
                    vm.shares
                ))
                .strong(),
            );
            let half = (ui.available_width() - 16.0) / 2.0;
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new("Score over time").strong());
                    super::static_plot("scores", 200.0, half)
                        .include_x(vm.scores.len() as f64 + 0.5)
                        .include_y(105.0)
                        .x_axis_label("drill")
                        .show(ui, |p| {
                            p.line(
                                Line::new("score", PlotPoints::from(vm.scores.clone())).width(2.0),
                            );
                            p.points(
                                Points::new("drills", PlotPoints::from(vm.scores.clone()))
                                    .radius(3.0),
                            );
                        });
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new("Mastery by principle").strong());
                    egui::Grid::new("mastery")
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            for m in &vm.mastery {
                                ui.label(&m.label);
                                match m.value {
                                    Some(v) => ui.add(
                                        egui::ProgressBar::new((v / 100.0) as f32)
                                            .desired_width(half * 0.4)
                                            .text(format!("{v:.0}")),
                                    ),
                                    None => ui.label("—"),
                                };
                                let arrow = trend_arrow(m.change);
                                let color = match arrow {
                                    "▲" => Color32::from_rgb(40, 130, 70),
                                    "▼" => Color32::from_rgb(190, 50, 40),
                                    _ => ui.visuals().weak_text_color(),
                                };
                                ui.label(
                                    RichText::new(format!("{arrow} {:+.0}", m.change)).color(color),
                                );
                                ui.end_row();
                            }
                        });
                });
            });
            ui.separator();
            ui.label(RichText::new("Per drill").strong());
            egui::Grid::new("per_drill")
                .num_columns(6)
                .striped(true)
                .show(ui, |ui| {
                    for h in [
                        "Drill",
                        "Plays",
                        "First",
                        "Best",
                        "Latest",
                        "No / blame / deferral per play",
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for d in &vm.per_drill {
                        ui.label(&d.title);
                        ui.label(d.plays.to_string());
                        ui.label(d.first.to_string());
                        ui.label(d.best.to_string());
                        ui.label(d.latest.to_string());
                        let f: Vec<String> = d
                            .faults
                            .iter()
                            .map(|(r, b, de)| format!("{r}/{b}/{de}"))
                            .collect();
                        ui.label(f.join("  "));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.label(RichText::new("What to practise next").strong());
            for (title, why) in &vm.next {
                ui.label(format!("• {title}: {why}"));
            }
        });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    #[test]
    fn shows_mastery_trends_and_next() {
        let vm = ProgressViewModel {
            trainee: "Ana".into(),
            drills: 2,
            scores: vec![[1.0, 40.0], [2.0, 70.0]],
            mastery: vec![MasteryRow {
                label: "Ownership".into(),
                value: Some(80.0),
                change: 30.0,
            }],
            per_drill: vec![DrillRow {
                title: "Board".into(),
                plays: 2,
                first: 40,
                best: 70,
                latest: 70,
                faults: vec![(1, 2, 0), (0, 0, 0)],
            }],
            next: vec![("Wedding".into(), "never played".into())],
            shares: "Recovered 50%".into(),
            notice: None,
        };
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = progress_view(ui, &vm) {
                got = Some(i);
            }
        });
        h.set_size(egui::vec2(1280.0, 720.0));
        h.run();
        assert!(h.query_by_label("▲ +30").is_some());
        assert!(h.query_by_label("1/2/0  0/0/0").is_some());
        assert!(h.query_by_label("• Wedding: never played").is_some());
        h.get_by_label("Library").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::ShowLibrary));
    }
}
