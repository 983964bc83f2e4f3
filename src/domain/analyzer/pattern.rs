//! A tiny phrase-pattern language over normalised tokens, compiled once.
//!
//! A pattern is a space-separated list of elements, matched left to right inside one sentence:
//!
//! | element      | matches |
//! |--------------|---------|
//! | `sorry`      | the word "sorry" (after normalisation: "Sorry" and "sory" too) |
//! | `refund*`    | any word starting with "refund" |
//! | `*ed`        | any word ending in "ed" (longer than the ending) |
//! | `a\|b\|c`    | any of the alternatives (each may be a prefix or a class) |
//! | `@be`        | any word of the class `be` (see `CLASSES` in `rules.rs`) |
//! | `#`          | a number: digits ("10", "4:15", "8am") or a number word |
//! | `_`          | any one word |
//! | `..` / `..5` | skip 0–3 (or 0–5) words |
//! | `x?`         | optional element |
//! | `!x`         | zero-width: the next word is not `x` (or the sentence ends) |
//! | `!_`         | zero-width: the sentence ends here |
//! | `$`          | zero-width: the clause (or sentence) ends here |
//!
//! `a|b` alternates single words only: write a phrase alternative as two rules.

use std::collections::HashMap;

#[derive(Debug, Clone)]
pub enum Atom {
    Word(String),
    Prefix(String),
    Suffix(String),
    Num,
    Any,
}

impl Atom {
    #[inline]
    pub fn matches(&self, w: &str) -> bool {
        match self {
            Atom::Word(x) => x == w,
            Atom::Prefix(p) => w.starts_with(p.as_str()),
            Atom::Suffix(s) => w.len() > s.len() + 1 && w.ends_with(s.as_str()),
            Atom::Num => {
                w.as_bytes().first().is_some_and(u8::is_ascii_digit) || NUM_WORDS.contains(&w)
            }
            Atom::Any => true,
        }
    }
}

pub const NUM_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "half",
    "quarter", "a",
];

#[derive(Debug, Clone)]
pub enum Elem {
    Alts {
        alts: Vec<Atom>,
        optional: bool,
    },
    Not(Vec<Atom>),
    Gap(usize),
    /// Zero-width: the clause ends here.
    ClauseEnd,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub elems: Vec<Elem>,
}

/// Why a pattern in a rule table did not compile (caught by a unit test).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    #[error("empty pattern")]
    Empty,
    #[error("unknown class `@{0}`")]
    UnknownClass(String),
    #[error("pattern must start with a word, not `{0}`")]
    BadStart(String),
    #[error("bad gap `{0}`")]
    BadGap(String),
}

pub type Classes = HashMap<&'static str, Vec<Atom>>;

fn atom(s: &str, classes: &Classes, out: &mut Vec<Atom>) -> Result<(), PatternError> {
    if let Some(name) = s.strip_prefix('@') {
        let members = classes
            .get(name)
            .ok_or_else(|| PatternError::UnknownClass(name.into()))?;
        out.extend(members.iter().cloned());
    } else if s == "#" {
        out.push(Atom::Num);
    } else if s == "_" {
        out.push(Atom::Any);
    } else if let Some(x) = s.strip_prefix('*') {
        out.push(Atom::Suffix(x.to_string()));
    } else if let Some(p) = s.strip_suffix('*') {
        out.push(Atom::Prefix(p.to_string()));
    } else {
        out.push(Atom::Word(s.to_string()));
    }
    Ok(())
}

/// Parse one atom of a class definition (no nested classes).
pub fn class_atom(s: &str) -> Atom {
    match s.strip_suffix('*') {
        Some(p) => Atom::Prefix(p.to_string()),
        None => Atom::Word(s.to_string()),
    }
}

impl Pattern {
    pub fn compile(src: &str, classes: &Classes) -> Result<Pattern, PatternError> {
        let mut elems = Vec::new();
        for raw in src.split_whitespace() {
            if raw == "$" {
                elems.push(Elem::ClauseEnd);
                continue;
            }
            if let Some(n) = raw.strip_prefix("..") {
                let n = if n.is_empty() {
                    3
                } else {
                    n.parse().map_err(|_| PatternError::BadGap(raw.into()))?
                };
                elems.push(Elem::Gap(n));
                continue;
            }
            let (body, negated) = match raw.strip_prefix('!') {
                Some(b) => (b, true),
                None => (raw, false),
            };
            let (body, optional) = match body.strip_suffix('?') {
                Some(b) if !b.is_empty() => (b, true),
                _ => (body, false),
            };
            let mut alts = Vec::new();
            for a in body.split('|') {
                atom(a, classes, &mut alts)?;
            }
            elems.push(if negated {
                Elem::Not(alts)
            } else {
                Elem::Alts { alts, optional }
            });
        }
        match elems.first() {
            None => Err(PatternError::Empty),
            Some(Elem::Alts {
                optional: false, ..
            }) => Ok(Pattern { elems }),
            Some(_) => Err(PatternError::BadStart(
                src.split_whitespace().next().unwrap_or("").into(),
            )),
        }
    }

    /// The first element's atoms, for indexing patterns by their first word.
    pub fn first_atoms(&self) -> &[Atom] {
        match self.elems.first() {
            Some(Elem::Alts { alts, .. }) => alts,
            _ => &[],
        }
    }

    /// Match at token `pos`, not going past `end`; returns the end (exclusive) of the match.
    pub fn match_at(
        &self,
        words: &[&str],
        clauses: &[usize],
        pos: usize,
        end: usize,
    ) -> Option<usize> {
        match_elems(
            &self.elems,
            &Seq {
                words,
                clauses,
                end,
            },
            pos,
            pos,
        )
    }
}

/// The sentence being matched: words, their clause ids, and where the sentence ends.
struct Seq<'a> {
    words: &'a [&'a str],
    clauses: &'a [usize],
    end: usize,
}

fn match_elems(elems: &[Elem], q: &Seq, pos: usize, last: usize) -> Option<usize> {
    let (words, end) = (q.words, q.end);
    let Some((e, rest)) = elems.split_first() else {
        return Some(last);
    };
    match e {
        Elem::Gap(n) => {
            for k in 0..=*n {
                if pos + k > end {
                    break;
                }
                if let Some(r) = match_elems(rest, q, pos + k, last) {
                    return Some(r);
                }
            }
            None
        }
        Elem::Not(alts) => {
            if pos < end && alts.iter().any(|a| a.matches(words[pos])) {
                None
            } else {
                match_elems(rest, q, pos, last)
            }
        }
        Elem::ClauseEnd => {
            if pos >= end || (pos > 0 && q.clauses[pos] != q.clauses[pos - 1]) {
                match_elems(rest, q, pos, last)
            } else {
                None
            }
        }
        Elem::Alts { alts, optional } => {
            if pos < end
                && alts.iter().any(|a| a.matches(words[pos]))
                && let Some(r) = match_elems(rest, q, pos + 1, pos + 1)
            {
                return Some(r);
            }
            if *optional {
                match_elems(rest, q, pos, last)
            } else {
                None
            }
        }
    }
}
