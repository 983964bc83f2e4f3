//! The scenario model: one drill per RON file, written by trainers by hand.
//!
//! Parsing never panics: RON syntax and type errors come back as a located [`Diagnostic`] with a
//! hint ("did you mean `mood`?"); structural and teaching checks live in `validate`.

use crate::domain::analyzer;
use crate::domain::diagnostic::{Diagnostic, Pos};
use crate::domain::moves::Move;
use crate::domain::ron_spans::SpanIndex;
use crate::domain::text::closest;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The newest scenario format this build reads. Files say which format they were written in, so a
/// drill written today still loads next year and a newer file is refused with a clear message.
pub const FORMAT_VERSION: u32 = 1;

/// Drill files larger than this are refused before parsing (a drill is a few KB).
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// How deeply RON values may nest; real drills need about 8.
pub const MAX_DEPTH: usize = 64;

/// One drill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The scenario format this file is written in (currently 1).
    pub format: u32,
    /// Stable id, used by history and plans; kebab-case by convention.
    pub id: String,
    pub title: String,
    /// Content version: bump it when the drill changes meaningfully.
    #[serde(default = "one")]
    pub version: u32,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Minor: handle it yourself without asking. Significant: escalate at once.
    pub severity: FailureSeverity,
    /// What the trainee may give without approval.
    pub authority: Authority,
    pub customer: Customer,
    #[serde(default)]
    pub clock: Clock,
    /// Id of the first node.
    pub start: String,
    pub nodes: Vec<Node>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

/// How bad the failure is, which decides whether escalating is right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FailureSeverity {
    /// Within the trainee's authority: fix it without asking anyone.
    Minor,
    /// Above the trainee's authority: bring in the right person at once.
    Significant,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    /// Most the trainee may spend on one remedy without approval.
    pub money_limit: f64,
    #[serde(default)]
    pub currency: String,
    /// Remedies the trainee may offer on their own.
    #[serde(default)]
    pub remedies: Vec<String>,
    /// Who the trainee escalates to (shown in the briefing).
    #[serde(default)]
    pub escalate_to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    pub name: String,
    #[serde(default)]
    pub role: String,
    /// What went wrong, as the briefing tells it.
    pub situation: String,
    /// Starting anger, 0 (calm) to 100 (furious).
    pub mood: u8,
    /// How many replies that make things worse the customer tolerates before leaving (1–10).
    pub patience: u8,
    #[serde(default)]
    pub temperament: Temperament,
    /// Seconds the customer waits for an answer in the app before patience drops (10–600).
    #[serde(default = "default_reply_seconds")]
    pub reply_seconds: u32,
    /// What the customer says when patience runs out (variants; a seeded rng picks one).
    #[serde(default)]
    pub walkout: Vec<String>,
    /// Optional portrait, relative to the drill's folder or `assets/`.
    #[serde(default)]
    pub face: Option<String>,
}

fn default_reply_seconds() -> u32 {
    60
}

/// How strongly this customer reacts: `sensitivity` scales every mood effect; `reactions`
/// multiplies single moves (e.g. `{blame: 2.0, empathy: 0.5}` for someone who hates excuses and
/// wants action, not sympathy). Multipliers are 0.1–5 so they never flip a move's direction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Temperament {
    #[serde(default = "unit")]
    pub sensitivity: f32,
    #[serde(default)]
    pub reactions: BTreeMap<Move, f32>,
}

fn unit() -> f32 {
    1.0
}

impl Default for Temperament {
    fn default() -> Self {
        Temperament {
            sensitivity: 1.0,
            reactions: BTreeMap::new(),
        }
    }
}

/// The simulated clock: every reply costs time; recovery is judged against a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clock {
    /// Hours since the failure when the drill starts.
    #[serde(default)]
    pub hours_since_failure: f32,
    /// Hours a reply costs unless the reply says otherwise.
    #[serde(default = "default_reply_hours")]
    pub reply_hours: f32,
    /// Recovery target in hours since the failure (24 in the literature).
    #[serde(default = "default_target")]
    pub target_hours: f32,
}

fn default_reply_hours() -> f32 {
    0.25
}
fn default_target() -> f32 {
    24.0
}

impl Default for Clock {
    fn default() -> Self {
        Clock {
            hours_since_failure: 0.0,
            reply_hours: default_reply_hours(),
            target_hours: default_target(),
        }
    }
}

/// A customer turn and the trainee's possible answers, or (with `outcome`) an ending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: String,
    /// What the customer says here; several variants, a seeded rng picks one.
    #[serde(default)]
    pub customer: Vec<String>,
    #[serde(default)]
    pub replies: Vec<Reply>,
    /// Accept a typed reply here; the analyzer reads it and `routes` pick the next node.
    #[serde(default)]
    pub free_text: Option<FreeText>,
    /// Set on ending nodes only.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// A note for trainers; never shown to trainees.
    #[serde(default)]
    pub note: String,
}

impl Node {
    pub fn is_end(&self) -> bool {
        self.outcome.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    /// Stable within the node (for translations and history); defaults to the 1-based position.
    #[serde(default)]
    pub id: String,
    pub text: String,
    /// Moves this reply performs. Leave out to let the analyzer read them from `text`.
    #[serde(default)]
    pub moves: Vec<Move>,
    /// Override the computed mood change (−50 calmer … +50 angrier).
    #[serde(default)]
    pub mood: Option<i32>,
    /// Simulated hours this reply costs (default: `clock.reply_hours`).
    #[serde(default)]
    pub hours: Option<f32>,
    /// What the remedy costs, in the authority's currency.
    #[serde(default)]
    pub cost: f64,
    /// This reply brings in someone with more authority right now.
    #[serde(default)]
    pub escalate: bool,
    /// A promise to get back within this many simulated hours (kept in the promise ledger).
    #[serde(default)]
    pub promise_hours: Option<f32>,
    /// Shown in the debrief: why this reply scores as it does.
    #[serde(default)]
    pub coaching: String,
    /// Where the drill goes next unless a branch matches.
    pub next: String,
    /// Checked in order; the first whose condition holds decides the next node.
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// True when `moves` were filled in by the analyzer rather than the trainer.
    #[serde(skip)]
    pub moves_inferred: bool,
}

/// Typed answers: the analyzer reads them, `routes` choose the next node, `next` is the default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeText {
    /// Shown in the empty text box.
    #[serde(default)]
    pub prompt: String,
    /// Simulated hours a typed reply costs (default: `clock.reply_hours`).
    #[serde(default)]
    pub hours: Option<f32>,
    #[serde(default)]
    pub routes: Vec<Branch>,
    /// The default route.
    pub next: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    pub when: Condition,
    pub next: String,
}

/// Every field given must hold. `said` looks at this reply; `made` at the whole drill so far
/// (including this reply).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub said: Vec<Move>,
    #[serde(default)]
    pub not_said: Vec<Move>,
    #[serde(default)]
    pub made: Vec<Move>,
    #[serde(default)]
    pub not_made: Vec<Move>,
    /// Customer anger after this reply is at least this.
    #[serde(default)]
    pub mood_at_least: Option<u8>,
    #[serde(default)]
    pub mood_below: Option<u8>,
    /// Simulated hours since the failure, after this reply.
    #[serde(default)]
    pub hours_at_least: Option<f32>,
    #[serde(default)]
    pub hours_below: Option<f32>,
    /// A promise to this customer from an earlier drill is still open (promise ledger).
    #[serde(default)]
    pub open_promise: Option<bool>,
}

/// How a drill ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Problem solved, customer retained.
    Recovered,
    /// Solved and the customer was delighted by something beyond the fix.
    RecoveredDelighted,
    /// The customer took it over your head or outside the organisation.
    Escalated,
    /// The customer left unresolved.
    Lost,
}

impl Outcome {
    pub fn is_recovered(self) -> bool {
        matches!(self, Outcome::Recovered | Outcome::RecoveredDelighted)
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Recovered => "Recovered",
            Outcome::RecoveredDelighted => "Recovered and delighted",
            Outcome::Escalated => "Escalated by the customer",
            Outcome::Lost => "Lost",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Recovered => "recovered",
            Outcome::RecoveredDelighted => "recovered_delighted",
            Outcome::Escalated => "escalated",
            Outcome::Lost => "lost",
        }
    }
}

impl Scenario {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// Node id → index for every node (the first, if an id is duplicated — `check` reports that),
    /// so graph checks over large drills stay linear.
    pub fn node_indices(&self) -> std::collections::HashMap<&str, usize> {
        let mut map = std::collections::HashMap::with_capacity(self.nodes.len());
        for (i, n) in self.nodes.iter().enumerate() {
            map.entry(n.id.as_str()).or_insert(i);
        }
        map
    }

    /// Fill what the file may leave out: reply ids by position, moves from the analyzer.
    fn complete(&mut self) {
        for node in &mut self.nodes {
            for (i, reply) in node.replies.iter_mut().enumerate() {
                if reply.id.is_empty() {
                    reply.id = (i + 1).to_string();
                }
                if reply.moves.is_empty() {
                    reply.moves = analyzer::analyze(&reply.text).moves();
                    reply.moves_inferred = true;
                }
            }
        }
    }
}

/// A parsed scenario plus what is needed to point into its source.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub scenario: Scenario,
    pub spans: SpanIndex,
}

/// Decode file bytes: refuse oversize and non-UTF-8 input with a located message; drop a BOM.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            "too-large",
            format!(
                "the file is {} bytes; drill files may be at most {} bytes",
                bytes.len(),
                MAX_FILE_BYTES
            ),
        )
        .with_hint("a drill is a few kilobytes of text; is this the right file?"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        // `good` is valid UTF-8 by construction.
        let text = std::str::from_utf8(good).unwrap_or_default();
        let line = text.matches('\n').count() + 1;
        let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Diagnostic::error("not-utf8", "the file is not valid UTF-8 text")
            .at(Some(Pos { line, col }))
            .with_hint("save the file as UTF-8 in your editor")
    })
}

/// Where brackets first nest deeper than `limit`, outside strings and comments. Checked before
/// parsing so a hostile file gets one clear message whatever its types. Scans bytes (every byte
/// it looks for is ASCII, which never occurs inside a UTF-8 sequence) and works out the line and
/// column only for the answer: this runs on every file `check` reads.
fn too_deep(src: &str, limit: usize) -> Option<Pos> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(pos_of(src, i));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// 1-based line and column (in characters) of byte offset `at`.
fn pos_of(src: &str, at: usize) -> Pos {
    let before = src.get(..at).unwrap_or(src);
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    Pos {
        line: before.matches('\n').count() + 1,
        col: before[line_start..].chars().count() + 1,
    }
}

/// Parse one drill from RON text. Moves left out are read by the analyzer.
pub fn parse(src: &str) -> Result<Parsed, Diagnostic> {
    if src.trim().is_empty() {
        return Err(Diagnostic::error("empty-file", "the file is empty")
            .at(Some(Pos { line: 1, col: 1 }))
            .with_hint("a drill file holds one `Scenario( … )`; copy a bundled drill to start"));
    }
    if let Some(pos) = too_deep(src, MAX_DEPTH) {
        return Err(Diagnostic::error(
            "too-deep",
            format!("brackets nest more than {MAX_DEPTH} levels deep"),
        )
        .at(Some(pos))
        .with_hint("a drill nests about 8 levels; check for unbalanced or runaway brackets"));
    }
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH);
    match opts.from_str::<Scenario>(src) {
        Ok(mut scenario) => {
            scenario.complete();
            Ok(Parsed {
                scenario,
                spans: SpanIndex::lazy(src),
            })
        }
        Err(e) => Err(ron_error(&e)),
    }
}

/// Turn a RON error into a diagnostic with a hint a trainer can act on.
pub fn ron_error(e: &ron::error::SpannedError) -> Diagnostic {
    use ron::error::Error as E;
    let pos = Some(Pos {
        line: e.span.start.line,
        col: e.span.start.col,
    });
    let (code, message, hint) = match &e.code {
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let what = outer.as_deref().unwrap_or("this value");
            let hint = match closest(found, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("fields allowed in {what}: {}", expected.join(", ")),
            };
            (
                "unknown-field",
                format!("unknown field `{found}` in {what}"),
                hint,
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let is_move = expected.contains(&"follow_up");
            let hint = match closest(found, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("one of: {}", expected.join(", ")),
            };
            if is_move {
                (
                    "unknown-move",
                    format!("unknown move `{found}`"),
                    format!("{hint} (move ids are listed in scenarios/README.md)"),
                )
            } else {
                (
                    "unknown-variant",
                    format!(
                        "unknown value `{found}`{}",
                        outer
                            .as_deref()
                            .map(|o| format!(" for {o}"))
                            .unwrap_or_default()
                    ),
                    hint,
                )
            }
        }
        E::MissingStructField { field, outer } => (
            "missing-field",
            format!(
                "missing field `{field}`{}",
                outer
                    .as_deref()
                    .map(|o| format!(" in {o}"))
                    .unwrap_or_default()
            ),
            format!("add `{field}: …` (see scenarios/README.md for what it means)"),
        ),
        E::DuplicateStructField { field, .. } => (
            "duplicate-field",
            format!("field `{field}` is given twice"),
            "keep one of them".to_string(),
        ),
        E::ExceededRecursionLimit => (
            "too-deep",
            format!("values nest more than {MAX_DEPTH} levels deep"),
            "a drill nests about 8 levels; check for unbalanced brackets".to_string(),
        ),
        E::IntegerOutOfBounds => (
            "out-of-range",
            "this number is out of range for this field".to_string(),
            "see scenarios/README.md for each field's range (mood and patience are whole numbers ≥ 0)".to_string(),
        ),
        E::ExpectedInteger | E::ExpectedFloat | E::ExpectedString | E::ExpectedBoolean => (
            "wrong-type",
            e.code.to_string(),
            "see scenarios/README.md for what this field takes".to_string(),
        ),
        E::ExpectedNamedStructLike("Scenario") => (
            "not-a-drill",
            "this is not a drill: a drill file holds one `Scenario( … )`".to_string(),
            "start the file with `Scenario(` (see scenarios/README.md, or copy a bundled drill)"
                .to_string(),
        ),
        E::Eof => (
            "syntax",
            "the file ends too early".to_string(),
            "a bracket or quote is probably not closed".to_string(),
        ),
        other => (
            "syntax",
            other.to_string(),
            "check the punctuation just before this point: a missing comma, colon, quote or bracket is the usual cause".to_string(),
        ),
    };
    Diagnostic::error(code, message).at(pos).with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const MINI: &str = r#"
Scenario(
    format: 1,
    id: "mini",
    title: "Mini",
    severity: Minor,
    authority: (money_limit: 50.0),
    customer: (name: "Ann", situation: "Late parcel", mood: 70, patience: 3,
               temperament: (reactions: {blame: 2.0})),
    start: "a",
    nodes: [
        (id: "a", customer: ["Where is it?"], replies: [
            (text: "That's on us. I'll courier it now.", moves: [ownership, solution], next: "won"),
            (text: "The carrier lost it.", moves: [blame], next: "lost"),
        ]),
        (id: "won", customer: ["Fine."], outcome: Recovered),
        (id: "lost", customer: ["Bye."], outcome: Lost),
    ],
)
"#;

    #[test]
    fn parses_minimal_drill_with_defaults() {
        let p = parse(MINI).unwrap();
        let s = p.scenario;
        assert_eq!(s.version, 1);
        assert_eq!(s.clock.target_hours, 24.0);
        assert_eq!(s.nodes[0].replies[1].id, "2");
        assert_eq!(s.customer.temperament.reactions[&Move::Blame], 2.0);
        assert_eq!(s.nodes[1].outcome, Some(Outcome::Recovered));
        assert!(p.spans.get("nodes[0].replies[1].next").is_some());
    }

    #[test]
    fn a_clean_drill_never_builds_the_position_index() {
        // A bundled drill: it passes every check, teaching lints included.
        let p = parse(include_str!("../../scenarios/site-part-no-show.ron")).unwrap();
        let diags = crate::domain::validate::validate(&p.scenario, &p.spans);
        assert!(diags.is_empty(), "{diags:?}");
        assert!(
            !p.spans.is_built(),
            "positions are worked out only for a finding"
        );
        assert!(p.spans.find("nodes[2].id").is_some());
        assert!(p.spans.is_built());
    }

    #[test]
    fn bom_and_crlf_drill_parses_like_the_plain_one() {
        let crlf = format!("\u{feff}{}", MINI.replace('\n', "\r\n"));
        let d = decode(crlf.as_bytes()).and_then(parse).unwrap();
        assert_eq!(d.scenario, parse(MINI).unwrap().scenario);
        let broken = crlf.replace("mood: 70", "mood: 700");
        let e = decode(broken.as_bytes()).and_then(parse).unwrap_err();
        assert_eq!((e.code, e.line), ("out-of-range", 8), "{e}");
    }

    #[test]
    fn unknown_field_gets_located_suggestion() {
        let src = MINI.replace("mood: 70", "mod: 70");
        let d = parse(&src).unwrap_err();
        assert_eq!(d.code, "unknown-field");
        assert_eq!(d.line, 8);
        assert!(d.hint.unwrap().contains("`mood`"));
    }

    #[test]
    fn unknown_move_gets_suggestion() {
        let src = MINI.replace("[ownership, solution]", "[ownershp, solution]");
        let d = parse(&src).unwrap_err();
        assert_eq!(d.code, "unknown-move");
        assert_eq!(d.line, 13);
        assert!(d.hint.unwrap().contains("`ownership`"), "hint");
    }

    #[test]
    fn syntax_error_is_located() {
        let src = MINI.replace("title: \"Mini\",", "title: \"Mini\"");
        let d = parse(&src).unwrap_err();
        assert_eq!(d.code, "syntax");
        assert_eq!(d.line, 6, "{d}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let src = format!("Scenario(id: {}", "[".repeat(20_000));
        let d = parse(&src).unwrap_err();
        assert_eq!((d.code, d.line), ("too-deep", 1));
        // brackets inside strings and comments do not count
        assert!(too_deep("(\"((((((\" // [[[[[[\n)", 3).is_none());
        // an escaped quote does not end a string; columns count characters, not bytes
        assert!(too_deep("(\"\\\"(((\")", 1).is_none());
        assert_eq!(too_deep("\"é\"\n  ·([[", 2), Some(Pos { line: 2, col: 6 }));
    }

    #[test]
    fn decode_rejects_bad_utf8_with_position() {
        let d = decode(b"ab\ncd\xff").unwrap_err();
        assert_eq!((d.line, d.col), (2, 3));
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }
}
