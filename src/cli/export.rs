//! `comeback export`: drills as CSV, or as xAPI statements (printed, or posted to an LRS).

use crate::cli::history::open_history;
use crate::domain::history::{DrillId, History};
use crate::domain::report::{self, XapiOptions};
use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Xapi,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Only this trainee's drills.
    #[arg(long)]
    pub trainee: Option<String>,
    /// Only drills started on or after this date (YYYY-MM-DD, UTC) or moment (RFC 3339).
    #[arg(long)]
    pub since: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// POST xAPI statements to this LRS (its xAPI base, e.g. http://127.0.0.1:8100/xAPI/);
    /// statements already accepted by it are not sent again.
    #[arg(long, requires = "user")]
    pub lrs: Option<String>,
    /// LRS basic-auth user.
    #[arg(long, requires = "password")]
    pub user: Option<String>,
    /// LRS basic-auth password (or env COMEBACK_LRS_PASSWORD).
    #[arg(long, env = "COMEBACK_LRS_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// Statements per POST.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub batch: u16,
    /// The actor account's homePage and the base of activity ids.
    #[arg(long, default_value = "https://comeback.example")]
    pub home_page: String,
    /// cmi5 mastery score in percent: `passed` at or above, `failed` below.
    #[arg(long, default_value_t = report::MASTERY_SCORE, value_parser = clap::value_parser!(u32).range(0..=100))]
    pub mastery: u32,
}

fn parse_since(s: &str) -> anyhow::Result<OffsetDateTime> {
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Ok(t);
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &fmt)
        .map(|d| d.midnight().assume_utc())
        .with_context(|| format!("--since `{s}` is not a date like 2025-03-01 or an RFC 3339 time"))
}

/// The statements endpoint under an LRS base URL.
pub fn statements_endpoint(base: &str) -> String {
    let b = base.trim_end_matches('/');
    if b.ends_with("/statements") {
        b.to_string()
    } else {
        format!("{b}/statements")
    }
}

/// An HTTP client for an LRS (30 s per request; statuses are read, not turned into errors) and
/// its Basic authorization header.
pub(crate) fn lrs_client(user: &str, password: &str) -> (ureq::Agent, String) {
    let auth = format!("Basic {}", base64(format!("{user}:{password}").as_bytes()));
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .http_status_as_error(false)
        .build()
        .into();
    (agent, auth)
}

pub(crate) fn base64(input: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn run(args: ExportArgs, data_dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let h = open_history(data_dir)?;
    let trainee = match &args.trainee {
        Some(name) => match h.find_trainee(name)? {
            Some(t) => Some(t),
            None => {
                eprintln!("no drills recorded for `{name}`; nothing to export");
                return Ok(ExitCode::from(1));
            }
        },
        None => None,
    };
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let drills = h.export(trainee, since)?;
    if args.lrs.is_some() && args.format != ExportFormat::Xapi {
        bail!("--lrs sends xAPI statements; add --format xapi");
    }
    let text = match args.format {
        ExportFormat::Csv => report::csv(&drills),
        ExportFormat::Xapi => {
            let opts = XapiOptions {
                home_page: args.home_page.clone(),
                mastery: f64::from(args.mastery) / 100.0,
            };
            let statements: Vec<(Value, DrillId)> = drills
                .iter()
                .flat_map(|d| {
                    report::xapi_statements(d, &opts)
                        .into_iter()
                        .map(move |s| (s, d.record.id))
                })
                .collect();
            if let Some(lrs) = &args.lrs {
                return send(&h, lrs, &args, statements);
            }
            let all: Vec<Value> = statements.into_iter().map(|(s, _)| s).collect();
            serde_json::to_string_pretty(&all)? + "\n"
        }
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// POST the statements the LRS has not accepted yet, in batches; each batch is marked sent only
/// after the LRS answered 2xx for it.
fn send(
    h: &History,
    lrs: &str,
    args: &ExportArgs,
    statements: Vec<(Value, DrillId)>,
) -> anyhow::Result<ExitCode> {
    let endpoint = statements_endpoint(lrs);
    if !endpoint.starts_with("http://") {
        bail!("--lrs must be an http:// URL (this build speaks plain HTTP to a local LRS)");
    }
    let sent = h.xapi_sent(&endpoint)?;
    let pending: Vec<(Value, DrillId, String)> = statements
        .into_iter()
        .filter_map(|(s, d)| {
            let id = s["id"].as_str()?.to_string();
            (!sent.contains(&id)).then_some((s, d, id))
        })
        .collect();
    let user = args.user.as_deref().unwrap_or_default();
    let password = args.password.as_deref().unwrap_or_default();
    let (agent, auth) = lrs_client(user, password);
    let mut done = 0usize;
    for chunk in pending.chunks(usize::from(args.batch)) {
        let body: Vec<&Value> = chunk.iter().map(|(s, _, _)| s).collect();
        let body = serde_json::to_string(&body)?;
        let result = agent
            .post(&endpoint)
            .header("Authorization", &auth)
            .header("X-Experience-API-Version", "1.0.3")
            .content_type("application/json")
            .send(body.as_bytes());
        let mut resp = match result {
            Ok(r) => r,
            Err(e) => {
                eprintln!(
                    "error: could not reach the LRS at {endpoint}: {e}; {done} statement(s) sent, {} left for the next run",
                    pending.len() - done
                );
                return Ok(ExitCode::from(3));
            }
        };
        let status = resp.status().as_u16();
        if !(200..300).contains(&status) {
            let text = resp.body_mut().read_to_string().unwrap_or_default();
            let text: String = text.chars().take(500).collect();
            eprintln!(
                "error: the LRS refused a batch (HTTP {status}): {text}; {done} statement(s) sent, {} left for the next run",
                pending.len() - done
            );
            return Ok(ExitCode::from(3));
        }
        let ids: Vec<(String, DrillId)> = chunk.iter().map(|(_, d, id)| (id.clone(), *d)).collect();
        h.mark_xapi_sent(&endpoint, &ids)?;
        done += chunk.len();
    }
    println!(
        "sent {done} new statement(s) to {endpoint} ({} already there)",
        sent.len()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"user:pass"), "dXNlcjpwYXNz");
    }

    #[test]
    fn endpoint_and_since() {
        assert_eq!(
            statements_endpoint("http://x/xAPI/"),
            "http://x/xAPI/statements"
        );
        assert_eq!(
            statements_endpoint("http://x/xAPI/statements"),
            "http://x/xAPI/statements"
        );
        assert!(parse_since("2025-03-01").is_ok());
        assert!(parse_since("2025-03-01T10:00:00Z").is_ok());
        assert!(parse_since("yesterday").is_err());
    }
}
