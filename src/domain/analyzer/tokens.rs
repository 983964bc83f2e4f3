//! Tokenising a reply into normalised words with byte spans, sentences and clauses.
//!
//! Normalisation is what lets one rule cover many spellings: lower case, curly apostrophes,
//! contractions split into their words ("can't" → `can not`, "it'll" → `it will`, "I'd" →
//! `i 'd`), missing apostrophes ("dont", "thats"), chat spellings ("u", "cos"), British → American
//! spellings ("apologise" → `apologize`) and one-letter typos of the words the rules know.

use super::hash::FxMap;
use std::sync::LazyLock;

/// One normalised word. Several tokens may share a span when a contraction was split.
#[derive(Debug, Clone)]
pub struct Token {
    /// The normalised word: a byte range of [`Doc::norms`] (one buffer for all tokens, so
    /// tokenising makes no allocation per word).
    pub norm: (u32, u32),
    /// `norm`'s index in the [`Lexicon`], when the rules know the word.
    pub known: Option<u32>,
    /// Byte range into the original text (always on char boundaries).
    pub start: usize,
    pub end: usize,
    pub clause: usize,
}

/// A sentence: a token range and whether it asks a question.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub toks: std::ops::Range<usize>,
    pub question: bool,
}

#[derive(Debug, Default)]
pub struct Doc {
    pub tokens: Vec<Token>,
    pub norms: String,
    pub sentences: Vec<Sentence>,
}

impl Doc {
    /// Token `t`'s normalised word.
    pub fn norm(&self, t: &Token) -> &str {
        self.norms
            .get(t.norm.0 as usize..t.norm.1 as usize)
            .unwrap_or_default()
    }
}

/// Whole-word rewrites applied before contractions are split: missing apostrophes, chat
/// spellings and common misspellings that are more than one keystroke away.
const REWRITES: &[(&str, &str)] = &[
    ("dont", "don't"),
    ("cant", "can't"),
    ("wont", "won't"),
    ("didnt", "didn't"),
    ("doesnt", "doesn't"),
    ("isnt", "isn't"),
    ("wasnt", "wasn't"),
    ("arent", "aren't"),
    ("couldnt", "couldn't"),
    ("wouldnt", "wouldn't"),
    ("shouldnt", "shouldn't"),
    ("havent", "haven't"),
    ("hasnt", "hasn't"),
    ("hadnt", "hadn't"),
    ("werent", "weren't"),
    ("aint", "ain't"),
    ("neednt", "needn't"),
    ("mustnt", "mustn't"),
    ("shouldve", "should've"),
    ("wouldve", "would've"),
    ("couldve", "could've"),
    ("mustve", "must've"),
    ("theyll", "they'll"),
    ("itll", "it'll"),
    ("thatll", "that'll"),
    ("theyd", "they'd"),
    ("wed", "we'd"),
    ("lets", "let's"),
    ("im", "i'm"),
    ("ive", "i've"),
    ("youre", "you're"),
    ("youve", "you've"),
    ("youll", "you'll"),
    ("youd", "you'd"),
    ("theyre", "they're"),
    ("theyve", "they've"),
    ("thats", "that's"),
    ("whats", "what's"),
    ("hes", "he's"),
    ("shes", "she's"),
    ("its", "it's"),
    ("theres", "there's"),
    ("weve", "we've"),
    ("whoevers", "whoever's"),
    ("u", "you"),
    ("ur", "your"),
    ("pls", "please"),
    ("plz", "please"),
    ("thx", "thanks"),
    ("thnx", "thanks"),
    ("ty", "thanks"),
    ("cos", "because"),
    ("coz", "because"),
    ("cuz", "because"),
    ("bc", "because"),
    ("tho", "though"),
    ("sry", "sorry"),
    ("soz", "sorry"),
    ("sorri", "sorry"),
    ("sory", "sorry"),
    ("soory", "sorry"),
    ("realy", "really"),
    ("falt", "fault"),
    ("fualt", "fault"),
    ("apols", "apologies"),
    ("gonna", "going to"),
    ("wanna", "want to"),
    ("d'you", "do you"),
    ("gotta", "got to"),
    ("tmrw", "tomorrow"),
    ("tmr", "tomorrow"),
    ("tomoz", "tomorrow"),
    ("themselfs", "themselves"),
    ("ourselfs", "ourselves"),
    ("recieve", "receive"),
    ("mins", "minutes"),
    ("hrs", "hours"),
    ("okay", "ok"),
    ("alright", "all right"),
    ("cannot", "can not"),
];

/// Pronouns whose "'s" is "is" rather than a possessive.
const S_IS: &[&str] = &[
    "it",
    "that",
    "this",
    "there",
    "here",
    "what",
    "who",
    "he",
    "she",
    "where",
    "how",
    "which",
    "everything",
    "nothing",
    "something",
    "one",
    "everyone",
    "someone",
    "nobody",
    "why",
    "when",
];

static REWRITE_MAP: LazyLock<FxMap<&'static str, &'static str>> =
    LazyLock::new(|| REWRITES.iter().copied().collect());

/// Words the rules know, for spelling repair; filled from the rule tables. Keyed by bytes so
/// the repair loops look edited words up without re-validating UTF-8.
pub struct Lexicon {
    /// The known words, sorted; a word's index is its id.
    list: Vec<String>,
    ids: FxMap<Box<[u8]>, u32>,
    /// One-deletion variants of long known words → the word (alphabetically first on a tie).
    deletions: FxMap<Box<[u8]>, u32>,
    /// Long known words with one letter blanked (`?`) → the word, for one-letter substitutions;
    /// `None` when two known words share the key (the repair would be a guess).
    substitutions: FxMap<Box<[u8]>, Option<u32>>,
    /// Which (length, first letter, last letter) combinations known words have: lets the
    /// repair skip look-ups that cannot hit (results are the same, only faster).
    shapes: Vec<u64>,
    /// Stems the rules match as prefixes (`waiv*`), by byte: a word that begins with one is a
    /// real word the rules already read, so it is never "repaired" into another word.
    stems: FxMap<Box<[u8]>, ()>,
    /// Bit per stem length present (lengths up to 63).
    stem_lens: u64,
}

/// Bit index of a word shape in [`Lexicon::shapes`] (lengths above 31 share a bucket).
fn shape(len: usize, first: u8, last: u8) -> usize {
    let cls = |b: u8| {
        if b.is_ascii_lowercase() {
            usize::from(b - b'a')
        } else {
            26
        }
    };
    (len.min(31) * 27 + cls(first)) * 27 + cls(last)
}

impl Lexicon {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut sorted: Vec<&str> = words.into_iter().collect();
        // Sorted, so which word a shared deletion repairs to does not depend on hashing.
        sorted.sort_unstable();
        sorted.dedup();
        let mut deletions: FxMap<Box<[u8]>, u32> = FxMap::default();
        let mut substitutions: FxMap<Box<[u8]>, Option<u32>> = FxMap::default();
        for (id, &w) in sorted.iter().enumerate() {
            let id = id as u32;
            if w.len() >= 6 && w.is_ascii() {
                let b = w.as_bytes();
                for i in 0..b.len() {
                    let d: Box<[u8]> = [&b[..i], &b[i + 1..]].concat().into();
                    deletions.entry(d).or_insert(id);
                    let mut key = b.to_vec();
                    key[i] = b'?';
                    substitutions
                        .entry(key.into())
                        .and_modify(|v| {
                            if *v != Some(id) {
                                *v = None;
                            }
                        })
                        .or_insert(Some(id));
                }
            }
        }
        let mut shapes = vec![0u64; shape(31, b'z' + 1, b'z' + 1) / 64 + 1];
        for w in &sorted {
            let b = w.as_bytes();
            if let (Some(&f), Some(&l)) = (b.first(), b.last()) {
                let k = shape(b.len(), f, l);
                shapes[k / 64] |= 1 << (k % 64);
            }
        }
        Lexicon {
            stems: FxMap::default(),
            stem_lens: 0,
            ids: (0u32..)
                .zip(&sorted)
                .map(|(i, w)| (w.as_bytes().into(), i))
                .collect(),
            list: sorted.iter().map(|w| w.to_string()).collect(),
            deletions,
            substitutions,
            shapes,
        }
    }

    /// Protect words beginning with these stems from typo repair.
    pub fn with_stems<'a>(mut self, stems: impl IntoIterator<Item = &'a str>) -> Self {
        for st in stems {
            if (1..64).contains(&st.len()) {
                self.stem_lens |= 1 << st.len();
                self.stems.insert(st.as_bytes().into(), ());
            }
        }
        self
    }

    /// Whether `w` begins with a protected stem.
    fn has_stem(&self, w: &[u8]) -> bool {
        let mut m = self.stem_lens & (u64::MAX >> (63 - w.len().min(63)));
        while m != 0 {
            let l = m.trailing_zeros() as usize;
            m &= m - 1;
            if w.get(..l).is_some_and(|p| self.stems.contains_key(p)) {
                return true;
            }
        }
        false
    }

    fn knows(&self, w: &[u8]) -> bool {
        self.ids.contains_key(w)
    }

    /// The id of a known word.
    pub fn id(&self, w: &str) -> Option<u32> {
        self.ids.get(w.as_bytes()).copied()
    }

    /// The known words, by id.
    pub fn words(&self) -> &[String] {
        &self.list
    }

    /// Whether some known word has this length, first and last byte.
    fn may_know(&self, len: usize, first: u8, last: u8) -> bool {
        let k = shape(len, first, last);
        self.shapes[k / 64] & (1 << (k % 64)) != 0
    }

    /// The known word this token most likely means: British spellings and one-keystroke typos
    /// (a letter missing, doubled or swapped) of long words. Short words are left alone: they
    /// collide with real words too easily.
    fn repair(&self, w: &str) -> Option<u32> {
        if !w.is_ascii() || self.knows(w.as_bytes()) {
            return None;
        }
        let bytes = w.as_bytes();
        let text = |b: &[u8]| self.ids.get(b).copied();
        // One reused buffer for every candidate.
        let mut buf: Vec<u8> = Vec::with_capacity(bytes.len() + 1);
        // British → American (at the last occurrence).
        for (from, to) in [("is", "iz"), ("our", "or"), ("tre", "ter"), ("ll", "l")] {
            let (from, to) = (from.as_bytes(), to.as_bytes());
            if let Some(pos) = bytes.windows(from.len()).rposition(|x| x == from) {
                buf.clear();
                buf.extend_from_slice(&bytes[..pos]);
                buf.extend_from_slice(to);
                buf.extend_from_slice(&bytes[pos + from.len()..]);
                if self.knows(&buf) {
                    return text(&buf);
                }
            }
        }
        if bytes.len() < 6 || self.has_stem(bytes) {
            return None;
        }
        // A letter missing from a known word.
        if let Some(&full) = self.deletions.get(bytes) {
            return Some(full);
        }
        let n = bytes.len();
        let (first, last) = (bytes[0], bytes[n - 1]);
        // An extra letter.
        if n > 6 {
            let at_start = self.may_know(n - 1, bytes[1], last);
            let at_end = self.may_know(n - 1, first, bytes[n - 2]);
            let inside = self.may_know(n - 1, first, last);
            for i in 0..n {
                let possible = match i {
                    0 => at_start,
                    _ if i == n - 1 => at_end,
                    _ => inside,
                };
                if !possible {
                    continue;
                }
                buf.clear();
                buf.extend_from_slice(&bytes[..i]);
                buf.extend_from_slice(&bytes[i + 1..]);
                if self.knows(&buf) {
                    return text(&buf);
                }
            }
        }
        // One letter wrong ("apologixe", "refumd").
        let same_ends = self.may_know(n, first, last);
        if n >= 7 {
            buf.clear();
            buf.extend_from_slice(bytes);
            for i in 0..n {
                if !same_ends && i != 0 && i != n - 1 {
                    continue;
                }
                buf[i] = b'?';
                if let Some(&Some(full)) = self.substitutions.get(buf.as_slice()) {
                    return Some(full);
                }
                buf[i] = bytes[i];
            }
        }
        // Two neighbours swapped.
        buf.clear();
        buf.extend_from_slice(bytes);
        for i in 0..n - 1 {
            let possible = match i {
                0 => self.may_know(n, bytes[1], last),
                _ if i == n - 2 => self.may_know(n, first, bytes[n - 2]),
                _ => same_ends,
            };
            if !possible {
                continue;
            }
            buf.swap(i, i + 1);
            if self.knows(&buf) {
                return text(&buf);
            }
            buf.swap(i, i + 1);
        }
        None
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

/// Split a word into its normalised parts (a contraction gives two).
/// Parts go to `out` as (range of `arena`, lexicon id).
type Parts = Vec<(u32, u32, Option<u32>)>;

fn normalise(raw: &str, lex: &Lexicon, buf: &mut String, arena: &mut String, out: &mut Parts) {
    buf.clear();
    if raw.is_ascii() {
        // The common case, without per-char Unicode case mapping.
        buf.push_str(raw);
        buf.make_ascii_lowercase();
        if buf.contains('`') {
            *buf = buf.replace('`', "'");
        }
    } else {
        buf.extend(
            raw.chars()
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
    }
    let w: &str = REWRITE_MAP.get(buf.as_str()).copied().unwrap_or(buf);
    for piece in w.split(' ') {
        split_contraction(piece, lex, arena, out);
    }
}

fn split_contraction(w: &str, lex: &Lexicon, arena: &mut String, out: &mut Parts) {
    if let Some(idx) = w.find('\'')
        && w != "o'clock"
    {
        let (base, suffix) = (&w[..idx], &w[idx + 1..]);
        let pair: Option<(&str, &str)> = match suffix {
            "t" if base.ends_with('n') => {
                let stem = &base[..base.len() - 1];
                let stem = match stem {
                    "ca" => "can",
                    "wo" => "will",
                    "sha" => "shall",
                    "ai" => "is",
                    s => s,
                };
                Some((stem, "not"))
            }
            "ll" => Some((base, "will")),
            "ve" => Some((base, "have")),
            "re" => Some((base, "are")),
            "m" => Some((base, "am")),
            "d" => Some((base, "'d")),
            "s" if base == "let" => Some((base, "us")),
            "s" if S_IS.contains(&base) => Some((base, "is")),
            "s" | "" => Some((base, "'s")),
            _ => None,
        };
        if let Some((a, b)) = pair {
            if !a.is_empty() {
                fix(a, lex, arena, out);
            }
            put(b, lex.id(b), arena, out);
            return;
        }
    }
    fix(w, lex, arena, out);
}

/// Add the word as the rules should read it, with its lexicon id when known.
fn fix(w: &str, lex: &Lexicon, arena: &mut String, out: &mut Parts) {
    if let Some(id) = lex.id(w) {
        return put(w, Some(id), arena, out);
    }
    match lex.repair(w) {
        Some(id) => put(&lex.list[id as usize], Some(id), arena, out),
        None => put(w, None, arena, out),
    }
}

fn put(w: &str, id: Option<u32>, arena: &mut String, out: &mut Parts) {
    let from = arena.len() as u32;
    arena.push_str(w);
    out.push((from, arena.len() as u32, id));
}

#[derive(PartialEq)]
enum Brk {
    None,
    Clause,
    Sentence { question: bool },
}

/// Words that open a new clause even without punctuation.
const CLAUSE_OPENERS: &[&str] = &[
    "but", "though", "although", "because", "so", "unless", "whereas",
];

/// Tokenise `text` into `doc` (cleared first). Linear in its length; never slices off a char
/// boundary. `chars` is scratch; both buffers are reused across calls, so reading a
/// reply on every keystroke makes no large allocations.
pub fn tokenize_into(text: &str, lex: &Lexicon, chars: &mut Vec<(usize, char)>, doc: &mut Doc) {
    doc.tokens.clear();
    doc.sentences.clear();
    doc.norms.clear();
    let mut buf = String::with_capacity(32);
    let mut sent = 0usize;
    let mut clause = 0usize;
    let mut sent_start = 0usize;
    let mut parts: Parts = Vec::with_capacity(2);
    chars.clear();
    chars.extend(text.char_indices());
    let n = chars.len();
    let mut i = 0;
    let close_sentence = |doc: &mut Doc, sent: &mut usize, sent_start: &mut usize, q: bool| {
        if doc.tokens.len() > *sent_start {
            doc.sentences.push(Sentence {
                toks: *sent_start..doc.tokens.len(),
                question: q,
            });
            *sent += 1;
            *sent_start = doc.tokens.len();
        } else if q && let Some(last) = doc.sentences.last_mut() {
            // "?!" or "? ?" after a finished sentence still marks it a question.
            last.question = true;
        }
    };
    while i < n {
        let (b, c) = chars[i];
        if c.is_alphanumeric() {
            // A word: letters/digits, inner apostrophes, digits joined by : . ,
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                let next = chars.get(j + 1).map(|x| x.1);
                // Inner apostrophes ("can't") and digits joined by : . , ("4:15", "10,000").
                let inner_apostrophe = is_apostrophe(cj) && next.is_some_and(char::is_alphabetic);
                let number_join = matches!(cj, ':' | '.' | ',')
                    && chars[j - 1].1.is_ascii_digit()
                    && next.is_some_and(|x| x.is_ascii_digit());
                if cj.is_alphanumeric() || inner_apostrophe || number_join {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = if j < n { chars[j].0 } else { text.len() };
            let raw = &text[b..end];
            parts.clear();
            normalise(raw, lex, &mut buf, &mut doc.norms, &mut parts);
            for (a, z, known) in parts.drain(..) {
                let p = doc.norms.get(a as usize..z as usize).unwrap_or_default();
                if CLAUSE_OPENERS.contains(&p) {
                    clause += 1;
                }
                doc.tokens.push(Token {
                    norm: (a, z),
                    known,
                    start: b,
                    end,
                    clause,
                });
            }
            i = j;
            continue;
        }
        let brk = match c {
            '.' | '!' | '\n' | '…' => Brk::Sentence { question: false },
            '?' => Brk::Sentence { question: true },
            ',' | ';' | ':' | '(' | ')' | '"' | '—' | '–' | '“' | '”' => Brk::Clause,
            '-' if i > 0 && i + 1 < n && chars[i - 1].1 == ' ' && chars[i + 1].1 == ' ' => {
                Brk::Clause
            }
            _ => Brk::None,
        };
        match brk {
            Brk::None => {}
            Brk::Clause => clause += 1,
            Brk::Sentence { question } => {
                close_sentence(doc, &mut sent, &mut sent_start, question);
                clause += 1;
            }
        }
        i += 1;
    }
    close_sentence(doc, &mut sent, &mut sent_start, false);
}
