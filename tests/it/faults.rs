//! Faults a trainee's machine really has: a full disk, a drill file deleted or broken mid-drill, a
//! history written by a newer Comeback — and the bad-drill corpus, file by file.

use comeback::domain::history::{DB_FILE, DrillStatus, History};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn bundled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name)
}

fn comeback(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_comeback"));
    c.arg("--data-dir")
        .arg(data)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// `comeback play FILE --trainee kim` answering from a pipe, as a trainee at a terminal does.
fn interactive_play(data: &Path, file: &Path) -> Child {
    comeback(data)
        .arg("play")
        .arg(file)
        .args(["--trainee", "kim", "--seed", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn comeback play")
}

/// Wait until kim's unfinished drill has `n` answers committed (the child is mid-drill).
fn wait_for_answers(data: &Path, n: usize) {
    let start = Instant::now();
    loop {
        let done = data.join(DB_FILE).exists()
            && History::open(data).ok().is_some_and(|h| {
                h.find_trainee("kim")
                    .ok()
                    .flatten()
                    .and_then(|k| h.abandoned(k).ok())
                    .is_some_and(|a| a.first().is_some_and(|d| d.answers.len() == n))
            });
        if done {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for answer {n} to be committed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Answer "1" to every remaining turn, close stdin and collect what the child said.
fn finish(mut child: Child) -> (bool, String, String) {
    if let Some(mut stdin) = child.stdin.take() {
        for _ in 0..12 {
            // The child stops reading at the ending; later lines may meet a closed pipe.
            let _ = writeln!(stdin, "1");
        }
    }
    let out = child.wait_with_output().expect("wait for comeback play");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn first_answer(child: &mut Child) {
    let stdin = child.stdin.as_mut().expect("stdin");
    writeln!(stdin, "1").expect("answer 1");
    stdin.flush().expect("flush");
}

/// The drill is read once at the start; deleting or breaking the file mid-drill changes nothing.
#[test]
fn drill_file_deleted_or_broken_mid_drill_finishes_from_memory_and_is_recorded() {
    for what in ["deleted", "rewritten broken"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        let file = dir.path().join("drill.ron");
        std::fs::copy(bundled("site-part-no-show.ron"), &file).expect("copy drill");
        let mut child = interactive_play(&data, &file);
        first_answer(&mut child);
        wait_for_answers(&data, 1);
        if what == "deleted" {
            std::fs::remove_file(&file).expect("delete the drill file");
        } else {
            std::fs::write(&file, "Scenario(format: 1, id: ").expect("break the drill file");
        }
        let (ok, out, err) = finish(child);
        assert!(ok, "{what}: {out}{err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        assert!(
            out.contains("Score "),
            "{what}: the drill ends and scores: {out}"
        );
        let h = History::open(&data).expect("reopen history");
        let kim = h.find_trainee("kim").expect("query").expect("kim");
        let drills = h.drills(kim).expect("drills");
        assert_eq!(drills.len(), 1, "{what}");
        assert_eq!(drills[0].status, DrillStatus::Finished, "{what}");
        assert!(drills[0].turns >= 2, "{what}: {:?}", drills[0]);
        assert_eq!(drills[0].scenario_id, "site-part-no-show", "{what}");
    }
}

/// A small tmpfs, unmounted (lazily, in case a child still holds it) however the test ends.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(at: &Path, size: &str) -> Result<Tmpfs, String> {
        std::fs::create_dir_all(at).map_err(|e| e.to_string())?;
        let o = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if o.status.success() {
            Ok(Tmpfs(at.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&o.stderr).trim().to_string())
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Fill the file system holding `dir` until a write fails with "no space left" (ENOSPC).
fn fill(dir: &Path) {
    let mut f = std::fs::File::create(dir.join("filler")).expect("create filler");
    let chunk = vec![0u8; 4096];
    loop {
        match f.write_all(&chunk).and_then(|()| f.sync_all()) {
            Ok(()) => {}
            Err(e) => {
                assert_eq!(e.raw_os_error(), Some(28), "expected ENOSPC, got {e}");
                return;
            }
        }
    }
}

/// A disk that fills up mid-drill: SQLite's write fails with "database or disk is full"; the
/// trainee is told the drill will not be saved, it plays on in memory, and what was committed
/// before the disk filled is still there, undamaged, once space is freed.
#[test]
fn full_disk_mid_drill_warns_plays_on_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("small-disk");
    let _disk = match Tmpfs::mount(&mnt, "2m") {
        Ok(m) => m,
        Err(why) => {
            eprintln!("skipped: a full disk needs a tmpfs mount (run the tests as root): {why}");
            return;
        }
    };
    let data = mnt.join("data");
    let mut child = interactive_play(&data, &bundled("site-part-no-show.ron"));
    first_answer(&mut child);
    wait_for_answers(&data, 1);
    fill(&mnt);
    let (ok, out, err) = finish(child);
    assert!(ok, "{out}{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("full") && err.contains("will not be saved"),
        "a clear message: {err}"
    );
    assert!(
        out.contains("Score "),
        "the drill goes on and scores: {out}"
    );
    std::fs::remove_file(mnt.join("filler")).expect("free the space");
    let h = History::open(&data).expect("the history opens after the disk filled");
    assert!(h.moved_aside().is_none(), "the history was not damaged");
    let kim = h.find_trainee("kim").expect("query").expect("kim");
    let abandoned = h.abandoned(kim).expect("abandoned");
    assert_eq!(abandoned.len(), 1, "the unsaved drill shows as abandoned");
    assert!(!abandoned[0].answers.is_empty(), "committed turns are kept");
}

/// A data directory on a file system that turned read-only (a remount after disk errors): play
/// says the drill will not be saved and goes on; the history is intact once it is writable again.
#[test]
fn read_only_disk_warns_plays_on_and_leaves_the_history_intact() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mnt = dir.path().join("ro-disk");
    let disk = match Tmpfs::mount(&mnt, "4m") {
        Ok(m) => m,
        Err(why) => {
            eprintln!(
                "skipped: a read-only disk needs a tmpfs mount (run the tests as root): {why}"
            );
            return;
        }
    };
    let data = mnt.join("data");
    let play = || {
        comeback(&data)
            .arg("play")
            .arg(bundled("hotel-room-not-ready.ron"))
            .args(["--choices", "1,1,1,1", "--seed", "1", "--trainee", "sam"])
            .output()
            .expect("play")
    };
    assert!(play().status.success(), "a first, recorded drill");
    let remount = |mode: &str| {
        let ok = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&disk.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount {mode}");
    };
    remount("ro");
    let o = play();
    remount("rw");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("will not be saved"), "a clear message: {err}");
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Score "),
        "the drill goes on"
    );
    let h = History::open(&data).expect("the history opens again");
    assert!(h.moved_aside().is_none(), "the history was not damaged");
    let sam = h.find_trainee("sam").expect("query").expect("sam");
    let drills = h.drills(sam).expect("drills");
    assert_eq!(drills.len(), 1, "only the first drill was recorded");
    assert_eq!(drills[0].status, DrillStatus::Finished);
}

/// A history from a newer Comeback is refused with a message (play goes on unsaved; `history`
/// fails) and its bytes are left exactly as they were.
#[test]
fn newer_history_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_path_buf();
    let drill = bundled("hotel-room-not-ready.ron");
    let play = |data: &Path| {
        comeback(data)
            .arg("play")
            .arg(&drill)
            .args(["--choices", "1,1,1,1", "--seed", "1", "--trainee", "sam"])
            .output()
            .expect("play")
    };
    assert!(play(&data).status.success());
    // What a future Comeback would leave: our file, a schema version this build does not know.
    {
        let c = rusqlite::Connection::open(data.join(DB_FILE)).expect("open db");
        c.pragma_update(None, "user_version", 99)
            .expect("bump version");
    } // closing checkpoints the WAL into the file and removes it, as a newer Comeback's exit would
    let before = std::fs::read(data.join(DB_FILE)).expect("read db");
    let o = play(&data);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("newer Comeback"), "{err}");
    assert!(err.contains("will not be saved"), "{err}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("Score "));
    let o = comeback(&data)
        .args(["history", "--trainee", "sam"])
        .output()
        .expect("history");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_ne!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("newer Comeback"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let after = std::fs::read(data.join(DB_FILE)).expect("read db");
    assert!(before == after, "the newer history was modified");
    let renamed = std::fs::read_dir(&data)
        .expect("dir")
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains("unreadable"));
    assert!(!renamed, "a newer history is not moved aside");
}

/// Every file in the bad corpus and the error it must get, at a line:col. A new file needs a row.
const CORPUS: &[(&str, &str)] = &[
    ("asset-path-absolute.ron", "unsafe-path"),
    ("asset-path-dotdot-inside.ron", "unsafe-path"),
    ("asset-path-escape.ron", "unsafe-path"),
    ("asset-path-windows.ron", "unsafe-path"),
    ("bom-crlf-broken.ron", "out-of-range"),
    ("cycle-no-exit.ron", "no-ending"),
    ("dead-end.ron", "dead-end"),
    ("duplicate-id.ron", "duplicate-id"),
    ("empty.ron", "empty-file"),
    ("huge-integer.ron", "out-of-range"),
    ("huge-number.ron", "out-of-range"),
    ("loop-no-exit.ron", "no-exit"),
    ("missing-field.ron", "missing-field"),
    ("missing-node.ron", "missing-node"),
    ("newer-format.ron", "newer-format"),
    ("nan-number.ron", "out-of-range"),
    ("no-start.ron", "missing-node"),
    ("not-a-scenario.ron", "not-a-drill"),
    ("not-utf8-truncated.ron", "not-utf8"),
    ("not-utf8.ron", "not-utf8"),
    ("out-of-range.ron", "out-of-range"),
    ("syntax-missing-comma.ron", "syntax"),
    ("unclosed-string.ron", "syntax"),
    ("unknown-field.ron", "unknown-field"),
    ("unknown-move.ron", "unknown-move"),
    ("unreachable.ron", "unreachable"),
    ("wrong-type.ron", "wrong-type"),
];

#[test]
fn each_bad_drill_gets_its_own_located_diagnostic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_scenarios");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("bad corpus")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every corpus file has exactly one row in CORPUS"
    );
    for (file, code) in CORPUS {
        let path = dir.join(file);
        let o = Command::new(env!("CARGO_BIN_EXE_comeback"))
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .expect("run check");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{file}: {err}");
        assert!(!err.contains("panicked"), "{file}: {err}");
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        let diags = v[0]["diagnostics"].as_array().cloned().unwrap_or_default();
        let d = diags
            .iter()
            .find(|d| d["code"] == *code && d["severity"] == "error")
            .unwrap_or_else(|| panic!("{file}: no error[{code}] in {diags:?}"));
        assert!(
            d["line"].as_u64().unwrap_or(0) > 0 && d["col"].as_u64().unwrap_or(0) > 0,
            "{file}: not located: {d}"
        );
        assert!(
            d["hint"].as_str().is_some_and(|h| !h.is_empty()),
            "{file}: no hint saying what to do: {d}"
        );
    }
}
