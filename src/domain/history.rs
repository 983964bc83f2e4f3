//! The drill history: trainees, drills and their turns in one SQLite file (WAL, foreign keys,
//! `user_version` migrations).
//!
//! Each answered turn is committed on its own, so a crash or `kill -9` mid-drill loses no answer;
//! a drill that never reached `finish_drill` shows up in [`History::abandoned`] with everything a
//! front end needs to `Drill::replay` it. Scenario title, version and content hash are copied into
//! each drill row, so history never needs the scenario file again (trainers edit and delete them).

use crate::domain::drill::{Answer, DrillContext, Transcript, Turn};
use crate::domain::moves::Move;
use crate::domain::report::{self, DrillSummary, Progress};
use crate::domain::scenario::{Outcome, Scenario};
use crate::domain::scoring::{Principle, Scorecard};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The database file inside the data directory.
pub const DB_FILE: &str = "history.sqlite3";

/// `PRAGMA application_id` of a Comeback history ("CMBK"): tells our files from other SQLite files.
pub const APPLICATION_ID: i32 = 0x434D_424B;

/// The schema this build writes. Older files are migrated up; newer ones are refused.
pub const SCHEMA_VERSION: u32 = 3;

/// How long one connection waits for another process's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Extra attempts after a busy error slipped past the busy timeout (e.g. a checkpoint).
const BUSY_RETRIES: u32 = 5;

/// The first schema, kept verbatim so the upgrade path from it stays tested forever.
pub const SCHEMA_V1: &str = "
CREATE TABLE trainee (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE drill (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    scenario_title TEXT NOT NULL,
    scenario_version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    customer TEXT NOT NULL,
    seed INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    outcome TEXT,
    total INTEGER,
    grade TEXT,
    scorecard TEXT
);
CREATE INDEX drill_by_trainee ON drill(trainee_id, id);
CREATE TABLE turn (
    drill_id INTEGER NOT NULL REFERENCES drill(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    node TEXT NOT NULL,
    reply_id TEXT,
    answer TEXT NOT NULL,
    text TEXT NOT NULL,
    moves TEXT NOT NULL,
    response_secs REAL,
    mood_before INTEGER NOT NULL,
    mood_after INTEGER NOT NULL,
    hours_after REAL NOT NULL,
    PRIMARY KEY (drill_id, idx)
) WITHOUT ROWID;
";

/// v2: progress summary columns (so progress never parses scorecards), the promise ledger, the
/// drill context for exact replay, per-turn timestamps and the xAPI sent-ledger.
const SCHEMA_V2: &str = "
ALTER TABLE drill ADD COLUMN open_promise INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drill ADD COLUMN recovered INTEGER;
ALTER TABLE drill ADD COLUMN within_target INTEGER;
ALTER TABLE drill ADD COLUMN delighted INTEGER;
ALTER TABLE drill ADD COLUMN hours REAL;
ALTER TABLE drill ADD COLUMN refusals INTEGER;
ALTER TABLE drill ADD COLUMN blames INTEGER;
ALTER TABLE drill ADD COLUMN deferrals INTEGER;
ALTER TABLE drill ADD COLUMN principles TEXT;
ALTER TABLE turn ADD COLUMN answered_at TEXT;
UPDATE drill SET
    recovered = json_extract(scorecard, '$.outcome.recovered'),
    within_target = json_extract(scorecard, '$.outcome.within_target'),
    delighted = json_extract(scorecard, '$.outcome.delighted'),
    hours = json_extract(scorecard, '$.outcome.hours'),
    refusals = (SELECT count(*) FROM json_each(drill.scorecard, '$.violations')
                WHERE json_extract(value, '$.kind.move') = 'refusal'),
    blames = (SELECT count(*) FROM json_each(drill.scorecard, '$.violations')
              WHERE json_extract(value, '$.kind.move') = 'blame'),
    deferrals = (SELECT count(*) FROM json_each(drill.scorecard, '$.violations')
                 WHERE json_extract(value, '$.kind.move') = 'deferral'),
    principles = (SELECT json_group_object(json_extract(value, '$.principle'),
                                           json_extract(value, '$.score'))
                  FROM json_each(drill.scorecard, '$.principles'))
WHERE scorecard IS NOT NULL AND json_valid(scorecard);
CREATE INDEX drill_open ON drill(trainee_id) WHERE ended_at IS NULL;
CREATE TABLE promise (
    id INTEGER PRIMARY KEY,
    trainee_id INTEGER NOT NULL REFERENCES trainee(id) ON DELETE CASCADE,
    customer TEXT NOT NULL,
    drill_id INTEGER NOT NULL REFERENCES drill(id) ON DELETE CASCADE,
    turn INTEGER NOT NULL,
    due_hours REAL NOT NULL,
    text TEXT NOT NULL,
    kept_by INTEGER REFERENCES drill(id) ON DELETE SET NULL,
    kept_at TEXT
);
CREATE INDEX promise_open ON promise(trainee_id, customer) WHERE kept_at IS NULL;
CREATE TABLE xapi_sent (
    endpoint TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    drill_id INTEGER REFERENCES drill(id) ON DELETE CASCADE,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (endpoint, statement_id)
) WITHOUT ROWID;
";

/// v3: team practice sessions (a drill can belong to one, at a seat) and the customer's line per
/// turn, so a team report can retell a drill as a story without the scenario file.
const SCHEMA_V3: &str = "
CREATE TABLE team_session (
    id TEXT PRIMARY KEY,
    plan TEXT NOT NULL,
    started_at TEXT NOT NULL
);
CREATE INDEX team_session_by_plan ON team_session(plan, started_at);
ALTER TABLE drill ADD COLUMN team_session TEXT REFERENCES team_session(id) ON DELETE SET NULL;
ALTER TABLE drill ADD COLUMN team_seat INTEGER;
CREATE INDEX drill_by_team_session ON drill(team_session, team_seat)
    WHERE team_session IS NOT NULL;
ALTER TABLE turn ADD COLUMN customer_line TEXT;
";

/// Migration `i` takes the schema from version `i` to `i + 1` (0 = empty file).
const MIGRATIONS: &[&str] = &[SCHEMA_V1, SCHEMA_V2, SCHEMA_V3];

/// What went wrong with the history, in words that say what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "no data directory could be found for this user; pass --data-dir DIR or set COMEBACK_DATA_DIR"
    )]
    NoDataDir,
    #[error("could not create the data directory {path}: {source}; pass --data-dir to use another")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} was written by a newer Comeback (history schema {found}; this one reads up to {supported}); \
         update Comeback, or pass --data-dir to keep a separate history. The file was not changed."
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error(
        "{path} is not a readable Comeback history ({reason}) and could not be moved aside: {source}; \
         move or rename it yourself, then try again"
    )]
    MoveAside {
        path: PathBuf,
        reason: String,
        source: std::io::Error,
    },
    #[error(
        "the history is locked by another Comeback that is busy writing; wait a moment and try again"
    )]
    Busy,
    #[error("a trainee name must not be empty")]
    EmptyName,
    #[error(
        "there is no trainee called `{0}` in this history yet; play a drill with --trainee first"
    )]
    UnknownTrainee(String),
    #[error("there is no drill #{0} in this history")]
    UnknownDrill(i64),
    #[error("drill #{0} is finished; only abandoned drills can be discarded")]
    NotAbandoned(i64),
    #[error("there is no team session `{0}` in this history; start it with begin_team_session")]
    UnknownTeamSession(String),
    #[error("a stored value could not be read ({0}); the database may have been edited by hand")]
    Stored(String),
    #[error(
        "cannot open the history at {path}: {source}; check that its folder is writable and the \
         disk has room, or pass --data-dir to keep the history elsewhere"
    )]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the history database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// A trainee's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct TraineeId(pub i64);

/// A drill's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct DrillId(pub i64);

impl fmt::Display for DrillId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// One line of `comeback history` with no trainee: who has played.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraineeSummary {
    pub id: TraineeId,
    pub name: String,
    /// Finished drills.
    pub drills: u32,
    /// When the latest drill started (RFC 3339), if any.
    pub last_played: Option<String>,
}

/// Where a drill stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DrillStatus {
    /// `finish_drill` was called.
    Finished,
    /// Begun and never finished: the process stopped or the trainee left.
    Abandoned,
}

/// A drill as history shows it (no scenario file needed).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DrillRecord {
    pub id: DrillId,
    pub trainee: String,
    pub scenario_id: String,
    pub scenario_title: String,
    pub scenario_version: u32,
    pub content_hash: String,
    pub customer: String,
    pub seed: u64,
    pub context: DrillContext,
    /// RFC 3339.
    pub started_at: String,
    pub ended_at: Option<String>,
    pub status: DrillStatus,
    pub outcome: Option<Outcome>,
    pub total: Option<u32>,
    pub grade: Option<String>,
    pub recovered: Option<bool>,
    pub within_target: Option<bool>,
    pub delighted: Option<bool>,
    /// Simulated hours since the failure at the end.
    pub hours: Option<f32>,
    pub refusals: Option<u32>,
    pub blames: Option<u32>,
    pub deferrals: Option<u32>,
    pub turns: u32,
    /// Set when the drill was played as a seat of a team practice session.
    pub team: Option<TeamTag>,
}

/// Which team practice session (and seat in it) a drill was played in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamTag {
    /// The plan's name (sessions of one plan are compared with each other).
    pub plan: String,
    pub session: String,
    /// When the session began (RFC 3339): orders a plan's sessions.
    pub session_started: String,
    /// 0-based position in the session's running order.
    pub seat: u32,
}

/// One team practice session as history holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamSessionInfo {
    pub id: String,
    pub plan: String,
    /// RFC 3339.
    pub started_at: String,
    /// Finished drills recorded in it.
    pub drills: u32,
}

/// One stored turn.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TurnRecord {
    pub index: usize,
    pub node: String,
    pub reply_id: Option<String>,
    pub answer: Answer,
    pub text: String,
    pub moves: Vec<Move>,
    pub response_secs: Option<f32>,
    pub mood_before: u8,
    pub mood_after: u8,
    pub hours_after: f32,
    /// When the answer was committed (RFC 3339); None for drills stored by schema v1.
    pub answered_at: Option<String>,
    /// What the customer said before this answer; None for drills stored before schema v3.
    pub customer_line: Option<String>,
}

/// A drill that was begun and never finished, with what a front end needs to resume it:
/// `Drill::replay(scenario, seed, context, &answers)` then keep recording into `drill`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AbandonedDrill {
    pub drill: DrillId,
    pub scenario_id: String,
    pub scenario_title: String,
    pub scenario_version: u32,
    /// Compare with the file's current hash: if it differs, the replay may go elsewhere.
    pub content_hash: String,
    pub customer: String,
    pub seed: u64,
    pub context: DrillContext,
    pub started_at: String,
    pub answers: Vec<Answer>,
}

/// A drill with its turns and stored scorecard, for exports.
#[derive(Debug, Clone)]
pub struct DrillExport {
    pub record: DrillRecord,
    pub turns: Vec<TurnRecord>,
    /// None while unfinished, or when the stored JSON no longer parses.
    pub scorecard: Option<Scorecard>,
}

/// A file found at the database path that was not a usable history, and where it went.
#[derive(Debug, Clone, PartialEq)]
pub struct MovedAside {
    pub from: PathBuf,
    pub to: PathBuf,
    pub reason: String,
}

impl fmt::Display for MovedAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a Comeback history ({}); it was moved to {} and a new history was started",
            self.from.display(),
            self.reason,
            self.to.display()
        )
    }
}

/// The history store: one SQLite connection.
pub struct History {
    conn: Connection,
    path: Option<PathBuf>,
    moved_aside: Option<MovedAside>,
    /// A fixed "now" for tests and benchmarks; None = the wall clock.
    clock: Cell<Option<OffsetDateTime>>,
}

/// `override_dir` (from `--data-dir` / `COMEBACK_DATA_DIR`) or the platform data directory.
pub fn default_data_dir(override_dir: Option<PathBuf>) -> Result<PathBuf, HistoryError> {
    if let Some(d) = override_dir {
        return Ok(d);
    }
    directories::ProjectDirs::from("org", "Comeback", "comeback")
        .map(|p| p.data_dir().to_path_buf())
        .ok_or(HistoryError::NoDataDir)
}

/// SHA-256 of a scenario file's bytes, lowercase hex: tells which content a drill was played on.
pub fn content_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// RFC 3339 text of a moment (UTC).
pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_string())
}

/// Why the file at the database path is not ours, if it is not.
fn sniff(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = [0u8; 16];
    let mut f = std::fs::File::open(path).ok()?;
    let n = f.read(&mut head).ok()?;
    if n == 0 {
        return None; // SQLite treats an empty file as a new database
    }
    if n < 16 || &head != b"SQLite format 3\0" {
        return Some("not an SQLite database".to_string());
    }
    None
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

fn outcome_from_id(s: &str) -> Option<Outcome> {
    [
        Outcome::Recovered,
        Outcome::RecoveredDelighted,
        Outcome::Escalated,
        Outcome::Lost,
    ]
    .into_iter()
    .find(|o| o.id() == s)
}

/// How the freshly opened file looks.
enum Inspection {
    Ours,
    Foreign(String),
}

impl History {
    /// Open (or create) the history in `data_dir`: creates the directory, migrates older schemas,
    /// moves a corrupt or foreign file aside (see [`History::moved_aside`]), refuses newer ones.
    pub fn open(data_dir: &Path) -> Result<History, HistoryError> {
        std::fs::create_dir_all(data_dir).map_err(|source| HistoryError::CreateDir {
            path: data_dir.to_path_buf(),
            source,
        })?;
        let path = data_dir.join(DB_FILE);
        let mut moved = None;
        if let Some(reason) = sniff(&path) {
            moved = Some(move_aside(&path, reason)?);
        }
        let conn = match Self::connect_retrying(&path) {
            Ok((conn, Inspection::Ours)) => conn,
            Ok((conn, Inspection::Foreign(reason))) => {
                drop(conn);
                moved = Some(move_aside(&path, reason)?);
                Self::connect_retrying(&path)?.0
            }
            Err(HistoryError::Sqlite(e)) if is_corrupt(&e) && moved.is_none() => {
                moved = Some(move_aside(&path, format!("damaged: {e}"))?);
                Self::connect_retrying(&path)?.0
            }
            Err(HistoryError::Sqlite(source)) if !is_busy(&source) => {
                return Err(HistoryError::Open { path, source });
            }
            Err(e) => return Err(e),
        };
        let h = History {
            conn,
            path: Some(path.clone()),
            moved_aside: moved,
            clock: Cell::new(None),
        };
        h.migrate(&path)?;
        Ok(h)
    }

    /// A throwaway history (tests, `--no-history` front ends).
    pub fn open_in_memory() -> Result<History, HistoryError> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let h = History {
            conn,
            path: None,
            moved_aside: None,
            clock: Cell::new(None),
        };
        h.migrate(Path::new(":memory:"))?;
        Ok(h)
    }

    /// [`Self::connect`], retried a few times while another process holds the lock: switching a
    /// new file to WAL can report busy at once, without waiting on the busy timeout.
    fn connect_retrying(path: &Path) -> Result<(Connection, Inspection), HistoryError> {
        let mut attempt = 0;
        loop {
            match Self::connect(path) {
                Err(HistoryError::Sqlite(e)) if is_busy(&e) && attempt < BUSY_RETRIES => {
                    attempt += 1;
                    std::thread::sleep(Duration::from_millis(20 * u64::from(attempt)));
                }
                other => return other,
            }
        }
    }

    fn connect(path: &Path) -> Result<(Connection, Inspection), HistoryError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // Reading the header and schema here surfaces "not a database" before anything writes.
        // One statement, so one snapshot: another Comeback creating this history at the same
        // moment must not be seen half-way (tables there, application id not yet) and taken
        // for another program's file.
        let (app, version, tables): (i32, u32, u32) = conn.query_row(
            "SELECT (SELECT application_id FROM pragma_application_id),
                    (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if app != APPLICATION_ID && app != 0 {
            return Ok((
                conn,
                Inspection::Foreign(format!(
                    "an SQLite file of another application (id {app:#x})"
                )),
            ));
        }
        if app == 0 && (tables > 0 || version > 0) {
            return Ok((
                conn,
                Inspection::Foreign("an SQLite database of another program".to_string()),
            ));
        }
        // A newer Comeback's file is refused before anything (even the journal mode) changes it.
        if version > SCHEMA_VERSION {
            return Err(HistoryError::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(HistoryError::Stored(format!(
                "journal mode stayed `{mode}` instead of WAL"
            )));
        }
        // FULL: every commit (each answered turn) is on disk before record_turn returns.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok((conn, Inspection::Ours))
    }

    /// Bring the schema to [`SCHEMA_VERSION`]; each step is one transaction.
    fn migrate(&self, path: &Path) -> Result<(), HistoryError> {
        loop {
            let done = self.write(|c| {
                let v: u32 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
                if v > SCHEMA_VERSION {
                    return Ok(Err(v));
                }
                let Some(step) = MIGRATIONS.get(v as usize) else {
                    return Ok(Ok(true));
                };
                if v == 0 {
                    c.pragma_update(None, "application_id", APPLICATION_ID)?;
                }
                c.execute_batch(step)?;
                c.pragma_update(None, "user_version", v + 1)?;
                Ok(Ok(false))
            })?;
            match done {
                Ok(true) => return Ok(()),
                Ok(false) => continue,
                Err(found) => {
                    return Err(HistoryError::TooNew {
                        path: path.to_path_buf(),
                        found,
                        supported: SCHEMA_VERSION,
                    });
                }
            }
        }
    }

    /// Run `f` in one IMMEDIATE write transaction (or inside the caller's, in [`History::batch`]),
    /// retrying when another process holds the lock longer than the busy timeout.
    fn write<T>(&self, f: impl Fn(&Connection) -> rusqlite::Result<T>) -> Result<T, HistoryError> {
        if !self.conn.is_autocommit() {
            return Ok(f(&self.conn)?);
        }
        let mut attempt = 0;
        loop {
            let r = self.conn.execute_batch("BEGIN IMMEDIATE").and_then(|()| {
                let v = f(&self.conn)?;
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            });
            match r {
                Ok(v) => return Ok(v),
                Err(e) => {
                    if !self.conn.is_autocommit() {
                        let _ = self.conn.execute_batch("ROLLBACK");
                    }
                    if is_busy(&e) {
                        attempt += 1;
                        if attempt > BUSY_RETRIES {
                            return Err(HistoryError::Busy);
                        }
                        std::thread::sleep(Duration::from_millis(20 * u64::from(attempt)));
                        continue;
                    }
                    return Err(e.into());
                }
            }
        }
    }

    /// Run several writes as one transaction (imports, benchmarks): one commit, one fsync.
    pub fn batch<T>(
        &self,
        f: impl FnOnce(&History) -> Result<T, HistoryError>,
    ) -> Result<T, HistoryError> {
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(|e| {
            if is_busy(&e) {
                HistoryError::Busy
            } else {
                e.into()
            }
        })?;
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// The file this history lives in (None in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Set when `open` found a corrupt or foreign file and moved it aside: tell the user.
    pub fn moved_aside(&self) -> Option<&MovedAside> {
        self.moved_aside.as_ref()
    }

    /// Pin "now" (tests, benchmarks, imports); None returns to the wall clock.
    pub fn set_clock(&self, now: Option<OffsetDateTime>) {
        self.clock.set(now);
    }

    fn now(&self) -> OffsetDateTime {
        self.clock.get().unwrap_or_else(OffsetDateTime::now_utc)
    }

    /// Get or create a trainee by name (trimmed).
    pub fn trainee(&self, name: &str) -> Result<TraineeId, HistoryError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(HistoryError::EmptyName);
        }
        let now = rfc3339(self.now());
        self.write(|c| {
            c.execute(
                "INSERT INTO trainee (name, created_at) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING",
                params![name, now],
            )?;
            c.query_row("SELECT id FROM trainee WHERE name = ?1", [name], |r| {
                r.get(0).map(TraineeId)
            })
        })
    }

    /// Look a trainee up without creating one (read-only commands).
    pub fn find_trainee(&self, name: &str) -> Result<Option<TraineeId>, HistoryError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id FROM trainee WHERE name = ?1",
                [name.trim()],
                |r| r.get(0).map(TraineeId),
            )
            .optional()?)
    }

    /// Every trainee with how many drills they finished and when they last played.
    pub fn trainees(&self) -> Result<Vec<TraineeSummary>, HistoryError> {
        let mut st = self.conn.prepare(
            "SELECT t.id, t.name, count(d.ended_at), max(d.started_at)
             FROM trainee t LEFT JOIN drill d ON d.trainee_id = t.id
             GROUP BY t.id ORDER BY t.name",
        )?;
        let rows = st.query_map([], |r| {
            Ok(TraineeSummary {
                id: TraineeId(r.get(0)?),
                name: r.get(1)?,
                drills: r.get(2)?,
                last_played: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn trainee_name(&self, trainee: TraineeId) -> Result<String, HistoryError> {
        self.conn
            .query_row("SELECT name FROM trainee WHERE id = ?1", [trainee.0], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| HistoryError::UnknownTrainee(format!("#{}", trainee.0)))
    }

    /// Start recording a drill with no outside context.
    pub fn begin_drill(
        &self,
        trainee: TraineeId,
        scenario: &Scenario,
        content_hash: &str,
        seed: u64,
    ) -> Result<DrillId, HistoryError> {
        self.begin_drill_with(
            trainee,
            scenario,
            content_hash,
            seed,
            &DrillContext::default(),
        )
    }

    /// Start recording a drill; the context is stored so an abandoned drill replays exactly.
    pub fn begin_drill_with(
        &self,
        trainee: TraineeId,
        scenario: &Scenario,
        content_hash: &str,
        seed: u64,
        context: &DrillContext,
    ) -> Result<DrillId, HistoryError> {
        self.insert_drill(trainee, scenario, content_hash, seed, context, None)
    }

    /// Start a team session of `plan` under `id` (a no-op if it exists): drills recorded with
    /// [`History::begin_team_drill`] belong to it.
    pub fn begin_team_session(&self, plan: &str, id: &str) -> Result<(), HistoryError> {
        // Fixed-width fraction, so the text sorts in time order (sessions are ordered by it).
        let fmt = time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z"
        );
        let now = self
            .now()
            .to_offset(time::UtcOffset::UTC)
            .format(&fmt)
            .map_err(|e| HistoryError::Stored(e.to_string()))?;
        self.write(|c| {
            c.execute(
                "INSERT INTO team_session (id, plan, started_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(id) DO NOTHING",
                params![id, plan, now],
            )?;
            Ok(())
        })
    }

    /// Start recording a drill played at `seat` (0-based) of team session `session`.
    #[allow(clippy::too_many_arguments)]
    pub fn begin_team_drill(
        &self,
        trainee: TraineeId,
        scenario: &Scenario,
        content_hash: &str,
        seed: u64,
        context: &DrillContext,
        session: &str,
        seat: u32,
    ) -> Result<DrillId, HistoryError> {
        let known: bool = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM team_session WHERE id = ?1)",
            [session],
            |r| r.get(0),
        )?;
        if !known {
            return Err(HistoryError::UnknownTeamSession(session.to_string()));
        }
        self.insert_drill(
            trainee,
            scenario,
            content_hash,
            seed,
            context,
            Some((session, seat)),
        )
    }

    fn insert_drill(
        &self,
        trainee: TraineeId,
        scenario: &Scenario,
        content_hash: &str,
        seed: u64,
        context: &DrillContext,
        team: Option<(&str, u32)>,
    ) -> Result<DrillId, HistoryError> {
        let now = rfc3339(self.now());
        self.write(|c| {
            c.execute(
                "INSERT INTO drill (trainee_id, scenario_id, scenario_title, scenario_version,
                     content_hash, customer, seed, started_at, open_promise, team_session,
                     team_seat)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    trainee.0,
                    scenario.id,
                    scenario.title,
                    scenario.version,
                    content_hash,
                    scenario.customer.name,
                    // SQLite integers are i64: store the seed's bits, read them back as u64.
                    seed as i64,
                    now,
                    context.open_promise,
                    team.map(|t| t.0),
                    team.map(|t| t.1),
                ],
            )?;
            Ok(DrillId(c.last_insert_rowid()))
        })
    }

    fn put_turn(c: &Connection, drill: DrillId, turn: &Turn, at: &str) -> rusqlite::Result<()> {
        let answer = serde_json::to_string(&turn.answer)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        let moves = serde_json::to_string(&turn.moves)
            .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
        // Upsert: a resumed drill may record a replayed turn again; the first answer time stays.
        c.execute(
            "INSERT INTO turn (drill_id, idx, node, reply_id, answer, text, moves, response_secs,
                 mood_before, mood_after, hours_after, answered_at, customer_line)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT(drill_id, idx) DO UPDATE SET node = excluded.node,
                 reply_id = excluded.reply_id, answer = excluded.answer, text = excluded.text,
                 moves = excluded.moves,
                 response_secs = coalesce(excluded.response_secs, turn.response_secs),
                 mood_before = excluded.mood_before, mood_after = excluded.mood_after,
                 hours_after = excluded.hours_after, customer_line = excluded.customer_line",
            params![
                drill.0,
                turn.index as i64,
                turn.node,
                turn.reply_id,
                answer,
                turn.text,
                moves,
                turn.response_secs,
                turn.mood_before,
                turn.mood_after,
                turn.hours_after,
                at,
                turn.customer_line,
            ],
        )?;
        Ok(())
    }

    /// Store one answered turn; committed (and fsynced) before this returns.
    pub fn record_turn(&self, drill: DrillId, turn: &Turn) -> Result<(), HistoryError> {
        let at = rfc3339(self.now());
        self.write(|c| Self::put_turn(c, drill, turn, &at))
            .map_err(|e| match e {
                HistoryError::Sqlite(ref s)
                    if s.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) =>
                {
                    HistoryError::UnknownDrill(drill.0)
                }
                e => e,
            })
    }

    /// Close a drill: any turns not yet stored, the scorecard and its summary, the promises made,
    /// and (when it ended recovered) the earlier promises to this customer count as kept.
    pub fn finish_drill(
        &self,
        drill: DrillId,
        transcript: &Transcript,
        card: &Scorecard,
    ) -> Result<(), HistoryError> {
        let now = rfc3339(self.now());
        let json = serde_json::to_string(card).map_err(|e| HistoryError::Stored(e.to_string()))?;
        let principles: BTreeMap<&str, u32> = card
            .principles
            .iter()
            .map(|p| (p.principle.id(), p.score))
            .collect();
        let principles =
            serde_json::to_string(&principles).map_err(|e| HistoryError::Stored(e.to_string()))?;
        let count = |m: Move| card.count(m) as u32;
        let found =
            self.write(|c| {
                let row: Option<(i64, String)> = c
                    .query_row(
                        "SELECT trainee_id, customer FROM drill WHERE id = ?1",
                        [drill.0],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let Some((trainee, customer)) = row else {
                    return Ok(false);
                };
                for t in &transcript.turns {
                    Self::put_turn(c, drill, t, &now)?;
                }
                c.execute(
                    "UPDATE drill SET ended_at = ?2, outcome = ?3, total = ?4, grade = ?5,
                     scorecard = ?6, recovered = ?7, within_target = ?8, delighted = ?9,
                     hours = ?10, refusals = ?11, blames = ?12, deferrals = ?13, principles = ?14
                 WHERE id = ?1",
                    params![
                        drill.0,
                        now,
                        card.outcome.ending.map(Outcome::id),
                        card.total,
                        format!("{:?}", card.grade),
                        json,
                        card.outcome.recovered,
                        card.outcome.within_target,
                        card.outcome.delighted,
                        card.outcome.hours,
                        count(Move::Refusal),
                        count(Move::Blame),
                        count(Move::Deferral),
                        principles,
                    ],
                )?;
                c.execute("DELETE FROM promise WHERE drill_id = ?1", [drill.0])?;
                for p in &transcript.promises {
                    c.execute(
                    "INSERT INTO promise (trainee_id, customer, drill_id, turn, due_hours, text)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![trainee, customer, drill.0, p.turn as i64, p.due_hours, p.text],
                )?;
                }
                if card.outcome.recovered {
                    c.execute(
                        "UPDATE promise SET kept_by = ?3, kept_at = ?4
                     WHERE trainee_id = ?1 AND customer = ?2 AND kept_at IS NULL AND drill_id < ?3",
                        params![trainee, customer, drill.0, now],
                    )?;
                }
                Ok(true)
            })?;
        if found {
            Ok(())
        } else {
            Err(HistoryError::UnknownDrill(drill.0))
        }
    }

    /// Drills begun and never finished, newest first, with their answers for `Drill::replay`.
    pub fn abandoned(&self, trainee: TraineeId) -> Result<Vec<AbandonedDrill>, HistoryError> {
        // The same rows `drills` reads (one column list, one row mapping), newest first.
        let sql = format!(
            "SELECT {} FROM drill d JOIN trainee t ON t.id = d.trainee_id
             WHERE d.trainee_id = ?1 AND d.ended_at IS NULL ORDER BY d.id DESC",
            Self::RECORD_COLUMNS
        );
        let mut st = self.conn.prepare(&sql)?;
        let records: Vec<DrillRecord> = st
            .query_map([trainee.0], Self::record)?
            .collect::<Result<_, _>>()?;
        records
            .into_iter()
            .map(|d| {
                Ok(AbandonedDrill {
                    answers: self.turns(d.id)?.into_iter().map(|t| t.answer).collect(),
                    drill: d.id,
                    scenario_id: d.scenario_id,
                    scenario_title: d.scenario_title,
                    scenario_version: d.scenario_version,
                    content_hash: d.content_hash,
                    customer: d.customer,
                    seed: d.seed,
                    context: d.context,
                    started_at: d.started_at,
                })
            })
            .collect()
    }

    /// Delete an abandoned drill and its turns (a finished drill is never discarded).
    pub fn discard(&self, drill: DrillId) -> Result<(), HistoryError> {
        self.write(|c| {
            let ended: Option<Option<String>> = c
                .query_row("SELECT ended_at FROM drill WHERE id = ?1", [drill.0], |r| {
                    r.get(0)
                })
                .optional()?;
            match ended {
                None => Ok(Err(HistoryError::UnknownDrill(drill.0))),
                Some(Some(_)) => Ok(Err(HistoryError::NotAbandoned(drill.0))),
                Some(None) => {
                    c.execute("DELETE FROM drill WHERE id = ?1", [drill.0])?;
                    Ok(Ok(()))
                }
            }
        })?
    }

    const RECORD_COLUMNS: &'static str = "d.id, t.name, d.scenario_id, d.scenario_title,
        d.scenario_version, d.content_hash, d.customer, d.seed, d.open_promise, d.started_at,
        d.ended_at, d.outcome, d.total, d.grade, d.recovered, d.within_target, d.delighted,
        d.hours, d.refusals, d.blames, d.deferrals,
        (SELECT count(*) FROM turn WHERE turn.drill_id = d.id),
        d.team_session, d.team_seat,
        (SELECT plan FROM team_session s WHERE s.id = d.team_session),
        (SELECT started_at FROM team_session s WHERE s.id = d.team_session)";
    /// How many columns [`History::RECORD_COLUMNS`] selects (extra columns come after).
    const RECORD_COLUMN_COUNT: usize = 26;

    fn record(r: &rusqlite::Row<'_>) -> rusqlite::Result<DrillRecord> {
        let ended: Option<String> = r.get(10)?;
        let outcome: Option<String> = r.get(11)?;
        Ok(DrillRecord {
            id: DrillId(r.get(0)?),
            trainee: r.get(1)?,
            scenario_id: r.get(2)?,
            scenario_title: r.get(3)?,
            scenario_version: r.get(4)?,
            content_hash: r.get(5)?,
            customer: r.get(6)?,
            seed: r.get::<_, i64>(7)? as u64,
            context: DrillContext {
                open_promise: r.get(8)?,
            },
            started_at: r.get(9)?,
            status: if ended.is_some() {
                DrillStatus::Finished
            } else {
                DrillStatus::Abandoned
            },
            ended_at: ended,
            outcome: outcome.as_deref().and_then(outcome_from_id),
            total: r.get(12)?,
            grade: r.get(13)?,
            recovered: r.get(14)?,
            within_target: r.get(15)?,
            delighted: r.get(16)?,
            hours: r.get(17)?,
            refusals: r.get(18)?,
            blames: r.get(19)?,
            deferrals: r.get(20)?,
            turns: r.get(21)?,
            team: match (
                r.get::<_, Option<String>>(22)?,
                r.get(23)?,
                r.get(24)?,
                r.get(25)?,
            ) {
                (Some(session), Some(seat), Some(plan), Some(session_started)) => Some(TeamTag {
                    plan,
                    session,
                    session_started,
                    seat,
                }),
                _ => None,
            },
        })
    }

    /// A trainee's drills, oldest first.
    pub fn drills(&self, trainee: TraineeId) -> Result<Vec<DrillRecord>, HistoryError> {
        let sql = format!(
            "SELECT {} FROM drill d JOIN trainee t ON t.id = d.trainee_id
             WHERE d.trainee_id = ?1 ORDER BY d.id",
            Self::RECORD_COLUMNS
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map([trainee.0], Self::record)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One drill by id.
    pub fn drill(&self, drill: DrillId) -> Result<DrillRecord, HistoryError> {
        let sql = format!(
            "SELECT {} FROM drill d JOIN trainee t ON t.id = d.trainee_id WHERE d.id = ?1",
            Self::RECORD_COLUMNS
        );
        self.conn
            .query_row(&sql, [drill.0], Self::record)
            .optional()?
            .ok_or(HistoryError::UnknownDrill(drill.0))
    }

    /// A drill's stored turns in order.
    pub fn turns(&self, drill: DrillId) -> Result<Vec<TurnRecord>, HistoryError> {
        let mut st = self.conn.prepare_cached(
            "SELECT idx, node, reply_id, answer, text, moves, response_secs, mood_before,
                    mood_after, hours_after, answered_at, customer_line
             FROM turn WHERE drill_id = ?1 ORDER BY idx",
        )?;
        let rows = st.query_map([drill.0], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<f32>>(6)?,
                r.get::<_, u8>(7)?,
                r.get::<_, u8>(8)?,
                r.get::<_, f32>(9)?,
                r.get::<_, Option<String>>(10)?,
                r.get::<_, Option<String>>(11)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (idx, node, reply_id, answer, text, moves, secs, mb, ma, hours, at, line) = row?;
            let answer: Answer = serde_json::from_str(&answer)
                .map_err(|e| HistoryError::Stored(format!("answer of drill #{}: {e}", drill.0)))?;
            let moves: Vec<Move> = serde_json::from_str(&moves)
                .map_err(|e| HistoryError::Stored(format!("moves of drill #{}: {e}", drill.0)))?;
            out.push(TurnRecord {
                index: usize::try_from(idx).unwrap_or_default(),
                node,
                reply_id,
                answer,
                text,
                moves,
                response_secs: secs,
                mood_before: mb,
                mood_after: ma,
                hours_after: hours,
                answered_at: at,
                customer_line: line,
            });
        }
        Ok(out)
    }

    /// Drills (with turns and scorecards) for export: one trainee or all, started at or after
    /// `since` (RFC 3339 text compares in time order because every stamp is UTC).
    pub fn export(
        &self,
        trainee: Option<TraineeId>,
        since: Option<OffsetDateTime>,
    ) -> Result<Vec<DrillExport>, HistoryError> {
        let since = since.map(rfc3339).unwrap_or_default();
        let sql = format!(
            "SELECT {}, d.scorecard FROM drill d JOIN trainee t ON t.id = d.trainee_id
             WHERE (?1 IS NULL OR d.trainee_id = ?1) AND d.started_at >= ?2 ORDER BY d.id",
            Self::RECORD_COLUMNS
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params![trainee.map(|t| t.0), since], |r| {
            Ok((
                Self::record(r)?,
                r.get::<_, Option<String>>(Self::RECORD_COLUMN_COUNT)?,
            ))
        })?;
        let rows: Vec<_> = rows.collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (record, card) in rows {
            let turns = self.turns(record.id)?;
            let scorecard = card.and_then(|c| serde_json::from_str(&c).ok());
            out.push(DrillExport {
                record,
                turns,
                scorecard,
            });
        }
        Ok(out)
    }

    /// The team sessions of `plan`, oldest first, with how many drills each finished.
    pub fn team_sessions(&self, plan: &str) -> Result<Vec<TeamSessionInfo>, HistoryError> {
        let mut st = self.conn.prepare_cached(
            "SELECT s.id, s.plan, s.started_at,
                    (SELECT count(*) FROM drill d
                     WHERE d.team_session = s.id AND d.ended_at IS NOT NULL)
             FROM team_session s WHERE s.plan = ?1 ORDER BY s.started_at, s.id",
        )?;
        let rows = st.query_map([plan], |r| {
            Ok(TeamSessionInfo {
                id: r.get(0)?,
                plan: r.get(1)?,
                started_at: r.get(2)?,
                drills: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The finished drills of one team session, in seat order, with turns and scorecards.
    pub fn team_drills(&self, session: &str) -> Result<Vec<DrillExport>, HistoryError> {
        let sql = format!(
            "SELECT {}, d.scorecard FROM drill d JOIN trainee t ON t.id = d.trainee_id
             WHERE d.team_session = ?1 AND d.ended_at IS NOT NULL ORDER BY d.team_seat, d.id",
            Self::RECORD_COLUMNS
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map([session], |r| {
            Ok((
                Self::record(r)?,
                r.get::<_, Option<String>>(Self::RECORD_COLUMN_COUNT)?,
            ))
        })?;
        let rows: Vec<_> = rows.collect::<Result<_, _>>()?;
        rows.into_iter()
            .map(|(record, card)| {
                Ok(DrillExport {
                    turns: self.turns(record.id)?,
                    scorecard: card.and_then(|c| serde_json::from_str(&c).ok()),
                    record,
                })
            })
            .collect()
    }

    /// The finished drills' summaries progress is computed from, oldest first.
    pub fn summaries(&self, trainee: TraineeId) -> Result<Vec<DrillSummary>, HistoryError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, scenario_id, scenario_title, ended_at, total, recovered, within_target,
                    delighted, hours, refusals, blames, deferrals, principles, outcome
             FROM drill WHERE trainee_id = ?1 AND ended_at IS NOT NULL ORDER BY id",
        )?;
        let rows = st.query_map([trainee.0], |r| {
            let principles: Option<String> = r.get(12)?;
            let outcome: Option<String> = r.get(13)?;
            Ok((
                DrillSummary {
                    drill: r.get(0)?,
                    scenario_id: r.get(1)?,
                    title: r.get(2)?,
                    ended_at: r.get(3)?,
                    total: r.get::<_, Option<u32>>(4)?.unwrap_or(0),
                    recovered: r.get::<_, Option<bool>>(5)?.unwrap_or(false),
                    within_target: r.get::<_, Option<bool>>(6)?.unwrap_or(false),
                    delighted: r.get::<_, Option<bool>>(7)?.unwrap_or(false),
                    hours: r.get::<_, Option<f32>>(8)?.unwrap_or(0.0),
                    refusals: r.get::<_, Option<u32>>(9)?.unwrap_or(0),
                    blames: r.get::<_, Option<u32>>(10)?.unwrap_or(0),
                    deferrals: r.get::<_, Option<u32>>(11)?.unwrap_or(0),
                    principles: BTreeMap::new(),
                    outcome: outcome.as_deref().and_then(outcome_from_id),
                },
                principles,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (mut s, principles) = row?;
            if let Some(p) = principles {
                let map: BTreeMap<String, u32> = serde_json::from_str(&p).map_err(|e| {
                    HistoryError::Stored(format!("principles of drill #{}: {e}", s.drill))
                })?;
                s.principles = map
                    .into_iter()
                    .filter_map(|(k, v)| Principle::from_id(&k).map(|p| (p, v)))
                    .collect();
            }
            out.push(s);
        }
        Ok(out)
    }

    /// A trainee's progress: trends, mastery, faults, bests, and what to practise next among
    /// `available` scenarios.
    pub fn progress(
        &self,
        trainee: TraineeId,
        available: &[Arc<Scenario>],
    ) -> Result<Progress, HistoryError> {
        let name = self.trainee_name(trainee)?;
        let summaries = self.summaries(trainee)?;
        let abandoned: u32 = self.conn.query_row(
            "SELECT count(*) FROM drill WHERE trainee_id = ?1 AND ended_at IS NULL",
            [trainee.0],
            |r| r.get(0),
        )?;
        Ok(report::progress(
            &name,
            &summaries,
            abandoned,
            available,
            self.now(),
        ))
    }

    /// Did an earlier drill with this customer leave a follow-up promise open? Start the next drill
    /// with `DrillContext { open_promise }` set from this.
    pub fn open_promise(&self, trainee: TraineeId, customer: &str) -> Result<bool, HistoryError> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM promise
                 WHERE trainee_id = ?1 AND customer = ?2 AND kept_at IS NULL)",
            params![trainee.0, customer],
            |r| r.get(0),
        )?)
    }

    /// Mark every open promise to this customer kept (e.g. a trainer confirms the call-back).
    /// Returns how many were open.
    pub fn keep_promises(&self, trainee: TraineeId, customer: &str) -> Result<usize, HistoryError> {
        let now = rfc3339(self.now());
        self.write(|c| {
            c.execute(
                "UPDATE promise SET kept_at = ?3
                 WHERE trainee_id = ?1 AND customer = ?2 AND kept_at IS NULL",
                params![trainee.0, customer, now],
            )
        })
    }

    /// Statement ids already accepted by the LRS at `endpoint`.
    pub fn xapi_sent(
        &self,
        endpoint: &str,
    ) -> Result<std::collections::HashSet<String>, HistoryError> {
        let mut st = self
            .conn
            .prepare("SELECT statement_id FROM xapi_sent WHERE endpoint = ?1")?;
        let rows = st.query_map([endpoint], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Remember statements the LRS accepted (call only after it said so).
    pub fn mark_xapi_sent(
        &self,
        endpoint: &str,
        sent: &[(String, DrillId)],
    ) -> Result<(), HistoryError> {
        let now = rfc3339(self.now());
        self.write(|c| {
            let mut st = c.prepare_cached(
                "INSERT OR IGNORE INTO xapi_sent (endpoint, statement_id, drill_id, sent_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (id, drill) in sent {
                st.execute(params![endpoint, id, drill.0, now])?;
            }
            Ok(())
        })
    }
}

/// Rename a bad file (and its WAL/SHM companions) to `NAME.<reason>-<UTC timestamp>`; never
/// overwrites an existing file.
fn move_aside(path: &Path, reason: String) -> Result<MovedAside, HistoryError> {
    let stamp = OffsetDateTime::now_utc();
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.year(),
        u8::from(stamp.month()),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| DB_FILE.to_string());
    let mut n = 0;
    let target = loop {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let t = path.with_file_name(format!("{name}.unreadable-{stamp}{suffix}"));
        if !t.exists() {
            break t;
        }
        n += 1;
    };
    let err = |source| HistoryError::MoveAside {
        path: path.to_path_buf(),
        reason: reason.clone(),
        source,
    };
    std::fs::rename(path, &target).map_err(err)?;
    for ext in ["-wal", "-shm"] {
        let side = path.with_file_name(format!("{name}{ext}"));
        if side.exists() {
            let to = target.with_file_name(format!(
                "{}{ext}",
                target
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ));
            std::fs::rename(&side, to).map_err(err)?;
        }
    }
    Ok(MovedAside {
        from: path.to_path_buf(),
        to: target,
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::drill::Drill;
    use crate::domain::drill::tests::scenario;
    use crate::domain::scoring::score;

    /// Play a drill through the store the way a front end does: each turn as it happens.
    fn play(h: &History, who: TraineeId, choices: &[usize]) -> DrillId {
        let s = scenario();
        let id = h.begin_drill(who, &s, "hash", 7).unwrap();
        let mut d = Drill::start(s, 7).unwrap();
        for &c in choices {
            let r = d.respond(Answer::Choice(c)).unwrap();
            h.record_turn(id, &r.turn).unwrap();
        }
        if d.is_over() {
            h.finish_drill(id, d.transcript(), &score(d.transcript()))
                .unwrap();
        }
        id
    }

    #[test]
    fn records_and_lists_drills() {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim").unwrap();
        assert_eq!(h.trainee(" Kim ").unwrap(), kim);
        assert!(matches!(h.trainee("  "), Err(HistoryError::EmptyName)));
        play(&h, kim, &[0, 0]);
        play(&h, kim, &[1, 1]);
        let drills = h.drills(kim).unwrap();
        assert_eq!(drills.len(), 2);
        assert_eq!(drills[0].status, DrillStatus::Finished);
        assert_eq!(drills[0].outcome, Some(Outcome::Recovered));
        assert_eq!(drills[0].turns, 2);
        assert_eq!(drills[1].blames, Some(1));
        assert_eq!(drills[0].seed, 7);
        let turns = h.turns(drills[0].id).unwrap();
        assert_eq!(turns[0].moves, vec![Move::Ownership, Move::Solution]);
        assert_eq!(turns[1].answer, Answer::Choice(0));
        let t = h.trainees().unwrap();
        assert_eq!((t[0].name.as_str(), t[0].drills), ("Kim", 2));
    }

    #[test]
    fn unfinished_drill_is_abandoned_and_replays_or_discards() {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim").unwrap();
        let id = play(&h, kim, &[0]);
        let ab = h.abandoned(kim).unwrap();
        assert_eq!(ab.len(), 1);
        assert_eq!(ab[0].answers, vec![Answer::Choice(0)]);
        let d = Drill::replay(
            scenario(),
            ab[0].seed,
            ab[0].context.clone(),
            &ab[0].answers,
        )
        .unwrap();
        assert_eq!(d.transcript().turns.len(), 1);
        assert_eq!(h.drills(kim).unwrap()[0].status, DrillStatus::Abandoned);
        h.discard(id).unwrap();
        assert!(h.abandoned(kim).unwrap().is_empty());
        let done = play(&h, kim, &[0, 0]);
        assert!(matches!(
            h.discard(done),
            Err(HistoryError::NotAbandoned(_))
        ));
    }

    #[test]
    fn history_survives_scenario_edits_because_it_stores_title_version_hash() {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim").unwrap();
        play(&h, kim, &[0, 0]);
        let r = &h.drills(kim).unwrap()[0];
        assert_eq!((r.scenario_title.as_str(), r.scenario_version), ("T", 1));
        assert_eq!(r.content_hash, "hash");
        assert_eq!(r.customer, "Ann");
        // progress with no scenario files available still reports the drill
        let p = h.progress(kim, &[]).unwrap();
        assert_eq!(p.per_drill[0].title, "T");
    }

    #[test]
    fn promise_ledger_opens_and_is_kept_by_a_later_recovery() {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim").unwrap();
        let s = scenario();
        let id = h.begin_drill(kim, &s, "h", 1).unwrap();
        let mut d = Drill::start(s.clone(), 1).unwrap();
        let r = d.respond(Answer::Choice(0)).unwrap();
        h.record_turn(id, &r.turn).unwrap();
        let r = d.respond(Answer::Choice(0)).unwrap();
        h.record_turn(id, &r.turn).unwrap();
        let mut t = d.transcript().clone();
        t.promises.push(crate::domain::drill::Promise {
            turn: 1,
            due_hours: 5.0,
            text: "I'll call you at four".into(),
        });
        h.finish_drill(id, &t, &score(&t)).unwrap();
        assert!(h.open_promise(kim, "Ann").unwrap());
        assert!(!h.open_promise(kim, "Bob").unwrap());
        // a later recovered drill with Ann keeps it
        play(&h, kim, &[0, 0]);
        assert!(!h.open_promise(kim, "Ann").unwrap());
        assert_eq!(h.keep_promises(kim, "Ann").unwrap(), 0);
    }

    #[test]
    fn file_store_has_wal_foreign_keys_and_version() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::open(dir.path()).unwrap();
        let mode: String = h
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: bool = h
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert!(fk);
        let v: u32 = h
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        assert!(h.moved_aside().is_none());
        drop(h);
        // reopening is a no-op
        History::open(dir.path()).unwrap();
    }

    #[test]
    fn migrates_a_first_schema_database_and_keeps_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "application_id", APPLICATION_ID)
                .unwrap();
            c.execute_batch(SCHEMA_V1).unwrap();
            c.pragma_update(None, "user_version", 1).unwrap();
            // a v1 drill as v1 code wrote it
            let mut d = Drill::start(scenario(), 3).unwrap();
            d.respond(Answer::Choice(1)).unwrap();
            d.respond(Answer::Choice(1)).unwrap();
            let card = score(d.transcript());
            c.execute(
                "INSERT INTO trainee (name, created_at) VALUES ('Kim', '2024-01-01T00:00:00Z')",
                [],
            )
            .unwrap();
            c.execute(
                "INSERT INTO drill (trainee_id, scenario_id, scenario_title, scenario_version,
                     content_hash, customer, seed, started_at, ended_at, outcome, total, grade, scorecard)
                 VALUES (1, 't', 'Old title', 1, 'abc', 'Ann', 3, '2024-01-01T10:00:00Z',
                     '2024-01-01T10:05:00Z', 'lost', ?1, 'F', ?2)",
                params![card.total, serde_json::to_string(&card).unwrap()],
            )
            .unwrap();
            for t in &d.transcript().turns {
                c.execute(
                    "INSERT INTO turn VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8, ?9)",
                    params![
                        t.index as i64,
                        t.node,
                        t.reply_id,
                        serde_json::to_string(&t.answer).unwrap(),
                        t.text,
                        serde_json::to_string(&t.moves).unwrap(),
                        t.mood_before,
                        t.mood_after,
                        t.hours_after
                    ],
                )
                .unwrap();
            }
        }
        let h = History::open(dir.path()).unwrap();
        let kim = h.find_trainee("Kim").unwrap().unwrap();
        let drills = h.drills(kim).unwrap();
        assert_eq!(drills.len(), 1);
        let r = &drills[0];
        assert_eq!(r.scenario_title, "Old title");
        assert_eq!(r.outcome, Some(Outcome::Lost));
        assert_eq!(r.blames, Some(1), "backfilled from the v1 scorecard");
        assert_eq!(r.recovered, Some(false));
        assert_eq!(h.turns(r.id).unwrap().len(), 2);
        let p = h.progress(kim, &[]).unwrap();
        assert_eq!(p.drills, 1);
        assert!(
            p.mastery.iter().any(|m| m.value.is_some()),
            "principles backfilled"
        );
        // and new drills record on top
        play(&h, kim, &[0, 0]);
        assert_eq!(h.drills(kim).unwrap().len(), 2);
    }

    /// A history in `dir` as a newer Comeback would leave it (optionally in another journal mode).
    fn newer_history(dir: &Path, journal_mode: Option<&str>) -> PathBuf {
        drop(History::open(dir).unwrap());
        let path = dir.join(DB_FILE);
        let c = Connection::open(&path).unwrap();
        if let Some(mode) = journal_mode {
            let _: String = c
                .pragma_update_and_check(None, "journal_mode", mode, |r| r.get(0))
                .unwrap();
        }
        c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        path
    }

    #[test]
    fn refuses_a_newer_schema_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = newer_history(dir.path(), None);
        let e = History::open(dir.path()).err().unwrap();
        assert!(matches!(e, HistoryError::TooNew { found, .. } if found == SCHEMA_VERSION + 1));
        assert!(e.to_string().contains("newer Comeback"), "{e}");
        let c = Connection::open(&path).unwrap();
        let v: u32 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION + 1, "never downgraded");
    }

    #[test]
    fn a_newer_schema_in_rollback_journal_mode_is_left_byte_identical() {
        let dir = tempfile::tempdir().unwrap();
        let path = newer_history(dir.path(), Some("delete"));
        let before = std::fs::read(&path).unwrap();
        assert!(matches!(
            History::open(dir.path()),
            Err(HistoryError::TooNew { .. })
        ));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "not even the header changed"
        );
    }

    #[test]
    fn histories_created_at_the_same_moment_are_never_taken_for_foreign_files() {
        // Several processes starting on a new data folder at once: each must see the history
        // either not yet created or complete, never half-way (which once moved it aside).
        for _ in 0..20 {
            let dir = tempfile::tempdir().unwrap();
            let opened: Vec<bool> = std::thread::scope(|scope| {
                let workers: Vec<_> = (0..6)
                    .map(|_| {
                        scope.spawn(|| History::open(dir.path()).map(|h| h.moved_aside().is_none()))
                    })
                    .collect();
                workers
                    .into_iter()
                    .map(|w| w.join().unwrap().unwrap())
                    .collect()
            });
            assert!(
                opened.iter().all(|&clean| clean),
                "a history was moved aside"
            );
            let aside = std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .any(|e| e.file_name().to_string_lossy().contains(".unreadable-"));
            assert!(!aside);
        }
    }

    #[test]
    fn corrupt_and_foreign_files_are_moved_aside_not_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        std::fs::write(&path, b"this is my shopping list, not a database").unwrap();
        let h = History::open(dir.path()).unwrap();
        let m = h.moved_aside().unwrap().clone();
        assert!(m.reason.contains("not an SQLite"), "{}", m.reason);
        assert_eq!(
            std::fs::read(&m.to).unwrap(),
            b"this is my shopping list, not a database"
        );
        assert!(
            m.to.file_name()
                .unwrap()
                .to_string_lossy()
                .contains(".unreadable-")
        );
        drop(h);

        // another program's SQLite file
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');",
            )
            .unwrap();
        }
        let h = History::open(dir.path()).unwrap();
        let m = h.moved_aside().unwrap().clone();
        assert!(m.to.exists());
        assert!(m.to_string().contains("moved to"));
        let kim = h.trainee("Kim").unwrap();
        play(&h, kim, &[0, 0]);

        // a damaged header page
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        drop(History::open(dir.path()).unwrap());
        let mut bytes = std::fs::read(&path).unwrap();
        for b in bytes.iter_mut().skip(16).take(84) {
            *b = 0xff;
        }
        std::fs::write(&path, &bytes).unwrap();
        let h = History::open(dir.path()).unwrap();
        assert!(h.moved_aside().is_some());
    }

    #[test]
    fn two_writers_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        drop(History::open(dir.path()).unwrap());
        let threads: Vec<_> = (0..2)
            .map(|w| {
                let d = dir.path().to_path_buf();
                std::thread::spawn(move || {
                    let h = History::open(&d).unwrap();
                    let me = h.trainee(&format!("w{w}")).unwrap();
                    for _ in 0..15 {
                        play(&h, me, &[0, 0]);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let h = History::open(dir.path()).unwrap();
        for w in 0..2 {
            let me = h.find_trainee(&format!("w{w}")).unwrap().unwrap();
            let drills = h.drills(me).unwrap();
            assert_eq!(drills.len(), 15);
            assert!(
                drills
                    .iter()
                    .all(|d| d.turns == 2 && d.status == DrillStatus::Finished)
            );
        }
    }

    #[test]
    fn xapi_sent_ledger() {
        let h = History::open_in_memory().unwrap();
        let kim = h.trainee("Kim").unwrap();
        let id = play(&h, kim, &[0, 0]);
        h.mark_xapi_sent("http://lrs/statements", &[("a".into(), id)])
            .unwrap();
        assert!(h.xapi_sent("http://lrs/statements").unwrap().contains("a"));
        assert!(h.xapi_sent("http://other/statements").unwrap().is_empty());
    }

    #[test]
    fn hash_and_data_dir() {
        assert_eq!(
            content_hash(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let d = default_data_dir(Some(PathBuf::from("/x"))).unwrap();
        assert_eq!(d, PathBuf::from("/x"));
    }

    #[test]
    fn team_sessions_tag_drills_and_list_in_start_order() {
        let h = History::open_in_memory().unwrap();
        let t0 = OffsetDateTime::from_unix_timestamp(1_800_000_000).unwrap();
        h.set_clock(Some(t0));
        let kim = h.trainee("Kim").unwrap();
        let s = scenario();
        let ctx = DrillContext::default();
        assert!(matches!(
            h.begin_team_drill(kim, &s, "h", 1, &ctx, "nope", 0),
            Err(HistoryError::UnknownTeamSession(_))
        ));
        h.begin_team_session("Plan", "b").unwrap();
        h.set_clock(Some(t0 + time::Duration::milliseconds(500)));
        // begun later, though its id sorts first
        h.begin_team_session("Plan", "a").unwrap();
        h.begin_team_session("Other", "c").unwrap();
        h.begin_team_session("Plan", "b").unwrap(); // a no-op
        let team_play = |session: &str, seat: u32, finish: bool| {
            let id = h
                .begin_team_drill(kim, &s, "h", 1, &ctx, session, seat)
                .unwrap();
            let mut d = Drill::start(s.clone(), 1).unwrap();
            for c in [0, 0] {
                let r = d.respond(Answer::Choice(c)).unwrap();
                h.record_turn(id, &r.turn).unwrap();
                if !finish {
                    return id;
                }
            }
            h.finish_drill(id, d.transcript(), &score(d.transcript()))
                .unwrap();
            id
        };
        team_play("b", 1, true);
        team_play("b", 0, true);
        team_play("a", 0, false);
        play(&h, kim, &[0, 0]);
        let sessions = h.team_sessions("Plan").unwrap();
        let ids: Vec<(&str, u32)> = sessions.iter().map(|s| (s.id.as_str(), s.drills)).collect();
        assert_eq!(ids, vec![("b", 2), ("a", 0)]);
        assert!(sessions[0].started_at < sessions[1].started_at);
        assert_eq!(sessions[0].started_at, "2027-01-15T08:00:00.000000Z");
        let drills = h.team_drills("b").unwrap();
        let seats: Vec<u32> = drills
            .iter()
            .map(|d| d.record.team.as_ref().unwrap().seat)
            .collect();
        assert_eq!(seats, vec![0, 1]);
        let tag = drills[0].record.team.as_ref().unwrap();
        assert_eq!((tag.plan.as_str(), tag.session.as_str()), ("Plan", "b"));
        assert_eq!(tag.session_started, sessions[0].started_at);
        assert!(drills[0].scorecard.is_some());
        assert!(
            !drills[0].turns[0]
                .customer_line
                .as_deref()
                .unwrap_or_default()
                .is_empty()
        );
        assert!(
            h.team_drills("a").unwrap().is_empty(),
            "unfinished drills are left out"
        );
        let all = h.drills(kim).unwrap();
        assert!(
            all.last().unwrap().team.is_none(),
            "a solo drill has no team tag"
        );
        assert_eq!(all.iter().filter(|d| d.team.is_some()).count(), 3);
    }
}
