//! Team practice end to end: `comeback team run` played headlessly, `team report` as text, JSON
//! and HTML, from local history and from an LRS (a tiny HTTP server in this process).

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn comeback(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_comeback"))
        .args(args)
        .current_dir(ROOT)
        .env("COMEBACK_DATA_DIR", data)
        .output()
        .expect("run comeback")
}

fn ok(o: &Output) -> String {
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert!(
        o.status.success(),
        "exit {:?}\n{out}\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// Per-seat choices for the bundled Monday warm-up (3 trainees × 2 drills), in running order:
/// hotel for Sam, Kim, Lee, then the site part for Sam, Kim, Lee. Each reaches an ending.
const HOTEL: [&str; 3] = ["1,1,1,1,1,1,1,1", "2,2,2,2,2,2,2,2", "1,2,1,2,1,2,1,2"];
const SITE: [&str; 3] = ["1,1,1,1,1,1,1,1", "3,3,3,3,3,3,3,3", "1,2,1,2,1,2,1,2"];
const ROSTER: [&str; 3] = ["Sam", "Kim", "Lee"];

fn seat_choices() -> Vec<&'static str> {
    HOTEL.iter().chain(SITE.iter()).copied().collect()
}

/// `team run` with one `--choices` per seat; returns the report JSON it printed.
fn run_plan(data: &Path, plan: &str, seed: u64, seats: &[&str]) -> Value {
    let seed = seed.to_string();
    let mut args = vec!["team", "run", plan, "--seed", &seed, "--format", "json"];
    for s in seats {
        args.push("--choices");
        args.push(s);
    }
    let out = ok(&comeback(data, &args));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// The scorecard `comeback play` gives for one drill: the independent source of truth.
fn play_card(data: &Path, drill: &str, choices: &str, seed: u64) -> Value {
    let file = format!("scenarios/{drill}.ron");
    let seed = seed.to_string();
    let out = ok(&comeback(
        data,
        &[
            "play",
            &file,
            "--choices",
            choices,
            "--seed",
            &seed,
            "--format",
            "json",
        ],
    ));
    let v: Value = serde_json::from_str(&out).expect("play json");
    assert_eq!(
        v["unfinished"], false,
        "{drill} {choices} must reach an ending"
    );
    v["scorecard"].clone()
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn pct(cards: &[&Value], f: &dyn Fn(&Value) -> bool) -> f64 {
    100.0 * cards.iter().filter(|c| f(c)).count() as f64 / cards.len() as f64
}

fn close(a: &Value, b: f64, what: &str) {
    let a = a
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {a} is not a number"));
    assert!((a - b).abs() < 1e-9, "{what}: report {a}, expected {b}");
}

#[test]
fn three_trainees_two_drills_played_headlessly_give_the_right_team_figures() {
    let data = tempfile::tempdir().unwrap();
    let seats = seat_choices();
    let report = run_plan(data.path(), "plans/monday-warm-up.ron", 100, &seats);

    // Each seat's scorecard, played again by `comeback play` with the seat's seed (100 + seat).
    let drills = ["hotel-room-not-ready", "site-part-no-show"];
    let scratch = tempfile::tempdir().unwrap();
    let mut cards: Vec<(usize, Value)> = Vec::new(); // (trainee index, scorecard)
    for (seat, choices) in seats.iter().enumerate() {
        let drill = drills[seat / 3];
        cards.push((
            seat % 3,
            play_card(scratch.path(), drill, choices, 100 + seat as u64),
        ));
    }
    let recovered = |c: &Value| c["outcome"]["recovered"] == true;
    let within = |c: &Value| recovered(c) && c["outcome"]["hours"].as_f64().unwrap() <= 24.0;
    let delighted = |c: &Value| c["outcome"]["delighted"] == true;
    let total = |c: &Value| c["total"].as_f64().unwrap();

    let all: Vec<&Value> = cards.iter().map(|(_, c)| c).collect();
    assert_eq!(report["team"]["drills"], 6);
    close(
        &report["team"]["average_score"],
        mean(&all.iter().map(|c| total(c)).collect::<Vec<_>>()),
        "team average",
    );
    close(
        &report["team"]["recovered_pct"],
        pct(&all, &recovered),
        "team recovered",
    );
    close(
        &report["team"]["recovered_within_24h_pct"],
        pct(&all, &within),
        "team within 24 h",
    );
    close(
        &report["team"]["delighted_pct"],
        pct(&all, &delighted),
        "team delighted",
    );
    // the choices give different outcomes, so the figures say something
    let totals: Vec<f64> = all.iter().map(|c| total(c)).collect();
    assert!(totals.iter().any(|&t| t != totals[0]), "{totals:?}");

    for (i, name) in ROSTER.iter().enumerate() {
        let t = &report["trainees"][i];
        assert_eq!(t["trainee"], *name);
        let mine: Vec<&Value> = cards
            .iter()
            .filter(|(w, _)| *w == i)
            .map(|(_, c)| c)
            .collect();
        assert_eq!(t["figures"]["drills"], 2);
        close(
            &t["figures"]["average_score"],
            mean(&mine.iter().map(|c| total(c)).collect::<Vec<_>>()),
            name,
        );
        close(&t["figures"]["recovered_pct"], pct(&mine, &recovered), name);
        close(
            &t["figures"]["recovered_within_24h_pct"],
            pct(&mine, &within),
            name,
        );
        close(&t["figures"]["delighted_pct"], pct(&mine, &delighted), name);
        assert!(t["previous_average"].is_null(), "first session");
    }

    // weakest principles: the lowest team means over the six scorecards
    let mut means: Vec<(String, f64)> = Vec::new();
    for p in all[0]["principles"].as_array().unwrap() {
        let id = p["principle"].as_str().unwrap().to_string();
        let scores: Vec<f64> = all
            .iter()
            .map(|c| {
                c["principles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|q| q["principle"] == id.as_str())
                    .unwrap()["score"]
                    .as_f64()
                    .unwrap()
            })
            .collect();
        means.push((id, mean(&scores)));
    }
    let lowest = means.iter().map(|m| m.1).fold(f64::INFINITY, f64::min);
    let weakest = &report["weakest"];
    assert_eq!(weakest.as_array().unwrap().len(), 3);
    close(&weakest[0]["mean"], lowest, "weakest mean");
    for w in weakest.as_array().unwrap() {
        let id = w["principle"].as_str().unwrap();
        let m = means.iter().find(|m| m.0 == id).unwrap().1;
        close(&w["mean"], m, id);
    }

    // the best recovery is the highest recovered total, told with its turns and reasons
    let best = all
        .iter()
        .enumerate()
        .filter(|(_, c)| recovered(c))
        .max_by(|a, b| total(a.1).total_cmp(&total(b.1)).then(b.0.cmp(&a.0)))
        .unwrap();
    let story = &report["best_recovery"];
    assert_eq!(story["seat"], best.0);
    close(&story["total"], total(best.1), "best total");
    assert_eq!(story["trainee"], ROSTER[best.0 % 3]);
    let turns = story["turns"].as_array().unwrap();
    assert_eq!(turns.len(), best.1["turns"].as_array().unwrap().len());
    assert!(
        turns
            .iter()
            .all(|t| !t["customer"].as_str().unwrap().is_empty())
    );
    assert!(!story["why"].as_array().unwrap().is_empty());
    assert!(report["most_improved"].is_null());

    // every seat went into that trainee's own history too
    let hist = ok(&comeback(data.path(), &["history", "--trainee", "Kim"]));
    assert!(hist.contains("The best man with no room"), "{hist}");
    assert!(hist.contains("The board that never came"), "{hist}");
}

#[test]
fn most_improved_compares_with_this_plans_previous_session() {
    let data = tempfile::tempdir().unwrap();
    let plan = "plans/monday-warm-up.ron";
    // session 1: Kim takes the poor replies; session 2: Kim takes the best ones
    let poor = seat_choices();
    run_plan(data.path(), plan, 1, &poor);
    let mut better = poor.clone();
    better[1] = HOTEL[0];
    better[4] = SITE[0];
    let second = run_plan(data.path(), plan, 2, &better);
    let report: Value = serde_json::from_str(&ok(&comeback(
        data.path(),
        &["team", "report", plan, "--format", "json"],
    )))
    .unwrap();
    assert_eq!(
        report, second,
        "the report printed by `run` is the stored one"
    );
    let m = &report["most_improved"];
    assert_eq!(m["trainee"], "Kim", "{report:#}");
    let kim = &report["trainees"][1];
    close(&m["change"], kim["change"].as_f64().unwrap(), "change");
    assert!(m["after"].as_f64().unwrap() > m["before"].as_f64().unwrap());
    assert!(report["previous_session"].is_string());
    assert_ne!(report["previous_session"], report["session"]);

    // the first session, by id, has nothing before it
    let first_id = report["previous_session"].as_str().unwrap().to_string();
    let first: Value = serde_json::from_str(&ok(&comeback(
        data.path(),
        &[
            "team",
            "report",
            plan,
            "--session",
            &first_id,
            "--format",
            "json",
        ],
    )))
    .unwrap();
    assert!(first["previous_session"].is_null());
    assert!(first["most_improved"].is_null());

    let text = ok(&comeback(data.path(), &["team", "report", plan]));
    assert!(
        text.contains("Most improved since the last session: Kim"),
        "{text}"
    );
    assert!(text.contains("Best recovery:"), "{text}");

    let none = comeback(data.path(), &["team", "report", plan, "--session", "nope"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no session `nope`"));
}

#[test]
fn plan_check_locates_problems_and_accepts_the_bundled_plans() {
    let data = tempfile::tempdir().unwrap();
    let out = ok(&comeback(data.path(), &["check", "plans/"]));
    assert!(
        out.contains("checked 2 plan files: 0 errors, 0 warnings"),
        "{out}"
    );
    let both = ok(&comeback(data.path(), &["check", "scenarios", "plans"]));
    assert!(
        both.contains("8 drill files, 1 translation and 2 plan files: 0 errors, 0 warnings"),
        "{both}"
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "// a broken plan\nPlan(\n    format: 1,\n    name: \"Broken\",\n    roster: [\"Sam\", \"sam\"],\n    drills: InOrder([\"hotel-room-not-redy\"]),\n    drill_time_limit: 0,\n)\n",
    )
    .unwrap();
    let bad_s = bad.display().to_string();
    let o = comeback(data.path(), &["check", &bad_s]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(&format!("{bad_s}:5:21: error[duplicate-trainee]")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{bad_s}:6:22: error[unknown-drill]")),
        "{text}"
    );
    assert!(
        text.contains("did you mean `hotel-room-not-ready`?"),
        "{text}"
    );
    assert!(
        text.contains(&format!("{bad_s}:7:23: error[zero-time-limit]")),
        "{text}"
    );

    std::fs::write(
        &bad,
        "Plan(\n    format: 1,\n    name: \"x\"\n    roster: [],\n)\n",
    )
    .unwrap();
    let o = comeback(data.path(), &["check", &bad_s]);
    assert_eq!(o.status.code(), Some(1));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains(&format!("{bad_s}:4:")), "{text}");
    assert!(!text.contains("panicked"));

    // `team run` refuses a broken plan with the same diagnostics
    let o = comeback(data.path(), &["team", "run", &bad_s, "--choices", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be used"));
}

#[test]
fn html_report_is_self_contained_with_charts_and_escapes_names() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("evil.ron");
    std::fs::write(
        &plan,
        "Plan(format: 1, name: \"Evil <b>plan</b>\", roster: [\"<script>alert(1)</script>\", \"Kim & Co\"], drills: InOrder([\"hotel-room-not-ready\"]))",
    )
    .unwrap();
    let plan = plan.display().to_string();
    let scen = format!("{ROOT}/scenarios");
    ok(&comeback(
        data.path(),
        &[
            "team",
            "run",
            &plan,
            "--scenarios",
            &scen,
            "--seed",
            "5",
            "--choices",
            HOTEL[0],
            "--choices",
            HOTEL[1],
        ],
    ));
    let out_file = dir.path().join("report.html");
    let out_s = out_file.display().to_string();
    ok(&comeback(
        data.path(),
        &[
            "team",
            "report",
            &plan,
            "--scenarios",
            &scen,
            "--format",
            "html",
            "--out",
            &out_s,
        ],
    ));
    let html = std::fs::read_to_string(&out_file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<svg").count(), 2, "two charts");
    assert_eq!(html.matches("<svg").count(), html.matches("</svg>").count());
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script element at all"
    );
    assert!(html.contains("Evil &lt;b&gt;plan&lt;/b&gt;") && html.contains("Kim &amp; Co"));
    assert!(
        !html.contains("src=") && !html.contains("href="),
        "no external assets"
    );
    // every opened tag of these kinds is closed
    for tag in ["table", "ul", "div", "body", "head"] {
        assert_eq!(
            html.matches(&format!("<{tag}")).count(),
            html.matches(&format!("</{tag}>")).count(),
            "{tag}"
        );
    }
}

/// How the test LRS treats `activity=…&related_activities=true`.
#[derive(Debug, Clone, Copy)]
enum Filtering {
    /// As the xAPI spec says: statements whose object or context activities have that id.
    Spec,
    /// Ignores the filter and answers everything.
    Ignores,
    /// Answers nothing to a filtered query (as Ralph 5.1's file backend does).
    Broken,
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (b[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

const PLAN_ACTIVITY: &str = "https://comeback.example/xapi/plan/Monday%20warm-up";

/// Does the statement's object or any context activity have this id?
fn mentions(statement: &Value, activity: &str) -> bool {
    statement["object"]["id"] == activity
        || statement["context"]["contextActivities"]
            .as_object()
            .is_some_and(|m| {
                m.values()
                    .filter_map(Value::as_array)
                    .flatten()
                    .any(|a| a["id"] == activity)
            })
}

/// A minimal LRS: answers GET /xAPI/statements in pages of `page`, linking the next page with a
/// relative `more` that repeats the query, and checks basic auth. Records each request line.
fn serve(
    statements: Vec<Value>,
    page: usize,
    filtering: Filtering,
) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            let mut auth_ok = false;
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
                    break;
                }
                // "team:secret" in base64
                if h.to_lowercase()
                    .starts_with("authorization: basic dgvhbtpzzwnyzxq=")
                {
                    auth_ok = true;
                }
            }
            log.lock().unwrap().push(request.trim().to_string());
            let target = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            let query = target.split_once('?').map_or("", |(_, q)| q).to_string();
            let param = |name: &str| {
                query
                    .split('&')
                    .find_map(|p| p.strip_prefix(&format!("{name}=")))
                    .map(percent_decode)
            };
            let (status, body) = if !auth_ok {
                (
                    "401 Unauthorized",
                    "{\"detail\":\"bad credentials\"}".to_string(),
                )
            } else if !target.starts_with("/xAPI/statements?") {
                ("404 Not Found", "{}".to_string())
            } else {
                let start: usize = param("page").and_then(|p| p.parse().ok()).unwrap_or(0);
                let answer: Vec<&Value> = match (filtering, param("activity")) {
                    (Filtering::Spec, Some(a)) => {
                        statements.iter().filter(|s| mentions(s, &a)).collect()
                    }
                    (Filtering::Broken, Some(_)) => Vec::new(),
                    _ => statements.iter().collect(),
                };
                let end = (start + page).min(answer.len());
                let mut body = serde_json::json!({"statements": answer[start.min(end)..end]});
                if end < answer.len() {
                    let rest: Vec<&str> = query
                        .split('&')
                        .filter(|p| !p.starts_with("page="))
                        .collect();
                    body["more"] =
                        Value::String(format!("/xAPI/statements?{}&page={end}", rest.join("&")));
                }
                ("200 OK", body.to_string())
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.flush();
            let mut rest = Vec::new();
            let _ = reader.get_mut().read_to_end(&mut rest);
        }
    });
    (format!("http://127.0.0.1:{port}/xAPI/"), seen)
}

fn lrs_report(data: &Path, plan: &str, url: &str, format: &str, password: &str) -> Output {
    comeback(
        data,
        &[
            "team",
            "report",
            plan,
            "--format",
            format,
            "--from-lrs",
            url,
            "--user",
            "team",
            "--password",
            password,
        ],
    )
}

#[test]
fn report_from_the_lrs_equals_the_report_from_local_history() {
    let data = tempfile::tempdir().unwrap();
    let plan = "plans/monday-warm-up.ron";
    let seats = seat_choices();
    run_plan(data.path(), plan, 7, &seats);
    let mut better = seats.clone();
    better[2] = HOTEL[0];
    run_plan(data.path(), plan, 8, &better);
    // a drill outside the plan, which the LRS also holds
    ok(&comeback(
        data.path(),
        &[
            "play",
            "scenarios/hotel-room-not-ready.ron",
            "--trainee",
            "Sam",
            "--choices",
            HOTEL[1],
            "--seed",
            "3",
        ],
    ));
    let exported = ok(&comeback(data.path(), &["export", "--format", "xapi"]));
    let mut statements: Vec<Value> = serde_json::from_str(&exported).unwrap();
    statements.reverse(); // LRSs answer newest first
    let solo = statements
        .iter()
        .filter(|s| !mentions(s, PLAN_ACTIVITY))
        .count();
    assert!(
        solo > 0 && solo < statements.len(),
        "every team statement names the plan"
    );
    let team_statements = statements.len() - solo;

    for filtering in [Filtering::Spec, Filtering::Ignores, Filtering::Broken] {
        let (url, requests) = serve(statements.clone(), 9, filtering);
        for format in ["json", "text", "html"] {
            let local = ok(&comeback(
                data.path(),
                &["team", "report", plan, "--format", format],
            ));
            let remote = ok(&lrs_report(data.path(), plan, &url, format, "secret"));
            assert_eq!(
                remote, local,
                "{filtering:?}: the {format} report from the LRS differs"
            );
        }
        let reqs = requests.lock().unwrap().clone();
        let pages = match filtering {
            Filtering::Spec => team_statements.div_ceil(9),
            Filtering::Ignores => statements.len().div_ceil(9),
            Filtering::Broken => 1 + statements.len().div_ceil(9),
        };
        assert_eq!(
            reqs.len(),
            3 * pages,
            "{filtering:?}: every `more` link followed: {reqs:?}"
        );
        assert!(
            reqs[0].contains(
                "activity=https%3A%2F%2Fcomeback.example%2Fxapi%2Fplan%2FMonday%2520warm-up"
            ) && reqs[0].contains("related_activities=true"),
            "{reqs:?}"
        );
    }

    let (url, _) = serve(statements, 9, Filtering::Spec);
    let json: Value =
        serde_json::from_str(&ok(&lrs_report(data.path(), plan, &url, "json", "secret"))).unwrap();
    assert_eq!(json["team"]["drills"], 6);
    assert_eq!(json["most_improved"]["trainee"], "Lee");
    let bad = lrs_report(data.path(), plan, &url, "json", "wrong");
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("HTTP 401"), "{err}");
    let dead = lrs_report(
        data.path(),
        plan,
        "http://127.0.0.1:9/xAPI/",
        "json",
        "secret",
    );
    assert!(String::from_utf8_lossy(&dead.stderr).contains("could not reach the LRS"));
}

/// `team run` with answers piped in, as a facilitator's terminal session would give them.
fn run_interactive(data: &Path, plan: &Path, input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_comeback"))
        .args(["team", "run", &plan.display().to_string(), "--seed", "4"])
        .args(["--scenarios", &format!("{ROOT}/scenarios")])
        .current_dir(ROOT)
        .env("COMEBACK_DATA_DIR", data)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run comeback");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn interactive_hot_seat_records_each_trainee_and_handles_quit_and_end_of_input() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("duo.ron");
    std::fs::write(
        &plan,
        "Plan(format: 1, name: \"Duo\", roster: [\"Ann\", \"Bo\", \"Cy\"], drills: InOrder([\"hotel-room-not-ready\"]))",
    )
    .unwrap();
    // Ann answers to the end; Bo quits; Cy types a reply of their own, then input ends
    let input =
        "1\n1\n1\n1\nq\nI'm so sorry, that's our fault. I'll sort a room for you right now.\n";
    let out = ok(&run_interactive(data.path(), &plan, input));
    assert!(out.contains("Ann, you're up — drill 1 of 1"), "{out}");
    assert!(out.contains("Bo's drill stopped unfinished"), "{out}");
    assert!(
        out.contains("Input ended; the session stops here."),
        "{out}"
    );
    assert!(out.contains("Scoreboard"), "{out}");
    let report: Value = serde_json::from_str(&ok(&comeback(
        data.path(),
        &[
            "team",
            "report",
            &plan.display().to_string(),
            "--scenarios",
            &format!("{ROOT}/scenarios"),
            "--format",
            "json",
        ],
    )))
    .unwrap();
    assert_eq!(report["team"]["drills"], 1, "only Ann finished: {report:#}");
    assert_eq!(report["trainees"][0]["figures"]["drills"], 1);
    assert_eq!(report["trainees"][1]["figures"]["drills"], 0);
    assert_eq!(report["best_recovery"]["trainee"], "Ann");
    // Bo's and Cy's unfinished drills are kept as abandoned, under their names
    for who in ["Bo", "Cy"] {
        let h = ok(&comeback(data.path(), &["history", "--trainee", who]));
        assert!(h.to_lowercase().contains("abandoned"), "{who}: {h}");
    }
}

#[test]
fn trainees_on_their_own_machines_join_one_session_and_the_lrs_reports_it_whole() {
    let plan = "plans/monday-warm-up.ron";
    let seats = seat_choices();
    // the same session on one shared laptop…
    let shared = tempfile::tempdir().unwrap();
    let mut args = vec!["team", "run", plan, "--session", "block-1", "--seed", "9"];
    args.extend(["--format", "json"]);
    for s in &seats {
        args.extend(["--choices", s]);
    }
    let one_laptop: Value = serde_json::from_str(&ok(&comeback(shared.path(), &args))).unwrap();
    // …and on three: each trainee plays only their own seats (Sam's are seats 1 and 4)
    let mut statements: Vec<Value> = Vec::new();
    for (i, who) in ROSTER.iter().enumerate() {
        let laptop = tempfile::tempdir().unwrap();
        let mut args = vec!["team", "run", plan, "--session", "block-1", "--seed", "9"];
        args.extend(["--trainee", who, "--format", "json"]);
        args.extend(["--choices", seats[i], "--choices", seats[i + 3]]);
        let own: Value = serde_json::from_str(&ok(&comeback(laptop.path(), &args))).unwrap();
        assert_eq!(own["team"]["drills"], 2, "{who} played their two seats");
        let exported = ok(&comeback(laptop.path(), &["export", "--format", "xapi"]));
        let mine: Vec<Value> = serde_json::from_str(&exported).unwrap();
        statements.extend(mine);
    }
    let (url, _) = serve(statements, 25, Filtering::Spec);
    let mut from_lrs: Value = serde_json::from_str(&ok(&lrs_report(
        shared.path(),
        plan,
        &url,
        "json",
        "secret",
    )))
    .unwrap();
    let mut expected = one_laptop.clone();
    // each laptop stamped its own start; everything else must be the same
    from_lrs["session_started"] = Value::Null;
    expected["session_started"] = Value::Null;
    assert_eq!(from_lrs, expected);
    assert_eq!(from_lrs["team"]["drills"], 6);

    let o = comeback(
        shared.path(),
        &["team", "run", plan, "--trainee", "Zed", "--choices", "1"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not on the roster"));
}
