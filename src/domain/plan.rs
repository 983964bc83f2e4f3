//! Practice plans: a facilitator's RON file naming a team, the drills it rehearses and how the
//! seats rotate (`plans/README.md` documents every field).
//!
//! Parsing reports RON errors located to line and column exactly as drills do; [`validate`] then
//! checks the plan against the drill library and returns every problem at once.

use crate::domain::diagnostic::{Diagnostic, Pos};
use crate::domain::library::Library;
use crate::domain::ron_spans::{self, SpanIndex};
use crate::domain::scenario;
use crate::domain::text::closest;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The newest plan format this build reads.
pub const PLAN_FORMAT: u32 = 1;

/// A drill limit under this cannot fit one read-and-answer turn.
pub const MIN_DRILL_SECS: u32 = 30;

/// Limits above this (12 hours) are typos, not practice blocks.
pub const MAX_LIMIT_SECS: u32 = 12 * 3600;

/// A practice block for a team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan format this file is written in (currently 1).
    pub format: u32,
    /// Names the plan in history and in the LRS: sessions of the same name are compared.
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Trainee names in hot-seat order (the names history records drills under).
    pub roster: Vec<String>,
    /// Which drills are played.
    pub drills: DrillList,
    #[serde(default)]
    pub mode: Mode,
    /// Rotate and Recommended: how many drills each trainee plays (default 1).
    #[serde(default)]
    pub rounds: Option<u32>,
    /// Wall-clock seconds a trainee has for one drill; when it runs out the drill stops and is
    /// scored as it stands.
    #[serde(default)]
    pub drill_time_limit: Option<u32>,
    /// Wall-clock seconds for the whole session; seats not begun when it runs out are skipped.
    #[serde(default)]
    pub session_time_limit: Option<u32>,
}

/// The drills of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DrillList {
    /// These drill ids, in this order.
    InOrder(Vec<String>),
    /// Each trainee plays what their own history recommends next.
    Recommended,
}

/// How seats are dealt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Mode {
    /// Drill by drill, every trainee in roster order plays it.
    #[default]
    EveryoneEveryDrill,
    /// Each round every trainee plays a different drill, shifted by one per round.
    Rotate,
}

impl Plan {
    /// Drills each trainee plays in Rotate or Recommended mode.
    pub fn rounds(&self) -> u32 {
        self.rounds.unwrap_or(1)
    }
}

/// A parsed plan plus what is needed to point into its source.
#[derive(Debug, Clone)]
pub struct ParsedPlan {
    pub plan: Plan,
    pub spans: SpanIndex,
}

/// Parse a plan from RON text (no library checks: see [`validate`]).
pub fn parse(src: &str) -> Result<ParsedPlan, Diagnostic> {
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(scenario::MAX_DEPTH);
    match opts.from_str::<Plan>(src) {
        Ok(plan) => Ok(ParsedPlan {
            plan,
            spans: ron_spans::index(src),
        }),
        Err(e) => {
            let mut d = scenario::ron_error(&e);
            d.hint = d
                .hint
                .map(|h| h.replace("scenarios/README.md", "plans/README.md"));
            if d.code == "too-deep" {
                d.hint = Some("a plan nests 3 levels; check for unbalanced brackets".into());
            }
            Err(d)
        }
    }
}

/// Does this text hold a plan (its first value is `Plan(`)? Drills start with `Scenario(`.
pub fn looks_like_plan(src: &str) -> bool {
    let mut rest = src.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest.strip_prefix("Plan")
        .is_some_and(|r| r.trim_start().starts_with('('))
}

/// Is `path` a plan file? A `.ron` file inside a folder named `plans`, or one whose first value
/// is `Plan(` (so a plan can live anywhere).
pub fn is_plan_file(path: &Path) -> bool {
    let is_ron = path.extension().is_some_and(|e| e == "ron");
    let in_plans = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "plans");
    if is_ron && in_plans {
        return true;
    }
    std::fs::read(path)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .is_some_and(|s| looks_like_plan(&s))
}

/// Split `check` arguments into drill paths and plan files: a folder named `plans` gives its
/// `.ron` files as plans; a file is a plan by [`is_plan_file`]; everything else is for drills.
pub fn split_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut drills = Vec::new();
    let mut plans = Vec::new();
    for p in paths {
        let is_plans_dir = p.is_dir()
            && p.canonicalize()
                .ok()
                .and_then(|c| c.file_name().map(|n| n == "plans"))
                .unwrap_or(false);
        if is_plans_dir {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.is_file() && f.extension().is_some_and(|e| e == "ron"))
                        .collect()
                })
                .unwrap_or_default();
            found.sort();
            plans.extend(found);
        } else if p.is_file() && is_plan_file(p) {
            plans.push(p.clone());
        } else {
            drills.push(p.clone());
        }
    }
    (drills, plans)
}

/// One plan file and what checking it found.
#[derive(Debug, Clone)]
pub struct PlanEntry {
    pub path: PathBuf,
    pub file: String,
    /// Present when the file parsed and has no errors (warnings allowed).
    pub plan: Option<Plan>,
    pub diagnostics: Vec<Diagnostic>,
}

impl PlanEntry {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Parse and check a plan's bytes against `library`. Never panics.
pub fn check_source(file: &str, bytes: &[u8], library: &Library) -> PlanEntry {
    let mut entry = PlanEntry {
        path: PathBuf::from(file),
        file: file.to_string(),
        plan: None,
        diagnostics: Vec::new(),
    };
    match scenario::decode(bytes).and_then(parse) {
        Ok(p) => {
            entry.diagnostics = validate(&p.plan, &p.spans, library);
            if !entry.diagnostics.iter().any(Diagnostic::is_error) {
                entry.plan = Some(p.plan);
            }
        }
        Err(d) => entry.diagnostics.push(d),
    }
    for d in &mut entry.diagnostics {
        d.file = file.to_string();
    }
    entry
}

/// Read and check one plan file.
pub fn load_file(path: &Path, library: &Library) -> PlanEntry {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let mut e = check_source(&file, &bytes, library);
            e.path = path.to_path_buf();
            e
        }
        Err(err) => PlanEntry {
            path: path.to_path_buf(),
            file: file.clone(),
            plan: None,
            diagnostics: vec![
                Diagnostic::error("unreadable", format!("cannot read the file: {err}"))
                    .in_file(file)
                    .with_hint("check the path and its permissions"),
            ],
        },
    }
}

/// The drill folder a plan is checked against when none is given: `scenarios/` in the current
/// directory, else the `scenarios/` beside the plan's `plans/` folder.
pub fn default_scenarios(plan_file: &Path) -> PathBuf {
    let here = PathBuf::from("scenarios");
    if here.is_dir() {
        return here;
    }
    plan_file
        .parent()
        .and_then(Path::parent)
        .map(|p| p.join("scenarios"))
        .filter(|p| p.is_dir())
        .unwrap_or(here)
}

/// Check plan files against the drills under `drill_paths` (or, when none are given, the
/// [`default_scenarios`] of the first plan).
pub fn check_files(plans: &[PathBuf], drill_paths: &[PathBuf]) -> Vec<PlanEntry> {
    let Some(first) = plans.first() else {
        return Vec::new();
    };
    let paths = if drill_paths.is_empty() {
        vec![default_scenarios(first)]
    } else {
        drill_paths.to_vec()
    };
    let library = crate::domain::library::load(&paths).unwrap_or_default();
    plans.iter().map(|p| load_file(p, &library)).collect()
}

/// Every problem with a plan, located where the spans allow.
pub fn validate(plan: &Plan, spans: &SpanIndex, library: &Library) -> Vec<Diagnostic> {
    let at = |path: &str| spans.find(path);
    let mut out = Vec::new();
    if plan.format != PLAN_FORMAT {
        out.push(
            Diagnostic::error(
                "unsupported-format",
                format!(
                    "plan format {} is not supported; this Comeback reads format {PLAN_FORMAT}",
                    plan.format
                ),
            )
            .at(at("format"))
            .with_hint(format!("write `format: {PLAN_FORMAT}`")),
        );
    }
    if plan.name.trim().is_empty() {
        out.push(
            Diagnostic::error("empty-name", "the plan has no name")
                .at(at("name"))
                .with_hint("name it, e.g. `name: \"Monday warm-up\"`: history and the LRS group sessions by it"),
        );
    }
    check_roster(plan, &at, &mut out);
    check_drills(plan, &at, library, &mut out);
    check_limits(plan, &at, &mut out);
    out
}

fn check_roster(plan: &Plan, at: &dyn Fn(&str) -> Option<Pos>, out: &mut Vec<Diagnostic>) {
    if plan.roster.is_empty() {
        out.push(
            Diagnostic::error("empty-roster", "the roster names nobody")
                .at(at("roster"))
                .with_hint(
                    "list the trainees in hot-seat order, e.g. `roster: [\"Sam\", \"Kim\"]`",
                ),
        );
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, name) in plan.roster.iter().enumerate() {
        let path = format!("roster[{i}]");
        let key = name.trim().to_lowercase();
        if key.is_empty() {
            out.push(
                Diagnostic::error("empty-trainee", "a trainee name is empty")
                    .at(at(&path))
                    .with_hint("give the name their drills are recorded under, or remove it"),
            );
            continue;
        }
        if let Some(first) = seen.get(&key) {
            out.push(
                Diagnostic::error(
                    "duplicate-trainee",
                    format!(
                        "`{}` is on the roster twice (also entry {})",
                        name.trim(),
                        first + 1
                    ),
                )
                .at(at(&path))
                .with_hint("names are compared ignoring case and spaces; list each trainee once"),
            );
        } else {
            seen.insert(key, i);
        }
    }
}

fn check_drills(
    plan: &Plan,
    at: &dyn Fn(&str) -> Option<Pos>,
    library: &Library,
    out: &mut Vec<Diagnostic>,
) {
    let known: Vec<&str> = library.playable().map(|s| s.id.as_str()).collect();
    match &plan.drills {
        DrillList::InOrder(ids) => {
            if ids.is_empty() {
                out.push(
                    Diagnostic::error("no-drills", "the plan lists no drills")
                        .at(at("drills"))
                        .with_hint("list drill ids, e.g. `drills: InOrder([\"hotel-room-not-ready\"])`, or write `drills: Recommended`"),
                );
            }
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, id) in ids.iter().enumerate() {
                let path = format!("drills.0[{i}]");
                if !known.contains(&id.as_str()) {
                    let broken = library.entries.iter().any(|e| {
                        e.scenario.is_none() && e.path.file_stem().is_some_and(|s| s == id.as_str())
                    });
                    let hint = match closest(id, known.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None if broken => format!(
                            "a drill file named `{id}` exists but has errors; run `comeback check` on it"
                        ),
                        None if known.is_empty() => {
                            "no playable drills were found; pass --scenarios DIR".to_string()
                        }
                        None => format!("drills available: {}", known.join(", ")),
                    };
                    out.push(
                        Diagnostic::error(
                            "unknown-drill",
                            format!("no playable drill has id `{id}`"),
                        )
                        .at(at(&path))
                        .with_hint(hint),
                    );
                }
                if let Some(first) = seen.get(id.as_str()) {
                    out.push(
                        Diagnostic::warning(
                            "repeated-drill",
                            format!("drill `{id}` is listed twice (also entry {})", first + 1),
                        )
                        .at(at(&path))
                        .with_hint("playing a drill twice in one block rehearses the same lines; use `rounds` to repeat deliberately"),
                    );
                } else {
                    seen.insert(id, i);
                }
            }
        }
        DrillList::Recommended => {
            if known.is_empty() {
                out.push(
                    Diagnostic::error(
                        "no-drills",
                        "`Recommended` needs drills to choose from, and none are playable",
                    )
                    .at(at("drills"))
                    .with_hint("pass --scenarios DIR with the team's drills"),
                );
            } else if plan.rounds() as usize > known.len() {
                out.push(
                    Diagnostic::error(
                        "too-many-rounds",
                        format!(
                            "{} rounds of recommended drills, but only {} drills exist",
                            plan.rounds(),
                            known.len()
                        ),
                    )
                    .at(at("rounds"))
                    .with_hint(
                        "a trainee never gets the same recommended drill twice in one session",
                    ),
                );
            }
        }
    }
    match plan.rounds {
        Some(0) => out.push(
            Diagnostic::error("zero-rounds", "`rounds: 0` plays nothing")
                .at(at("rounds"))
                .with_hint("leave it out for one round, or give 1 or more"),
        ),
        Some(_)
            if plan.mode == Mode::EveryoneEveryDrill
                && matches!(plan.drills, DrillList::InOrder(_)) =>
        {
            out.push(
                Diagnostic::warning(
                    "rounds-ignored",
                    "`rounds` has no effect when everyone plays every drill",
                )
                .at(at("rounds"))
                .with_hint("remove it, or use `mode: Rotate`"),
            )
        }
        _ => {}
    }
}

fn check_limits(plan: &Plan, at: &dyn Fn(&str) -> Option<Pos>, out: &mut Vec<Diagnostic>) {
    for (field, value) in [
        ("drill_time_limit", plan.drill_time_limit),
        ("session_time_limit", plan.session_time_limit),
    ] {
        let Some(secs) = value else { continue };
        if secs == 0 {
            out.push(
                Diagnostic::error("zero-time-limit", format!("`{field}: 0` leaves no time"))
                    .at(at(field))
                    .with_hint(
                        "give seconds (e.g. 600 for ten minutes), or leave it out for no limit",
                    ),
            );
        } else if secs > MAX_LIMIT_SECS {
            out.push(
                Diagnostic::error(
                    "time-limit-too-long",
                    format!("`{field}: {secs}` is over 12 hours"),
                )
                .at(at(field))
                .with_hint("limits are in seconds: 600 is ten minutes"),
            );
        } else if secs < MIN_DRILL_SECS {
            out.push(
                Diagnostic::warning(
                    "time-limit-too-short",
                    format!("`{field}: {secs}` seconds is too short to read and answer one turn"),
                )
                .at(at(field))
                .with_hint(format!(
                    "limits are in seconds; give at least {MIN_DRILL_SECS}"
                )),
            );
        }
    }
    if let (Some(d), Some(s)) = (plan.drill_time_limit, plan.session_time_limit)
        && d > 0
        && s > 0
        && s < d
    {
        out.push(
            Diagnostic::warning(
                "session-shorter-than-drill",
                format!("the session limit ({s} s) is shorter than one drill's ({d} s)"),
            )
            .at(at("session_time_limit"))
            .with_hint(
                "the session would end during the first drill; raise it or drop the drill limit",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;
    use crate::domain::library::check_source as check_drill;

    fn lib() -> Library {
        Library {
            entries: vec![check_drill("t.ron", DRILL.as_bytes())],
        }
    }

    const GOOD: &str = r#"// warm-up
Plan(
    format: 1,
    name: "Warm-up",
    roster: ["Sam", "Kim"],
    drills: InOrder(["t"]),
    drill_time_limit: 600,
)
"#;

    #[test]
    fn parses_a_good_plan_with_defaults() {
        let e = check_source("p.ron", GOOD.as_bytes(), &lib());
        assert!(e.diagnostics.is_empty(), "{:?}", e.diagnostics);
        let p = e.plan.unwrap();
        assert_eq!(p.mode, Mode::EveryoneEveryDrill);
        assert_eq!(p.drill_time_limit, Some(600));
        assert_eq!(p.session_time_limit, None);
        assert_eq!(p.rounds(), 1);
        assert!(looks_like_plan(GOOD));
        assert!(!looks_like_plan(DRILL));
    }

    #[test]
    fn problems_are_located_to_line_and_column() {
        let src = "Plan(\n    format: 1,\n    name: \"x\",\n    roster: [\"Sam\", \" sam \", \"\"],\n    drills: InOrder([\"tt\", \"t\", \"t\"]),\n    mode: Rotate,\n    rounds: 0,\n    drill_time_limit: 0,\n    session_time_limit: 99999999,\n)\n";
        let e = check_source("p.ron", src.as_bytes(), &lib());
        let find = |code: &str| {
            e.diagnostics
                .iter()
                .find(|d| d.code == code)
                .unwrap_or_else(|| panic!("no {code} in {:?}", e.diagnostics))
        };
        let dup = find("duplicate-trainee");
        assert_eq!((dup.line, dup.col), (4, 21));
        let empty = find("empty-trainee");
        assert_eq!((empty.line, empty.col), (4, 30));
        let unknown = find("unknown-drill");
        assert_eq!((unknown.line, unknown.col), (5, 22));
        assert_eq!(unknown.hint.as_deref(), Some("did you mean `t`?"));
        assert_eq!(find("repeated-drill").line, 5);
        assert_eq!(find("zero-rounds").line, 7);
        assert_eq!(find("zero-time-limit").line, 8);
        assert_eq!(find("time-limit-too-long").line, 9);
        assert!(e.plan.is_none());
        assert!(
            find("unknown-drill")
                .to_string()
                .starts_with("p.ron:5:22: error[unknown-drill]")
        );
    }

    #[test]
    fn ron_errors_point_at_the_typo_with_plan_hints() {
        let src = "Plan(\n    format: 1,\n    name: \"x\",\n    roster: [\"Sam\"],\n    drils: Recommended,\n)\n";
        let d = parse(src).unwrap_err();
        assert_eq!((d.code, d.line), ("unknown-field", 5));
        assert_eq!(d.hint.as_deref(), Some("did you mean `drills`?"));
        let d = parse("Plan(format: 1, name: \"x\", roster: [], drills: Recomended)").unwrap_err();
        assert_eq!(d.code, "unknown-variant");
        let d = parse("Plan(format: 1, name: \"x\", roster: [\"a\"])").unwrap_err();
        assert_eq!(d.code, "missing-field");
        assert!(d.hint.unwrap().contains("plans/README.md"));
    }

    #[test]
    fn empty_roster_short_limits_and_recommended_rounds() {
        let src = "Plan(format: 2, name: \" \", roster: [], drills: Recommended, rounds: 3, drill_time_limit: 10, session_time_limit: 5)";
        let e = check_source("p.ron", src.as_bytes(), &lib());
        let codes: Vec<&str> = e.diagnostics.iter().map(|d| d.code).collect();
        for c in [
            "unsupported-format",
            "empty-name",
            "empty-roster",
            "too-many-rounds",
            "time-limit-too-short",
            "session-shorter-than-drill",
        ] {
            assert!(codes.contains(&c), "{c} missing from {codes:?}");
        }
    }

    #[test]
    fn plan_folder_and_plan_content_are_recognised() {
        let dir = tempfile::tempdir().unwrap();
        let plans = dir.path().join("plans");
        std::fs::create_dir(&plans).unwrap();
        std::fs::write(plans.join("a.ron"), GOOD).unwrap();
        std::fs::write(plans.join("README.md"), "docs").unwrap();
        let loose = dir.path().join("loose.ron");
        std::fs::write(&loose, GOOD).unwrap();
        let drill = dir.path().join("d.ron");
        std::fs::write(&drill, DRILL).unwrap();
        let (drills, found) = split_paths(&[plans.clone(), loose.clone(), drill.clone()]);
        assert_eq!(found, vec![plans.join("a.ron"), loose]);
        assert_eq!(drills, vec![drill]);
    }
}
