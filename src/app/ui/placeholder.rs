//! Trainer and Team: other issues fill these; until then a clear "coming" state.

use super::Intent;
use bevy_egui::egui;

pub struct PlaceholderViewModel {
    pub title: &'static str,
    pub what: &'static str,
}

pub fn placeholder_view(ui: &mut egui::Ui, vm: &PlaceholderViewModel) -> Option<Intent> {
    let mut out = None;
    ui.add_space(40.0);
    ui.vertical_centered(|ui| {
        ui.heading(format!("{} — coming soon", vm.title));
        ui.add_space(8.0);
        ui.label(vm.what);
        ui.add_space(16.0);
        if ui.button("Back to the library").clicked() {
            out = Some(Intent::ShowLibrary);
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::{Harness, kittest::Queryable};

    #[test]
    fn says_coming_and_goes_back() {
        let vm = PlaceholderViewModel {
            title: "Team",
            what: "See how a team is doing.",
        };
        let mut got = None;
        let mut h = Harness::new_ui(|ui| {
            if let Some(i) = placeholder_view(ui, &vm) {
                got = Some(i);
            }
        });
        assert!(h.query_by_label("Team — coming soon").is_some());
        h.get_by_label("Back to the library").click();
        h.run();
        drop(h);
        assert_eq!(got, Some(Intent::ShowLibrary));
    }
}
