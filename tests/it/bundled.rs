//! Every bundled drill is clean under `check`, can be won, and punishes the "no recovery system".

use comeback::domain::autoplay;
use comeback::domain::library;
use comeback::domain::scenario::FailureSeverity;
use std::path::Path;

fn bundled() -> library::Library {
    library::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
        .expect("scenarios/ loads")
}

#[test]
fn library_is_clean_and_big_enough() {
    let lib = bundled();
    let diags: Vec<String> = lib.diagnostics().map(|d| d.to_string()).collect();
    assert!(
        diags.is_empty(),
        "bundled drills must pass check with no warnings:\n{}",
        diags.join("\n")
    );
    assert!(
        lib.entries.len() >= 8,
        "at least 8 bundled drills, found {}",
        lib.entries.len()
    );
    for s in lib.playable() {
        assert!(
            s.nodes.len() >= 8,
            "{} has {} nodes; bundled drills have 8+",
            s.id,
            s.nodes.len()
        );
        let branching = s.nodes.iter().filter(|n| {
            let mut nexts: Vec<&str> = n.replies.iter().map(|r| r.next.as_str()).collect();
            nexts.sort();
            nexts.dedup();
            nexts.len() > 1
        });
        assert!(branching.count() >= 2, "{} needs real branching", s.id);
    }
    assert!(
        lib.playable()
            .any(|s| s.severity == FailureSeverity::Significant),
        "one drill is a significant failure that must be escalated"
    );
}

#[test]
fn best_path_recovers_and_no_recovery_system_scores_far_lower() {
    for s in bundled().playable() {
        let all = autoplay::exhaustive(s, 1, 200_000).expect("explores");
        assert!(!all.capped, "{}: too many paths to explore", s.id);
        let best = all.best().expect("a path");
        assert!(
            best.outcome.is_some_and(|o| o.is_recovered()),
            "{}: best path {} ends {:?}",
            s.id,
            best.choices_arg(),
            best.outcome
        );
        assert!(
            best.total >= 80,
            "{}: best path scores only {}",
            s.id,
            best.total
        );
        let bad = autoplay::no_recovery_system(s, 1).expect("plays");
        assert!(
            bad.total + 40 <= best.total,
            "{}: no-recovery path {} scores {} vs best {}",
            s.id,
            bad.choices_arg(),
            bad.total,
            best.total
        );
        assert!(
            !bad.outcome.is_some_and(|o| o.is_recovered()),
            "{}: explaining and blaming must not recover",
            s.id
        );
    }
}
