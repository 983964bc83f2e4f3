//! A folder of drills: every file read, parsed and checked, broken ones kept with their
//! diagnostics so screens and `check` can show them instead of hiding them.

use crate::domain::diagnostic::{Diagnostic, Severity};
use crate::domain::scenario::{self, Scenario};
use crate::domain::translation;
use crate::domain::validate;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One drill file and what checking it found.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    /// How the file is named in messages.
    pub file: String,
    /// Present when the file parsed and has no errors (warnings allowed).
    pub scenario: Option<Arc<Scenario>>,
    pub diagnostics: Vec<Diagnostic>,
    /// SHA-256 of the file bytes: history records which exact text was played.
    pub hash: String,
}

impl Entry {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
}

impl Library {
    pub fn playable(&self) -> impl Iterator<Item = &Arc<Scenario>> {
        self.entries.iter().filter_map(|e| e.scenario.as_ref())
    }
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.scenario.as_ref().is_some_and(|s| s.id == id))
    }
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.entries.iter().flat_map(|e| e.diagnostics.iter())
    }
}

/// SHA-256 hex of a file's bytes: history records which exact text was played.
pub use crate::domain::history::content_hash;

/// Parse and validate one file's bytes. Never panics; every problem becomes a diagnostic.
pub fn check_source(file: &str, bytes: &[u8]) -> Entry {
    let hash = content_hash(bytes);
    let mut entry = Entry {
        path: PathBuf::from(file),
        file: file.to_string(),
        scenario: None,
        diagnostics: Vec::new(),
        hash,
    };
    let parsed = scenario::decode(bytes).and_then(scenario::parse);
    match parsed {
        Ok(p) => {
            let diags = validate::validate(&p.scenario, &p.spans);
            let ok = !diags.iter().any(Diagnostic::is_error);
            entry.diagnostics = diags;
            if ok {
                entry.scenario = Some(Arc::new(p.scenario));
            }
        }
        Err(d) => entry.diagnostics.push(d),
    }
    for d in &mut entry.diagnostics {
        d.file = file.to_string();
    }
    entry
}

/// Read and check one file from disk.
pub fn load_file(path: &Path) -> Entry {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let mut e = check_source(&file, &bytes);
            e.path = path.to_path_buf();
            e
        }
        Err(err) => Entry {
            path: path.to_path_buf(),
            file: file.clone(),
            scenario: None,
            diagnostics: vec![
                Diagnostic::error("unreadable", format!("cannot read the file: {err}"))
                    .in_file(file)
                    .with_hint("check the path and its permissions"),
            ],
            hash: String::new(),
        },
    }
}

/// Is this a drill file (and not a translation `ID.LANG.ron`)?
pub fn is_drill_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".ron") && name.matches('.').count() == 1 && !name.starts_with('.')
}

/// All drill files under `paths` (files as given, folders searched recursively), sorted.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files).map_err(|e| {
                Diagnostic::error(
                    "unreadable",
                    format!("cannot read folder {}: {e}", p.display()),
                )
                .in_file(p.display().to_string())
                .with_hint("check the folder's permissions")
            })?;
        } else if p.exists() {
            // A translation named directly is checked against its drill, not as a drill.
            if translation_target(p).is_none() {
                files.push(p.clone());
            }
        } else {
            return Err(Diagnostic::error("not-found", "no such file or folder")
                .in_file(p.display().to_string())
                .with_hint("give a drill file (.ron) or a folder of them"));
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if is_drill_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Load every drill under `paths`; a drill id used by two files is an error on the second.
pub fn load(paths: &[PathBuf]) -> Result<Library, Diagnostic> {
    let files = collect(paths)?;
    let mut lib = Library {
        entries: load_files(&files),
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    for e in &mut lib.entries {
        let Some(s) = &e.scenario else { continue };
        if let Some(first) = seen.get(&s.id) {
            e.diagnostics.push(
                Diagnostic::error(
                    "duplicate-drill",
                    format!("drill id `{}` is also used by {first}", s.id),
                )
                .in_file(e.file.clone())
                .with_hint("give each drill file its own `id`"),
            );
            e.scenario = None;
        } else {
            seen.insert(s.id.clone(), e.file.clone());
        }
    }
    Ok(lib)
}

/// `ID.LANG.ron` → the drill file `ID.ron` beside it and `LANG`; `None` for anything else.
pub fn translation_target(path: &Path) -> Option<(PathBuf, String)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    let (id, lang) = stem.split_once('.')?;
    if id.is_empty() || lang.is_empty() || lang.contains('.') || name.starts_with('.') {
        return None;
    }
    Some((path.with_file_name(format!("{id}.ron")), lang.to_string()))
}

/// All translation files under `paths` (files as given, folders searched recursively), sorted.
pub fn collect_translations(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk_tr(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in rd.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk_tr(&path, out);
            } else if translation_target(&path).is_some() {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk_tr(p, &mut out);
        } else if translation_target(p).is_some() && p.exists() {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Load drills with their texts in `lang` where `ID.LANG.ron` exists beside `ID.ron`. Entries
/// missing or stale in the translation keep the source text. A translation with errors is not
/// applied; its diagnostics come back in the second value (the drill stays playable).
pub fn load_with_language(
    paths: &[PathBuf],
    lang: &str,
) -> Result<(Library, Vec<Diagnostic>), Diagnostic> {
    let mut lib = load(paths)?;
    let mut problems = Vec::new();
    for e in &mut lib.entries {
        let path = e.path.clone();
        problems.extend(apply_language(e, &path, lang));
    }
    Ok((lib, problems))
}

/// Put the entry's drill in `lang` when `ID.LANG.ron` exists beside `drill_path` (the file on
/// disk). Returns the translation's diagnostics when it has errors and was not applied.
pub fn apply_language(e: &mut Entry, drill_path: &Path, lang: &str) -> Vec<Diagnostic> {
    let (Some(s), Some(stem)) = (&e.scenario, drill_path.file_stem().and_then(|n| n.to_str()))
    else {
        return Vec::new();
    };
    let tr_path = drill_path.with_file_name(format!("{stem}.{lang}.ron"));
    if !tr_path.exists() {
        return Vec::new();
    }
    let checked = translation::check_with(&tr_path, s);
    match checked.translation {
        Some(t) if !checked.diagnostics.iter().any(Diagnostic::is_error) => {
            e.scenario = Some(Arc::new(translation::apply(s, &t)));
            Vec::new()
        }
        _ => checked.diagnostics,
    }
}

/// The languages translations exist for under `paths` (`fr` for `x.fr.ron`), sorted.
pub fn languages(paths: &[PathBuf]) -> Vec<String> {
    let mut langs: Vec<String> = collect_translations(paths)
        .iter()
        .filter_map(|p| translation_target(p).map(|(_, lang)| lang))
        .collect();
    langs.sort();
    langs.dedup();
    langs
}

/// Check files on every core, in order: a library is checked file by file, and each file's
/// cost (mostly the analyzer reading reply texts) is independent of the others.
fn load_files(files: &[PathBuf]) -> Vec<Entry> {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let threads = cores.min(files.len() / 4).max(1);
    if threads == 1 {
        return files.iter().map(|p| load_file(p)).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|p| load_file(p)).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Load one folder of drills.
pub fn load_dir(dir: &Path) -> Result<Library, Diagnostic> {
    load(&[dir.to_path_buf()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::tests::DRILL;

    #[test]
    fn loads_folder_keeps_broken_files_with_diagnostics() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.ron"), DRILL).unwrap();
        std::fs::write(dir.path().join("bad.ron"), "Scenario(format: 1,").unwrap();
        std::fs::write(dir.path().join("copy.ron"), DRILL).unwrap();
        std::fs::write(dir.path().join("good.fr.ron"), "translation").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let lib = load_dir(dir.path()).unwrap();
        assert_eq!(lib.entries.len(), 3);
        assert_eq!(lib.playable().count(), 1);
        let bad = lib
            .entries
            .iter()
            .find(|e| e.file.ends_with("bad.ron"))
            .unwrap();
        assert_eq!(bad.errors(), 1);
        assert!(bad.diagnostics[0].to_string().contains("bad.ron:1:"));
        assert!(lib.diagnostics().any(|d| d.code == "duplicate-drill"));
        assert_eq!(lib.entries[0].hash.len(), 64);
    }

    #[test]
    fn a_large_folder_checked_in_parallel_keeps_file_order() {
        let dir = tempfile::tempdir().unwrap();
        for k in 0..13 {
            let text = if k == 5 {
                "Scenario(format: 1,".to_string()
            } else {
                DRILL.replacen("id: \"t\"", &format!("id: \"drill-{k:02}\""), 1)
            };
            std::fs::write(dir.path().join(format!("d{k:02}.ron")), text).unwrap();
        }
        let lib = load_dir(dir.path()).unwrap();
        assert_eq!(lib.entries.len(), 13);
        for (k, e) in lib.entries.iter().enumerate() {
            assert!(e.file.ends_with(&format!("d{k:02}.ron")), "{}", e.file);
            match &e.scenario {
                Some(s) => assert_eq!(s.id, format!("drill-{k:02}")),
                None => assert_eq!((k, e.errors()), (5, 1)),
            }
        }
    }
}
