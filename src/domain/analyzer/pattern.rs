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

use super::hash::FxMap;
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
    /// String matching, the reference the id-based matcher is tested against.
    #[cfg(test)]
    pub fn matches(&self, w: &str) -> bool {
        match self {
            Atom::Word(x) => x == w,
            Atom::Prefix(p) => w.starts_with(p.as_str()),
            Atom::Suffix(s) => w.len() > s.len() + 1 && w.ends_with(s.as_str()),
            Atom::Num => is_num(w),
            Atom::Any => true,
        }
    }
}

pub const NUM_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "half",
    "quarter", "a",
];

/// A set of atoms compiled to ids: a token matches when one of its atom ids is in `ids`.
#[derive(Debug, Clone, Default)]
pub struct Set {
    /// Sorted, deduplicated atom ids (see [`Atoms`]).
    pub ids: Box<[u32]>,
    pub num: bool,
    pub any: bool,
}

impl Set {
    /// Whether token `pos` of `q` is one of this set's atoms.
    #[inline]
    pub fn hits(&self, q: &Seq, pos: usize) -> bool {
        self.any || (self.num && q.nums[pos]) || {
            let r = &q.spans[pos];
            q.atoms[r.0 as usize..r.1 as usize]
                .iter()
                .any(|a| self.ids.binary_search(a).is_ok())
        }
    }
}

#[derive(Debug, Clone)]
pub enum Elem {
    Alts {
        set: Set,
        optional: bool,
    },
    Not(Set),
    Gap(usize),
    /// Zero-width: the clause ends here.
    ClauseEnd,
}

#[derive(Debug, Clone)]
pub struct Pattern {
    pub elems: Vec<Elem>,
    /// The atoms of each element as written, for indexing and vocabulary.
    pub src: Vec<Vec<Atom>>,
}

/// Every word, prefix and suffix the patterns use, numbered, so matching a token against an
/// alternative of hundreds of prefixes is a few integer look-ups, not hundreds of string compares.
#[derive(Debug, Default)]
pub struct Atoms {
    words: FxMap<String, u32>,
    prefixes: FxMap<String, u32>,
    /// For prefixes of 2–63 bytes: by their first two bytes, a bit per length that occurs.
    prefix_lens: FxMap<[u8; 2], u64>,
    /// Shorter and longer prefixes, tried on every word.
    odd_prefixes: Vec<(String, u32)>,
    suffixes: Vec<(String, u32)>,
    next: u32,
}

impl Atoms {
    fn id(&mut self, a: &Atom) -> Option<u32> {
        let next = &mut self.next;
        let mut take = |map: &mut FxMap<String, u32>, k: &str| {
            *map.entry(k.to_string()).or_insert_with(|| {
                *next += 1;
                *next - 1
            })
        };
        match a {
            Atom::Word(w) => Some(take(&mut self.words, w)),
            Atom::Prefix(p) => {
                let id = take(&mut self.prefixes, p);
                let b = p.as_bytes();
                if (2..64).contains(&b.len()) {
                    *self.prefix_lens.entry([b[0], b[1]]).or_default() |= 1 << b.len();
                } else if !self.odd_prefixes.iter().any(|(x, _)| x == p) {
                    self.odd_prefixes.push((p.clone(), id));
                }
                Some(id)
            }
            Atom::Suffix(x) => Some(match self.suffixes.iter().find(|(s, _)| s == x) {
                Some((_, id)) => *id,
                None => {
                    self.next += 1;
                    self.suffixes.push((x.clone(), self.next - 1));
                    self.next - 1
                }
            }),
            Atom::Num | Atom::Any => None,
        }
    }

    fn set(&mut self, alts: &[Atom]) -> Set {
        let mut ids: Vec<u32> = alts.iter().filter_map(|a| self.id(a)).collect();
        ids.sort_unstable();
        ids.dedup();
        Set {
            ids: ids.into(),
            num: alts.iter().any(|a| matches!(a, Atom::Num)),
            any: alts.iter().any(|a| matches!(a, Atom::Any)),
        }
    }

    /// The id an atom was given, if any pattern uses it.
    #[cfg(test)]
    pub fn lookup(&self, a: &Atom) -> Option<u32> {
        match a {
            Atom::Word(w) => self.words.get(w).copied(),
            Atom::Prefix(p) => self.prefixes.get(p).copied(),
            Atom::Suffix(x) => self.suffixes.iter().find(|(s, _)| s == x).map(|(_, i)| *i),
            Atom::Num | Atom::Any => None,
        }
    }

    /// How many ids there are (for bitsets).
    pub fn len(&self) -> usize {
        self.next as usize
    }

    /// Append the ids of every atom `w` matches (as [`Atom::matches`] would), sorted; returns
    /// the id of `w` itself as a pattern word.
    pub fn of(&self, w: &str, out: &mut Vec<u32>) -> Option<u32> {
        let from = out.len();
        let word = self.words.get(w).copied();
        out.extend(word);
        let b = w.as_bytes();
        if b.len() >= 2
            && let Some(&mask) = self.prefix_lens.get(&[b[0], b[1]])
        {
            let mut m = mask & (u64::MAX >> (63 - b.len().min(63)));
            while m != 0 {
                let l = m.trailing_zeros() as usize;
                m &= m - 1;
                if let Some(&id) = w.get(..l).and_then(|p| self.prefixes.get(p)) {
                    out.push(id);
                }
            }
        }
        for (p, id) in &self.odd_prefixes {
            if w.starts_with(p.as_str()) {
                out.push(*id);
            }
        }
        for (s, id) in &self.suffixes {
            if w.len() > s.len() + 1 && w.ends_with(s.as_str()) {
                out.push(*id);
            }
        }
        out[from..].sort_unstable();
        word
    }
}

/// Whether a word counts as a number for `#`.
pub fn is_num(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit) || NUM_WORDS.contains(&w)
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
    pub fn compile(
        src: &str,
        classes: &Classes,
        atoms: &mut Atoms,
    ) -> Result<Pattern, PatternError> {
        let mut elems = Vec::new();
        let mut srcs = Vec::new();
        for raw in src.split_whitespace() {
            if raw == "$" {
                elems.push(Elem::ClauseEnd);
                srcs.push(Vec::new());
                continue;
            }
            if let Some(n) = raw.strip_prefix("..") {
                let n = if n.is_empty() {
                    3
                } else {
                    n.parse().map_err(|_| PatternError::BadGap(raw.into()))?
                };
                elems.push(Elem::Gap(n));
                srcs.push(Vec::new());
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
            let set = atoms.set(&alts);
            elems.push(if negated {
                Elem::Not(set)
            } else {
                Elem::Alts { set, optional }
            });
            srcs.push(alts);
        }
        match elems.first() {
            None => Err(PatternError::Empty),
            Some(Elem::Alts {
                optional: false, ..
            }) => Ok(Pattern { elems, src: srcs }),
            Some(_) => Err(PatternError::BadStart(
                src.split_whitespace().next().unwrap_or("").into(),
            )),
        }
    }

    /// Match at token `pos` of `q`, not going past `q.end`; returns the end (exclusive) of the
    /// match.
    pub fn match_at(&self, q: &Seq, pos: usize) -> Option<usize> {
        match_elems(&self.elems, q, pos, pos)
    }
}

/// The sentence being matched: each token's atom ids (`atoms[spans[i]]`), whether it is a
/// number, its clause id, and where the sentence ends.
pub struct Seq<'a> {
    pub atoms: &'a [u32],
    pub spans: &'a [(u32, u32)],
    pub nums: &'a [bool],
    pub clauses: &'a [usize],
    pub end: usize,
}

fn match_elems(elems: &[Elem], q: &Seq, pos: usize, last: usize) -> Option<usize> {
    let end = q.end;
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
        Elem::Not(set) => {
            if pos < end && set.hits(q, pos) {
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
        Elem::Alts { set, optional } => {
            if pos < end
                && set.hits(q, pos)
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
