//! `comeback team`: run a practice plan hot-seat in the terminal, and report where the team
//! stands — from this machine's history or from the team's LRS.

use crate::cli::export::{lrs_client, statements_endpoint};
use crate::cli::play::{self, Recording, Stopped};
use crate::domain::drill::{Drill, DrillContext};
use crate::domain::history::{self, History};
use crate::domain::library::{self, Library};
use crate::domain::plan::{self, Plan};
use crate::domain::report;
use crate::domain::scoring;
use crate::domain::team::{
    self, NoPastPractice, PastPractice, SessionDrills, TeamReport, TeamSession,
};
use anyhow::{Context, bail};
use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct TeamArgs {
    #[command(subcommand)]
    pub command: TeamCommand,
}

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Play a practice plan hot-seat: each trainee in turn, every drill recorded under them.
    Run(RunArgs),
    /// Where the team stands after a session of the plan (text, JSON or a mailable HTML file).
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The practice plan (see plans/README.md).
    pub plan: PathBuf,
    /// Folder of drills the plan names (default: ./scenarios, else the one beside plans/).
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Scripted play: reply numbers for one seat (e.g. 1,2,1; `s` = next --say). Give it once per
    /// seat, in running order; seats without one are skipped.
    #[arg(long)]
    pub choices: Vec<String>,
    /// Typed answers for `s` steps, used in order across all seats.
    #[arg(long)]
    pub say: Vec<String>,
    /// Seed for the session (each seat's drill gets seed + seat number).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Join (or continue) the session with this id instead of starting a new one: trainees on
    /// their own machines each play their seats of one session, then export to the team's LRS.
    #[arg(long, value_name = "ID")]
    pub session: Option<String>,
    /// Play only this trainee's seats (the others are left to their own machines).
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// What to print at the end (json only with --choices: the drills' text is left out).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The practice plan (its `name` finds the sessions; its roster orders the trainees).
    pub plan: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// `latest` (the default) or a session id from `team report` / `team run`.
    #[arg(long, default_value = "latest")]
    pub session: String,
    /// Build the report from this LRS's statements instead of local history.
    #[arg(long, value_name = "URL")]
    pub from_lrs: Option<String>,
    #[arg(long, requires = "from_lrs")]
    pub user: Option<String>,
    #[arg(long, requires = "from_lrs")]
    pub password: Option<String>,
    /// The home page the trainees exported with (`export --home-page`).
    #[arg(long, default_value = "https://comeback.example")]
    pub home_page: String,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Folder of drills, to check the plan against (default as for `team run`).
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
}

pub fn run(args: TeamArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    match args.command {
        TeamCommand::Run(a) => run_plan(a, data_dir),
        TeamCommand::Report(a) => report_plan(a, data_dir),
    }
}

/// Load the drill library and the plan; diagnostics are printed. `strict` refuses a plan with
/// errors; otherwise (reports of past sessions) a plan that parsed is used with its errors shown.
fn load(
    plan_path: &Path,
    scenarios: Option<&Path>,
    strict: bool,
) -> anyhow::Result<Option<(Plan, Library)>> {
    let dir = scenarios.map_or_else(|| plan::default_scenarios(plan_path), Path::to_path_buf);
    let lib = match library::load_dir(&dir) {
        Ok(l) => l,
        Err(d) => {
            eprintln!("{d}");
            return Ok(None);
        }
    };
    let entry = plan::load_file(plan_path, &lib);
    for d in &entry.diagnostics {
        eprintln!("{d}");
    }
    if let Some(p) = entry.plan {
        return Ok(Some((p, lib)));
    }
    if !strict
        && let Ok(bytes) = std::fs::read(plan_path)
        && let Ok(parsed) = crate::domain::scenario::decode(&bytes).and_then(plan::parse)
        && !parsed.plan.name.trim().is_empty()
    {
        return Ok(Some((parsed.plan, lib)));
    }
    eprintln!(
        "error: {} cannot be used; fix the errors above (see plans/README.md)",
        plan_path.display()
    );
    Ok(None)
}

fn run_plan(args: RunArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let Some((plan, lib)) = load(&args.plan, args.scenarios.as_deref(), true)? else {
        return Ok(ExitCode::from(1));
    };
    let scripted = !args.choices.is_empty() || !args.say.is_empty();
    if args.format != Format::Text && !scripted {
        bail!(
            "--format json/html with `team run` needs scripted seats (--choices); use `team report` after an interactive session"
        );
    }
    let text = args.format == Format::Text;
    let mut store = play::open_store(data_dir);
    let seed = args.seed.unwrap_or_else(crate::domain::drill::fresh_seed);
    let started = time::OffsetDateTime::now_utc();
    let id = match &args.session {
        Some(id) => {
            let id = id.trim();
            if id.is_empty() || id.len() > 100 || id.chars().any(char::is_control) {
                bail!("--session wants the id a `team run` printed, e.g. 20261201T124100Z-000042");
            }
            id.to_string()
        }
        None => team::session_id(started, seed),
    };
    let only = match &args.trainee {
        Some(name) => match plan
            .roster
            .iter()
            .find(|r| r.trim().eq_ignore_ascii_case(name.trim()))
        {
            Some(r) => Some(r.trim().to_string()),
            None => bail!(
                "`{name}` is not on the roster of `{}` ({})",
                plan.name,
                plan.roster.join(", ")
            ),
        },
        None => None,
    };
    let past: &dyn PastPractice = match &store {
        Some(h) => h,
        None => &NoPastPractice,
    };
    let mut session = TeamSession::start(&plan, &lib, past, id.clone(), seed)?;
    if let Some(h) = &store
        && let Err(e) = h.begin_team_session(&plan.name, &id)
    {
        eprintln!("warning: {e}\nwarning: the session goes on, but it will not be saved");
        store = None;
    }
    let mut out = std::io::stdout().lock();
    if text {
        writeln!(
            out,
            "{} — {} seat{} for {} · session {id}",
            plan.name,
            session.seats().len(),
            if session.seats().len() == 1 { "" } else { "s" },
            plan.roster.join(", ")
        )?;
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut says = args.say.iter();
    let mut scripts = args.choices.iter();
    let clock = Instant::now();
    while let Some(seat) = session.current().cloned() {
        if session.session_time_up(clock.elapsed().as_secs_f64()) {
            let left = session.seats().len() - seat.seat as usize;
            if text {
                writeln!(
                    out,
                    "\nThe session's time is up; {left} seat(s) not played."
                )?;
            }
            session.stop();
            break;
        }
        if only.as_ref().is_some_and(|o| *o != seat.trainee) {
            if text {
                writeln!(
                    out,
                    "\n(seat {} of {}: {}'s, played on their own machine)",
                    seat.seat + 1,
                    seat.seats,
                    seat.trainee
                )?;
            }
            session.skip()?;
            continue;
        }
        let steps = if scripted {
            match scripts.next() {
                Some(list) => {
                    let items: Vec<String> = list.split(',').map(str::to_string).collect();
                    Some(play::parse_steps(&items)?)
                }
                None => {
                    if text {
                        writeln!(
                            out,
                            "\n{}: no --choices left; seat skipped",
                            seat.announce()
                        )?;
                    }
                    session.skip()?;
                    continue;
                }
            }
        } else {
            None
        };
        let Some(scenario) = lib.find(&seat.drill_id).and_then(|e| e.scenario.clone()) else {
            bail!("drill `{}` vanished from the library", seat.drill_id);
        };
        let hash = lib
            .find(&seat.drill_id)
            .map(|e| e.hash.clone())
            .unwrap_or_default();
        if text {
            writeln!(
                out,
                "\n=== {} (seat {} of {})",
                seat.announce(),
                seat.seat + 1,
                seat.seats
            )?;
        }
        let mut recording = Recording::off();
        let mut ctx = DrillContext::default();
        if let Some(h) = &store {
            let begun = h.trainee(&seat.trainee).and_then(|t| {
                ctx.open_promise = h.open_promise(t, &scenario.customer.name)?;
                h.begin_team_drill(t, &scenario, &hash, seat.seed, &ctx, &id, seat.seat)
            });
            match begun {
                Ok(drill_id) => recording = Recording::new(h, drill_id),
                Err(e) => recording.fail(&e),
            }
        }
        let mut drill = Drill::start_with(scenario.clone(), seat.seed, ctx)?;
        if text {
            writeln!(out, "{}\n", play::header(&drill, seat.seed))?;
        }
        let drill_clock = Instant::now();
        let mut notes = Vec::new();
        let stopped = match &steps {
            Some(steps) => {
                play::scripted_turns(&mut drill, steps, &mut says, &mut out, text, &mut recording)?;
                if drill.is_over() {
                    Stopped::Ended
                } else {
                    Stopped::Quit
                }
            }
            None => {
                let time_up = || session.drill_time_up(drill_clock.elapsed().as_secs_f64());
                play::interactive(
                    &mut drill,
                    &mut lines,
                    &mut out,
                    &mut notes,
                    &mut recording,
                    &time_up,
                )?
            }
        };
        let card = scoring::score(drill.transcript());
        match stopped {
            Stopped::Ended | Stopped::TimeUp => {
                recording.finish(&drill, &card, true);
                let d = session.record(drill.transcript(), &card)?;
                if text {
                    writeln!(
                        out,
                        "\n{}: {}/100{}",
                        d.trainee,
                        d.total,
                        if d.recovered { " — recovered" } else { "" }
                    )?;
                    write!(out, "{}", scoreboard_text(&session))?;
                }
            }
            Stopped::Quit => {
                if text {
                    writeln!(
                        out,
                        "\n{}'s drill stopped unfinished; it is kept as abandoned and the seat is skipped",
                        seat.trainee
                    )?;
                }
                session.skip()?;
            }
            Stopped::EndOfInput => {
                if text {
                    writeln!(out, "\nInput ended; the session stops here.")?;
                }
                session.stop();
            }
        }
    }
    let live = session.drills(&history::rfc3339(started));
    // The stored session when it was saved (what `team report` will show), else the live one.
    let stored = match &store {
        Some(h) => team::local_report(h, &plan, Some(&id))?,
        None => None,
    };
    let report = stored.unwrap_or_else(|| TeamReport::build(&plan.roster, &live, None));
    writeln!(out)?;
    write!(out, "{}", render(&report, args.format)?)?;
    Ok(ExitCode::SUCCESS)
}

fn scoreboard_text(s: &TeamSession) -> String {
    let mut t = String::from("Scoreboard\n");
    for l in s.scoreboard() {
        t.push_str(&format!(
            "  {:<16} {}/{} played · average {} · last {}\n",
            l.trainee,
            l.done,
            l.of,
            l.average.map_or("–".to_string(), |a| format!("{a:.1}")),
            l.last.map_or("–".to_string(), |x| x.to_string())
        ));
    }
    t
}

fn report_plan(args: ReportArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let Some((plan, _lib)) = load(&args.plan, args.scenarios.as_deref(), false)? else {
        return Ok(ExitCode::from(1));
    };
    let sessions: Vec<SessionDrills> = match &args.from_lrs {
        Some(url) => {
            let user = args.user.as_deref().unwrap_or_default();
            let password = args.password.as_deref().unwrap_or_default();
            let activity = report::plan_activity(&args.home_page, &plan.name);
            let query = format!(
                "activity={}&related_activities=true&limit=500",
                report::iri_segment(&activity)
            );
            let statements = fetch_statements(url, user, password, &query)?;
            let mut sessions = team::sessions_from_statements(&statements, &plan.name);
            if statements.is_empty() {
                // Some LRSs do not filter by activity (Ralph 5.1's file backend compares the id
                // with a parsed IRI and never matches): read everything and filter here.
                eprintln!(
                    "note: the LRS found no statements for {activity}; reading all its statements instead"
                );
                let all = fetch_statements(url, user, password, "limit=500")?;
                sessions = team::sessions_from_statements(&all, &plan.name);
            }
            sessions
        }
        None => {
            let dir = history::default_data_dir(data_dir)?;
            let h = History::open(&dir)?;
            team::sessions_from_history(&h, &plan.name)?
        }
    };
    let wanted = (args.session != "latest").then_some(args.session.as_str());
    let Some((current, previous)) = team::select(&sessions, wanted) else {
        let source = args.from_lrs.as_deref().unwrap_or("this machine's history");
        match wanted {
            Some(id) => eprintln!(
                "error: no session `{id}` of plan `{}` with finished drills in {source}",
                plan.name
            ),
            None => eprintln!(
                "error: plan `{}` has no session with finished drills in {source}; run `comeback team run {}` first",
                plan.name,
                args.plan.display()
            ),
        }
        let ids: Vec<&str> = sessions
            .iter()
            .filter(|s| !s.drills.is_empty())
            .map(|s| s.id.as_str())
            .collect();
        if !ids.is_empty() {
            eprintln!("  sessions there: {}", ids.join(", "));
        }
        return Ok(ExitCode::from(1));
    };
    let report = TeamReport::build(&plan.roster, current, previous);
    let text = render(&report, args.format)?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

fn render(r: &TeamReport, format: Format) -> anyhow::Result<String> {
    Ok(match format {
        Format::Text => report_text(r),
        Format::Json => serde_json::to_string_pretty(r)? + "\n",
        Format::Html => report_html(r),
    })
}

/// Every statement the LRS answers `query` with, following `more` links.
fn fetch_statements(
    base: &str,
    user: &str,
    password: &str,
    query: &str,
) -> anyhow::Result<Vec<Value>> {
    let endpoint = statements_endpoint(base);
    if !endpoint.starts_with("http://") {
        bail!("--from-lrs must be an http:// URL (this build speaks plain HTTP to a local LRS)");
    }
    let origin = endpoint
        .char_indices()
        .filter(|&(_, c)| c == '/')
        .nth(2)
        .map_or(endpoint.as_str(), |(i, _)| &endpoint[..i])
        .to_string();
    let (agent, auth) = lrs_client(user, password);
    let mut url = format!("{endpoint}?{query}");
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    while seen.insert(url.clone()) {
        let mut resp = agent
            .get(&url)
            .header("Authorization", &auth)
            .header("X-Experience-API-Version", "1.0.3")
            .call()
            .map_err(|e| anyhow::anyhow!("could not reach the LRS at {endpoint}: {e}"))?;
        let status = resp.status().as_u16();
        let body = resp
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .with_context(|| format!("reading the LRS's answer from {url}"))?;
        if !(200..300).contains(&status) {
            let text: String = body.chars().take(500).collect();
            bail!("the LRS refused the query (HTTP {status}): {text}");
        }
        let page: Value = serde_json::from_str(&body)
            .with_context(|| format!("the LRS's answer from {url} is not JSON"))?;
        let Some(statements) = page["statements"].as_array() else {
            bail!("the LRS's answer from {url} has no `statements` list");
        };
        out.extend(statements.iter().cloned());
        match page["more"].as_str().filter(|m| !m.is_empty()) {
            Some(more) if more.starts_with('/') => url = format!("{origin}{more}"),
            // never send the credentials to another server
            Some(more) if more.starts_with(&format!("{origin}/")) => url = more.to_string(),
            Some(more) => bail!("the LRS's `more` link {more} leaves {origin}; not following it"),
            None => break,
        }
    }
    Ok(out)
}

fn pct(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |v| format!("{v:.0}%"))
}

fn num(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |v| format!("{v:.1}"))
}

fn signed(x: Option<f64>) -> String {
    x.map_or(String::new(), |v| format!("{v:+.1}"))
}

/// The report as a facilitator reads it in a terminal.
pub fn report_text(r: &TeamReport) -> String {
    let mut s = format!(
        "Team report — {} · session {} (started {})\n",
        r.plan, r.session, r.session_started
    );
    match &r.previous_session {
        Some(p) => s.push_str(&format!("Compared with the previous session {p}\n\n")),
        None => s.push_str("The first session of this plan: nothing to compare with yet\n\n"),
    }
    s.push_str(&format!(
        "{:<18} {:>6} {:>8} {:>10} {:>12} {:>10} {:>8}\n",
        "", "drills", "average", "recovered", "within 24 h", "delighted", "change"
    ));
    let row = |name: &str, f: &team::Figures, change: Option<f64>| {
        format!(
            "{:<18} {:>6} {:>8} {:>10} {:>12} {:>10} {:>8}\n",
            name,
            f.drills,
            num(f.average_score),
            pct(f.recovered_pct),
            pct(f.recovered_within_24h_pct),
            pct(f.delighted_pct),
            signed(change)
        )
    };
    s.push_str(&row("Team", &r.team, None));
    for t in &r.trainees {
        s.push_str(&row(&format!("  {}", t.trainee), &t.figures, t.change));
    }
    s.push_str("\nWeakest principles: ");
    let weak: Vec<String> = r
        .weakest
        .iter()
        .map(|p| format!("{} ({:.0})", p.label, p.mean))
        .collect();
    s.push_str(&if weak.is_empty() {
        "–".to_string()
    } else {
        weak.join(", ")
    });
    s.push('\n');
    match &r.most_improved {
        Some(m) => s.push_str(&format!(
            "Most improved since the last session: {} ({:.1} → {:.1}, {:+.1})\n",
            m.trainee, m.before, m.after, m.change
        )),
        None if r.previous_session.is_some() => {
            s.push_str("Most improved since the last session: nobody's average rose\n")
        }
        None => {}
    }
    s.push_str("\nRunning order\n");
    for seat in &r.seats {
        s.push_str(&format!(
            "  {:>2}. {:<16} {:<36} {:>3}{}\n",
            seat.seat + 1,
            seat.trainee,
            seat.title,
            seat.total,
            if seat.recovered { "  recovered" } else { "" }
        ));
    }
    match &r.best_recovery {
        Some(b) => {
            s.push_str(&format!(
                "\nBest recovery: {} on “{}” — {}/100\n",
                b.trainee, b.title, b.total
            ));
            for t in &b.turns {
                s.push_str(&format!("  Customer: \"{}\"\n", t.customer));
                let moves: Vec<&str> = t.moves.iter().map(|m| m.id()).collect();
                s.push_str(&format!(
                    "  {} [{}]: \"{}\"\n    {:+} {}\n",
                    b.trainee,
                    moves.join(", "),
                    t.reply,
                    t.points,
                    t.note
                ));
            }
            s.push_str("  Why it scored:\n");
            for w in &b.why {
                s.push_str(&format!("    • {w}\n"));
            }
        }
        None => s.push_str("\nNo drill was recovered this session, so there is no story yet.\n"),
    }
    s
}

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A horizontal bar chart (values 0–100) as inline SVG.
fn bar_chart(title: &str, bars: &[(String, f64)]) -> String {
    const ROW: usize = 26;
    const LABEL: usize = 190;
    const WIDTH: usize = 560;
    let plot = (WIDTH - LABEL - 50) as f64;
    let height = ROW * bars.len() + 30;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\"><title>{}</title>",
        escape(title)
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = 10 + i * ROW;
        let w = (value.clamp(0.0, 100.0) / 100.0 * plot).round();
        let colour = if *value >= 80.0 {
            "#2e7d32"
        } else if *value >= 60.0 {
            "#f9a825"
        } else {
            "#c62828"
        };
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\">{}</text><rect x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"18\" fill=\"{colour}\"/><text x=\"{}\" y=\"{}\" font-size=\"13\">{value:.0}</text>",
            LABEL - 8,
            y + 14,
            escape(label),
            LABEL as f64 + w + 6.0,
            y + 14
        ));
    }
    s.push_str(&format!(
        "<line x1=\"{LABEL}\" y1=\"5\" x2=\"{LABEL}\" y2=\"{}\" stroke=\"#555\"/></svg>",
        height - 15
    ));
    s
}

/// One self-contained HTML file (inline CSS and SVG, no scripts, no external assets).
pub fn report_html(r: &TeamReport) -> String {
    let e = |s: &str| escape(s);
    let mut h = String::from("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str(&format!("<title>Team report — {}</title>", e(&r.plan)));
    h.push_str("<style>body{font-family:system-ui,sans-serif;max-width:760px;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:right}td:first-child,th:first-child{text-align:left}.story p{margin:.3em 0}.cust{color:#555}.moves{font-size:90%;color:#2e5e9e}</style></head><body>\n");
    h.push_str(&format!(
        "<h1>Team report — {}</h1><p>Session {} (started {}). {}</p>\n",
        e(&r.plan),
        e(&r.session),
        e(&r.session_started),
        match &r.previous_session {
            Some(p) => format!("Compared with session {}.", e(p)),
            None => "The first session of this plan.".to_string(),
        }
    ));
    h.push_str("<table><tr><th></th><th>drills</th><th>average</th><th>recovered</th><th>within 24 h</th><th>delighted</th><th>change</th></tr>\n");
    let row = |name: &str, f: &team::Figures, change: Option<f64>, bold: bool| {
        let n = if bold {
            format!("<b>{}</b>", e(name))
        } else {
            e(name)
        };
        format!(
            "<tr><td>{n}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            f.drills,
            num(f.average_score),
            pct(f.recovered_pct),
            pct(f.recovered_within_24h_pct),
            pct(f.delighted_pct),
            signed(change)
        )
    };
    h.push_str(&row("Team", &r.team, None, true));
    for t in &r.trainees {
        h.push_str(&row(&t.trainee, &t.figures, t.change, false));
    }
    h.push_str("</table>\n");
    if let Some(m) = &r.most_improved {
        h.push_str(&format!(
            "<p><b>Most improved:</b> {} ({:.1} → {:.1}, {:+.1})</p>\n",
            e(&m.trainee),
            m.before,
            m.after,
            m.change
        ));
    }
    let weak: Vec<String> = r
        .weakest
        .iter()
        .map(|p| format!("{} ({:.0})", e(&p.label), p.mean))
        .collect();
    h.push_str(&format!(
        "<p><b>Weakest principles:</b> {}</p>\n",
        if weak.is_empty() {
            "–".to_string()
        } else {
            weak.join(", ")
        }
    ));
    h.push_str("<h2>Average score per trainee</h2>\n");
    let scores: Vec<(String, f64)> = r
        .trainees
        .iter()
        .filter_map(|t| Some((t.trainee.clone(), t.figures.average_score?)))
        .collect();
    h.push_str(&bar_chart("Average score per trainee", &scores));
    h.push_str("\n<h2>Team mastery per principle</h2>\n");
    let mastery: Vec<(String, f64)> = r
        .principles
        .iter()
        .map(|p| (p.label.clone(), p.mean))
        .collect();
    h.push_str(&bar_chart("Team mean score per principle", &mastery));
    h.push_str("\n<h2>Best recovery</h2>\n");
    match &r.best_recovery {
        Some(b) => {
            h.push_str(&format!(
                "<div class=\"story\"><p><b>{}</b> on “{}” — {}/100</p>\n",
                e(&b.trainee),
                e(&b.title),
                b.total
            ));
            for t in &b.turns {
                let moves: Vec<&str> = t.moves.iter().map(|m| m.id()).collect();
                h.push_str(&format!(
                    "<p class=\"cust\">Customer: “{}”</p><p>{}: “{}” <span class=\"moves\">[{}] {:+} {}</span></p>\n",
                    e(&t.customer),
                    e(&b.trainee),
                    e(&t.reply),
                    e(&moves.join(", ")),
                    t.points,
                    e(&t.note)
                ));
            }
            h.push_str("<p><b>Why it scored</b></p><ul>");
            for w in &b.why {
                h.push_str(&format!("<li>{}</li>", e(w)));
            }
            h.push_str("</ul></div>\n");
        }
        None => h.push_str("<p>No drill was recovered this session.</p>\n"),
    }
    h.push_str("</body></html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn bar_chart_scales_and_escapes() {
        let svg = bar_chart("t", &[("<b>".into(), 50.0), ("x".into(), 150.0)]);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("&lt;b&gt;") && !svg.contains("<b>"));
        // 150 is clamped to the full plot width (560 - 190 - 50 = 320)
        assert!(svg.contains("width=\"320\""), "{svg}");
        assert!(svg.contains("width=\"160\""), "{svg}");
    }
}
