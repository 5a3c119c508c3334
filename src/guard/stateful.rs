//! A guard opened from a state directory ([`crate::state`]): what it trusts at start-up, and
//! how it persists updates and root rotations so rollback protection survives restarts.
//!
//! At start-up the trust root is the one the app ships, advanced by every stored rotation that
//! verifies against it in turn. The registry put in force is the first that verifies (a stored
//! one against that root, the shipped one against the root shipped with it), is of the app's
//! series, and respects the floor: the stored one, else the previous
//! copy, else the one shipped with the app. A file that is missing, truncated, corrupted,
//! tampered with or expired is passed over and reported in the [`StateReport`]. If none
//! respects the floor (older than it, or its version with another payload), the newest that
//! verifies answers (a device with no registry protects nobody) and the report says so; the
//! floor itself is never lowered, so the next update must still reach it. Nothing in the directory is trusted without verification.

use serde::Serialize;

use super::{CallGuard, UpdateError};
use crate::signing::{self, Policy, PolicyError, RegistryInfo, TrustRoot, VerifyError};
use crate::state::{Floor, StateError, Store, PREVIOUS_FILE, REGISTRY_FILE, ROOT_FILE};

/// Where the registry in force at start-up came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum RegistrySource {
    /// The registry stored in the directory: the normal case.
    Stored,
    /// The copy kept from before the last install (the stored one was unusable).
    PreviousCopy,
    /// The registry shipped with the app (nothing stored was usable, or nothing was stored).
    Shipped,
}

/// Something in the state directory that was passed over at start-up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum StateProblem {
    /// A registry file failed verification (truncated, corrupted, tampered with, expired, of
    /// another series or signed by keys no longer trusted).
    RegistryRefused {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// A registry file verified but is older than the floor (a rollback, or a stale copy).
    BelowFloor {
        /// The file.
        file: String,
        /// Its version.
        version: u64,
        /// The floor.
        floor: u64,
    },
    /// A registry file has the floor's version but another payload (equivocation).
    FloorConflict {
        /// The file.
        file: String,
        /// The contested version.
        version: u64,
    },
    /// A floor file is unreadable or corrupt (the other copy, if valid, was used).
    FloorUnreadable {
        /// The file.
        file: String,
    },
    /// A stored root rotation did not verify against the root before it.
    RotationRefused {
        /// The file.
        file: String,
        /// Why.
        reason: String,
    },
    /// The directory could not be read or written (start-up continued without it).
    Storage {
        /// Why.
        reason: String,
    },
}

impl StateProblem {
    /// The stable snake_case kind (`"registry_refused"`, `"below_floor"`, …), as in JSON.
    pub fn kind(&self) -> &'static str {
        match self {
            StateProblem::RegistryRefused { .. } => "registry_refused",
            StateProblem::BelowFloor { .. } => "below_floor",
            StateProblem::FloorConflict { .. } => "floor_conflict",
            StateProblem::FloorUnreadable { .. } => "floor_unreadable",
            StateProblem::RotationRefused { .. } => "rotation_refused",
            StateProblem::Storage { .. } => "storage",
        }
    }

    /// The file concerned, if one is.
    pub fn file(&self) -> Option<&str> {
        match self {
            StateProblem::RegistryRefused { file, .. }
            | StateProblem::BelowFloor { file, .. }
            | StateProblem::FloorConflict { file, .. }
            | StateProblem::FloorUnreadable { file }
            | StateProblem::RotationRefused { file, .. } => Some(file),
            StateProblem::Storage { .. } => None,
        }
    }
}

impl std::fmt::Display for StateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StateProblem::RegistryRefused { file, reason } => {
                write!(f, "{file} was passed over: {reason}")
            }
            StateProblem::BelowFloor {
                file,
                version,
                floor,
            } => write!(
                f,
                "{file} holds version {version}, below the floor {floor}: fetch a newer registry"
            ),
            StateProblem::FloorConflict { file, version } => write!(
                f,
                "{file} holds version {version} with another payload than the one accepted before"
            ),
            StateProblem::FloorUnreadable { file } => {
                write!(f, "{file} is unreadable; the other floor copy was used")
            }
            StateProblem::RotationRefused { file, reason } => {
                write!(f, "root rotation {file} was not applied: {reason}")
            }
            StateProblem::Storage { reason } => write!(f, "{reason}"),
        }
    }
}

/// What opening a state directory found: where the registry came from, what was passed over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StateReport {
    /// Where the registry in force came from.
    pub source: RegistrySource,
    /// What was passed over, in the order it was looked at; empty in the normal case.
    pub problems: Vec<StateProblem>,
    /// The version floor after opening (updates must reach it).
    pub floor: Option<u64>,
    /// The trust root's version after the stored rotations.
    pub root_version: u64,
}

impl StateReport {
    /// True when the registry in force does not respect the floor (older than it, or its
    /// version with another payload): fetch a newer one.
    pub fn below_floor(&self) -> bool {
        self.problems.iter().any(|p| match p {
            StateProblem::BelowFloor { file, .. } | StateProblem::FloorConflict { file, .. } => {
                file == self.source_file()
            }
            _ => false,
        })
    }

    fn source_file(&self) -> &'static str {
        match self.source {
            RegistrySource::Stored => REGISTRY_FILE,
            RegistrySource::PreviousCopy => PREVIOUS_FILE,
            RegistrySource::Shipped => "(shipped)",
        }
    }
}

/// The floor a verified registry sets.
fn floor_of(info: &RegistryInfo) -> Floor {
    Floor {
        registry_id: info.registry_id.clone(),
        version: info.version,
        payload_sha256: info.payload_sha256.clone(),
    }
}

impl CallGuard {
    /// Opens the guard from the state directory `dir` (created if missing): the production
    /// entry point for an app that keeps its state (an Android `filesDir`, an iOS app-group
    /// container). `root` and `shipped_registry` are what the app ships; `policy` pins the
    /// registry id. See the module docs for what is trusted. Fails only when not even the
    /// shipped registry verifies (its error), or the directory cannot be created.
    pub fn open_state(
        dir: &std::path::Path,
        root: TrustRoot,
        policy: Policy,
        shipped_registry: &[u8],
    ) -> Result<(CallGuard, StateReport), UpdateError> {
        CallGuard::open_store(Store::open(dir)?, root, policy, Some(shipped_registry))
    }

    /// [`CallGuard::open_state`] over an already opened [`Store`] (for example one with a
    /// fault-injection hook), with no shipped registry to fall back on when `shipped_registry`
    /// is `None` (tools reading a directory).
    pub fn open_store(
        store: Store,
        root: TrustRoot,
        policy: Policy,
        shipped_registry: Option<&[u8]>,
    ) -> Result<(CallGuard, StateReport), UpdateError> {
        let mut problems = Vec::new();
        // Exclusive: opening may raise the floor (after a crash between install and floor).
        let lock = store.lock();
        if let Err(e) = &lock {
            problems.push(StateProblem::Storage {
                reason: e.to_string(),
            });
        }

        let shipped_root = root.clone();
        let root = rotated(&store, root, &mut problems);
        let (floor, unreadable) = store.floor();
        problems.extend(
            unreadable
                .into_iter()
                .map(|f| StateProblem::FloorUnreadable {
                    file: f.to_string(),
                }),
        );
        let floor = floor.filter(|f| {
            policy
                .registry_id
                .as_deref()
                .is_none_or(|id| id == f.registry_id)
        });

        let read = |name: &str, problems: &mut Vec<StateProblem>| match store.read(name) {
            Ok(bytes) => bytes,
            Err(e) => {
                problems.push(StateProblem::Storage {
                    reason: e.to_string(),
                });
                None
            }
        };
        let candidates = [
            (
                RegistrySource::Stored,
                REGISTRY_FILE,
                read(REGISTRY_FILE, &mut problems),
            ),
            (
                RegistrySource::PreviousCopy,
                PREVIOUS_FILE,
                read(PREVIOUS_FILE, &mut problems),
            ),
            (
                RegistrySource::Shipped,
                "(shipped)",
                shipped_registry.map(<[u8]>::to_vec),
            ),
        ];
        let mut chosen = None;
        let mut below: Option<(RegistrySource, signing::VerifiedRegistry)> = None;
        let mut last_error = None;
        for (source, file, bytes) in candidates {
            let Some(bytes) = bytes else { continue };
            // The shipped registry is as trustworthy as the shipped root it came with; what is
            // stored must verify against the root in force now.
            let trusted = if source == RegistrySource::Shipped {
                &shipped_root
            } else {
                &root
            };
            let verified = match signing::verify(&bytes, trusted, &policy.clone().min_version(0)) {
                Ok(v) => v,
                Err(e) => {
                    problems.push(StateProblem::RegistryRefused {
                        file: file.to_string(),
                        reason: e.to_string(),
                    });
                    last_error = Some(e);
                    continue;
                }
            };
            let version = verified.doc().version;
            let problem = match &floor {
                Some(f) if version < f.version => StateProblem::BelowFloor {
                    file: file.to_string(),
                    version,
                    floor: f.version,
                },
                Some(f)
                    if version == f.version && verified.payload_sha256() != f.payload_sha256 =>
                {
                    StateProblem::FloorConflict {
                        file: file.to_string(),
                        version,
                    }
                }
                _ => {
                    chosen = Some((source, verified));
                    break;
                }
            };
            problems.push(problem);
            // Kept as the last resort: a damaged floor record must not leave a device with no
            // registry at all (found by fuzzing: a floor naming the shipped version with
            // another payload refused every candidate).
            if below
                .as_ref()
                .is_none_or(|(_, b)| b.doc().version < version)
            {
                below = Some((source, verified));
            }
        }
        let Some((source, verified)) = chosen.or(below) else {
            return Err(match last_error {
                Some(e) => UpdateError::Verify(e),
                None => UpdateError::NothingInForce,
            });
        };
        let info = verified.info();
        let mut guard = CallGuard::with_policy(verified, policy)?;
        *guard.root.get_mut().unwrap_or_else(|e| e.into_inner()) = std::sync::Arc::new(root);
        // A registry newer than the floor (a crash between install and floor) raises it.
        let next = floor_of(&info);
        let floor_after = match &floor {
            Some(f) if f.version >= next.version => Some(f.version),
            _ if lock.is_ok() => match store.raise_floor(&next) {
                Ok(()) => Some(next.version),
                Err(e) => {
                    problems.push(StateProblem::Storage {
                        reason: e.to_string(),
                    });
                    floor.as_ref().map(|f| f.version)
                }
            },
            _ => floor.as_ref().map(|f| f.version),
        };
        drop(lock);
        let report = StateReport {
            source,
            problems,
            floor: floor_after,
            root_version: guard.trust_root().version(),
        };
        guard.store = Some(store);
        Ok((guard, report))
    }

    /// Persists an update that verified and passed the guard's version rule, under the
    /// directory's lock, against the floor on disk (another process may have gone further).
    pub(super) fn persist_update(
        &self,
        envelope: &[u8],
        info: &RegistryInfo,
    ) -> Result<(), UpdateError> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _lock = store.lock()?;
        if let (Some(floor), _) = store.floor() {
            if floor.registry_id == info.registry_id {
                if info.version < floor.version {
                    return Err(VerifyError::Policy(PolicyError::Rollback {
                        version: info.version,
                        floor: floor.version,
                    })
                    .into());
                }
                if info.version == floor.version && info.payload_sha256 != floor.payload_sha256 {
                    return Err(UpdateError::VersionConflict {
                        version: info.version,
                    });
                }
            }
        }
        store.install(envelope, &floor_of(info))?;
        Ok(())
    }

    /// Persists a root rotation that verified.
    pub(super) fn persist_rotation(&self, version: u64, envelope: &[u8]) -> Result<(), StateError> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let _lock = store.lock()?;
        store.add_rotation(version, envelope)
    }

    /// The state directory this guard persists to, if it was opened from one.
    pub fn state_dir(&self) -> Option<&std::path::Path> {
        self.store.as_ref().map(Store::dir)
    }
}

/// `root` advanced by every stored rotation that verifies against the root before it.
fn rotated(store: &Store, mut root: TrustRoot, problems: &mut Vec<StateProblem>) -> TrustRoot {
    let rotations = match store.rotations() {
        Ok(r) => r,
        Err(e) => {
            problems.push(StateProblem::Storage {
                reason: e.to_string(),
            });
            return root;
        }
    };
    for (file, bytes) in rotations {
        // A rotation the root already includes (an app shipped with a newer root) is skipped.
        let included = signing::Envelope::from_json(&bytes, bytes.len())
            .ok()
            .and_then(|env| TrustRoot::from_json(env.payload()).ok())
            .is_some_and(|r| r.version() <= root.version());
        if included {
            continue;
        }
        match root.rotate(&bytes) {
            Ok(next) => root = next,
            Err(e) => problems.push(StateProblem::RotationRefused {
                file,
                reason: e.to_string(),
            }),
        }
    }
    root
}

/// What [`install`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Installed {
    /// The registry now in force in the directory.
    pub info: RegistryInfo,
    /// False when it was already in force (nothing was written).
    pub written: bool,
}

/// Installs a signed registry into a state directory without an app running (what
/// `callguard state install` does): verified against `root` advanced by the stored rotations,
/// `policy`, and the floor on disk (newer, or the very registry in force), then persisted
/// under the lock. On any error nothing is written.
pub fn install(
    store: &Store,
    root: TrustRoot,
    policy: Policy,
    signed: &[u8],
) -> Result<Installed, UpdateError> {
    let _lock = store.lock()?;
    // A directory keeps the root it was started with (recorded by its first install).
    let started = started_root(store)?;
    if started.as_ref().is_some_and(|s| *s != root) {
        return Err(UpdateError::OtherRoot);
    }
    let record_root = started.is_none().then(|| root.to_json());
    let root = rotated(store, root, &mut Vec::new());
    let (floor, _) = store.floor();
    let floor = floor.filter(|f| {
        policy
            .registry_id
            .as_deref()
            .is_none_or(|id| id == f.registry_id)
    });
    let min = floor.as_ref().map_or(0, |f| f.version);
    let verified = signing::verify(signed, &root, &policy.min_version(min))?;
    let info = verified.info();
    if let Some(f) = &floor {
        if info.version == f.version {
            if info.payload_sha256 != f.payload_sha256 {
                return Err(UpdateError::VersionConflict {
                    version: info.version,
                });
            }
            // The registry in force: rewrite it only if the stored copy is not these bytes.
            if store.read(REGISTRY_FILE)?.as_deref() == Some(signed) {
                return Ok(Installed {
                    info,
                    written: false,
                });
            }
        }
    }
    store.install(signed, &floor_of(&info))?;
    if let Some(root_json) = record_root {
        store.write_atomic(ROOT_FILE, &root_json)?;
    }
    Ok(Installed {
        info,
        written: true,
    })
}

/// The trust root a state directory was started with (`root.json`, recorded by its first
/// [`install`]), for tools that manage a directory without an app (an app passes the root it
/// ships instead); `None` before the first install.
pub fn started_root(store: &Store) -> Result<Option<TrustRoot>, UpdateError> {
    match store.read(ROOT_FILE)? {
        Some(bytes) => Ok(Some(TrustRoot::read(&bytes)?)),
        None => Ok(None),
    }
}

/// Applies a signed root rotation to a state directory without an app running (what
/// `callguard state rotate` does): verified against `root` advanced by the stored rotations,
/// then stored. Returns the new root version.
pub fn rotate(store: &Store, root: TrustRoot, signed_root: &[u8]) -> Result<u64, UpdateError> {
    let _lock = store.lock()?;
    let current = rotated(store, root, &mut Vec::new());
    let next = current.rotate(signed_root)?;
    store.add_rotation(next.version(), signed_root)?;
    Ok(next.version())
}
