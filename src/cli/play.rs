//! `comeback play`: a drill in the terminal — scripted (`--choices`, `--say`) or interactive.
//! Runs exactly the domain calls the app makes: `Drill::start`, `respond`, `scoring::score`.

use crate::domain::drill::{Answer, Drill, DrillContext, Reaction};
use crate::domain::history::{self, DrillId, History, HistoryError};
use crate::domain::library;
use crate::domain::scenario::FailureSeverity;
use crate::domain::scoring::{self, Scorecard};
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct PlayArgs {
    /// The drill file.
    pub file: PathBuf,
    /// Reply numbers per turn, 1-based (e.g. 2,1,3); `s` answers that turn with the next --say.
    #[arg(long, value_delimiter = ',')]
    pub choices: Option<Vec<String>>,
    /// A typed answer for a turn that takes free text (repeatable; used in order).
    #[arg(long)]
    pub say: Vec<String>,
    /// Seed for the customer's line variants (default: random, printed so the drill can be replayed).
    #[arg(long)]
    pub seed: Option<u64>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Record the drill in this trainee's history (turn by turn). Without it nothing is recorded.
    #[arg(long)]
    pub trainee: Option<String>,
}

/// Records a drill turn by turn. If the store cannot be written (read-only or full disk), the drill
/// goes on in memory and the trainee is told once that it will not be saved.
pub(crate) struct Recording<'h> {
    history: Option<(&'h History, DrillId)>,
}

impl<'h> Recording<'h> {
    pub(crate) fn off() -> Self {
        Recording { history: None }
    }

    /// Record into drill `id` of `h`.
    pub(crate) fn new(h: &'h History, id: DrillId) -> Self {
        Recording {
            history: Some((h, id)),
        }
    }

    pub(crate) fn fail(&mut self, e: &HistoryError) {
        eprintln!("warning: {e}\nwarning: the drill goes on, but it will not be saved");
        self.history = None;
    }

    pub(crate) fn turn(&mut self, turn: &crate::domain::drill::Turn) {
        if let Some((h, id)) = &self.history
            && let Err(e) = h.record_turn(*id, turn)
        {
            self.fail(&e);
        }
    }

    /// Close the drill when it reached an ending; `force` closes an unfinished one too (a team
    /// seat whose time ran out is scored as it stands).
    pub(crate) fn finish(&mut self, drill: &Drill, card: &Scorecard, force: bool) {
        if !drill.is_over() && !force {
            return; // left unfinished: shows as abandoned, to resume or discard
        }
        if let Some((h, id)) = &self.history
            && let Err(e) = h.finish_drill(*id, drill.transcript(), card)
        {
            self.fail(&e);
        }
    }
}

/// Open the store (None, with a warning, when it cannot be opened: the drill goes on unsaved).
pub(crate) fn open_store(data_dir: Option<PathBuf>) -> Option<History> {
    match history::default_data_dir(data_dir).and_then(|dir| History::open(&dir)) {
        Ok(h) => {
            if let Some(m) = h.moved_aside() {
                eprintln!("note: {m}");
            }
            Some(h)
        }
        Err(e) => {
            Recording::off().fail(&e);
            None
        }
    }
}

/// Find the trainee and start a recorded drill (with the promise ledger's context).
fn start_recorded<'h>(
    name: &str,
    store: Option<&'h History>,
    entry: &library::Entry,
    scenario: &std::sync::Arc<crate::domain::scenario::Scenario>,
    seed: u64,
) -> anyhow::Result<(Drill, Recording<'h>)> {
    let Some(h) = store else {
        return Ok((Drill::start(scenario.clone(), seed)?, Recording::off()));
    };
    let begun = h.trainee(name).and_then(|t| {
        let open_promise = h.open_promise(t, &scenario.customer.name)?;
        let ctx = DrillContext { open_promise };
        let id = h.begin_drill_with(t, scenario, &entry.hash, seed, &ctx)?;
        Ok((ctx, id))
    });
    match begun {
        Ok((ctx, id)) => Ok((
            Drill::start_with(scenario.clone(), seed, ctx)?,
            Recording::new(h, id),
        )),
        Err(e) => {
            let mut r = Recording::off();
            r.fail(&e);
            Ok((Drill::start(scenario.clone(), seed)?, r))
        }
    }
}

/// One scripted step.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Step {
    Choice(usize),
    Say,
}

pub(crate) fn parse_steps(choices: &[String]) -> anyhow::Result<Vec<Step>> {
    choices
        .iter()
        .map(|c| {
            let c = c.trim();
            if c.eq_ignore_ascii_case("s") || c.eq_ignore_ascii_case("say") {
                return Ok(Step::Say);
            }
            match c.parse::<usize>() {
                Ok(n) if n >= 1 => Ok(Step::Choice(n - 1)),
                _ => bail!("`{c}` in --choices is not a reply number (1, 2, 3…) or `s`"),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct Report<'a> {
    scenario: &'a str,
    seed: u64,
    unfinished: bool,
    notes: &'a [String],
    transcript: &'a crate::domain::drill::Transcript,
    scorecard: &'a Scorecard,
}

pub fn run(args: PlayArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let entry = library::load_file(&args.file);
    let Some(scenario) = entry.scenario.clone() else {
        for d in &entry.diagnostics {
            eprintln!("{d}");
        }
        eprintln!(
            "error: {} cannot be played; fix the errors above (see `comeback check`)",
            entry.file
        );
        return Ok(ExitCode::from(1));
    };
    let seed = args.seed.unwrap_or_else(crate::domain::drill::fresh_seed);
    let store = args.trainee.as_ref().and_then(|_| open_store(data_dir));
    let (mut drill, mut recording) = match &args.trainee {
        Some(name) => start_recorded(name, store.as_ref(), &entry, &scenario, seed)?,
        None => (Drill::start(scenario.clone(), seed)?, Recording::off()),
    };
    let text = args.format == Format::Text;
    let mut notes = Vec::new();
    let mut out = std::io::stdout().lock();
    if text {
        writeln!(out, "{}", header(&drill, seed))?;
        writeln!(out)?;
    }
    let scripted = args.choices.is_some() || !args.say.is_empty();
    if scripted {
        let steps = match &args.choices {
            Some(c) => parse_steps(c)?,
            None => vec![Step::Say; args.say.len()],
        };
        let mut says = args.say.iter();
        let left = scripted_turns(
            &mut drill,
            &steps,
            &mut says,
            &mut out,
            text,
            &mut recording,
        )?;
        if left > 0 {
            notes.push(format!(
                "the drill ended; {left} choice{} left over were ignored",
                if left == 1 { "" } else { "s" }
            ));
        }
    } else {
        let stdin = std::io::stdin();
        let mut lines = stdin.lock().lines();
        // Unfinished for any reason is reported below; the reason is already in `notes`.
        let _stopped = interactive(
            &mut drill,
            &mut lines,
            &mut out,
            &mut notes,
            &mut recording,
            &|| false,
        )?;
    }
    if !drill.is_over() {
        notes.push(format!(
            "unfinished: the drill stopped at node `{}` before an ending",
            drill.node().id
        ));
    }
    let card = scoring::score(drill.transcript());
    recording.finish(&drill, &card, false);
    match args.format {
        Format::Json => {
            let report = Report {
                scenario: &scenario.id,
                seed,
                unfinished: !drill.is_over(),
                notes: &notes,
                transcript: drill.transcript(),
                scorecard: &card,
            };
            writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        }
        Format::Text => {
            if let Some(line) = &drill.transcript().final_line {
                writeln!(out, "{}: \"{line}\"", scenario.customer.name)?;
            }
            for n in &notes {
                writeln!(out, "note: {n}")?;
            }
            writeln!(out)?;
            write!(out, "{}", scorecard_text(&card))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn header(d: &Drill, seed: u64) -> String {
    let s = d.scenario();
    let a = &s.authority;
    let limit = if a.currency.is_empty() {
        format!("{:.0}", a.money_limit)
    } else {
        format!("{} {:.0}", a.currency, a.money_limit)
    };
    let severity = match s.severity {
        FailureSeverity::Minor => "Minor failure: handle it yourself",
        FailureSeverity::Significant => "Significant failure: escalate at once",
    };
    let role = if s.customer.role.is_empty() {
        String::new()
    } else {
        format!(" ({})", s.customer.role)
    };
    format!(
        "{} ({} v{}) · seed {seed}\n{severity} · you may give up to {limit} without approval\n{}{role}: {}\nmood {}/100 · patience {}",
        s.title,
        s.id,
        s.version,
        s.customer.name,
        s.customer.situation,
        d.mood(),
        d.patience()
    )
}

fn customer(d: &Drill) -> String {
    format!("{}: \"{}\"", d.scenario().customer.name, d.customer_line())
}

fn answered(r: &Reaction) -> String {
    let t = &r.turn;
    let who = match &t.reply_id {
        Some(_) => match t.answer {
            Answer::Choice(i) => format!("You [{}]", i + 1),
            Answer::Text(_) => "You".to_string(),
        },
        None => "You (typed)".to_string(),
    };
    let moves: Vec<&str> = t.moves.iter().map(|m| m.id()).collect();
    let mut s = format!(
        "  {who}: \"{}\"\n    moves: {} · mood {} → {} · patience {} · +{} h (now {:.2} h)\n",
        t.text,
        if moves.is_empty() {
            "none recognised".to_string()
        } else {
            moves.join(", ")
        },
        t.mood_before,
        t.mood_after,
        t.patience_after,
        t.hours_cost,
        t.hours_after
    );
    if !t.coaching.is_empty() {
        s.push_str(&format!("    coaching: {}\n", t.coaching));
    }
    if t.walked_out {
        s.push_str("    the customer has run out of patience\n");
    }
    s
}

/// The scorecard as a trainer reads it: total, each principle, each violation, coaching per turn.
pub fn scorecard_text(c: &Scorecard) -> String {
    let mut s = String::new();
    let o = &c.outcome;
    let ending = match o.ending {
        Some(e) => e.label().to_string(),
        None => "Unfinished".to_string(),
    };
    s.push_str(&format!(
        "Score {}/100  grade {:?}   ({ending})\n",
        c.total, c.grade
    ));
    s.push_str(&format!(
        "  earned {:.0} − penalties {}{}\n",
        c.earned,
        c.penalties,
        if c.capped {
            format!(
                ", capped at {} because the customer was lost",
                scoring::LOST_CAP
            )
        } else {
            String::new()
        }
    ));
    s.push_str(&format!(
        "  recovered: {}   within {:.0} h: {} ({:.1} h)   delighted: {}\n\nPrinciples\n",
        yes(o.recovered),
        o.target_hours,
        yes(o.within_target),
        o.hours,
        yes(o.delighted)
    ));
    for p in &c.principles {
        s.push_str(&format!(
            "  {:<24} {:>5.1}/{:<3} {}\n",
            p.principle.label(),
            p.points,
            p.weight,
            p.note
        ));
    }
    if !c.violations.is_empty() {
        s.push_str("\nViolations\n");
        for v in &c.violations {
            let turn = v
                .turn
                .map_or("drill".to_string(), |t| format!("turn {}", t + 1));
            s.push_str(&format!("  −{:<3} {turn}: {}\n", v.penalty, v.message));
        }
    }
    if !c.turns.is_empty() {
        s.push_str("\nTurn by turn\n");
        for t in &c.turns {
            s.push_str(&format!("  {}. {:+} {}\n", t.turn + 1, t.points, t.line));
        }
    }
    if !c.advice.is_empty() {
        s.push_str("\nPractise next\n");
        for a in &c.advice {
            s.push_str(&format!("  • {a}\n"));
        }
    }
    s
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Answer turn by turn from `steps` (`Say` takes the next of `says`) until the drill ends or the
/// steps run out; every turn is recorded. Returns how many steps were left over.
pub(crate) fn scripted_turns<'a>(
    drill: &mut Drill,
    steps: &[Step],
    says: &mut impl Iterator<Item = &'a String>,
    out: &mut impl Write,
    text: bool,
    recording: &mut Recording<'_>,
) -> anyhow::Result<usize> {
    let mut steps_iter = steps.iter().enumerate();
    while !drill.is_over() {
        let Some((i, step)) = steps_iter.next() else {
            break;
        };
        if text {
            writeln!(out, "{}", customer(drill))?;
        }
        let answer = match step {
            Step::Choice(n) => Answer::Choice(*n),
            Step::Say => Answer::Text(
                says.next()
                    .with_context(|| {
                        format!("turn {} asks for --say text but none is left", i + 1)
                    })?
                    .clone(),
            ),
        };
        let reaction = drill
            .respond(answer)
            .with_context(|| format!("turn {} (node `{}`)", i + 1, drill.node().id))?;
        recording.turn(&reaction.turn);
        if text {
            write!(out, "{}", answered(&reaction))?;
        }
    }
    Ok(steps_iter.count())
}

/// Ask turn by turn on the terminal. A number picks a reply; other text is a typed answer where
/// the turn allows it; `q` or end of input stops (the drill is reported unfinished), and so does
/// `time_up()` turning true (checked before each question). Every answered turn is recorded.
pub(crate) fn interactive(
    drill: &mut Drill,
    lines: &mut impl Iterator<Item = std::io::Result<String>>,
    out: &mut impl Write,
    notes: &mut Vec<String>,
    recording: &mut Recording<'_>,
    time_up: &dyn Fn() -> bool,
) -> anyhow::Result<Stopped> {
    while !drill.is_over() {
        if time_up() {
            writeln!(out, "  time is up for this drill")?;
            notes.push("stopped: the time limit ran out".into());
            return Ok(Stopped::TimeUp);
        }
        writeln!(out, "{}", customer(drill))?;
        for (i, r) in drill.options().iter().enumerate() {
            writeln!(out, "  {}. {}", i + 1, r.text)?;
        }
        if drill.accepts_text() {
            writeln!(out, "  …or type your own reply")?;
        }
        write!(out, "> ")?;
        out.flush()?;
        let Some(line) = lines.next() else {
            writeln!(out)?;
            return Ok(Stopped::EndOfInput);
        };
        let line = line?;
        let line = line.trim();
        if line.eq_ignore_ascii_case("q") {
            notes.push("stopped by the trainee".into());
            return Ok(Stopped::Quit);
        }
        let answer = match line.parse::<usize>() {
            Ok(n) if n >= 1 => Answer::Choice(n - 1),
            _ => Answer::Text(line.to_string()),
        };
        match drill.respond(answer) {
            Ok(r) => {
                recording.turn(&r.turn);
                write!(out, "{}", answered(&r))?;
            }
            Err(e) => writeln!(out, "  {e}")?,
        }
    }
    Ok(Stopped::Ended)
}

/// Why the interactive loop returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stopped {
    /// The drill reached an ending.
    Ended,
    /// The trainee typed `q`.
    Quit,
    /// Input ran out (no more answers will come).
    EndOfInput,
    /// `time_up()` said the time limit ran out.
    TimeUp,
}
