//! Where each value of a RON document starts, by path (`nodes[2].replies[0].next`).
//!
//! serde gives us typed values but no positions; this small tokenizer walks the same text and
//! records the position of every value so validation can point at the exact line and column.
//! It is tolerant: on text it does not understand it simply records less.
//!
//! The index is built lazily, on the first position asked for: a clean drill needs none, and
//! building it costs about as much as parsing the file (`check` throughput, README Performance).

use crate::domain::diagnostic::Pos;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Path → position of the value at that path (and of map keys as `path.key`).
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    /// The text the positions point into.
    src: String,
    map: OnceLock<HashMap<String, Pos>>,
}

impl SpanIndex {
    /// Keep `src`; positions are worked out the first time one is asked for.
    pub fn lazy(src: &str) -> SpanIndex {
        SpanIndex {
            src: src.to_string(),
            map: OnceLock::new(),
        }
    }

    fn map(&self) -> &HashMap<String, Pos> {
        self.map.get_or_init(|| build(&self.src))
    }

    pub fn get(&self, path: &str) -> Option<Pos> {
        self.map().get(path).copied()
    }

    /// The position of `path`, else of the closest recorded ancestor.
    pub fn find(&self, path: &str) -> Option<Pos> {
        let map = self.map();
        let mut p = path;
        loop {
            if let Some(pos) = map.get(p) {
                return Some(*pos);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }

    /// Whether the positions have been worked out yet (tests and benchmarks look).
    pub fn is_built(&self) -> bool {
        self.map.get().is_some()
    }

    pub fn len(&self) -> usize {
        self.map().len()
    }

    pub fn is_empty(&self) -> bool {
        self.map().is_empty()
    }
}

enum Frame {
    /// `( … )`: named fields or tuple positions.
    Paren {
        path: String,
        field: Option<String>,
        index: usize,
    },
    /// `[ … ]`
    List { path: String, index: usize },
    /// `{ … }`: keys and values.
    Map {
        path: String,
        key: Option<String>,
        expect_key: bool,
    },
}

/// Build the index now. Linear in the input; never fails.
pub fn index(src: &str) -> SpanIndex {
    let idx = SpanIndex::lazy(src);
    idx.map();
    idx
}

#[derive(Default)]
struct Map {
    map: HashMap<String, Pos>,
}

fn build(src: &str) -> HashMap<String, Pos> {
    let mut idx = Map::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1usize;
    let mut col = 1usize;
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0usize;
    // Path for a value starting now, if we are at a value position.
    let value_path = |stack: &Vec<Frame>| -> Option<String> {
        match stack.last()? {
            Frame::Paren {
                path,
                field: Some(f),
                ..
            } => Some(join(path, f)),
            Frame::Paren {
                path,
                field: None,
                index,
            } => Some(format!("{path}.{index}")),
            Frame::List { path, index } => Some(format!("{path}[{index}]")),
            Frame::Map {
                path,
                key: Some(k),
                expect_key: false,
            } => Some(join(path, k)),
            Frame::Map { .. } => None,
        }
    };
    let mut pending_ident: Option<(String, Pos)> = None;
    let mut value_recorded = false;
    // Advance helper keeps line/col right.
    macro_rules! bump {
        () => {{
            if chars[i] == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
            i += 1;
        }};
    }
    while i < chars.len() {
        let c = chars[i];
        let here = Pos { line, col };
        if c.is_whitespace() {
            bump!();
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                bump!();
            }
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'*') {
            bump!();
            bump!();
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                bump!();
            }
            if i < chars.len() {
                bump!();
                bump!();
            }
            continue;
        }
        if c == '#' {
            // `#![enable(...)]` attributes: skip to the closing bracket.
            while i < chars.len() && chars[i] != ']' {
                bump!();
            }
            if i < chars.len() {
                bump!();
            }
            continue;
        }
        // A value or key is about to start?
        let record = |idx: &mut Map, stack: &Vec<Frame>, rec: &mut bool| {
            if !*rec {
                if let Some(p) = value_path(stack) {
                    idx.map.entry(p).or_insert(here);
                }
                *rec = true;
            }
        };
        match c {
            '(' | '[' | '{' => {
                if let Some((_, pos)) = pending_ident.take() {
                    // `Name(` : the struct name starts the value.
                    if !value_recorded && let Some(p) = value_path(&stack) {
                        idx.map.entry(p).or_insert(pos);
                    }
                } else {
                    record(&mut idx, &stack, &mut value_recorded);
                }
                let path = value_path(&stack).unwrap_or_default();
                stack.push(match c {
                    '(' => Frame::Paren {
                        path,
                        field: None,
                        index: 0,
                    },
                    '[' => Frame::List { path, index: 0 },
                    _ => Frame::Map {
                        path,
                        key: None,
                        expect_key: true,
                    },
                });
                value_recorded = false;
                bump!();
            }
            ')' | ']' | '}' => {
                pending_ident = None;
                stack.pop();
                value_recorded = true;
                bump!();
            }
            ',' => {
                if let Some((name, pos)) = pending_ident.take() {
                    let _ = (name, pos);
                }
                match stack.last_mut() {
                    Some(Frame::Paren { field, index, .. }) => {
                        *field = None;
                        *index += 1;
                    }
                    Some(Frame::List { index, .. }) => *index += 1,
                    Some(Frame::Map {
                        key, expect_key, ..
                    }) => {
                        *key = None;
                        *expect_key = true;
                    }
                    None => {}
                }
                value_recorded = false;
                bump!();
            }
            ':' => {
                // The pending identifier (or string key) was a field name / map key.
                if let Some((name, pos)) = pending_ident.take() {
                    match stack.last_mut() {
                        Some(Frame::Paren { path, field, .. }) => {
                            let p = join(path, &name);
                            idx.map.entry(format!("{p}#key")).or_insert(pos);
                            *field = Some(name);
                        }
                        Some(Frame::Map {
                            path,
                            key,
                            expect_key,
                        }) => {
                            idx.map.entry(join(path, &name)).or_insert(pos);
                            *key = Some(name);
                            *expect_key = false;
                        }
                        _ => {}
                    }
                } else if let Some(Frame::Map { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
                value_recorded = false;
                bump!();
            }
            '"' => {
                let start = here;
                let mut s = String::new();
                bump!();
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' && i + 1 < chars.len() {
                        bump!();
                    }
                    s.push(chars[i]);
                    bump!();
                }
                if i < chars.len() {
                    bump!();
                }
                if matches!(
                    stack.last(),
                    Some(Frame::Map {
                        expect_key: true,
                        ..
                    })
                ) {
                    pending_ident = Some((s, start));
                } else {
                    record(&mut idx, &stack, &mut value_recorded);
                }
            }
            'r' if raw_string_at(&chars, i) => {
                // raw string r#"..."#
                record(&mut idx, &stack, &mut value_recorded);
                bump!();
                let mut hashes = 0;
                while i < chars.len() && chars[i] == '#' {
                    hashes += 1;
                    bump!();
                }
                if i < chars.len() {
                    bump!();
                }
                'outer: while i < chars.len() {
                    if chars[i] == '"' {
                        let mut k = 0;
                        while k < hashes && chars.get(i + 1 + k) == Some(&'#') {
                            k += 1;
                        }
                        if k == hashes {
                            for _ in 0..=hashes {
                                bump!();
                            }
                            break 'outer;
                        }
                    }
                    bump!();
                }
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = here;
                let mut s = String::new();
                // A raw identifier `r#name` is the identifier `name` (found by fuzzing: `r#` was
                // read as a raw string and swallowed the rest of the file's positions).
                if c == 'r'
                    && chars.get(i + 1) == Some(&'#')
                    && chars
                        .get(i + 2)
                        .is_some_and(|n| n.is_alphanumeric() || *n == '_')
                {
                    bump!();
                    bump!();
                }
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    s.push(chars[i]);
                    bump!();
                }
                // Decide later: a field name (followed by ':'), a struct name (followed by '('),
                // or a bare value (enum variant, true/false/None).
                let mut j = i;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                match chars.get(j) {
                    Some(':') | Some('(') => pending_ident = Some((s, start)),
                    _ => {
                        if matches!(
                            stack.last(),
                            Some(Frame::Map {
                                expect_key: true,
                                ..
                            })
                        ) {
                            pending_ident = Some((s, start));
                        } else {
                            record(&mut idx, &stack, &mut value_recorded);
                        }
                    }
                }
            }
            _ => {
                // numbers, signs and anything else: a scalar value.
                record(&mut idx, &stack, &mut value_recorded);
                bump!();
            }
        }
    }
    idx.map
}

/// `r"…"` or `r#…#"…"#…#` starts at `i` (and not a raw identifier such as `r#Minor`).
fn raw_string_at(chars: &[char], i: usize) -> bool {
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    chars.get(j) == Some(&'"')
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_nested_paths() {
        let src = "Scenario(\n  id: \"x\",\n  nodes: [\n    Node(id: \"a\", replies: [Reply(text: \"hi\", next: \"b\")]),\n    (id: \"b\"),\n  ],\n  t: (reactions: {blame: 2.0}),\n)";
        let idx = index(src);
        assert_eq!(idx.get("id"), Some(Pos { line: 2, col: 7 }));
        assert_eq!(idx.get("nodes[0]"), Some(Pos { line: 4, col: 5 }));
        assert_eq!(idx.get("nodes[0].id"), Some(Pos { line: 4, col: 14 }));
        assert_eq!(
            idx.get("nodes[0].replies[0].next"),
            Some(Pos { line: 4, col: 53 })
        );
        assert_eq!(idx.get("nodes[1].id"), Some(Pos { line: 5, col: 10 }));
        assert_eq!(idx.get("t.reactions.blame"), Some(Pos { line: 7, col: 19 }));
        assert_eq!(
            idx.find("nodes[1].replies[3].next"),
            Some(Pos { line: 5, col: 5 })
        );
    }

    #[test]
    fn raw_identifiers_and_raw_strings_keep_later_positions() {
        let src =
            "r#Scenario(\n  severity: r#Minor,\n  note: r##\"a \"# b\"##,\n  start: \"a\",\n)";
        let idx = index(src);
        assert_eq!(idx.get("severity"), Some(Pos { line: 2, col: 13 }));
        assert_eq!(idx.get("note"), Some(Pos { line: 3, col: 9 }));
        assert_eq!(idx.get("start"), Some(Pos { line: 4, col: 10 }));
    }

    #[test]
    fn survives_garbage() {
        for src in [
            "",
            "(((",
            "]]]",
            "\"unterminated",
            "r#\"x",
            "a: b: c",
            "/* open",
        ] {
            let _ = index(src);
        }
    }
}
