//! Trainer: the library's diagnostics (refreshed on every save), a map of the selected drill,
//! the autoplay bot's score distribution, and "play from this node" for a quick preview.

use super::Intent;
use bevy_egui::egui;
use egui::{Color32, Pos2, Rect, RichText, Stroke, Vec2};

/// One drill file in the trainer's list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileRow {
    pub file: String,
    /// The drill's title, when it parses.
    pub title: Option<String>,
    pub errors: usize,
    pub warnings: usize,
    /// A translation (`ID.LANG.ron`), not a drill: it has no map of its own.
    pub translation: bool,
}

/// How a node of the map is drawn: what the customer's mood does there, or how it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// Its replies calm the customer on the whole.
    Calmer,
    #[default]
    Mixed,
    /// Its replies mostly anger the customer.
    Angrier,
    Recovered,
    Delighted,
    Escalated,
    Lost,
}

impl Tone {
    pub fn color(self) -> Color32 {
        match self {
            Tone::Calmer => Color32::from_rgb(60, 120, 80),
            Tone::Mixed => Color32::from_rgb(90, 95, 110),
            Tone::Angrier => Color32::from_rgb(150, 70, 50),
            Tone::Recovered => Color32::from_rgb(40, 110, 170),
            Tone::Delighted => Color32::from_rgb(120, 80, 170),
            Tone::Escalated => Color32::from_rgb(170, 130, 30),
            Tone::Lost => Color32::from_rgb(170, 40, 40),
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Tone::Calmer => "calms the customer",
            Tone::Mixed => "mixed",
            Tone::Angrier => "angers the customer",
            Tone::Recovered => "ending: recovered",
            Tone::Delighted => "ending: delighted",
            Tone::Escalated => "ending: escalated",
            Tone::Lost => "ending: lost",
        }
    }
    const ALL: [Tone; 7] = [
        Tone::Calmer,
        Tone::Mixed,
        Tone::Angrier,
        Tone::Recovered,
        Tone::Delighted,
        Tone::Escalated,
        Tone::Lost,
    ];
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapNode {
    pub id: String,
    /// Column (distance from the start), and row within the column.
    pub layer: usize,
    pub order: usize,
    pub tone: Tone,
    pub reachable: bool,
    pub start: bool,
    /// Endings cannot be previewed: nothing is asked there.
    pub ending: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapViewModel {
    pub nodes: Vec<MapNode>,
    /// (from, to) as indices into `nodes`.
    pub edges: Vec<(usize, usize)>,
}

/// The bot's results for the selected drill.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AutoplaySummary {
    /// e.g. "every path (312)" or "500 random runs".
    pub what: String,
    /// Paths per score band: 0–9, 10–19, … 90–100.
    pub histogram: Vec<u32>,
    /// (outcome, paths) in a fixed order.
    pub outcomes: Vec<(String, u32)>,
    pub best: String,
    pub worst: String,
    pub never_reached: Vec<String>,
    /// Set when the bot stopped early (path cap) or hit engine errors.
    pub warning: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct TrainerViewModel {
    pub trainee: String,
    pub folder: String,
    pub files: Vec<FileRow>,
    pub selected: Option<String>,
    /// Findings for the selected file, formatted `file:line:col: severity[code]: message` + hint.
    pub diagnostics: Vec<(bool, String)>,
    pub map: Option<MapViewModel>,
    pub selected_node: Option<String>,
    pub autoplay: Option<AutoplaySummary>,
    /// Shown in the header so the trainer knows an edit was picked up.
    pub reloads: u64,
}

pub fn trainer_view(ui: &mut egui::Ui, vm: &TrainerViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Trainer");
    ui.label(
        RichText::new(format!(
            "Drills in {} — checked again each time a file is saved (reloads: {}).",
            vm.folder, vm.reloads
        ))
        .small(),
    );
    if vm.files.is_empty() {
        ui.add_space(20.0);
        ui.label(format!(
            "No drill files in {} yet. Create one with `comeback new my-drill --dir {}` and it appears here.",
            vm.folder, vm.folder
        ));
        return out;
    }
    let list_width = (ui.available_width() * 0.3).clamp(240.0, 380.0);
    egui::Panel::left("trainer-files-panel")
        .resizable(true)
        .default_size(list_width)
        .size_range(200.0..=520.0)
        .frame(egui::Frame::NONE.inner_margin(egui::Margin {
            right: 8,
            ..Default::default()
        }))
        .show(ui, |ui| file_list(ui, vm, &mut out));
    egui::ScrollArea::vertical()
        .id_salt("trainer-detail")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            detail(ui, vm, &mut out)
        });
    out
}

fn file_list(ui: &mut egui::Ui, vm: &TrainerViewModel, out: &mut Option<Intent>) {
    egui::ScrollArea::vertical()
        .id_salt("trainer-files")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Files").strong());
            for f in &vm.files {
                let name = f.title.clone().unwrap_or_else(|| f.file.clone());
                let status = match (f.errors, f.warnings) {
                    (0, 0) => "clean".to_string(),
                    (0, w) => format!("{w} warning(s)"),
                    (e, w) => format!("{e} error(s), {w} warning(s)"),
                };
                let color = if f.errors > 0 {
                    Color32::from_rgb(220, 90, 70)
                } else if f.warnings > 0 {
                    Color32::from_rgb(220, 170, 60)
                } else {
                    Color32::from_rgb(110, 180, 120)
                };
                let selected = vm.selected.as_deref() == Some(f.file.as_str());
                if ui.selectable_label(selected, name).clicked() {
                    *out = Some(Intent::TrainerSelect(f.file.clone()));
                }
                ui.label(RichText::new(status).small().color(color));
                ui.add_space(2.0);
            }
            if !vm.diagnostics.is_empty() {
                ui.separator();
                ui.label(RichText::new("Findings").strong());
                for (error, text) in &vm.diagnostics {
                    let color = if *error {
                        Color32::from_rgb(230, 110, 90)
                    } else {
                        Color32::from_rgb(230, 190, 90)
                    };
                    ui.label(RichText::new(text).monospace().color(color));
                }
            } else if vm.selected.is_some() {
                ui.separator();
                ui.label("No findings: this drill passes every check.");
            }
        });
}

fn detail(ui: &mut egui::Ui, vm: &TrainerViewModel, out: &mut Option<Intent>) {
    let Some(file) = &vm.selected else {
        ui.label("Pick a drill on the left to see its map and how the bot scores it.");
        return;
    };
    if vm.files.iter().any(|f| &f.file == file && f.translation) {
        ui.label(
            "A translation. Its findings are on the left; play it by choosing its language in the library.",
        );
        return;
    }
    match &vm.map {
        Some(map) => {
            ui.label(RichText::new("Map").strong());
            map_view(ui, map, vm.selected_node.as_deref(), out);
            legend(ui);
            let orphans: Vec<&str> = map
                .nodes
                .iter()
                .filter(|n| !n.reachable)
                .map(|n| n.id.as_str())
                .collect();
            if !orphans.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "Unreachable from the start: {}",
                        orphans.join(", ")
                    ))
                    .color(Color32::from_rgb(230, 110, 90)),
                );
            }
        }
        None => {
            ui.label("This file has errors, so it has no map yet. Fix the findings on the left.");
        }
    }
    if let Some(node) = &vm.selected_node {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("Node `{node}`"));
            let ending = vm
                .map
                .as_ref()
                .and_then(|m| m.nodes.iter().find(|n| &n.id == node))
                .is_some_and(|n| n.ending);
            if ending {
                ui.label(RichText::new("(an ending: nothing to answer)").small());
            } else if ui.button(format!("Play from `{node}`")).clicked() {
                *out = Some(Intent::PreviewFrom {
                    file: file.clone(),
                    node: node.clone(),
                });
            }
        });
    }
    ui.add_space(8.0);
    if let Some(a) = &vm.autoplay {
        autoplay_view(ui, a);
    }
}

const NODE_W: f32 = 118.0;
/// Narrowest column before the map scrolls sideways.
const MIN_COL: f32 = 84.0;
const NODE_H: f32 = 26.0;

/// Lay nodes out in columns by layer, rows by order; endings are buttons too so every node can be
/// picked (and found by its label in tests).
fn map_view(
    ui: &mut egui::Ui,
    map: &MapViewModel,
    selected: Option<&str>,
    out: &mut Option<Intent>,
) {
    let layers = map.nodes.iter().map(|n| n.layer).max().map_or(1, |m| m + 1);
    let rows = map.nodes.iter().map(|n| n.order).max().map_or(1, |m| m + 1);
    // Fit the columns to the width where possible; a very long drill scrolls sideways.
    let col = (ui.available_width() / layers as f32).max(MIN_COL);
    let node_w = (col - 12.0).min(NODE_W);
    let row = NODE_H + 14.0;
    let height = rows as f32 * row + 8.0;
    egui::ScrollArea::horizontal()
        .id_salt("drill-map")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let size = Vec2::new(col * layers as f32, height);
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            // Nodes are placed in a child so they do not move the cursor back up.
            let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
            draw_map(&mut child, map, rect, (col, row, node_w), selected, out);
        });
}

/// Paint the edges, then one button per node (so each can be clicked, and found by label).
fn draw_map(
    ui: &mut egui::Ui,
    map: &MapViewModel,
    rect: Rect,
    (col, row, node_w): (f32, f32, f32),
    selected: Option<&str>,
    out: &mut Option<Intent>,
) {
    let chars = ((node_w - 10.0) / 6.5).max(5.0) as usize;
    let centre = |n: &MapNode| {
        Pos2::new(
            rect.left() + col * (n.layer as f32 + 0.5),
            rect.top() + 4.0 + row * (n.order as f32 + 0.5),
        )
    };
    let painter = ui.painter_at(rect.expand(2.0));
    for &(a, b) in &map.edges {
        let (Some(from), Some(to)) = (map.nodes.get(a), map.nodes.get(b)) else {
            continue;
        };
        let (p, q) = (centre(from), centre(to));
        let back = to.layer <= from.layer;
        let color = if back {
            Color32::from_rgb(150, 120, 200)
        } else {
            Color32::from_gray(150)
        };
        let start = p + Vec2::new(node_w / 2.0, 0.0);
        let end = q - Vec2::new(node_w / 2.0, 0.0);
        if back {
            // A loop back: bend below the nodes so it does not run through them.
            let dip = Vec2::new(0.0, row * 0.6);
            let pts = [
                p + Vec2::new(0.0, NODE_H / 2.0),
                p + dip,
                q + dip,
                q + Vec2::new(0.0, NODE_H / 2.0),
            ];
            painter.add(egui::Shape::line(pts.to_vec(), Stroke::new(1.2, color)));
        } else {
            painter.line_segment([start, end], Stroke::new(1.2, color));
            let dir = (end - start).normalized();
            let side = Vec2::new(-dir.y, dir.x) * 4.0;
            painter.add(egui::Shape::convex_polygon(
                vec![end, end - dir * 8.0 + side, end - dir * 8.0 - side],
                color,
                Stroke::NONE,
            ));
        }
    }
    for n in &map.nodes {
        let r = Rect::from_center_size(centre(n), Vec2::new(node_w, NODE_H));
        let mut fill = n.tone.color();
        if !n.reachable {
            fill = fill.gamma_multiply(0.35);
        }
        let label = n.id.clone();
        let is_selected = selected == Some(n.id.as_str());
        let text = RichText::new(short(&label, chars))
            .color(Color32::WHITE)
            .small();
        let button = egui::Button::new(text)
            .fill(fill)
            .stroke(if is_selected {
                Stroke::new(2.5, Color32::WHITE)
            } else if n.start {
                Stroke::new(2.0, Color32::from_rgb(240, 220, 120))
            } else if !n.reachable {
                Stroke::new(1.5, Color32::from_rgb(230, 80, 60))
            } else {
                Stroke::NONE
            })
            .corner_radius(if n.ending { 12.0 } else { 4.0 });
        let resp = ui.put(r, button).on_hover_text(label);
        if resp.clicked() {
            *out = Some(Intent::TrainerSelectNode(n.id.clone()));
        }
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

fn legend(ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        for t in Tone::ALL {
            ui.label(
                RichText::new(format!(" {} ", t.label()))
                    .small()
                    .color(Color32::WHITE)
                    .background_color(t.color()),
            );
        }
        ui.label(RichText::new("yellow rim: start · faded, red rim: unreachable").small());
    });
}

fn autoplay_view(ui: &mut egui::Ui, a: &AutoplaySummary) {
    ui.label(RichText::new(format!("Autoplay: {}", a.what)).strong());
    if let Some(w) = &a.warning {
        ui.label(RichText::new(w).color(Color32::from_rgb(230, 170, 60)));
    }
    let bars: Vec<egui_plot::Bar> = a
        .histogram
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            egui_plot::Bar::new(i as f64 * 10.0 + 5.0, f64::from(n))
                .width(9.0)
                .name(format!("{}–{}", i * 10, i * 10 + 9))
        })
        .collect();
    let peak = a.histogram.iter().copied().max().unwrap_or(1).max(1);
    egui_plot::Plot::new("autoplay-histogram")
        .height(150.0)
        .width(ui.available_width().min(560.0))
        .include_x(0.0)
        .include_x(100.0)
        .include_y(0.0)
        .include_y(f64::from(peak))
        .x_axis_label("score")
        .y_axis_label("paths")
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |p| {
            p.bar_chart(
                egui_plot::BarChart::new("paths", bars).color(Color32::from_rgb(90, 140, 200)),
            )
        });
    ui.horizontal_wrapped(|ui| {
        for (o, n) in &a.outcomes {
            ui.label(format!("{o}: {n}"));
            ui.separator();
        }
    });
    ui.label(format!("Best path: {}", a.best));
    ui.label(format!("Worst path: {}", a.worst));
    if a.never_reached.is_empty() {
        ui.label("Every node is reached by some path.");
    } else {
        ui.label(format!("Never reached: {}", a.never_reached.join(", ")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    fn vm() -> TrainerViewModel {
        TrainerViewModel {
            trainee: "Tess".into(),
            folder: "scenarios".into(),
            files: vec![
                FileRow {
                    file: "scenarios/a.ron".into(),
                    title: Some("Board".into()),
                    ..Default::default()
                },
                FileRow {
                    file: "scenarios/bad.ron".into(),
                    errors: 1,
                    ..Default::default()
                },
            ],
            selected: Some("scenarios/a.ron".into()),
            diagnostics: vec![(
                false,
                "scenarios/a.ron:12:5: warning[angry-no-ownership]: …".into(),
            )],
            map: Some(MapViewModel {
                nodes: vec![
                    MapNode {
                        id: "open".into(),
                        start: true,
                        reachable: true,
                        ..Default::default()
                    },
                    MapNode {
                        id: "won".into(),
                        layer: 1,
                        tone: Tone::Recovered,
                        reachable: true,
                        ending: true,
                        ..Default::default()
                    },
                    MapNode {
                        id: "orphan".into(),
                        layer: 1,
                        order: 1,
                        reachable: false,
                        ..Default::default()
                    },
                ],
                edges: vec![(0, 1)],
            }),
            selected_node: Some("open".into()),
            autoplay: Some(AutoplaySummary {
                what: "every path (6)".into(),
                histogram: vec![1, 0, 0, 0, 2, 0, 0, 0, 0, 3],
                outcomes: vec![("Recovered".into(), 3), ("Lost".into(), 3)],
                best: "1,1 → won (100)".into(),
                worst: "2,2 → lost (4)".into(),
                never_reached: vec!["orphan".into()],
                warning: None,
            }),
            reloads: 2,
        }
    }

    fn click(vm: &TrainerViewModel, label: &str) -> Option<Intent> {
        let mut got = None;
        let mut h = Harness::builder()
            .with_size(Vec2::new(1280.0, 720.0))
            .build_ui(|ui| {
                if let Some(i) = trainer_view(ui, vm) {
                    got = Some(i);
                }
            });
        h.get_by_label(label).click();
        h.run();
        drop(h);
        got
    }

    #[test]
    fn shows_findings_map_and_distribution() {
        let vm = vm();
        let h = Harness::builder()
            .with_size(Vec2::new(1280.0, 720.0))
            .build_ui(|ui| {
                trainer_view(ui, &vm);
            });
        assert!(h.query_by_label("1 error(s), 0 warning(s)").is_some());
        assert!(
            h.query_by_label("scenarios/a.ron:12:5: warning[angry-no-ownership]: …")
                .is_some()
        );
        assert!(
            h.query_by_label("Unreachable from the start: orphan")
                .is_some()
        );
        assert!(h.query_by_label("Never reached: orphan").is_some());
        assert!(h.query_by_label("Recovered: 3").is_some());
        assert!(h.query_by_label("Autoplay: every path (6)").is_some());
    }

    #[test]
    fn picks_a_file_a_node_and_previews_from_it() {
        let vm = vm();
        assert_eq!(
            click(&vm, "scenarios/bad.ron"),
            Some(Intent::TrainerSelect("scenarios/bad.ron".into()))
        );
        assert_eq!(
            click(&vm, "won"),
            Some(Intent::TrainerSelectNode("won".into()))
        );
        assert_eq!(
            click(&vm, "Play from `open`"),
            Some(Intent::PreviewFrom {
                file: "scenarios/a.ron".into(),
                node: "open".into()
            })
        );
    }

    #[test]
    fn an_ending_cannot_be_previewed_and_an_empty_folder_says_what_to_do() {
        let mut v = vm();
        v.selected_node = Some("won".into());
        let h = Harness::new_ui(|ui| {
            trainer_view(ui, &v);
        });
        assert!(h.query_by_label("Play from `won`").is_none());
        drop(h);
        let empty = TrainerViewModel {
            folder: "drills".into(),
            ..Default::default()
        };
        let h = Harness::new_ui(|ui| {
            trainer_view(ui, &empty);
        });
        assert!(
            h.query_by_label(
                "No drill files in drills yet. Create one with `comeback new my-drill --dir drills` and it appears here."
            )
            .is_some()
        );
    }
}
