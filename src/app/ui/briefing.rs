//! Briefing: the situation, your authority, and whether this failure is significant.

use super::Intent;
use bevy_egui::egui;
use egui::RichText;

#[derive(Debug, Clone, Default)]
pub struct BriefingViewModel {
    pub trainee: String,
    pub title: String,
    pub customer: String,
    pub situation: String,
    pub significant: bool,
    pub money_limit: String,
    pub remedies: Vec<String>,
    pub escalate_to: String,
    pub reply_seconds: u32,
    pub hours_since_failure: f32,
    pub target_hours: f32,
}

pub fn briefing_view(ui: &mut egui::Ui, vm: &BriefingViewModel) -> Option<Intent> {
    let mut out = super::nav_bar(ui, &vm.trainee, "Briefing");
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.heading(&vm.title);
        ui.add_space(6.0);
        ui.label(RichText::new(format!("Customer: {}", vm.customer)).strong());
        ui.label(&vm.situation);
        ui.add_space(8.0);
        ui.label(RichText::new("Your authority").strong());
        ui.label(format!("You may spend up to {} on one remedy without asking.", vm.money_limit));
        for r in &vm.remedies {
            ui.label(format!("• {r}"));
        }
        if !vm.escalate_to.is_empty() {
            ui.label(format!("You escalate to: {}", vm.escalate_to));
        }
        ui.add_space(8.0);
        ui.label(RichText::new("How serious is it?").strong());
        if vm.significant {
            ui.label("Significant failure: beyond your authority — bring in the right person at once.");
        } else {
            ui.label("Minor failure: within your authority — fix it yourself without handing it up.");
        }
        ui.add_space(8.0);
        ui.label(format!(
            "It is {:.1} hours since the failure; aim to have it fixed within {:.0} hours. \
             The customer waits about {} seconds for each answer.",
            vm.hours_since_failure, vm.target_hours, vm.reply_seconds
        ));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let start = ui.button(RichText::new("Start the drill (Enter)").strong());
            if start.clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                out = Some(Intent::StartDrill);
            }
            if ui.button("Back to the library (Esc)").clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                out = Some(Intent::ShowLibrary);
            }
        });
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    #[test]
    fn shows_authority_severity_and_starts() {
        let vm = BriefingViewModel {
            trainee: "Ana".into(),
            title: "Board".into(),
            customer: "Mick".into(),
            situation: "No board.".into(),
            significant: true,
            money_limit: "GBP 250".into(),
            ..Default::default()
        };
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = briefing_view(ui, &vm) {
                got = Some(i);
            }
        });
        assert!(
            h.query_by_label("You may spend up to GBP 250 on one remedy without asking.")
                .is_some()
        );
        assert!(
            h.query_by_label(
                "Significant failure: beyond your authority — bring in the right person at once."
            )
            .is_some()
        );
        h.get_by_label("Start the drill (Enter)").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::StartDrill));
    }
}
