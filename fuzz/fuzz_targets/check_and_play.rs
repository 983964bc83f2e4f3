//! Bytes → parse + validate (as `comeback check` does) → a seeded random playthrough → score.
//! The harness is shared with the regression test in `tests/it/fuzz.rs`, so every input the
//! fuzzer ever found is replayed by `cargo test` with exactly this code.
#![no_main]

#[path = "../../tests/it/fuzz.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::check_and_play(data);
});
