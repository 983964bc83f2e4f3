//! Recovery-moves analyzer: text → detected moves, each with the byte span of the words that show
//! it. PLACEHOLDER SIGNATURE — the analyzer issue replaces the body with the real reader.

use crate::domain::moves::Move;
use serde::Serialize;
use std::ops::Range;

/// One detected move and the words that show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(rename = "move")]
    pub mv: Move,
    /// Byte range into the analyzed text.
    pub span: Range<usize>,
    /// The words at `span`, for people.
    pub cue: String,
}

/// Everything the analyzer found in one reply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Analysis {
    pub findings: Vec<Finding>,
}

impl Analysis {
    /// The distinct moves found, sorted by id order of `Move`.
    pub fn moves(&self) -> Vec<Move> {
        let mut m: Vec<Move> = self.findings.iter().map(|f| f.mv).collect();
        m.sort();
        m.dedup();
        m
    }
}

/// Read one reply.
pub fn analyze(text: &str) -> Analysis {
    let _ = text;
    Analysis::default()
}
