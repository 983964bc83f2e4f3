//! Team: pick a practice plan, hand the seat round ("Sam, you're up — drill 2 of 4") with a live
//! scoreboard, then the team report with the session's best recovery told as a story.

use super::Intent;
use crate::domain::moves::Move;
use bevy_egui::egui;
use egui::{Color32, RichText};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanRow {
    pub file: String,
    pub name: String,
    pub roster: Vec<String>,
    /// e.g. "4 drills, everyone plays each" or "recommended drill per trainee, rotating".
    pub shape: String,
    /// `check` errors: a plan with errors cannot start.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoreRow {
    pub trainee: String,
    pub done: usize,
    pub total: usize,
    pub average: Option<u32>,
    pub last: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReportRow {
    /// A trainee, or "Team" for the whole team.
    pub who: String,
    pub drills: usize,
    pub average: u32,
    pub recovered: u32,
    pub within_24h: u32,
    pub delighted: u32,
}

/// One exchange of the best recovery, with the moves the reply made.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryLine {
    pub customer: String,
    pub reply: String,
    pub moves: Vec<Move>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Story {
    pub trainee: String,
    pub drill: String,
    pub total: u32,
    pub lines: Vec<StoryLine>,
    /// Why it scored: the scorecard's explanations.
    pub why: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamReportView {
    pub plan: String,
    pub rows: Vec<ReportRow>,
    /// The principles the team is weakest on, with the team's mean score (0–100).
    pub weakest: Vec<(String, u32)>,
    pub most_improved: Option<String>,
    pub story: Option<Story>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TeamPhase {
    /// No session running: pick a plan.
    Plans(Vec<PlanRow>),
    /// Someone's turn in the hot seat.
    Up {
        plan: String,
        trainee: String,
        drill: String,
        index: usize,
        total: usize,
        /// e.g. "4 min for this drill".
        limit: Option<String>,
        scoreboard: Vec<ScoreRow>,
    },
    Report(TeamReportView),
}

#[derive(Debug, Clone)]
pub struct TeamViewModel {
    pub trainee: String,
    pub folder: String,
    pub phase: TeamPhase,
}

pub fn team_view(ui: &mut egui::Ui, vm: &TeamViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Team practice");
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| match &vm.phase {
            TeamPhase::Plans(plans) => plans_view(ui, plans, &vm.folder, &mut out),
            TeamPhase::Up {
                plan,
                trainee,
                drill,
                index,
                total,
                limit,
                scoreboard,
            } => {
                ui.label(RichText::new(plan).small());
                ui.add_space(8.0);
                ui.heading(format!(
                    "{trainee}, you're up — drill {} of {total}",
                    index + 1
                ));
                ui.label(format!("Drill: {drill}"));
                ui.label(
                    RichText::new("Hand over the keyboard, then press Enter or Start.").small(),
                );
                if let Some(l) = limit {
                    ui.label(l);
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let start = ui.button(format!("Start: {drill}")).on_hover_text("Enter");
                    if start.clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        out = Some(Intent::TeamPlay);
                    }
                    if ui.button("Skip this seat").clicked() {
                        out = Some(Intent::TeamSkip);
                    }
                    if ui.button("End the session now").clicked() {
                        out = Some(Intent::TeamEnd);
                    }
                });
                ui.add_space(12.0);
                scoreboard_view(ui, scoreboard);
            }
            TeamPhase::Report(r) => report_view(ui, r, &mut out),
        });
    out
}

fn plans_view(ui: &mut egui::Ui, plans: &[PlanRow], folder: &str, out: &mut Option<Intent>) {
    if plans.is_empty() {
        ui.label(format!(
            "No practice plans in {folder}. A plan names a roster and the drills to run; see plans/README.md."
        ));
        return;
    }
    ui.label("Pick a practice plan. Each drill is recorded under the trainee in the seat.");
    ui.add_space(6.0);
    for p in plans {
        egui::Frame::group(ui.style())
            .inner_margin(8.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&p.name).strong());
                ui.label(format!("Roster: {}", p.roster.join(", ")));
                ui.label(&p.shape);
                if p.problems.is_empty() {
                    if ui.button(format!("Run: {}", p.name)).clicked() {
                        *out = Some(Intent::TeamStart(p.file.clone()));
                    }
                } else {
                    for d in &p.problems {
                        ui.label(
                            RichText::new(d)
                                .monospace()
                                .color(Color32::from_rgb(220, 90, 70)),
                        );
                    }
                }
            });
        ui.add_space(4.0);
    }
}

fn scoreboard_view(ui: &mut egui::Ui, rows: &[ScoreRow]) {
    ui.label(RichText::new("Scoreboard").strong());
    egui::Grid::new("scoreboard")
        .striped(true)
        .num_columns(4)
        .show(ui, |ui| {
            ui.label("Trainee");
            ui.label("Done");
            ui.label("Average");
            ui.label("Last");
            ui.end_row();
            for r in rows {
                ui.label(&r.trainee);
                ui.label(format!("{} of {}", r.done, r.total));
                ui.label(r.average.map_or("–".into(), |a| a.to_string()));
                ui.label(r.last.map_or("–".into(), |a| a.to_string()));
                ui.end_row();
            }
        });
}

fn report_view(ui: &mut egui::Ui, r: &TeamReportView, out: &mut Option<Intent>) {
    ui.heading(format!("Team report: {}", r.plan));
    ui.add_space(6.0);
    egui::Grid::new("team-report")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            for h in [
                "Who",
                "Drills",
                "Average",
                "Recovered",
                "Within 24 h",
                "Delighted",
            ] {
                ui.label(RichText::new(h).strong());
            }
            ui.end_row();
            for row in &r.rows {
                ui.label(&row.who);
                ui.label(row.drills.to_string());
                ui.label(row.average.to_string());
                ui.label(format!("{}%", row.recovered));
                ui.label(format!("{}%", row.within_24h));
                ui.label(format!("{}%", row.delighted));
                ui.end_row();
            }
        });
    ui.add_space(8.0);
    if !r.weakest.is_empty() {
        let list: Vec<String> = r
            .weakest
            .iter()
            .map(|(p, s)| format!("{p} ({s})"))
            .collect();
        ui.label(format!("The team is weakest on: {}", list.join(", ")));
    }
    match &r.most_improved {
        Some(m) => ui.label(format!("Most improved since this plan's last session: {m}")),
        None => ui.label("Most improved: needs an earlier session of this plan to compare with."),
    };
    ui.add_space(10.0);
    if let Some(s) = &r.story {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!(
                        "Best recovery: {} on “{}” ({} points)",
                        s.trainee, s.drill, s.total
                    ))
                    .strong(),
                );
                for l in &s.lines {
                    ui.label(
                        RichText::new(format!("Customer: {}", super::plain(&l.customer))).italics(),
                    );
                    ui.horizontal_wrapped(|ui| {
                        ui.label(format!("{}: {}", s.trainee, super::plain(&l.reply)));
                        for m in &l.moves {
                            super::move_chip(ui, *m);
                        }
                    });
                }
                ui.add_space(4.0);
                ui.label(RichText::new("Why it scored").strong());
                for w in &s.why {
                    ui.label(format!("• {}", super::plain(w)));
                }
            });
    } else {
        ui.label("No drill was recovered in this session, so there is no story to tell yet.");
    }
    ui.add_space(8.0);
    if ui.button("Back to the plans").clicked() {
        *out = Some(Intent::TeamClose);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    fn run(vm: &TeamViewModel, click: Option<&str>, expect: &[&str]) -> Option<Intent> {
        let mut got = None;
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 720.0))
            .build_ui(|ui| {
                if let Some(i) = team_view(ui, vm) {
                    got = Some(i);
                }
            });
        for e in expect {
            assert!(h.query_by_label(e).is_some(), "missing label {e:?}");
        }
        if let Some(c) = click {
            h.get_by_label(c).click();
            h.run();
        }
        drop(h);
        got
    }

    fn vm(phase: TeamPhase) -> TeamViewModel {
        TeamViewModel {
            trainee: "Facilitator".into(),
            folder: "plans".into(),
            phase,
        }
    }

    #[test]
    fn plans_start_and_broken_plans_say_why() {
        let plans = vec![
            PlanRow {
                file: "plans/monday.ron".into(),
                name: "Monday block".into(),
                roster: vec!["Sam".into(), "Ana".into()],
                shape: "2 drills, everyone plays each".into(),
                problems: vec![],
            },
            PlanRow {
                file: "plans/bad.ron".into(),
                name: "Broken".into(),
                problems: vec!["plans/bad.ron:3:9: error[unknown-drill]: …".into()],
                ..Default::default()
            },
        ];
        let got = run(
            &vm(TeamPhase::Plans(plans)),
            Some("Run: Monday block"),
            &[
                "Roster: Sam, Ana",
                "plans/bad.ron:3:9: error[unknown-drill]: …",
            ],
        );
        assert_eq!(got, Some(Intent::TeamStart("plans/monday.ron".into())));
        run(
            &vm(TeamPhase::Plans(vec![])),
            None,
            &[
                "No practice plans in plans. A plan names a roster and the drills to run; see plans/README.md.",
            ],
        );
    }

    #[test]
    fn the_hot_seat_names_who_is_up_and_the_scoreboard_is_live() {
        let phase = TeamPhase::Up {
            plan: "Monday block".into(),
            trainee: "Sam".into(),
            drill: "The part that never came".into(),
            index: 1,
            total: 4,
            limit: Some("4 min for this drill".into()),
            scoreboard: vec![ScoreRow {
                trainee: "Ana".into(),
                done: 1,
                total: 2,
                average: Some(84),
                last: Some(88),
            }],
        };
        let got = run(
            &vm(phase),
            Some("Start: The part that never came"),
            &["Sam, you're up — drill 2 of 4", "1 of 2", "84", "88"],
        );
        assert_eq!(got, Some(Intent::TeamPlay));
    }

    #[test]
    fn enter_starts_the_seat_for_keyboard_only_play() {
        let phase = TeamPhase::Up {
            plan: "Monday block".into(),
            trainee: "Kim".into(),
            drill: "Hotel".into(),
            index: 0,
            total: 2,
            limit: None,
            scoreboard: vec![],
        };
        let v = vm(phase);
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = team_view(ui, &v) {
                got = Some(i);
            }
        });
        h.key_press(egui::Key::Enter);
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::TeamPlay));
    }

    #[test]
    fn the_report_shows_figures_and_the_best_story() {
        let r = TeamReportView {
            plan: "Monday block".into(),
            rows: vec![ReportRow {
                who: "Team".into(),
                drills: 6,
                average: 71,
                recovered: 67,
                within_24h: 50,
                delighted: 17,
            }],
            weakest: vec![("follow up".into(), 32)],
            most_improved: Some("Sam (+18)".into()),
            story: Some(Story {
                trainee: "Ana".into(),
                drill: "Hotel room".into(),
                total: 96,
                lines: vec![StoryLine {
                    customer: "Where is my room?".into(),
                    reply: "That's on us.".into(),
                    moves: vec![Move::Ownership],
                }],
                why: vec!["Owned it in the first reply (+10)".into()],
            }),
        };
        let got = run(
            &vm(TeamPhase::Report(r)),
            Some("Back to the plans"),
            &[
                "67%",
                "The team is weakest on: follow up (32)",
                "Most improved since this plan's last session: Sam (+18)",
                "Best recovery: Ana on “Hotel room” (96 points)",
                "Ana: That's on us.",
                "• Owned it in the first reply (+10)",
            ],
        );
        assert_eq!(got, Some(Intent::TeamClose));
    }
}
