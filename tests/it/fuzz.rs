//! The fuzz harness (`fuzz/fuzz_targets/check_and_play.rs` includes this file) and the tests that
//! replay every input the fuzzer kept, the bad corpus and the bundled drills through it.
//!
//! A drill file is untrusted input, so the harness checks more than "no panic": diagnostics point
//! inside the file, a drill that passed `check` always starts and answers every valid reply, scores
//! stay in 0–100, evidence spans lie inside the words, and a replay gives the same transcript.

use comeback::domain::drill::{Answer, Drill, DrillContext};
use comeback::domain::library;
use comeback::domain::scoring;

/// Longest playthrough the harness tries: drills may loop, and patience need not run out.
const MAX_TURNS: usize = 200;

/// Typed answers the random trainee may give (good, bad and odd), plus a slice of the input.
const SAYINGS: &[&str] = &[
    "I'm so sorry, that's our mistake. I'll fix it right now and call you back by five.",
    "That's not our fault, the supplier let us down.",
    "No. Policy says we can't do that.",
    "You'll have to ask my manager.",
    "ok",
    "?!",
    "Thank you for telling us — we'll put it right today, and the next one is on us.",
];

/// Diagnostics about the file as a whole, which have no line to point at.
const PLACELESS: &[&str] = &["too-large"];

/// What one run did, so tests can tell "played" from "refused".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub diagnostics: usize,
    pub errors: usize,
    pub turns: usize,
    pub score: Option<u32>,
}

/// A tiny deterministic generator: the same input always plays the same way.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Parse and validate `data` as `comeback check` does; if it is playable, play it with seeded
/// random choices and typed answers, score it and replay it. Panics on any broken invariant.
pub fn check_and_play(data: &[u8]) -> Run {
    let entry = library::check_source("fuzz.ron", data);
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    for d in &entry.diagnostics {
        let shown = d.to_string();
        assert!(
            shown.starts_with("fuzz.ron"),
            "diagnostic without file: {shown}"
        );
        assert!(!d.message.is_empty(), "empty message: {shown}");
        assert!(
            d.line <= lines,
            "points past the end ({lines} lines): {shown}"
        );
        assert_eq!(d.line == 0, d.col == 0, "half a position: {shown}");
        // Only a finding about the whole file may have no place (fuzzing found `r#Minor`
        // hiding every position after it).
        if !PLACELESS.contains(&d.code) {
            assert!(d.line > 0, "not located: {shown}");
        }
    }
    let mut run = Run {
        diagnostics: entry.diagnostics.len(),
        errors: entry.errors(),
        turns: 0,
        score: None,
    };
    let Some(scenario) = entry.scenario.clone() else {
        assert!(run.errors > 0, "refused without an error");
        return run;
    };
    assert_eq!(run.errors, 0, "playable despite errors");

    let mut rng = SplitMix(fnv1a(data));
    let seed = rng.next();
    let own_words = String::from_utf8_lossy(&data[..data.len().min(300)]).into_owned();
    let mut drill = match Drill::start(scenario.clone(), seed) {
        Ok(d) => d,
        Err(e) => panic!("a checked drill does not start: {e}"),
    };
    // Half the runs let the countdown run out now and then (the app's reply timer).
    let timeouts = rng.below(2) == 0;
    let mut timed_out = false;
    while !drill.is_over() && drill.transcript().turns.len() < MAX_TURNS {
        if timeouts && rng.below(6) == 0 {
            timed_out = true;
            if drill.timeout() {
                assert!(drill.is_over(), "walked out but the drill goes on");
                break;
            }
        }
        let options = drill.options().len();
        let typed = drill.accepts_text() && (options == 0 || rng.below(3) == 0);
        let answer = if typed {
            let k = rng.below(SAYINGS.len() + 1);
            let words = SAYINGS.get(k).map_or(own_words.as_str(), |s| s);
            if words.trim().is_empty() {
                Answer::Text(SAYINGS[0].to_string())
            } else {
                Answer::Text(words.to_string())
            }
        } else {
            assert!(options > 0, "a checked node offers nothing to answer");
            Answer::Choice(rng.below(options))
        };
        let node = drill.node().id.clone();
        let reaction = match drill.respond(answer.clone()) {
            Ok(r) => r,
            Err(e) => panic!("node `{node}` refused a valid answer {answer:?}: {e}"),
        };
        let t = &reaction.turn;
        assert!(t.mood_after <= 100, "mood {}", t.mood_after);
        assert!(t.hours_after.is_finite(), "hours {}", t.hours_after);
        for f in &t.findings {
            assert!(
                f.start <= f.end && t.text.get(f.start..f.end).is_some(),
                "evidence {}..{} is not inside {:?}",
                f.start,
                f.end,
                t.text
            );
        }
    }
    let card = scoring::score(drill.transcript());
    assert!(card.total <= 100, "score {}", card.total);
    let answers = drill.transcript().answers();
    // Replays carry answers only (timeouts shift mood and so branches): compare untimed plays.
    if !timed_out {
        match Drill::replay(scenario, seed, DrillContext::default(), &answers) {
            Ok(again) => assert_eq!(
                again.transcript(),
                drill.transcript(),
                "a replay differs from the play"
            ),
            Err(e) => panic!("replaying the same answers failed: {e}"),
        }
    }
    run.turns = answers.len();
    run.score = Some(card.total);
    run
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn files(dir: &str) -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.file_name().is_none_or(|n| n != "README.md"))
            .collect();
        v.sort();
        v
    }

    fn read(p: &Path) -> Vec<u8> {
        std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    #[test]
    fn every_input_the_fuzzer_found_stays_fixed() {
        let found = files("tests/fuzz_regressions");
        assert!(!found.is_empty(), "tests/fuzz_regressions/ is empty");
        for f in found {
            let run = check_and_play(&read(&f));
            eprintln!("{}: {run:?}", f.display());
        }
    }

    #[test]
    fn bundled_drills_play_to_the_end_under_the_harness() {
        for f in files("scenarios")
            .into_iter()
            .filter(|p| library::is_drill_file(p))
        {
            let run = check_and_play(&read(&f));
            assert_eq!(run.errors, 0, "{}", f.display());
            assert!(
                run.turns > 0 && run.score.is_some(),
                "{}: {run:?}",
                f.display()
            );
        }
    }

    #[test]
    fn bad_corpus_is_refused_under_the_harness() {
        for f in files("tests/bad_scenarios") {
            let run = check_and_play(&read(&f));
            assert!(
                run.errors > 0 && run.score.is_none(),
                "{}: {run:?}",
                f.display()
            );
        }
    }
}
