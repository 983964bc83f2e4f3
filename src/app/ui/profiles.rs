//! Profiles: pick a trainee, create one, or try as a guest.

use super::Intent;
use bevy_egui::egui;

#[derive(Debug, Clone, Default)]
pub struct ProfilesViewModel {
    pub trainees: Vec<String>,
    /// Why history is unavailable, when it is.
    pub notice: Option<String>,
}

pub fn profiles_view(
    ui: &mut egui::Ui,
    vm: &ProfilesViewModel,
    new_name: &mut String,
) -> Option<Intent> {
    let mut out = None;
    ui.heading("Comeback — who is training?");
    ui.label("Rehearse the conversation after your company has let a customer down.");
    ui.add_space(12.0);
    if let Some(n) = &vm.notice {
        ui.colored_label(egui::Color32::from_rgb(180, 90, 20), n);
    }
    if vm.trainees.is_empty() {
        ui.label("No trainees yet. Create one below, or try a drill as a guest.");
    } else {
        ui.label("Pick your name:");
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for name in &vm.trainees {
                    if ui.button(name).clicked() {
                        out = Some(Intent::PickTrainee(name.clone()));
                    }
                }
            });
    }
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        ui.label("New trainee:");
        let r = ui.add(
            egui::TextEdit::singleline(new_name)
                .hint_text("your name")
                .desired_width(220.0),
        );
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ok = !new_name.trim().is_empty();
        if (ui.add_enabled(ok, egui::Button::new("Create")).clicked() || enter) && ok {
            out = Some(Intent::CreateTrainee(new_name.trim().to_string()));
        }
    });
    ui.add_space(12.0);
    if ui
        .button("Try as guest")
        .on_hover_text("A quick try; nothing is recorded")
        .clicked()
    {
        out = Some(Intent::Guest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    #[test]
    fn pick_create_and_guest() {
        let vm = ProfilesViewModel {
            trainees: vec!["Ana".into(), "Ben".into()],
            notice: None,
        };
        let mut got = None;
        let mut name = String::new();
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = profiles_view(ui, &vm, &mut name) {
                got = Some(i);
            }
        });
        h.get_by_label("Ben").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::PickTrainee("Ben".into())));

        let mut got = None;
        let mut name = String::new();
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = profiles_view(ui, &vm, &mut name) {
                got = Some(i);
            }
        });
        h.get_by_label("Try as guest").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::Guest));

        let mut got = None;
        let mut name = String::from("Cleo");
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = profiles_view(ui, &vm, &mut name) {
                got = Some(i);
            }
        });
        h.get_by_label("Create").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::CreateTrainee("Cleo".into())));
    }
}
