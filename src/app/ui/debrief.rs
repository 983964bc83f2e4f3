//! Debrief: outcome, total and grade, a bar per principle, the mood curve, the annotated
//! transcript, the best path, and Rewind (replay from any turn, both mood curves side by side).

use super::{Intent, move_chip};
use crate::domain::drill::Transcript;
use crate::domain::moves::Move;
use crate::domain::scoring::Scorecard;
use bevy_egui::egui;
use egui::{Color32, RichText};
use egui_plot::{Legend, Line, PlotPoints};

#[derive(Debug, Clone, Default)]
pub struct TurnRow {
    pub index: usize,
    pub customer_line: String,
    pub text: String,
    pub moves: Vec<Move>,
    pub coaching: String,
    pub note: String,
    pub mood_before: u8,
    pub mood_after: u8,
}

#[derive(Debug, Clone, Default)]
pub struct RewindRow {
    pub from_turn: usize,
    pub total: u32,
    pub grade: String,
    pub outcome: String,
    pub mood: Vec<[f64; 2]>,
}

#[derive(Debug, Clone, Default)]
pub struct DebriefViewModel {
    pub trainee: String,
    pub title: String,
    pub outcome: String,
    pub total: u32,
    pub grade: String,
    pub hours: String,
    /// (label, score 0–100, weight, note)
    pub principles: Vec<(String, u32, u32, String)>,
    pub violations: Vec<String>,
    pub advice: Vec<String>,
    pub mood: Vec<[f64; 2]>,
    pub turns: Vec<TurnRow>,
    pub best_path: Vec<String>,
    pub best_total: Option<u32>,
    pub rewind: Option<RewindRow>,
    pub recorded: bool,
    /// During a team session: the button back to it ("Kim is up next", "See the team report").
    pub team_next: Option<String>,
}

/// Mood after each turn, starting with the opening mood at x = 0.
pub fn mood_curve(t: &Transcript) -> Vec<[f64; 2]> {
    std::iter::once([0.0, f64::from(t.start_mood)])
        .chain(
            t.turns
                .iter()
                .map(|turn| [(turn.index + 1) as f64, f64::from(turn.mood_after)]),
        )
        .collect()
}

fn outcome_label(c: &Scorecard) -> String {
    match c.outcome.ending {
        Some(o) => o.label().to_string(),
        None => "Unfinished".to_string(),
    }
}

impl DebriefViewModel {
    pub fn build(
        trainee: &str,
        title: &str,
        t: &Transcript,
        card: &Scorecard,
        rewind: Option<(usize, &Transcript, &Scorecard)>,
        best: Option<(Vec<String>, u32)>,
        recorded: bool,
    ) -> Self {
        let turns = t
            .turns
            .iter()
            .map(|turn| TurnRow {
                index: turn.index,
                customer_line: turn.customer_line.clone(),
                text: turn.text.clone(),
                moves: turn.moves.clone(),
                coaching: turn.coaching.clone(),
                note: card
                    .turns
                    .iter()
                    .find(|n| n.turn == turn.index)
                    .map(|n| format!("{:+} points — {}", n.points, super::plain(&n.line)))
                    .unwrap_or_default(),
                mood_before: turn.mood_before,
                mood_after: turn.mood_after,
            })
            .collect();
        let (best_path, best_total) = match best {
            Some((p, s)) => (p, Some(s)),
            None => (Vec::new(), None),
        };
        DebriefViewModel {
            trainee: trainee.to_string(),
            title: title.to_string(),
            outcome: outcome_label(card),
            total: card.total,
            grade: format!("{:?}", card.grade),
            hours: format!(
                "{:.1} h of {:.0} h target",
                card.outcome.hours, card.outcome.target_hours
            ),
            principles: card
                .principles
                .iter()
                .map(|p| {
                    (
                        p.principle.label().to_string(),
                        p.score,
                        p.weight,
                        p.note.clone(),
                    )
                })
                .collect(),
            violations: card.violations.iter().map(|v| v.message.clone()).collect(),
            advice: card.advice.clone(),
            mood: mood_curve(t),
            turns,
            best_path,
            best_total,
            rewind: rewind.map(|(from, rt, rc)| RewindRow {
                from_turn: from,
                total: rc.total,
                grade: format!("{:?}", rc.grade),
                outcome: outcome_label(rc),
                mood: mood_curve(rt),
            }),
            recorded,
            team_next: None,
        }
    }
}

pub fn debrief_view(ui: &mut egui::Ui, vm: &DebriefViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Debrief");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(&vm.title);
            ui.label(
                RichText::new(format!(
                    "{} — score {} / 100, grade {}",
                    vm.outcome, vm.total, vm.grade
                ))
                .strong()
                .size(ui.style().text_styles[&egui::TextStyle::Body].size * 1.3),
            );
            ui.label(format!("Simulated time: {}", vm.hours));
            if !vm.recorded {
                let why = if vm.trainee == "guest" {
                    "Guest drill: not recorded."
                } else {
                    "Not recorded (a preview, or the history could not be written)."
                };
                ui.label(RichText::new(why).small());
            }
            if let Some(r) = &vm.rewind {
                ui.label(
                    RichText::new(format!(
                        "Rewound from turn {}: {} — score {} / 100, grade {}",
                        r.from_turn + 1,
                        r.outcome,
                        r.total,
                        r.grade
                    ))
                    .color(Color32::from_rgb(40, 90, 170)),
                );
            }
            if let Some(next) = &vm.team_next {
                ui.add_space(4.0);
                if ui
                    .button(RichText::new(format!("Back to the team session: {next}")).strong())
                    .clicked()
                {
                    out = Some(Intent::ShowTeam);
                }
            }
            ui.horizontal(|ui| {
                if ui.button("Play it again").clicked() {
                    out = Some(Intent::StartDrill);
                }
                if ui.button("Back to the library").clicked() {
                    out = Some(Intent::ShowLibrary);
                }
                if ui.button("See my progress").clicked() {
                    out = Some(Intent::ShowProgress);
                }
            });
            ui.separator();
            let half = (ui.available_width() - 16.0) / 2.0;
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new("Principles").strong());
                    egui::Grid::new("principles")
                        .num_columns(2)
                        .striped(true)
                        .show(ui, |ui| {
                            for (label, score, weight, note) in &vm.principles {
                                ui.label(label).on_hover_text(note);
                                ui.add(
                                    egui::ProgressBar::new(*score as f32 / 100.0)
                                        .desired_width(half * 0.5)
                                        .text(format!("{score}% of {weight} pts")),
                                );
                                ui.end_row();
                            }
                        });
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.label(RichText::new("Customer's anger over the drill").strong());
                    super::static_plot("mood", 220.0, half)
                        .legend(Legend::default())
                        .x_axis_label("turn")
                        .y_axis_label("anger")
                        .show(ui, |p| {
                            p.line(
                                Line::new("this drill", PlotPoints::from(vm.mood.clone()))
                                    .width(2.5),
                            );
                            if let Some(r) = &vm.rewind {
                                p.line(
                                    Line::new("rewound", PlotPoints::from(r.mood.clone()))
                                        .width(2.5),
                                );
                            }
                        });
                });
            });
            if !vm.violations.is_empty() {
                ui.label(RichText::new("What cost points").strong());
                for v in &vm.violations {
                    ui.label(format!("• {v}"));
                }
            }
            ui.separator();
            ui.label(RichText::new("Your replies — Rewind to try a turn again").strong());
            for t in &vm.turns {
                egui::Frame::group(ui.style())
                    .inner_margin(6.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            RichText::new(format!(
                                "Turn {} — customer: {}",
                                t.index + 1,
                                t.customer_line
                            ))
                            .italics(),
                        );
                        ui.label(format!("You: {}", t.text));
                        ui.horizontal_wrapped(|ui| {
                            for m in &t.moves {
                                move_chip(ui, *m);
                            }
                            ui.label(
                                RichText::new(format!(
                                    "anger {} to {}",
                                    t.mood_before, t.mood_after
                                ))
                                .small(),
                            );
                        });
                        if !t.coaching.is_empty() {
                            ui.label(
                                RichText::new(format!("Coaching: {}", t.coaching))
                                    .color(Color32::from_rgb(30, 100, 60)),
                            );
                        }
                        if !t.note.is_empty() {
                            ui.label(RichText::new(&t.note).small());
                        }
                        if ui
                            .button(format!("Rewind to turn {}", t.index + 1))
                            .clicked()
                        {
                            out = Some(Intent::Rewind(t.index));
                        }
                    });
            }
            if !vm.best_path.is_empty() {
                ui.separator();
                let head = match vm.best_total {
                    Some(s) => format!("The best path (scores {s})"),
                    None => "The best path".to_string(),
                };
                ui.label(RichText::new(head).strong());
                for (i, step) in vm.best_path.iter().enumerate() {
                    ui.label(format!("{}. {step}", i + 1));
                }
            }
            if !vm.advice.is_empty() {
                ui.separator();
                ui.label(RichText::new("Practise next").strong());
                for a in &vm.advice {
                    ui.label(format!("• {a}"));
                }
            }
        });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ui::drill::tests::drill;
    use crate::domain::drill::{Answer, Drill, DrillContext};
    use crate::domain::scoring::score;
    use egui_kittest::{Harness, kittest::Queryable};

    fn finished() -> Drill {
        let mut d = drill();
        for _ in 0..12 {
            if d.is_over() {
                break;
            }
            if d.respond(Answer::Choice(0)).is_err() {
                break;
            }
        }
        d
    }

    #[test]
    fn shows_coaching_grade_and_rewinds() {
        let d = finished();
        let t = d.transcript().clone();
        let card = score(&t);
        let vm = DebriefViewModel::build(
            "Ana",
            "Board",
            &t,
            &card,
            None,
            Some((vec!["a".into()], 90)),
            true,
        );
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = debrief_view(ui, &vm) {
                got = Some(i);
            }
        });
        h.set_size(egui::vec2(1280.0, 2400.0));
        h.run();
        let first = &t.turns[0];
        assert!(
            h.query_by_label(&format!("Coaching: {}", first.coaching))
                .is_some()
        );
        assert!(
            h.query_by_label_contains(&format!("score {} / 100", card.total))
                .is_some()
        );
        assert!(h.query_by_label("The best path (scores 90)").is_some());
        h.get_by_label("Rewind to turn 1").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::Rewind(0)));
    }

    #[test]
    fn rewound_drill_shows_both_results() {
        let d = finished();
        let t = d.transcript().clone();
        let card = score(&t);
        let mut r = Drill::replay(d.scenario().clone(), t.seed, DrillContext::default(), &[])
            .expect("replay");
        let _ = r.respond(Answer::Choice(1));
        let rt = r.transcript().clone();
        let rc = score(&rt);
        let vm =
            DebriefViewModel::build("Ana", "Board", &t, &card, Some((0, &rt, &rc)), None, true);
        assert_eq!(
            vm.rewind.as_ref().map(|r| r.mood.len()),
            Some(rt.turns.len() + 1)
        );
        let mut h = Harness::new_ui(|ui| {
            debrief_view(ui, &vm);
        });
        h.set_size(egui::vec2(1280.0, 2400.0));
        h.run();
        assert!(h.query_by_label_contains("Rewound from turn 1").is_some());
    }

    #[test]
    fn a_team_seat_leads_back_to_the_session() {
        let d = finished();
        let t = d.transcript().clone();
        let card = score(&t);
        let mut vm = DebriefViewModel::build("Kim", "Board", &t, &card, None, None, true);
        vm.team_next = Some("Lee is up next".into());
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = debrief_view(ui, &vm) {
                got = Some(i);
            }
        });
        h.get_by_label("Back to the team session: Lee is up next")
            .click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::ShowTeam));
    }
}
