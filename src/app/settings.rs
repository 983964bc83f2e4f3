//! The font-size and drill-language settings, kept in `settings.json` in the data folder.

use super::records::Records;
use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub const MIN_FONT: f32 = 12.0;
pub const MAX_FONT: f32 = 28.0;

#[derive(Resource, Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    pub font_size: f32,
    /// Play drills in this language where a translation (`ID.LANG.ron`) exists; None = as written.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            font_size: 16.0,
            language: None,
            path: None,
        }
    }
}

impl Settings {
    pub fn load(path: Option<PathBuf>) -> Settings {
        let mut s: Settings = path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        s.font_size = s.font_size.clamp(MIN_FONT, MAX_FONT);
        s.path = path;
        s
    }

    pub fn save(&self) {
        let Some(p) = &self.path else { return };
        match serde_json::to_string_pretty(self) {
            Ok(t) => {
                if let Err(e) = std::fs::write(p, t) {
                    warn!("could not save settings to {}: {e}", p.display());
                }
            }
            Err(e) => warn!("could not save settings: {e}"),
        }
    }

    pub fn set_language(&mut self, lang: Option<String>) {
        self.language = lang;
        self.save();
    }

    pub fn bump(&mut self, by: f32) {
        self.font_size = (self.font_size + by).clamp(MIN_FONT, MAX_FONT);
        self.save();
    }
}

pub(super) fn plugin(app: &mut App) {
    let path = app
        .world()
        .get_resource::<Records>()
        .and_then(|r| r.data_dir.clone())
        .map(|d| d.join("settings.json"));
    app.insert_resource(Settings::load(path));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_size_persists_and_is_clamped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("settings.json");
        let mut s = Settings::load(Some(p.clone()));
        assert_eq!(s.font_size, 16.0);
        s.bump(2.0);
        assert_eq!(Settings::load(Some(p.clone())).font_size, 18.0);
        s.bump(100.0);
        assert_eq!(Settings::load(Some(p.clone())).font_size, MAX_FONT);
        s.set_language(Some("fr".into()));
        assert_eq!(
            Settings::load(Some(p.clone())).language.as_deref(),
            Some("fr")
        );
        std::fs::write(&p, "not json").expect("write");
        assert_eq!(Settings::load(Some(p)).font_size, 16.0);
    }
}
