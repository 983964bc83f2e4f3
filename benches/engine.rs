//! Drill-core throughput: `check` (parse + validate) over a generated library in MB/s — one file
//! at a time on one core, and a whole folder as `comeback check DIR` reads it (every core) — and
//! engine playthroughs per second (start, respond to the ending, score).

use comeback::domain::autoplay;
use comeback::domain::library;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

/// Every bundled drill's text, each repeated under fresh ids: a library of `copies` × 8 files.
fn generated_library(copies: usize) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p: &std::path::PathBuf| library::is_drill_file(p));
    files.sort();
    let mut out = Vec::new();
    for i in 0..copies {
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap_or_default().replacen(
                "id: \"",
                &format!("id: \"copy{i}-"),
                1,
            );
            out.push((format!("{}-{i}", f.display()), text.into_bytes()));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let lib = generated_library(25);
    let bytes: usize = lib.iter().map(|(_, b)| b.len()).sum();
    let mut g = c.benchmark_group("check");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse_and_validate_library", |b| {
        b.iter(|| {
            for (name, text) in &lib {
                black_box(library::check_source(name, text));
            }
        })
    });
    // The same library as files in a folder: read from disk and checked on every core.
    let dir = tempfile::tempdir().ok();
    if let Some(dir) = &dir {
        for (k, (_, text)) in lib.iter().enumerate() {
            let _ = std::fs::write(dir.path().join(format!("drill-{k:03}.ron")), text);
        }
        g.bench_function("load_library_folder", |b| {
            b.iter(|| black_box(library::load_dir(dir.path()).map(|l| l.entries.len())))
        });
    }
    g.finish();

    let loaded = library::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
        .unwrap_or_default();
    let scenarios: Vec<_> = loaded.playable().cloned().collect();
    let mut g = c.benchmark_group("engine");
    g.throughput(Throughput::Elements(scenarios.len() as u64));
    g.bench_function("best_reply_playthrough_and_score", |b| {
        b.iter(|| {
            for s in &scenarios {
                black_box(autoplay::greedy(s, 7, |_| 0).ok());
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
