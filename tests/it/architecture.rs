//! Rules of the codebase's shape that a reviewer would otherwise have to remember.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read src dir") {
        let p = e.expect("dir entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn domain_has_no_bevy() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(files.len() >= 8, "domain files found: {files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for (n, line) in text.lines().enumerate() {
            let l = line.trim_start();
            let bad = l.starts_with("use bevy")
                || l.starts_with("use bevy_egui")
                || l.starts_with("extern crate bevy")
                || l.contains("bevy::")
                || l.contains("bevy_egui::");
            assert!(
                !bad,
                "{}:{}: the domain core must not use Bevy: {line}",
                f.display(),
                n + 1
            );
        }
    }
}
