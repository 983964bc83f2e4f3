//! The 15 recovery moves: the scoring vocabulary shared by scenario files, the analyzer, scoring,
//! the history store and exports. Ids are stable snake_case strings (see `recovery-moves.md`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One recognisable thing a person does when a customer is upset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    Ownership,
    Listening,
    Empathy,
    Apology,
    Solution,
    Options,
    FollowUp,
    Delight,
    Gratitude,
    Refusal,
    Blame,
    Excuse,
    Abdication,
    Deferral,
    Dismissal,
}

/// Whether a move helps or hurts a recovery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Helps,
    Hurts,
}

impl Move {
    /// Every move, helping moves first, in the order of `recovery-moves.md`.
    pub const ALL: [Move; 15] = [
        Move::Ownership,
        Move::Listening,
        Move::Empathy,
        Move::Apology,
        Move::Solution,
        Move::Options,
        Move::FollowUp,
        Move::Delight,
        Move::Gratitude,
        Move::Refusal,
        Move::Blame,
        Move::Excuse,
        Move::Abdication,
        Move::Deferral,
        Move::Dismissal,
    ];

    /// The move's place in [`Move::ALL`] (the declaration order), for per-move tables.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The six moves of the "no recovery system": each one is a violation when made.
    pub const HURTING: [Move; 6] = [
        Move::Refusal,
        Move::Blame,
        Move::Excuse,
        Move::Abdication,
        Move::Deferral,
        Move::Dismissal,
    ];

    /// The stable snake_case id used in files, the database and exports.
    pub fn id(self) -> &'static str {
        match self {
            Move::Ownership => "ownership",
            Move::Listening => "listening",
            Move::Empathy => "empathy",
            Move::Apology => "apology",
            Move::Solution => "solution",
            Move::Options => "options",
            Move::FollowUp => "follow_up",
            Move::Delight => "delight",
            Move::Gratitude => "gratitude",
            Move::Refusal => "refusal",
            Move::Blame => "blame",
            Move::Excuse => "excuse",
            Move::Abdication => "abdication",
            Move::Deferral => "deferral",
            Move::Dismissal => "dismissal",
        }
    }

    /// A short human label for screens and reports.
    pub fn label(self) -> &'static str {
        match self {
            Move::Ownership => "Ownership",
            Move::Listening => "Listening",
            Move::Empathy => "Empathy",
            Move::Apology => "Apology",
            Move::Solution => "Solution",
            Move::Options => "Options",
            Move::FollowUp => "Follow-up",
            Move::Delight => "Delight",
            Move::Gratitude => "Gratitude",
            Move::Refusal => "Saying no",
            Move::Blame => "Blame",
            Move::Excuse => "Excuse",
            Move::Abdication => "Handing it back",
            Move::Deferral => "Making them wait",
            Move::Dismissal => "Dismissing",
        }
    }

    pub fn polarity(self) -> Polarity {
        if Move::HURTING.contains(&self) {
            Polarity::Hurts
        } else {
            Polarity::Helps
        }
    }

    pub fn helps(self) -> bool {
        self.polarity() == Polarity::Helps
    }

    /// One line of coaching: what the move is and why it matters, in the trainee's terms.
    pub fn coaching(self) -> &'static str {
        match self {
            Move::Ownership => {
                "You took the problem on as yours — customers calm down when someone owns it."
            }
            Move::Listening => {
                "You asked about their situation — you can only fix what you understand."
            }
            Move::Empathy => "You validated the feeling without arguing with it.",
            Move::Apology => "You apologised sincerely.",
            Move::Solution => "You committed to a concrete fix with an owner and a time.",
            Move::Options => {
                "You offered choices you are allowed to give and let the customer pick."
            }
            Move::FollowUp => "You promised a timed update — keep that promise.",
            Move::Delight => "You went beyond the fix — that is what wins a customer back.",
            Move::Gratitude => "You thanked them for raising it.",
            Move::Refusal => "That is a \"no\": offer what you *can* do instead of what you can't.",
            Move::Blame => {
                "Blaming a supplier, colleague or the customer never helps — the failure is ours to own."
            }
            Move::Excuse => {
                "Customers don't need to hear why it happened; they need to hear what you'll do."
            }
            Move::Abdication => "You handed the problem back — propose the fix yourself.",
            Move::Deferral => {
                "You made them wait — act now, or bring the right person in right now."
            }
            Move::Dismissal => "Minimising the problem or policing the emotion makes it worse.",
        }
    }

    /// The move whose id is closest to `word`, for "did you mean" hints.
    pub fn suggest(word: &str) -> Option<Move> {
        let word = word.to_ascii_lowercase();
        Move::ALL
            .iter()
            .map(|m| (crate::domain::text::edit_distance(&word, m.id()), *m))
            .filter(|(d, _)| *d <= 3)
            .min_by_key(|(d, _)| *d)
            .map(|(_, m)| m)
    }
}

impl fmt::Display for Move {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An id that is not one of the 15 moves.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown move `{0}`")]
pub struct UnknownMove(pub String);

impl FromStr for Move {
    type Err = UnknownMove;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Move::ALL
            .iter()
            .copied()
            .find(|m| m.id() == s)
            .ok_or_else(|| UnknownMove(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_the_place_in_all() {
        for (i, m) in Move::ALL.into_iter().enumerate() {
            assert_eq!(m.index(), i);
        }
    }

    #[test]
    fn ids_round_trip_and_match_serde() {
        for m in Move::ALL {
            assert_eq!(m.id().parse::<Move>().unwrap(), m);
            assert_eq!(
                serde_json::to_string(&m).unwrap(),
                format!("\"{}\"", m.id())
            );
        }
        assert_eq!(Move::ALL.iter().filter(|m| m.helps()).count(), 9);
    }

    #[test]
    fn suggests_close_ids() {
        assert_eq!(Move::suggest("ownershp"), Some(Move::Ownership));
        assert_eq!(Move::suggest("followup"), Some(Move::FollowUp));
        assert_eq!(Move::suggest("zzzzzzzzzz"), None);
    }
}
