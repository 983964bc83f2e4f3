//! Process-level history tests (kill -9, concurrent writers), run against the real binary.

use comeback::domain::drill::Answer;
use comeback::domain::history::{DrillStatus, History};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn drill_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/site-part-no-show.ron")
}

fn comeback(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_comeback"));
    c.arg("--data-dir")
        .arg(data)
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// Wait until `check` holds on a freshly opened history (another process is writing it).
fn wait_for(data: &Path, what: &str, check: impl Fn(&History) -> bool) {
    let start = Instant::now();
    loop {
        if data.join(comeback::domain::history::DB_FILE).exists()
            && let Ok(h) = History::open(data)
            && check(&h)
        {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn kill_9_mid_drill_loses_no_answered_turn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_path_buf();
    let mut child = comeback(&data)
        .arg("play")
        .arg(drill_file())
        .args(["--trainee", "kim", "--seed", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn comeback play");
    let mut stdin = child.stdin.take().expect("stdin");
    writeln!(stdin, "1").expect("answer 1");
    stdin.flush().expect("flush");
    let answered = |n: usize| {
        move |h: &History| {
            h.find_trainee("kim")
                .ok()
                .flatten()
                .and_then(|k| h.abandoned(k).ok())
                .is_some_and(|a| a.first().is_some_and(|d| d.answers.len() == n))
        }
    };
    wait_for(&data, "the first answer to be committed", answered(1));
    writeln!(stdin, "1").expect("answer 2");
    stdin.flush().expect("flush");
    wait_for(&data, "the second answer to be committed", answered(2));
    child.kill().expect("kill -9"); // SIGKILL on Unix: no destructors, no finish
    child.wait().expect("reap");

    let h = History::open(&data).expect("reopen after kill");
    let kim = h.find_trainee("kim").unwrap().expect("trainee");
    let abandoned = h.abandoned(kim).unwrap();
    assert_eq!(abandoned.len(), 1);
    assert_eq!(
        abandoned[0].answers,
        vec![Answer::Choice(0), Answer::Choice(0)]
    );
    assert_eq!(abandoned[0].seed, 4);
    assert_eq!(h.drills(kim).unwrap()[0].status, DrillStatus::Abandoned);
    // and `history` says so
    let out = comeback(&data)
        .args(["history", "--trainee", "kim"])
        .output()
        .expect("history");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("abandoned"));
}

#[test]
fn two_processes_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().to_path_buf();
    const DRILLS: usize = 6;
    // two shells, each playing drills back to back as a different trainee
    let children: Vec<_> = ["ann", "bob"]
        .iter()
        .map(|who| {
            let script = format!(
                "for i in $(seq {DRILLS}); do \"$0\" --data-dir \"$1\" play \"$2\" --trainee {who} \
                 --seed $i --choices 1,1,1,1,1,1,1,1 > /dev/null || exit 1; done"
            );
            Command::new("sh")
                .arg("-c")
                .arg(script)
                .arg(env!("CARGO_BIN_EXE_comeback"))
                .arg(&data)
                .arg(drill_file())
                .spawn()
                .expect("spawn writer")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success(), "a writer failed");
    }
    let h = History::open(&data).expect("open");
    for who in ["ann", "bob"] {
        let t = h.find_trainee(who).unwrap().expect("trainee");
        let drills = h.drills(t).unwrap();
        assert_eq!(drills.len(), DRILLS, "{who}");
        assert!(
            drills
                .iter()
                .all(|d| d.status == DrillStatus::Finished && d.turns > 0)
        );
    }
    // the read side works on the result
    let out = comeback(&data)
        .args(["progress", "--trainee", "ann", "--format", "json"])
        .output()
        .expect("progress");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(p["drills"], DRILLS);
    let out = comeback(&data)
        .args(["export", "--format", "xapi"])
        .output()
        .expect("export");
    let st: serde_json::Value = serde_json::from_slice(&out.stdout).expect("xapi json");
    assert!(st.as_array().is_some_and(|a| a.len() >= 2 * DRILLS * 5));
}

#[test]
fn foreign_file_is_moved_aside_with_a_message() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join(comeback::domain::history::DB_FILE);
    std::fs::write(&db, "not a database").expect("write");
    let out = comeback(dir.path())
        .args(["history"])
        .output()
        .expect("history");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("moved to"), "{err}");
    let kept = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains(".unreadable-"));
    assert!(kept, "the old file is kept, renamed");
}
