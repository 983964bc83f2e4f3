//! Tokenising a reply into normalised words with byte spans, sentences and clauses.
//!
//! Normalisation is what lets one rule cover many spellings: lower case, curly apostrophes,
//! contractions split into their words ("can't" → `can not`, "it'll" → `it will`, "I'd" →
//! `i 'd`), missing apostrophes ("dont", "thats"), chat spellings ("u", "cos"), British → American
//! spellings ("apologise" → `apologize`) and one-letter typos of the words the rules know.

use super::hash::{FxMap, FxSet};
use std::sync::LazyLock;

/// One normalised word. Several tokens may share a span when a contraction was split.
#[derive(Debug, Clone)]
pub struct Token {
    pub norm: String,
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
    pub sentences: Vec<Sentence>,
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

/// Words the rules know, for spelling repair; filled from the rule tables.
pub struct Lexicon {
    words: FxSet<String>,
    /// One-deletion variants of long known words → the word (alphabetically first on a tie).
    deletions: FxMap<String, String>,
    /// Long known words with one letter blanked (`?`) → the word, for one-letter substitutions;
    /// `None` when two known words share the key (the repair would be a guess).
    substitutions: FxMap<String, Option<String>>,
}

impl Lexicon {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: FxSet<String> = words.into_iter().map(str::to_string).collect();
        let mut deletions = FxMap::default();
        let mut substitutions: FxMap<String, Option<String>> = FxMap::default();
        // Sorted, so which word a shared deletion repairs to does not depend on hashing.
        let mut sorted: Vec<&String> = words.iter().collect();
        sorted.sort();
        for w in sorted {
            if w.len() >= 6 && w.is_ascii() {
                for i in 0..w.len() {
                    let mut d = w.clone();
                    d.remove(i);
                    deletions.entry(d).or_insert_with(|| w.clone());
                    let mut b = w.clone().into_bytes();
                    b[i] = b'?';
                    let key = String::from_utf8(b).unwrap_or_default();
                    substitutions
                        .entry(key)
                        .and_modify(|v| {
                            if v.as_deref() != Some(w.as_str()) {
                                *v = None;
                            }
                        })
                        .or_insert_with(|| Some(w.clone()));
                }
            }
        }
        Lexicon {
            words,
            deletions,
            substitutions,
        }
    }

    /// The known word this token most likely means: British spellings and one-keystroke typos
    /// (a letter missing, doubled or swapped) of long words. Short words are left alone: they
    /// collide with real words too easily.
    fn repair(&self, w: &str) -> Option<String> {
        if self.words.contains(w) || !w.is_ascii() {
            return None;
        }
        // British → American (at the last occurrence), built in one reused buffer.
        let mut cand = String::with_capacity(w.len() + 1);
        for (from, to) in [("is", "iz"), ("our", "or"), ("tre", "ter"), ("ll", "l")] {
            if let Some(pos) = w
                .as_bytes()
                .windows(from.len())
                .rposition(|x| x == from.as_bytes())
            {
                cand.clear();
                cand.push_str(&w[..pos]);
                cand.push_str(to);
                cand.push_str(&w[pos + from.len()..]);
                if self.words.contains(&cand) {
                    return Some(cand);
                }
            }
        }
        if w.len() < 6 {
            return None;
        }
        // A letter missing from a known word.
        if let Some(full) = self.deletions.get(w) {
            return Some(full.clone());
        }
        let bytes = w.as_bytes();
        // One reused buffer: the word is ASCII, so every edit below stays valid UTF-8.
        let mut buf: Vec<u8> = Vec::with_capacity(bytes.len());
        let text = |b: &[u8]| std::str::from_utf8(b).ok().map(str::to_owned);
        // An extra letter.
        if bytes.len() > 6 {
            for i in 0..bytes.len() {
                buf.clear();
                buf.extend_from_slice(&bytes[..i]);
                buf.extend_from_slice(&bytes[i + 1..]);
                if let Ok(d) = std::str::from_utf8(&buf)
                    && self.words.contains(d)
                {
                    return text(&buf);
                }
            }
        }
        // One letter wrong ("apologixe", "refumd").
        if bytes.len() >= 7 {
            buf.clear();
            buf.extend_from_slice(bytes);
            for i in 0..bytes.len() {
                buf[i] = b'?';
                if let Ok(key) = std::str::from_utf8(&buf)
                    && let Some(Some(full)) = self.substitutions.get(key)
                {
                    return Some(full.clone());
                }
                buf[i] = bytes[i];
            }
        }
        // Two neighbours swapped.
        buf.clear();
        buf.extend_from_slice(bytes);
        for i in 0..bytes.len() - 1 {
            buf.swap(i, i + 1);
            if let Ok(sw) = std::str::from_utf8(&buf)
                && self.words.contains(sw)
            {
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
fn normalise(raw: &str, lex: &Lexicon, out: &mut Vec<String>) {
    let mut w: String = if raw.is_ascii() {
        // The common case, without per-char Unicode case mapping.
        raw.bytes()
            .map(|b| if b == b'`' { '\'' } else { char::from(b.to_ascii_lowercase()) })
            .collect()
    } else {
        raw.chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .collect()
    };
    if let Some(r) = REWRITE_MAP.get(w.as_str()) {
        w = (*r).to_string();
    }
    for piece in w.split(' ') {
        split_contraction(piece, lex, out);
    }
}

fn split_contraction(w: &str, lex: &Lexicon, out: &mut Vec<String>) {
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
                out.push(fix(a, lex));
            }
            out.push(b.to_string());
            return;
        }
    }
    out.push(fix(w, lex));
}

fn fix(w: &str, lex: &Lexicon) -> String {
    lex.repair(w).unwrap_or_else(|| w.to_string())
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

/// Tokenise `text`. Linear in its length; never slices off a char boundary.
pub fn tokenize(text: &str, lex: &Lexicon) -> Doc {
    let mut doc = Doc::default();
    let mut sent = 0usize;
    let mut clause = 0usize;
    let mut sent_start = 0usize;
    let mut parts: Vec<String> = Vec::with_capacity(2);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
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
            normalise(raw, lex, &mut parts);
            for p in parts.drain(..) {
                if CLAUSE_OPENERS.contains(&p.as_str()) {
                    clause += 1;
                }
                doc.tokens.push(Token {
                    norm: p,
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
                close_sentence(&mut doc, &mut sent, &mut sent_start, question);
                clause += 1;
            }
        }
        i += 1;
    }
    close_sentence(&mut doc, &mut sent, &mut sent_start, false);
    doc
}
