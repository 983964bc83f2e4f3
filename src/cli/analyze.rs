//! `comeback analyze`: read replies and tell which recovery moves they perform.
//!
//! - `comeback analyze [FILE]` reads JSON Lines (`{"id":…, "text":…}`; stdin when FILE is absent)
//!   and writes one JSON line per input line, in order:
//!   `{"id":…, "moves":[…], "findings":[{"move":…, "start":…, "end":…, "cue":…}]}`
//!   (`start`/`end` are byte offsets into `text`). A line that cannot be read (invalid UTF-8, bad
//!   JSON, no string `text`) gives `{"id":…|null, "line":N, "error":"…"}` on stdout *and* a
//!   `line N: …` message on stderr; the other lines are still analyzed and the exit code is 1.
//!   Blank lines are skipped.
//! - `comeback analyze --text "…"` prints one reply for a person, cue words highlighted (ANSI
//!   bold colour on a terminal, `[brackets]` otherwise), then one line per finding.

use crate::domain::analyzer::{Analysis, analyze};
use crate::domain::moves::Move;
use anyhow::Context;
use clap::Args;
use serde::Serialize;
use serde_json::Value;
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// JSON Lines file with `id` and `text` on each line (default: stdin).
    #[arg(conflicts_with = "text")]
    pub file: Option<PathBuf>,
    /// Analyze one reply given on the command line and print it for a person.
    #[arg(long)]
    pub text: Option<String>,
}

pub fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    if let Some(text) = args.text {
        let out = std::io::stdout();
        let color = out.is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let mut out = out.lock();
        out.write_all(render(&text, &analyze(&text), color).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let failed = match &args.file {
        Some(path) => {
            let f = std::fs::File::open(path)
                .with_context(|| format!("cannot open {}", path.display()))?;
            analyze_lines(std::io::BufReader::new(f), &mut out, &mut std::io::stderr())?
        }
        None => analyze_lines(std::io::stdin().lock(), &mut out, &mut std::io::stderr())?,
    };
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Serialize)]
struct OutFinding<'a> {
    #[serde(rename = "move")]
    mv: Move,
    start: usize,
    end: usize,
    cue: &'a str,
}

#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a Value,
    moves: Vec<Move>,
    findings: Vec<OutFinding<'a>>,
}

#[derive(Serialize)]
struct ErrLine<'a> {
    id: &'a Value,
    line: usize,
    error: String,
}

/// Analyze every line of `input`; returns how many lines failed. Only I/O errors on the output
/// abort; a bad input line is reported and skipped.
pub fn analyze_lines(
    mut input: impl BufRead,
    out: &mut impl Write,
    err: &mut impl Write,
) -> anyhow::Result<usize> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    let mut failed = 0;
    loop {
        buf.clear();
        let n = match input.read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(e) => {
                // An unreadable input stream: report once and stop.
                writeln!(err, "line {}: read error: {e}", line_no + 1)?;
                failed += 1;
                break;
            }
        };
        if n == 0 {
            break;
        }
        line_no += 1;
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match read_line(&buf) {
            Ok((id, text)) => {
                let a = analyze(&text);
                // Sorted by id, as the labelled data lists them.
                let mut moves = a.moves();
                moves.sort_by_key(|m| m.id());
                let line = OutLine {
                    id: &id,
                    moves,
                    findings: a
                        .findings
                        .iter()
                        .map(|f| OutFinding {
                            mv: f.mv,
                            start: f.span.start,
                            end: f.span.end,
                            cue: &f.cue,
                        })
                        .collect(),
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.write_all(b"\n")?;
            }
            Err((id, error)) => {
                failed += 1;
                writeln!(err, "line {line_no}: {error}")?;
                serde_json::to_writer(
                    &mut *out,
                    &ErrLine {
                        id: &id,
                        line: line_no,
                        error,
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(failed)
}

/// One input line → (id, text), or (id if known, message).
fn read_line(bytes: &[u8]) -> Result<(Value, String), (Value, String)> {
    let s = std::str::from_utf8(bytes).map_err(|e| (Value::Null, format!("invalid UTF-8: {e}")))?;
    let v: Value =
        serde_json::from_str(s).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?;
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    if !v.is_object() {
        return Err((id, "expected a JSON object with `id` and `text`".into()));
    }
    match v.get("text") {
        Some(Value::String(t)) => Ok((id, t.clone())),
        Some(_) => Err((id, "`text` is not a string".into())),
        None => Err((id, "missing `text`".into())),
    }
}

/// The reply with cues marked, then one line per finding.
pub fn render(text: &str, a: &Analysis, color: bool) -> String {
    // Merge overlapping spans so each highlighted run is opened and closed once.
    let mut spans: Vec<(usize, usize)> = a
        .findings
        .iter()
        .map(|f| (f.span.start, f.span.end))
        .collect();
    spans.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let (open, close) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::new();
    let mut at = 0;
    for (s, e) in merged {
        // Spans come from the analyzer on char boundaries; `get` keeps this panic-free anyway.
        out.push_str(text.get(at..s).unwrap_or_default());
        out.push_str(open);
        out.push_str(text.get(s..e).unwrap_or_default());
        out.push_str(close);
        at = e;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out.push_str("\n\n");
    if a.findings.is_empty() {
        out.push_str("No recovery moves found.\n");
    }
    for f in &a.findings {
        let sign = if f.mv.helps() { "+" } else { "-" };
        let (c0, c1) = match (color, f.mv.helps()) {
            (false, _) => ("", ""),
            (true, true) => ("\x1b[32m", "\x1b[0m"),
            (true, false) => ("\x1b[31m", "\x1b[0m"),
        };
        out.push_str(&format!(
            "{c0}{sign} {:<11}{c1} \"{}\" — {}\n",
            f.mv.id(),
            f.cue,
            f.mv.coaching()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_reported_and_the_rest_analyzed() {
        let mut input: Vec<u8> = Vec::new();
        input.extend_from_slice(b"{\"id\":\"a\",\"text\":\"That's on us, I'm sorry.\"}\n");
        input.extend_from_slice(b"{\"id\":\"b\",\"text\":\n");
        input.extend_from_slice(b"\n");
        input.extend_from_slice(b"{\"id\":\"c\",\"text\":\"caf\xff\"}\n");
        input.extend_from_slice(b"{\"id\":7,\"txt\":\"x\"}\r\n");
        input.extend_from_slice(b"{\"id\":\"e\",\"text\":\"\"}");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let failed = analyze_lines(&input[..], &mut out, &mut err).unwrap();
        assert_eq!(failed, 3);
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(
            lines[0]["moves"],
            serde_json::json!(["apology", "ownership"])
        );
        assert_eq!(lines[0]["findings"][0]["start"], 0);
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["error"].as_str().unwrap().contains("JSON"));
        assert!(lines[2]["error"].as_str().unwrap().contains("UTF-8"));
        assert_eq!(lines[3]["id"], 7);
        assert_eq!(lines[4]["moves"], serde_json::json!([]));
        let err = String::from_utf8(err).unwrap();
        assert!(err.contains("line 2:") && err.contains("line 4:") && err.contains("line 5:"));
    }

    #[test]
    fn render_marks_cues() {
        let t = "Sorry — that's on us.";
        let s = render(t, &analyze(t), false);
        assert!(s.starts_with("[Sorry] — [that's on us]."), "{s}");
        assert!(s.contains("+ ownership"));
    }
}
