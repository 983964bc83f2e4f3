//! The drill history (same SQLite database as the CLI), behind a mutex so Bevy can share it.

use crate::domain::history::{History, TraineeId, default_data_dir};
use bevy::prelude::*;
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Resource)]
pub struct Records {
    pub history: Option<Mutex<History>>,
    /// Why the history could not be opened.
    pub problem: Option<String>,
    pub data_dir: Option<PathBuf>,
}

impl Records {
    pub fn open(data_dir: Option<PathBuf>) -> Records {
        let dir = match default_data_dir(data_dir) {
            Ok(d) => d,
            Err(e) => {
                return Records {
                    history: None,
                    problem: Some(format!("no data folder: {e}")),
                    data_dir: None,
                };
            }
        };
        let _ = std::fs::create_dir_all(&dir);
        match History::open(&dir) {
            Ok(h) => Records {
                problem: h.moved_aside().map(|m| m.to_string()),
                history: Some(Mutex::new(h)),
                data_dir: Some(dir),
            },
            Err(e) => Records {
                history: None,
                problem: Some(format!("drills will not be recorded: {e}")),
                data_dir: Some(dir),
            },
        }
    }

    /// Run `f` on the history; errors become a logged warning and `None`.
    pub fn with<T>(
        &self,
        what: &str,
        f: impl FnOnce(&History) -> Result<T, crate::domain::history::HistoryError>,
    ) -> Option<T> {
        let guard = self.guard()?;
        match f(&guard) {
            Ok(v) => Some(v),
            Err(e) => {
                warn!("history: {what}: {e}");
                None
            }
        }
    }

    /// The history itself, for domain calls whose errors are not history errors.
    pub fn guard(&self) -> Option<std::sync::MutexGuard<'_, History>> {
        let h = self.history.as_ref()?;
        Some(match h.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        })
    }

    pub fn trainee(&self, name: &str) -> Option<TraineeId> {
        self.with("trainee", |h| h.trainee(name))
    }
}
