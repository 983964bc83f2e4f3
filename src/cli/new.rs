//! `comeback new ID`: start a drill from a commented template that already passes `check` with
//! no warnings, so a trainer edits something that works instead of a blank page.
//! `comeback translate FILE --lang LANG`: start a translation `ID.LANG.ron` the same way.

use anyhow::{Context, bail};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The new drill's id, kebab-case (e.g. `late-parcel`); the file is named `ID.ron`.
    pub id: String,
    /// Folder to write it in (default: scenarios/).
    #[arg(long, default_value = "scenarios")]
    pub dir: PathBuf,
}

/// Longest drill id accepted (ids appear in file names, history and exports).
const MAX_ID: usize = 64;

/// Why `id` is not a usable drill id, if it is not.
pub fn id_problem(id: &str) -> Option<String> {
    let example = "use lowercase letters, digits and single hyphens, e.g. `late-parcel`";
    if id.is_empty() {
        return Some(format!("the id is empty; {example}"));
    }
    if id.len() > MAX_ID {
        return Some(format!(
            "`{id}` is {} characters long; drill ids have at most {MAX_ID}",
            id.len()
        ));
    }
    let bad = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'));
    if let Some(c) = bad {
        return Some(format!(
            "`{id}` is not a drill id: {c:?} is not allowed; {example}"
        ));
    }
    if id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Some(format!(
            "`{id}` is not a drill id: hyphens go between words; {example}"
        ));
    }
    None
}

/// "late-parcel" → "Late parcel".
fn title_of(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut c = words.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The template with `ID` and `TITLE` filled in.
pub fn template(id: &str) -> String {
    TEMPLATE
        .replace("{{ID}}", id)
        .replace("{{TITLE}}", &title_of(id))
}

pub fn run(args: NewArgs) -> anyhow::Result<ExitCode> {
    if let Some(why) = id_problem(&args.id) {
        bail!("{why}");
    }
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create folder {}", args.dir.display()))?;
    let path = args.dir.join(format!("{}.ron", args.id));
    write_new(
        &path,
        &template(&args.id),
        "Pick another id or move that file first",
    )?;
    println!(
        "next: edit it (every field is explained in scenarios/README.md), then\n  comeback check {}\n  comeback autoplay {} --strategy exhaustive",
        path.display(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// The drill file to translate.
    pub file: PathBuf,
    /// Language code of the translation, e.g. `fr`, `de`, `pt-BR`.
    #[arg(long)]
    pub lang: String,
}

/// Write `ID.LANG.ron` beside the drill: every entry blank, the source text in a comment and the
/// current fingerprints filled in. Refuses to overwrite.
pub fn run_translate(args: TranslateArgs) -> anyhow::Result<ExitCode> {
    let entry = crate::domain::library::load_file(&args.file);
    let Some(scenario) = entry.scenario.clone() else {
        for d in &entry.diagnostics {
            eprintln!("{d}");
        }
        bail!(
            "{} has errors; fix them (see `comeback check`) before translating it",
            entry.file
        );
    };
    let Some(stem) = args.file.file_stem().and_then(|s| s.to_str()) else {
        bail!("{} has no file name", args.file.display());
    };
    let code_ok = {
        let (l, r) = args.lang.split_once('-').unwrap_or((&args.lang, "AA"));
        (2..=3).contains(&l.len())
            && l.chars().all(|c| c.is_ascii_lowercase())
            && r.len() == 2
            && r.chars().all(|c| c.is_ascii_uppercase())
    };
    if !code_ok {
        bail!(
            "`{}` is not a language code; use a lowercase ISO 639 code such as `fr` or `de`, optionally with a region: `pt-BR`",
            args.lang
        );
    }
    let path = args
        .file
        .with_file_name(format!("{stem}.{}.ron", args.lang));
    write_new(
        &path,
        &crate::domain::translation::skeleton(&scenario, &args.lang),
        "`comeback check` lists what is missing or stale in it",
    )?;
    println!(
        "next: fill in every \"\" (the source text is in the comment above it), then\n  comeback check {}",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

const TEMPLATE: &str = r#"// {{TITLE}}: a new drill. Every field is explained in scenarios/README.md.
// Check it after each edit:    comeback check THIS-FILE --deny-warnings
// See how the paths score:     comeback autoplay THIS-FILE --strategy exhaustive
// Play one path:               comeback play THIS-FILE --choices 1,1,1
Scenario(
    format: 1,                      // the file format; always 1 for now
    id: "{{ID}}",                   // stable id = the file name; history refers to it
    title: "{{TITLE}}",
    version: 1,                     // bump when you change the drill meaningfully
    summary: "A customer's order did not arrive on the day we promised. Own it, find out what they need, and fix it today.",
    difficulty: Easy,               // Easy | Medium | Hard
    tags: ["retail", "phone"],
    severity: Minor,                // Minor: fix it yourself. Significant: escalate at once (add `escalate: true` replies).
    authority: (
        money_limit: 30.0,          // most one remedy (`cost` on a reply) may cost without approval
        currency: "GBP",
        remedies: ["same-day courier", "collection from the shop", "refund of the delivery charge"],
        escalate_to: "Shift manager",
    ),
    customer: (
        name: "Sam Taylor",
        role: "Customer",
        situation: "Sam ordered a gift for delivery today. The tracking page says the parcel is still in our warehouse. Sam is on the phone.",
        mood: 65,                   // starting anger: 0 calm … 100 furious (50+ is angry)
        patience: 3,                // replies that make Sam angrier before Sam hangs up
        walkout: ["Forget it. I'll buy it somewhere else."],
    ),
    clock: (reply_hours: 0.1, target_hours: 24.0),
    start: "open",
    nodes: [
        (
            id: "open",
            customer: [             // variants: a seeded rng picks one per play
                "It was meant to come today. The tracking says it hasn't even left. It's a birthday present!",
                "Your website promised today. Where is my parcel?",
            ],
            replies: [              // one good reply and tempting wrong ones; tag the moves honestly
                (
                    text: "I'm so sorry, that's our mistake. I can hear how frustrating this is. When do you need it by?",
                    moves: [apology, ownership, empathy, listening],
                    coaching: "Own it, acknowledge the feeling, and ask what matters.",
                    next: "need",
                ),
                (
                    text: "The courier collects late on Fridays, so it's probably tomorrow now.",
                    moves: [excuse],
                    coaching: "An explanation instead of a fix.",
                    next: "angry",
                ),
                (
                    text: "Deliveries can slip, it's in our terms.",
                    moves: [refusal],
                    coaching: "Quoting the terms is a no.",
                    next: "lost",
                ),
            ],
        ),
        (
            id: "need",
            customer: ["By six. The party starts at seven."],
            free_text: (            // optional: the trainee may also type an answer here
                prompt: "Tell Sam what you will do.",
                routes: [(when: (said: [solution]), next: "fixed")],   // the analyzer reads the words
                next: "angry",      // typed answers that offer no fix
            ),
            replies: [
                (
                    text: "A courier can bring it to you by four, or you can collect it from our shop in town now. Which is better for you? Thank you for telling us straight away.",
                    moves: [solution, options, gratitude],
                    coaching: "A fix with a time, a choice, and thanks.",
                    next: "fixed",
                ),
                (
                    text: "Calm down, it's only a parcel.",
                    moves: [dismissal],
                    coaching: "Policing the emotion makes it worse.",
                    next: "lost",
                ),
            ],
        ),
        (
            id: "angry",
            customer: ["I don't care why. I need it today."],
            replies: [
                (
                    text: "You're right, I'm sorry, that's on us. A courier will bring it to you by four today.",
                    moves: [apology, ownership, solution],
                    coaching: "Back on track with a fix and a time.",
                    next: "fixed",
                ),
                (
                    text: "I'll ask my manager and call you back next week.",
                    moves: [deferral],
                    hours: 72.0,    // this reply costs simulated time
                    coaching: "Making Sam wait is a no in slow motion.",
                    next: "lost",
                ),
            ],
        ),
        (
            id: "fixed",
            customer: ["The courier, then. Four o'clock?"],
            replies: [
                (
                    text: "Four at the latest. I'll text you when the driver sets off, and the delivery charge is refunded.",
                    moves: [follow_up, delight],
                    coaching: "A timed update, and a small surprise after the fix.",
                    next: "won",
                ),
                (
                    text: "Probably, but it's up to the courier.",
                    moves: [blame],
                    coaching: "Blaming the courier undoes the fix.",
                    next: "lost",
                ),
            ],
        ),
        (id: "won", customer: ["Thank you. That's a relief."], outcome: RecoveredDelighted),
        (id: "lost", customer: ["I'm cancelling the order."], outcome: Lost,
         note: "Trainer-only note: never shown to trainees."),
    ],
)
"#;

/// Write a file that must not exist yet: an existing one is never overwritten.
fn write_new(path: &std::path::Path, text: &str, if_exists: &str) -> anyhow::Result<()> {
    let mut f = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => bail!(
            "{} already exists; it was left untouched. {if_exists}",
            path.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("cannot create {}", path.display())),
    };
    f.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::library::check_source;

    #[test]
    fn template_passes_check_with_no_warnings() {
        let e = check_source("late-parcel.ron", template("late-parcel").as_bytes());
        let diags: Vec<String> = e.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(diags.is_empty(), "{}", diags.join("\n"));
        let s = e.scenario.expect("playable");
        assert_eq!(
            (s.id.as_str(), s.title.as_str()),
            ("late-parcel", "Late parcel")
        );
    }

    #[test]
    fn bad_ids_are_explained() {
        assert!(id_problem("late-parcel-2").is_none());
        for bad in [
            "",
            "Late",
            "late parcel",
            "-late",
            "late--parcel",
            "late-",
            "café",
            "../x",
        ] {
            assert!(id_problem(bad).is_some(), "{bad:?}");
        }
        assert!(id_problem("late parcel").unwrap().contains("' '"));
        assert!(id_problem(&"a".repeat(65)).unwrap().contains("at most 64"));
    }
}
