//! The command line as a user runs it: exit codes, located messages, no panics.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn comeback(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_comeback"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(
            "COMEBACK_DATA_DIR",
            std::env::temp_dir().join("comeback-cli-tests"),
        )
        .output()
        .expect("run comeback")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn first_bundled() -> PathBuf {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
            .expect("scenarios/")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
    files.sort();
    files.into_iter().next().expect("a bundled drill")
}

#[test]
fn check_bundled_is_clean() {
    let o = comeback(&["check", "scenarios"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("0 errors, 0 warnings"), "{}", text(&o));
}

#[test]
fn check_broken_folder_locates_each_problem_and_exits_1() {
    let o = comeback(&["check", "tests/bad_scenarios"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let out = text(&o);
    assert!(!out.contains("panicked"), "{out}");
    let files: Vec<_> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_scenarios"))
            .expect("bad dir")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".ron"))
            .collect();
    assert!(files.len() >= 8, "{files:?}");
    for f in files {
        let line = out
            .lines()
            .find(|l| l.contains(&f) && l.contains("error"))
            .unwrap_or_else(|| panic!("no error for {f} in:\n{out}"));
        // file:line:col: error[code]: message
        let rest = &line[line.find(&f).map_or(0, |i| i + f.len())..];
        assert!(
            rest.starts_with(':') && rest[1..].chars().next().is_some_and(|c| c.is_ascii_digit()),
            "not located: {line}"
        );
    }
}

#[test]
fn check_json_format() {
    let o = comeback(&[
        "check",
        "tests/bad_scenarios/missing-node.ron",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v[0]["diagnostics"][0]["code"], "missing-node");
    assert!(v[0]["diagnostics"][0]["line"].as_u64().unwrap_or(0) > 0);
}

#[test]
fn play_scripted_prints_scorecard_and_json() {
    let f = first_bundled();
    let f = f.to_string_lossy();
    let o = comeback(&[
        "play",
        &f,
        "--choices",
        "1,1,1,1,1,1,1,1,1,1,1,1",
        "--seed",
        "4",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    assert!(
        out.contains("Score ") && out.contains("Principles") && out.contains("Turn by turn"),
        "{out}"
    );
    let j = comeback(&[
        "play",
        &f,
        "--choices",
        "1",
        "--seed",
        "4",
        "--format",
        "json",
    ]);
    assert!(j.status.success(), "{}", text(&j));
    let v: serde_json::Value = serde_json::from_slice(&j.stdout).expect("json");
    assert_eq!(v["unfinished"], true);
    assert_eq!(v["transcript"]["turns"].as_array().map(Vec::len), Some(1));
    // same seed, same drill
    let again = comeback(&[
        "play",
        &f,
        "--choices",
        "1",
        "--seed",
        "4",
        "--format",
        "json",
    ]);
    assert_eq!(j.stdout, again.stdout);
}

#[test]
fn play_rejects_bad_input_without_panicking() {
    let f = first_bundled();
    let f = f.to_string_lossy();
    let o = comeback(&["play", &f, "--choices", "9"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(text(&o).contains("there is no reply 9"), "{}", text(&o));
    let o = comeback(&["play", &f, "--choices", "x"]);
    assert_ne!(o.status.code(), Some(0));
    assert!(text(&o).contains("not a reply number"), "{}", text(&o));
    let o = comeback(&[
        "play",
        "tests/bad_scenarios/syntax-missing-comma.ron",
        "--choices",
        "1",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("syntax-missing-comma.ron:"),
        "{}",
        text(&o)
    );
    let o = comeback(&["play", "no/such/file.ron"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!text(&o).contains("panicked"));
}

#[test]
fn huge_and_deep_files_get_clear_messages_quickly() {
    let dir = std::env::temp_dir().join(format!("comeback-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    // 50 MB: refused by size before parsing
    let big = dir.join("big.ron");
    let chunk = "// padding padding padding padding padding padding padding padding padding\n";
    std::fs::write(&big, chunk.repeat(50 * 1024 * 1024 / chunk.len())).expect("write");
    // 20,000-deep nesting: refused by the depth limit, no stack overflow
    let deep = dir.join("deep.ron");
    std::fs::write(
        &deep,
        format!(
            "Scenario(format: 1, id: {}{})",
            "[".repeat(20_000),
            "]".repeat(20_000)
        ),
    )
    .expect("write");
    for (f, code) in [(&big, "too-large"), (&deep, "too-deep")] {
        let t0 = std::time::Instant::now();
        let o = comeback(&["check", &f.to_string_lossy()]);
        let out = text(&o);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(out.contains(code), "{code}: {out}");
        assert!(!out.contains("panicked"), "{out}");
        // generous: a hang or quadratic blow-up would take minutes
        assert!(
            t0.elapsed().as_secs() < 30,
            "{code} took {:?}",
            t0.elapsed()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn play_say_answers_in_free_text_and_progress_shows_a_rising_trend() {
    let data = std::env::temp_dir().join(format!("comeback-trend-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_comeback"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("COMEBACK_DATA_DIR", &data)
            .output()
            .expect("run comeback")
    };
    let f = "scenarios/hotel-room-not-ready.ron";
    // worst, middling, best — recorded for one trainee
    for choices in ["2,2", "1,3,2,1", "1,1,1,1"] {
        let o = run(&[
            "play",
            f,
            "--choices",
            choices,
            "--seed",
            "1",
            "--trainee",
            "sam",
        ]);
        assert!(o.status.success(), "{}", text(&o));
    }
    let o = run(&["progress", "--trainee", "sam", "--format", "json"]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["drills"], 3, "{v}");
    assert!(v["overall"]["slope"].as_f64().unwrap_or(0.0) > 0.0, "{v}");
    // a typed answer plays through and is read by the analyzer
    let o = run(&[
        "play",
        f,
        "--choices",
        "1,1,s",
        "--say",
        "I'm so sorry, that's our mistake. I'll sort a room for you right now.",
        "--seed",
        "1",
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let moves = v["transcript"]["turns"][2]["moves"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(moves.iter().any(|m| m == "apology"), "{v}");
    assert!(moves.iter().any(|m| m == "ownership"), "{v}");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn unwritable_history_warns_and_the_drill_goes_on() {
    // A data "directory" that is a plain file cannot hold a database (and, unlike chmod, this
    // holds when tests run as root).
    let blocker = std::env::temp_dir().join(format!("comeback-blocked-{}", std::process::id()));
    std::fs::write(&blocker, "not a folder").expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .args([
            "play",
            "scenarios/hotel-room-not-ready.ron",
            "--choices",
            "1,1,1,1",
        ])
        .args(["--seed", "1", "--trainee", "sam"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("COMEBACK_DATA_DIR", &blocker)
        .output()
        .expect("run comeback");
    let out = text(&o);
    assert!(o.status.success(), "{out}");
    assert!(out.contains("will not be saved"), "{out}");
    assert!(
        out.contains("Score "),
        "the drill still plays and scores: {out}"
    );
    assert_eq!(
        std::fs::read_to_string(&blocker).ok().as_deref(),
        Some("not a folder"),
        "nothing overwritten"
    );
    let _ = std::fs::remove_file(&blocker);
}
