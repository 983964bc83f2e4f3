//! Translations: `ID.LANG.ron` next to `ID.ron` overrides a drill's texts by node and reply id.
//!
//! Each entry (the drill's header, a node, a reply) carries `source`, a fingerprint of the source
//! text it was translated from. When a trainer edits the drill, the fingerprint no longer matches
//! and `check` reports the entry as stale; a stale entry is not applied (the source text shows
//! instead of a translation that may now say something else). Moves are never translated: they
//! stay as the drill tags (or the analyzer read) them in the source language.

use crate::domain::diagnostic::Diagnostic;
use crate::domain::library::{self, Library};
use crate::domain::ron_spans::{self, SpanIndex};
use crate::domain::scenario::{self, Scenario};
use crate::domain::text::closest;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The newest translation format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// How deeply a translation file may nest (real ones need 5).
const MAX_DEPTH: usize = 32;

/// Hex characters kept of a fingerprint: short enough to read, long enough never to collide by
/// accident within one drill.
const FINGERPRINT_LEN: usize = 12;

/// One translation file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub format: u32,
    /// The id of the drill this translates.
    pub drill: String,
    /// Language code, e.g. `fr` or `pt-BR`; the file is named `ID.LANG.ron`.
    pub language: String,
    /// Title, summary and briefing.
    #[serde(default)]
    pub header: Option<HeaderText>,
    #[serde(default)]
    pub nodes: Vec<NodeText>,
}

/// The briefing texts. Empty fields fall back to the source.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderText {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub summary: String,
    /// The customer's role line.
    #[serde(default)]
    pub role: String,
    /// The briefing: what went wrong.
    #[serde(default)]
    pub situation: String,
    #[serde(default)]
    pub remedies: Vec<String>,
    #[serde(default)]
    pub escalate_to: String,
    #[serde(default)]
    pub walkout: Vec<String>,
    /// Fingerprint of the source header this was translated from.
    pub source: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodeText {
    pub id: String,
    /// The customer's line variants (any number ≥ 1).
    #[serde(default)]
    pub customer: Vec<String>,
    /// The free-text box's prompt.
    #[serde(default)]
    pub prompt: String,
    /// Fingerprint of the node's source lines and prompt.
    pub source: String,
    #[serde(default)]
    pub replies: Vec<ReplyText>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyText {
    pub id: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub coaching: String,
    /// Fingerprint of the reply's source text and coaching.
    pub source: String,
}

/// A parsed translation plus positions for diagnostics.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub translation: Translation,
    pub spans: SpanIndex,
}

/// Fingerprint of source texts: the first 12 hex digits of SHA-256 over the parts.
pub fn fingerprint(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    let mut hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    hex.truncate(FINGERPRINT_LEN);
    hex
}

/// What the header entry's `source` must be for the drill as it is now.
pub fn header_source(s: &Scenario) -> String {
    let remedies = s.authority.remedies.join("\u{1e}");
    let walkout = s.customer.walkout.join("\u{1e}");
    fingerprint(&[
        &s.title,
        &s.summary,
        &s.customer.role,
        &s.customer.situation,
        &remedies,
        &s.authority.escalate_to,
        &walkout,
    ])
}

/// What a node entry's `source` must be.
pub fn node_source(n: &scenario::Node) -> String {
    let lines = n.customer.join("\u{1e}");
    let prompt = n.free_text.as_ref().map_or("", |f| f.prompt.as_str());
    fingerprint(&[&lines, prompt])
}

/// What a reply entry's `source` must be.
pub fn reply_source(r: &scenario::Reply) -> String {
    fingerprint(&[&r.text, &r.coaching])
}

/// Parse a translation file's bytes; every problem is a located diagnostic.
pub fn parse_bytes(bytes: &[u8]) -> Result<Parsed, Diagnostic> {
    parse(scenario::decode(bytes)?)
}

/// Parse a translation from RON text.
pub fn parse(src: &str) -> Result<Parsed, Diagnostic> {
    let opts = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_DEPTH);
    match opts.from_str::<Translation>(src) {
        Ok(translation) => Ok(Parsed {
            translation,
            spans: ron_spans::index(src),
        }),
        Err(e) => {
            let mut d = scenario::ron_error(&e);
            if d.code == "missing-field" || d.code == "unknown-field" {
                d.hint = Some(format!(
                    "{} (the translation format is in scenarios/README.md, \"Translations\")",
                    d.hint.unwrap_or_default()
                ));
            }
            Err(d)
        }
    }
}

/// Is `code` a language code we accept: `fr`, `deu`, `pt-BR`?
fn valid_language(code: &str) -> bool {
    let (lang, region) = match code.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (code, None),
    };
    (2..=3).contains(&lang.len())
        && lang.chars().all(|c| c.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()))
}

/// Check a translation against its drill. `file_language` is the `LANG` of `ID.LANG.ron`.
/// Errors: wrong drill or language, unknown or duplicate ids. Warnings: `translation-missing`
/// (source text with no translation) and `translation-stale` (the source changed since).
pub fn check(
    t: &Translation,
    spans: &SpanIndex,
    s: &Scenario,
    file_language: Option<&str>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |p: &str| spans.find(p);
    if t.format > FORMAT_VERSION || t.format == 0 {
        out.push(
            Diagnostic::error(
                "newer-format",
                format!(
                    "translation format {} is not one this Comeback reads (1–{FORMAT_VERSION})",
                    t.format
                ),
            )
            .at(at("format"))
            .with_hint(format!("write `format: {FORMAT_VERSION}`")),
        );
    }
    if t.drill != s.id {
        out.push(
            Diagnostic::error(
                "translation-wrong-drill",
                format!(
                    "this translates drill `{}`, but the drill next to it is `{}`",
                    t.drill, s.id
                ),
            )
            .at(at("drill"))
            .with_hint(format!(
                "write `drill: \"{}\"`, or name the file after the drill it translates",
                s.id
            )),
        );
    }
    if !valid_language(&t.language) {
        out.push(
            Diagnostic::error(
                "translation-language",
                format!("`{}` is not a language code", t.language),
            )
            .at(at("language"))
            .with_hint("use a lowercase ISO 639 code such as \"fr\" or \"de\", optionally with a region: \"pt-BR\""),
        );
    } else if let Some(lang) = file_language
        && lang != t.language
    {
        out.push(
            Diagnostic::error(
                "translation-language",
                format!(
                    "the file name says `{lang}`, but the file says `language: \"{}\"`",
                    t.language
                ),
            )
            .at(at("language"))
            .with_hint("make the file name `ID.LANG.ron` and `language` agree"),
        );
    }
    let missing = |what: String, path: String, out: &mut Vec<Diagnostic>| {
        out.push(
            Diagnostic::warning("translation-missing", format!("{what} is not translated"))
                .at(spans.find(&path))
                .with_hint("translate it, or run `comeback translate` on the drill for a skeleton of what is missing"),
        );
    };
    let stale = |what: String, path: String, now: &str, out: &mut Vec<Diagnostic>| {
        out.push(
            Diagnostic::warning(
                "translation-stale",
                format!("{what} changed in the drill since it was translated"),
            )
            .at(spans.find(&path))
            .with_hint(format!(
                "update the translation to the new text, then set `source: \"{now}\"` (until then the source text is shown)"
            )),
        );
    };

    // Header
    match &t.header {
        None => missing("the title and briefing".into(), "drill".into(), &mut out),
        Some(h) => {
            let now = header_source(s);
            if h.source != now {
                stale(
                    "the title or briefing".into(),
                    "header.source".into(),
                    &now,
                    &mut out,
                );
            }
            let fields: [(&str, bool, bool); 7] = [
                ("title", !s.title.is_empty(), !h.title.trim().is_empty()),
                (
                    "summary",
                    !s.summary.is_empty(),
                    !h.summary.trim().is_empty(),
                ),
                (
                    "role",
                    !s.customer.role.is_empty(),
                    !h.role.trim().is_empty(),
                ),
                (
                    "situation",
                    !s.customer.situation.is_empty(),
                    !h.situation.trim().is_empty(),
                ),
                (
                    "remedies",
                    !s.authority.remedies.is_empty(),
                    h.remedies.len() == s.authority.remedies.len(),
                ),
                (
                    "escalate_to",
                    !s.authority.escalate_to.is_empty(),
                    !h.escalate_to.trim().is_empty(),
                ),
                (
                    "walkout",
                    !s.customer.walkout.is_empty(),
                    !h.walkout.is_empty(),
                ),
            ];
            for (name, has_source, has_text) in fields {
                if has_source && !has_text {
                    missing(format!("header `{name}`"), "header".into(), &mut out);
                }
            }
        }
    }

    // Nodes and replies
    let node_at = s.node_indices();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, nt) in t.nodes.iter().enumerate() {
        let path = format!("nodes[{i}]");
        if let Some(first) = seen.insert(nt.id.as_str(), i) {
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    format!("node `{}` is translated twice", nt.id),
                )
                .at(at(&format!("{path}.id")))
                .with_hint(format!(
                    "the first is at line {}; keep one",
                    at(&format!("nodes[{first}].id")).map_or(0, |p| p.line)
                )),
            );
            continue;
        }
        let Some(node) = node_at.get(nt.id.as_str()).map(|&k| &s.nodes[k]) else {
            out.push(unknown(
                format!("node `{}`", nt.id),
                &nt.id,
                s.nodes.iter().map(|n| n.id.as_str()),
                at(&format!("{path}.id")),
            ));
            continue;
        };
        let now = node_source(node);
        if nt.source != now {
            stale(
                format!("node `{}`'s lines", nt.id),
                format!("{path}.source"),
                &now,
                &mut out,
            );
        }
        if !node.customer.is_empty() && nt.customer.iter().all(|l| l.trim().is_empty()) {
            missing(
                format!("node `{}`'s customer lines", nt.id),
                format!("{path}.id"),
                &mut out,
            );
        }
        if node
            .free_text
            .as_ref()
            .is_some_and(|f| !f.prompt.is_empty())
            && nt.prompt.trim().is_empty()
        {
            missing(
                format!("node `{}`'s free-text prompt", nt.id),
                format!("{path}.id"),
                &mut out,
            );
        }
        let mut reply_seen: HashMap<&str, usize> = HashMap::new();
        for (j, rt) in nt.replies.iter().enumerate() {
            let rpath = format!("{path}.replies[{j}]");
            if reply_seen.insert(rt.id.as_str(), j).is_some() {
                out.push(
                    Diagnostic::error(
                        "duplicate-id",
                        format!("reply `{}` of node `{}` is translated twice", rt.id, nt.id),
                    )
                    .at(at(&format!("{rpath}.id")))
                    .with_hint("keep one"),
                );
                continue;
            }
            let Some(reply) = node.replies.iter().find(|r| r.id == rt.id) else {
                out.push(unknown(
                    format!("reply `{}` of node `{}`", rt.id, nt.id),
                    &rt.id,
                    node.replies.iter().map(|r| r.id.as_str()),
                    at(&format!("{rpath}.id")),
                ));
                continue;
            };
            let now = reply_source(reply);
            if rt.source != now {
                stale(
                    format!("reply `{}` of node `{}`", rt.id, nt.id),
                    format!("{rpath}.source"),
                    &now,
                    &mut out,
                );
            }
            if rt.text.trim().is_empty() {
                missing(
                    format!("reply `{}` of node `{}`", rt.id, nt.id),
                    format!("{rpath}.id"),
                    &mut out,
                );
            } else if !reply.coaching.is_empty() && rt.coaching.trim().is_empty() {
                missing(
                    format!("the coaching of reply `{}` in node `{}`", rt.id, nt.id),
                    format!("{rpath}.id"),
                    &mut out,
                );
            }
        }
        for r in &node.replies {
            if !reply_seen.contains_key(r.id.as_str()) {
                missing(
                    format!("reply `{}` of node `{}`", r.id, nt.id),
                    format!("{path}.id"),
                    &mut out,
                );
            }
        }
    }
    for n in &s.nodes {
        if !seen.contains_key(n.id.as_str()) {
            missing(format!("node `{}`", n.id), "nodes".into(), &mut out);
        }
    }
    out
}

fn unknown<'a>(
    what: String,
    id: &str,
    ids: impl Iterator<Item = &'a str> + Clone,
    pos: Option<crate::domain::diagnostic::Pos>,
) -> Diagnostic {
    let hint = match closest(id, ids.clone()) {
        Some(c) => format!("did you mean `{c}`?"),
        None => format!("ids here: {}", ids.collect::<Vec<_>>().join(", ")),
    };
    Diagnostic::error(
        "translation-unknown-id",
        format!("{what} does not exist in the drill"),
    )
    .at(pos)
    .with_hint(hint)
}

/// The drill with its texts replaced by the translation's: only entries whose `source` still
/// matches, only non-empty fields; everything else keeps the source text.
pub fn apply(s: &Scenario, t: &Translation) -> Scenario {
    let node_at = s.node_indices();
    let mut out = s.clone();
    if let Some(h) = &t.header
        && h.source == header_source(s)
    {
        let set = |dst: &mut String, src: &str| {
            if !src.trim().is_empty() {
                *dst = src.to_string();
            }
        };
        set(&mut out.title, &h.title);
        set(&mut out.summary, &h.summary);
        set(&mut out.customer.role, &h.role);
        set(&mut out.customer.situation, &h.situation);
        set(&mut out.authority.escalate_to, &h.escalate_to);
        if h.remedies.len() == s.authority.remedies.len() {
            out.authority.remedies = h.remedies.clone();
        }
        if !h.walkout.is_empty() {
            out.customer.walkout = h.walkout.clone();
        }
    }
    for nt in &t.nodes {
        let Some(&i) = node_at.get(nt.id.as_str()) else {
            continue;
        };
        let node = &mut out.nodes[i];
        if nt.source == node_source(&s.nodes[i]) {
            let lines: Vec<String> = nt
                .customer
                .iter()
                .filter(|l| !l.trim().is_empty())
                .cloned()
                .collect();
            if !lines.is_empty() {
                node.customer = lines;
            }
            if let Some(ft) = &mut node.free_text
                && !nt.prompt.trim().is_empty()
            {
                ft.prompt = nt.prompt.clone();
            }
        }
        for rt in &nt.replies {
            let Some(j) = s.nodes[i].replies.iter().position(|r| r.id == rt.id) else {
                continue;
            };
            if rt.source != reply_source(&s.nodes[i].replies[j]) {
                continue;
            }
            let r = &mut node.replies[j];
            if !rt.text.trim().is_empty() {
                r.text = rt.text.clone();
            }
            if !rt.coaching.trim().is_empty() {
                r.coaching = rt.coaching.clone();
            }
        }
    }
    out
}

/// One translation file and what checking it found.
#[derive(Debug, Clone)]
pub struct Checked {
    pub path: PathBuf,
    /// How the file is named in messages.
    pub file: String,
    /// The drill it translates, when that drill loaded.
    pub drill_id: Option<String>,
    /// `LANG` from the file name.
    pub language: String,
    /// Present when the file parsed (it may still have errors).
    pub translation: Option<Translation>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Read, parse and check a translation file against a drill already loaded.
pub fn check_with(path: &Path, s: &Scenario) -> Checked {
    let file = path.display().to_string();
    let language = library::translation_target(path)
        .map(|(_, l)| l)
        .unwrap_or_default();
    let mut c = Checked {
        path: path.to_path_buf(),
        file: file.clone(),
        drill_id: Some(s.id.clone()),
        language,
        translation: None,
        diagnostics: Vec::new(),
    };
    match std::fs::read(path) {
        Err(e) => c.diagnostics.push(
            Diagnostic::error("unreadable", format!("cannot read the file: {e}"))
                .with_hint("check the path and its permissions"),
        ),
        Ok(bytes) => match parse_bytes(&bytes) {
            Err(d) => c.diagnostics.push(d),
            Ok(p) => {
                let lang = (!c.language.is_empty()).then_some(c.language.as_str());
                c.diagnostics = check(&p.translation, &p.spans, s, lang);
                c.translation = Some(p.translation);
            }
        },
    }
    for d in &mut c.diagnostics {
        d.file = file.clone();
    }
    c
}

/// Check a translation file against the drill beside it (`ID.LANG.ron` → `ID.ron`), taken from
/// `lib` when loaded there, else read from disk.
pub fn check_file(path: &Path, lib: &Library) -> Checked {
    let file = path.display().to_string();
    let fail = |d: Diagnostic| Checked {
        path: path.to_path_buf(),
        file: file.clone(),
        drill_id: None,
        language: library::translation_target(path)
            .map(|(_, l)| l)
            .unwrap_or_default(),
        translation: None,
        diagnostics: vec![d.in_file(file.clone())],
    };
    let Some((drill_path, _)) = library::translation_target(path) else {
        return fail(
            Diagnostic::error("translation-name", "not a translation file name")
                .with_hint("name translations `ID.LANG.ron`, next to `ID.ron`"),
        );
    };
    let loaded;
    let entry = match lib.entries.iter().find(|e| e.path == drill_path) {
        Some(e) => e,
        None if drill_path.exists() => {
            loaded = library::load_file(&drill_path);
            &loaded
        }
        None => {
            return fail(
                Diagnostic::error(
                    "translation-orphan",
                    format!(
                        "there is no drill {} for this translation",
                        drill_path.display()
                    ),
                )
                .with_hint(
                    "put the translation next to the drill it translates, named `ID.LANG.ron`",
                ),
            );
        }
    };
    match &entry.scenario {
        Some(s) => check_with(path, s),
        None => fail(
            Diagnostic::error(
                "translation-drill-broken",
                format!(
                    "the drill {} has errors, so this translation cannot be checked",
                    entry.file
                ),
            )
            .with_hint(format!(
                "fix the drill first: comeback check {}",
                entry.file
            )),
        ),
    }
}

/// A RON string literal.
fn q(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            '\r' => o.push_str("\\r"),
            c if c.is_control() => o.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// A commented skeleton translation of `s` into `lang`: every entry with the current `source`
/// fingerprints, the source text as a comment above each empty field to fill in.
pub fn skeleton(s: &Scenario, lang: &str) -> String {
    let mut o = String::new();
    let list = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("\n        //   {}", q(i)))
            .collect::<String>()
    };
    o.push_str(&format!(
        "// Translation of drill `{}` into `{lang}`. Fill in every empty \"\" (the source text is in the\n\
         // comment above it). `source` fingerprints the text each entry was translated from: when the\n\
         // drill changes, `comeback check` reports the entry as stale. Keep ids as they are.\n\
         Translation(\n    format: {FORMAT_VERSION},\n    drill: {},\n    language: {},\n    header: (\n",
        s.id,
        q(&s.id),
        q(lang)
    ));
    let field = |o: &mut String, name: &str, src: &str| {
        if !src.is_empty() {
            o.push_str(&format!("        // {}\n        {name}: \"\",\n", q(src)));
        }
    };
    field(&mut o, "title", &s.title);
    field(&mut o, "summary", &s.summary);
    field(&mut o, "role", &s.customer.role);
    field(&mut o, "situation", &s.customer.situation);
    if !s.authority.remedies.is_empty() {
        o.push_str(&format!(
            "        // one per source remedy, in order:{}\n        remedies: [],\n",
            list(&s.authority.remedies)
        ));
    }
    field(&mut o, "escalate_to", &s.authority.escalate_to);
    if !s.customer.walkout.is_empty() {
        o.push_str(&format!(
            "        // any number of variants:{}\n        walkout: [],\n",
            list(&s.customer.walkout)
        ));
    }
    o.push_str(&format!(
        "        source: {},\n    ),\n    nodes: [\n",
        q(&header_source(s))
    ));
    for n in &s.nodes {
        o.push_str(&format!("        (\n            id: {},\n", q(&n.id)));
        let lines: String = n
            .customer
            .iter()
            .map(|l| format!("\n            //   {}", q(l)))
            .collect();
        o.push_str(&format!(
            "            // any number of variants:{lines}\n            customer: [],\n"
        ));
        if let Some(ft) = &n.free_text
            && !ft.prompt.is_empty()
        {
            o.push_str(&format!(
                "            // {}\n            prompt: \"\",\n",
                q(&ft.prompt)
            ));
        }
        o.push_str(&format!("            source: {},\n", q(&node_source(n))));
        if !n.replies.is_empty() {
            o.push_str("            replies: [\n");
            for r in &n.replies {
                o.push_str(&format!(
                    "                (\n                    id: {},\n                    // {}\n                    text: \"\",\n",
                    q(&r.id),
                    q(&r.text)
                ));
                if !r.coaching.is_empty() {
                    o.push_str(&format!(
                        "                    // {}\n                    coaching: \"\",\n",
                        q(&r.coaching)
                    ));
                }
                o.push_str(&format!(
                    "                    source: {},\n                ),\n",
                    q(&reply_source(r))
                ));
            }
            o.push_str("            ],\n");
        }
        o.push_str("        ),\n");
    }
    o.push_str("    ],\n)\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;

    fn drill() -> Scenario {
        scenario::parse(DRILL).unwrap().scenario
    }

    /// A complete, fresh translation of the test drill: the skeleton with every blank filled.
    fn complete(s: &Scenario) -> String {
        skeleton(s, "fr")
            .replace("title: \"\"", "title: \"T (fr)\"")
            .replace("situation: \"\"", "situation: \"En retard\"")
            .replace("customer: []", "customer: [\"Alors ?\"]")
            .replace("text: \"\"", "text: \"réponse\"")
    }

    fn codes(src: &str, s: &Scenario) -> Vec<&'static str> {
        let p = parse(src).unwrap_or_else(|d| panic!("{d}\n{src}"));
        check(&p.translation, &p.spans, s, Some("fr"))
            .into_iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn skeleton_parses_and_lists_everything_missing() {
        let s = drill();
        let sk = skeleton(&s, "fr");
        let p = parse(&sk).unwrap_or_else(|d| panic!("{d}\n{sk}"));
        let d = check(&p.translation, &p.spans, &s, Some("fr"));
        assert!(d.iter().all(|d| d.code == "translation-missing"), "{d:?}");
        // header title+situation, 4 nodes' lines, 5 replies
        assert_eq!(d.len(), 2 + 4 + 5, "{d:?}");
        assert!(d.iter().all(|d| d.line > 0), "located: {d:?}");
    }

    #[test]
    fn complete_translation_is_clean_and_applies() {
        let s = drill();
        let src = complete(&s);
        assert!(codes(&src, &s).is_empty(), "{:?}\n{src}", codes(&src, &s));
        let t = parse(&src).unwrap().translation;
        let fr = apply(&s, &t);
        assert_eq!(fr.title, "T (fr)");
        assert_eq!(fr.nodes[0].customer, vec!["Alors ?"]);
        assert_eq!(fr.nodes[0].replies[1].text, "réponse");
        assert_eq!(
            fr.nodes[0].replies[1].moves, s.nodes[0].replies[1].moves,
            "moves stay"
        );
        assert_eq!(fr.nodes[0].replies[1].next, s.nodes[0].replies[1].next);
    }

    #[test]
    fn source_edits_make_entries_stale_and_unapplied() {
        let s = drill();
        let src = complete(&s);
        let edited =
            scenario::parse(&DRILL.replace("The carrier lost it.", "The courier lost it."))
                .unwrap()
                .scenario;
        let p = parse(&src).unwrap();
        let d = check(&p.translation, &p.spans, &edited, Some("fr"));
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].code, "translation-stale");
        assert!(d[0].message.contains("reply `2` of node `a`"), "{}", d[0]);
        assert!(
            d[0].hint
                .as_ref()
                .unwrap()
                .contains(&reply_source(&edited.nodes[0].replies[1]))
        );
        let fr = apply(&edited, &p.translation);
        assert_eq!(
            fr.nodes[0].replies[1].text, "The courier lost it.",
            "stale: source shown"
        );
        assert_eq!(
            fr.nodes[0].replies[0].text, "réponse",
            "fresh entries still apply"
        );
    }

    #[test]
    fn unknown_ids_wrong_drill_and_bad_language_are_errors() {
        let s = drill();
        let src = complete(&s);
        let c = codes(&src.replacen("id: \"won\"", "id: \"wonn\"", 1), &s);
        assert!(c.contains(&"translation-unknown-id"), "{c:?}");
        assert!(
            c.contains(&"translation-missing"),
            "won is now untranslated: {c:?}"
        );
        let p = parse(&src.replacen("id: \"won\"", "id: \"wonn\"", 1)).unwrap();
        let d = check(&p.translation, &p.spans, &s, Some("fr"));
        let u = d
            .iter()
            .find(|d| d.code == "translation-unknown-id")
            .unwrap();
        assert_eq!(u.hint.as_deref(), Some("did you mean `won`?"));
        assert!(u.line > 0);
        assert!(
            codes(&src.replace("drill: \"t\"", "drill: \"x\""), &s)
                .contains(&"translation-wrong-drill")
        );
        assert!(
            codes(&src.replace("language: \"fr\"", "language: \"French\""), &s)
                .contains(&"translation-language")
        );
        assert!(
            codes(&src.replace("language: \"fr\"", "language: \"de\""), &s)
                .contains(&"translation-language")
        );
        assert!(valid_language("pt-BR") && valid_language("deu") && !valid_language("pt-br"));
    }

    #[test]
    fn syntax_errors_are_located() {
        let d = parse("Translation(\n    format: 1,\n    drill \"t\",\n)").unwrap_err();
        assert_eq!(d.line, 3, "{d}");
        let d = parse("Translation(format: 1, drill: \"t\", language: \"fr\", titel: \"x\")")
            .unwrap_err();
        assert_eq!(d.code, "unknown-field");
    }

    #[test]
    fn fingerprints_are_short_and_separate_parts() {
        assert_eq!(fingerprint(&["a", "b"]).len(), 12);
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
        assert_eq!(q("say \"hi\"\n"), "\"say \\\"hi\\\"\\n\"");
    }
    #[test]
    fn load_with_language_applies_good_translations_and_reports_broken_ones() {
        let dir = tempfile::tempdir().unwrap();
        let s = drill();
        std::fs::write(dir.path().join("t.ron"), DRILL).unwrap();
        std::fs::write(dir.path().join("t.fr.ron"), complete(&s)).unwrap();
        std::fs::write(dir.path().join("t.de.ron"), "Translation(format: 1,").unwrap();
        let paths = [dir.path().to_path_buf()];
        let (fr, problems) = library::load_with_language(&paths, "fr").unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(fr.entries.len(), 1, "translations are not drills");
        let t = fr.playable().next().unwrap();
        assert_eq!(t.title, "T (fr)");
        let (de, problems) = library::load_with_language(&paths, "de").unwrap();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].file.ends_with("t.de.ron") && problems[0].line == 1,
            "{:?}",
            problems[0]
        );
        assert_eq!(
            de.playable().next().unwrap().title,
            "T",
            "broken: source text kept"
        );
        let found = library::collect_translations(&paths);
        assert_eq!(found.len(), 2);
        let lib = library::load(&paths).unwrap();
        let checked = check_file(&found[0], &lib);
        assert_eq!(checked.language, "de");
        assert_eq!(checked.errors(), 1);
    }
}
