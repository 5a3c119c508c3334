//! Device state: the directory where an app keeps what rollback protection must remember
//! across restarts: the exact signed bytes of the registry in force and of the one before it,
//! the version floor (with the payload hash it was reached with), the trust root the directory
//! was started with and the signed root rotations applied since.
//!
//! This module only stores bytes, safely; [`crate::guard::CallGuard::open_state`] decides what
//! to trust. Every write is atomic and durable (a temporary file, `fsync`, `rename`, `fsync` of
//! the directory), so a crash at any point leaves the old state or the new one; writers take an
//! exclusive advisory lock on `lock` and readers a shared one, so two processes (an app and its
//! call-screening service) never interleave and a reader never sees half an update. The floor
//! is written twice (`floor.json`, `floor.bak.json`) and read as the highest valid copy: losing
//! or corrupting one file never lowers it.

use std::fs::{File, OpenOptions};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The registry in force.
pub const REGISTRY_FILE: &str = "registry.signed.json";
/// The registry in force before the last install.
pub const PREVIOUS_FILE: &str = "registry.prev.signed.json";
/// The version floor, and its copy.
pub const FLOOR_FILES: [&str; 2] = ["floor.json", "floor.bak.json"];
/// The trust root the directory was started with (for tools; an app passes its shipped root).
pub const ROOT_FILE: &str = "root.json";
/// Signed root rotations, one file per version (`rotations/00000002.signed.json`).
pub const ROTATIONS_DIR: &str = "rotations";
const LOCK_FILE: &str = "lock";

/// The highest registry a device has accepted: later registries must be newer, or this very
/// one (same version, same payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Floor {
    /// The registry series.
    pub registry_id: String,
    /// The version.
    pub version: u64,
    /// Hex SHA-256 of its payload: a different payload with the same version is refused.
    pub payload_sha256: String,
}

/// A step of an atomic write, for fault-injection tests ([`Store::with_faults`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteStep {
    /// The temporary file is written, not yet synced.
    TempWritten,
    /// The temporary file is synced.
    TempSynced,
    /// The registry in force was moved to the previous copy (installs only).
    PreviousKept,
    /// The temporary file was renamed over the target.
    Renamed,
    /// The directory entry is synced: the write is durable.
    Durable,
}

/// Why the state directory could not be read or written. The registry in force (in memory) is
/// unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    /// A file operation failed (read-only or full disk, permissions, …).
    #[error("cannot {action} {path}: {source}; nothing was changed, and the registry in force keeps working")]
    Io {
        /// What was being done (`"write"`, `"rename"`, `"lock"`, …).
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// A fault-injection hook stopped a write at this step, as a crash would.
    #[error("write interrupted at {0:?} (simulated crash)")]
    Interrupted(WriteStep),
}

/// Says whether a write should stop (crash) at a step; `file` is the file being written.
type FaultHook = Arc<dyn Fn(&str, WriteStep) -> bool + Send + Sync>;

/// A state directory (see the module docs).
#[derive(Clone)]
pub struct Store {
    dir: PathBuf,
    faults: Option<FaultHook>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.dir).finish()
    }
}

/// An advisory lock on the directory, released when dropped.
#[derive(Debug)]
pub struct Locked(File);

impl Drop for Locked {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> StateError + 'a {
    move |source| StateError::Io {
        action,
        path: path.to_path_buf(),
        source,
    }
}

impl Store {
    /// The state directory at `dir`, created if missing.
    pub fn open(dir: &Path) -> Result<Store, StateError> {
        std::fs::create_dir_all(dir.join(ROTATIONS_DIR)).map_err(io("create", dir))?;
        Ok(Store {
            dir: dir.to_path_buf(),
            faults: None,
        })
    }

    /// The same store with a fault-injection hook: a write stops (as if the process died)
    /// at the first step for which `hook(file, step)` is true. For crash-safety tests.
    pub fn with_faults(
        mut self,
        hook: impl Fn(&str, WriteStep) -> bool + Send + Sync + 'static,
    ) -> Store {
        self.faults = Some(Arc::new(hook));
        self
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn lock_file(&self) -> Result<File, StateError> {
        let path = self.dir.join(LOCK_FILE);
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(io("open", &path))
    }

    /// Takes the exclusive lock (one writer at a time, across processes).
    pub fn lock(&self) -> Result<Locked, StateError> {
        let file = self.lock_file()?;
        file.lock().map_err(io("lock", &self.dir.join(LOCK_FILE)))?;
        Ok(Locked(file))
    }

    /// Takes the shared lock (readers see no write in progress).
    pub fn lock_shared(&self) -> Result<Locked, StateError> {
        let file = self.lock_file()?;
        file.lock_shared()
            .map_err(io("lock", &self.dir.join(LOCK_FILE)))?;
        Ok(Locked(file))
    }

    fn step(&self, file: &str, step: WriteStep) -> Result<(), StateError> {
        match &self.faults {
            Some(hook) if hook(file, step) => Err(StateError::Interrupted(step)),
            _ => Ok(()),
        }
    }

    /// A file's bytes, `Ok(None)` when it does not exist.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, StateError> {
        let path = self.dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io("read", &path)(e)),
        }
    }

    /// Writes `bytes` to a temporary file beside `name` and syncs it; the caller renames it.
    fn write_temp(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, StateError> {
        let tmp = self.dir.join(format!("{name}.tmp"));
        let mut file = File::create(&tmp).map_err(io("write", &tmp))?;
        file.write_all(bytes).map_err(io("write", &tmp))?;
        self.step(name, WriteStep::TempWritten)?;
        file.sync_all().map_err(io("sync", &tmp))?;
        self.step(name, WriteStep::TempSynced)?;
        Ok(tmp)
    }

    fn sync_dir(&self, dir: &Path) -> Result<(), StateError> {
        // Directories can be opened for reading and synced on Unix; elsewhere this is a no-op.
        #[cfg(unix)]
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(io("sync", dir))?;
        #[cfg(not(unix))]
        let _ = dir;
        Ok(())
    }

    /// Replaces `name` atomically and durably with `bytes` (call with the lock held).
    pub fn write_atomic(&self, name: &str, bytes: &[u8]) -> Result<(), StateError> {
        let tmp = self.write_temp(name, bytes)?;
        let path = self.dir.join(name);
        std::fs::rename(&tmp, &path).map_err(io("rename", &path))?;
        self.step(name, WriteStep::Renamed)?;
        let parent = path.parent().unwrap_or(&self.dir).to_path_buf();
        self.sync_dir(&parent)?;
        self.step(name, WriteStep::Durable)
    }

    /// Installs a registry's signed bytes as the one in force, keeping the one before as the
    /// previous copy, then raises the floor (call with the lock held). Crash-safe: the state
    /// is the old one until the rename of the new file, and the new one from then on (the
    /// floor, written last, may lag behind the registry but never runs ahead of it).
    pub fn install(&self, signed: &[u8], floor: &Floor) -> Result<(), StateError> {
        let tmp = self.write_temp(REGISTRY_FILE, signed)?;
        let current = self.dir.join(REGISTRY_FILE);
        if current.exists() {
            let previous = self.dir.join(PREVIOUS_FILE);
            std::fs::rename(&current, &previous).map_err(io("rename", &previous))?;
            self.step(REGISTRY_FILE, WriteStep::PreviousKept)?;
        }
        std::fs::rename(&tmp, &current).map_err(io("rename", &current))?;
        self.step(REGISTRY_FILE, WriteStep::Renamed)?;
        self.sync_dir(&self.dir)?;
        self.step(REGISTRY_FILE, WriteStep::Durable)?;
        self.raise_floor(floor)
    }

    /// Writes `floor` to both floor files unless they already hold it or a higher one (call
    /// with the lock held): the floor only ever rises.
    pub fn raise_floor(&self, floor: &Floor) -> Result<(), StateError> {
        if self
            .floor()
            .0
            .is_some_and(|f| f.registry_id == floor.registry_id && f.version >= floor.version)
        {
            return Ok(());
        }
        let mut bytes = serde_json::to_vec_pretty(floor).unwrap_or_default();
        bytes.push(b'\n');
        for name in FLOOR_FILES {
            self.write_atomic(name, &bytes)?;
        }
        Ok(())
    }

    /// The floor: the highest of the valid floor files, and the names of the files that are
    /// present but unreadable or corrupt.
    pub fn floor(&self) -> (Option<Floor>, Vec<&'static str>) {
        let mut best: Option<Floor> = None;
        let mut corrupt = Vec::new();
        for name in FLOOR_FILES {
            match self.read(name) {
                Ok(None) => {}
                Ok(Some(bytes)) => match serde_json::from_slice::<Floor>(&bytes) {
                    Ok(f) if best.as_ref().is_none_or(|b| f.version > b.version) => best = Some(f),
                    Ok(_) => {}
                    Err(_) => corrupt.push(name),
                },
                Err(_) => corrupt.push(name),
            }
        }
        (best, corrupt)
    }

    /// Stores a signed root rotation to `version` (call with the lock held).
    pub fn add_rotation(&self, version: u64, signed: &[u8]) -> Result<(), StateError> {
        self.write_atomic(&rotation_name(version), signed)
    }

    /// The stored rotations, by version: (file name, bytes).
    pub fn rotations(&self) -> Result<Vec<(String, Vec<u8>)>, StateError> {
        let dir = self.dir.join(ROTATIONS_DIR);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io("read", &dir)(e)),
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".signed.json"))
            .collect();
        names.sort_unstable();
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            let file = format!("{ROTATIONS_DIR}/{name}");
            if let Some(bytes) = self.read(&file)? {
                out.push((file, bytes));
            }
        }
        Ok(out)
    }
}

/// The file a rotation to `version` is stored in (zero-padded, so names sort by version).
fn rotation_name(version: u64) -> String {
    format!("{ROTATIONS_DIR}/{version:020}.signed.json")
}
