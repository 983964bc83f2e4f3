//! Wake the reactive loop when a drill or plan file changes on disk, so the app can sleep for a
//! minute between frames while a person reads (a heartbeat of seconds costs a software-rendered
//! frame each time) and still shows a trainer's save within about a second.

use crate::app::assets::DrillFolder;
use bevy::prelude::*;
use bevy::winit::{EventLoopProxyWrapper, UpdateMode, WinitSettings, WinitUserEvent};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long the app sleeps between frames when nothing happens.
pub const HEARTBEAT: Duration = Duration::from_secs(60);
/// How often the folders are looked at (a `stat` per file: negligible).
const POLL: Duration = Duration::from_secs(1);
/// Frames to wake for after a change: the asset watcher debounces, so its events can land a
/// little after the file does.
const WAKES_AFTER_CHANGE: u32 = 3;

/// The app's settings while nobody is interacting: input, a file change or the heartbeat.
pub fn idle_settings() -> WinitSettings {
    WinitSettings {
        focused_mode: UpdateMode::reactive(HEARTBEAT),
        unfocused_mode: UpdateMode::reactive_low_power(HEARTBEAT),
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, watch_folders);
}

/// Names, sizes and modification times of the files directly in `dirs` and one level below.
pub fn fingerprint(dirs: &[PathBuf]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let walk = |dir: &Path, h: &mut std::collections::hash_map::DefaultHasher| {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut entries: Vec<_> = rd.flatten().collect();
        entries.sort_by_key(|e| e.path());
        let mut subdirs = Vec::new();
        for e in entries {
            let Ok(m) = e.metadata() else { continue };
            if m.is_dir() {
                subdirs.push(e.path());
            }
            e.path().hash(h);
            m.len().hash(h);
            m.modified().ok().hash(h);
        }
        subdirs
    };
    for d in dirs {
        for sub in walk(d, &mut h) {
            walk(&sub, &mut h);
        }
    }
    h.finish()
}

fn watch_folders(
    proxy: Option<Res<EventLoopProxyWrapper>>,
    folder: Res<DrillFolder>,
    opts: Res<crate::app::Options>,
) {
    let Some(proxy) = proxy else {
        return; // headless (tests): nothing to wake
    };
    let proxy = (**proxy).clone();
    let plans = crate::app::team::plans_dir(opts.plans.as_deref(), &folder.dir);
    let dirs = vec![folder.dir.clone(), plans];
    let spawned = std::thread::Builder::new()
        .name("comeback-folder-watch".into())
        .spawn(move || {
            let mut last = fingerprint(&dirs);
            let mut pending = 0;
            loop {
                let started = Instant::now();
                let now = fingerprint(&dirs);
                if now != last {
                    last = now;
                    pending = WAKES_AFTER_CHANGE;
                }
                if pending > 0 {
                    pending -= 1;
                    // The event loop has closed: the app is exiting.
                    if proxy.send_event(WinitUserEvent::WakeUp).is_err() {
                        return;
                    }
                }
                std::thread::sleep(POLL.saturating_sub(started.elapsed()));
            }
        });
    if let Err(e) = spawned {
        warn!("no folder watch ({e}); edits to drills show at the next input or within a minute");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_or_added_file_changes_the_fingerprint() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = vec![dir.path().to_path_buf()];
        let empty = fingerprint(&d);
        std::fs::write(dir.path().join("a.ron"), "Scenario()").expect("write");
        let one = fingerprint(&d);
        assert_ne!(empty, one);
        assert_eq!(one, fingerprint(&d), "stable while nothing changes");
        std::fs::write(dir.path().join("a.ron"), "Scenario(format: 1)").expect("write");
        assert_ne!(one, fingerprint(&d), "a save that changes the size");
        std::fs::create_dir(dir.path().join("more")).expect("mkdir");
        let with_dir = fingerprint(&d);
        std::fs::write(dir.path().join("more/b.ron"), "x").expect("write");
        assert_ne!(with_dir, fingerprint(&d), "a file one level down");
        // a folder that is not there is simply empty
        let missing = vec![dir.path().join("missing")];
        assert_eq!(fingerprint(&missing), fingerprint(&missing));
    }
}
