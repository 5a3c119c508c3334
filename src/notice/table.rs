//! The device's table of verified notices: bounded, expired ones purged, the one ending soonest
//! evicted when full, and indexed by calling number so a check costs one hash probe whatever
//! the number of notices held.

use std::collections::HashMap;

use super::{verify, ExpectedCall, NoticeError, VerifiedNotice};
use crate::signing::VerifiedRegistry;

/// Most notices a table holds: 256. A person expects a handful of calls a day; the cap bounds
/// memory (each notice keeps its signed bytes, at most 4 KiB) and the work a registry update
/// does to check them again. When a new notice arrives at the cap, expired ones are purged
/// first, then the one whose window ends soonest is evicted.
pub const MAX_PENDING_NOTICES: usize = 256;

/// Verified notices held for one device (see the module docs).
#[derive(Clone, Debug, Default)]
pub struct NoticeTable {
    notices: Vec<VerifiedNotice>,
    /// Calling number → (window start, position in `notices`), ordered by window start.
    by_from: HashMap<String, Vec<(i64, usize)>>,
}

impl NoticeTable {
    /// An empty table.
    pub fn new() -> NoticeTable {
        NoticeTable::default()
    }

    /// How many notices it holds (expired ones included until the next purge).
    pub fn len(&self) -> usize {
        self.notices.len()
    }

    /// True when it holds none.
    pub fn is_empty(&self) -> bool {
        self.notices.is_empty()
    }

    fn reindex(&mut self) {
        self.by_from.clear();
        for (i, n) in self.notices.iter().enumerate() {
            self.by_from
                .entry(n.from().to_owned())
                .or_default()
                .push((n.not_before_unix(), i));
        }
        for bucket in self.by_from.values_mut() {
            bucket.sort_unstable();
        }
    }

    /// Drops the notices whose window closed before `now`.
    pub fn purge(&mut self, now: i64) {
        let before = self.notices.len();
        self.notices.retain(|n| !n.ended(now));
        if self.notices.len() != before {
            self.reindex();
        }
    }

    /// Holds a verified notice. The same notice again (same id, same payload) is a no-op; the
    /// same id with other content is refused ([`NoticeError::IdConflict`]) and nothing changes.
    /// Expired notices are purged first; at [`MAX_PENDING_NOTICES`] the one ending soonest goes.
    pub fn insert(&mut self, notice: VerifiedNotice, now: i64) -> Result<(), NoticeError> {
        if let Some(held) = self.notices.iter().find(|n| n.id() == notice.id()) {
            return if held.payload_sha256() == notice.payload_sha256() {
                Ok(())
            } else {
                Err(NoticeError::IdConflict(notice.id().to_owned()))
            };
        }
        self.purge(now);
        if self.notices.len() >= MAX_PENDING_NOTICES {
            if let Some((soonest, _)) = self
                .notices
                .iter()
                .enumerate()
                .min_by_key(|(_, n)| n.not_after_unix())
            {
                self.notices.remove(soonest);
            }
        }
        self.notices.push(notice);
        self.reindex();
        Ok(())
    }

    /// Forgets the notice with this id; true if one was held.
    pub fn forget(&mut self, id: &str) -> bool {
        let before = self.notices.len();
        self.notices.retain(|n| n.id() != id);
        let removed = self.notices.len() != before;
        if removed {
            self.reindex();
        }
        removed
    }

    /// The calls still to come or under way at `now`, soonest first.
    pub fn pending(&self, now: i64) -> Vec<ExpectedCall> {
        let mut held: Vec<&VerifiedNotice> =
            self.notices.iter().filter(|n| !n.ended(now)).collect();
        held.sort_unstable_by(|a, b| {
            (a.not_before_unix(), a.id()).cmp(&(b.not_before_unix(), b.id()))
        });
        held.into_iter()
            .map(VerifiedNotice::expected_call)
            .collect()
    }

    /// The notice announcing a call by `provider` from `from` (as the registry lists it) whose
    /// window covers `at`, if any (the one that started last when several do). A hash probe and
    /// a binary search: windows are at most 24 h long, so only notices starting in the 24 h
    /// (plus the skew) before `at` are looked at.
    pub fn covering(&self, provider: &str, from: &str, at: i64) -> Option<&VerifiedNotice> {
        let bucket = self.by_from.get(from)?;
        let started = bucket.partition_point(|&(start, _)| start - super::CLOCK_SKEW_SECS <= at);
        let earliest = at - super::MAX_WINDOW_SECS - 2 * super::CLOCK_SKEW_SECS;
        bucket[..started]
            .iter()
            .rev()
            .take_while(|&&(start, _)| start >= earliest)
            .map(|&(_, i)| &self.notices[i])
            .find(|n| n.provider() == provider && n.covers(at))
    }

    /// The notices by `provider` whose window covers `at`.
    pub fn announced_by(&self, provider: &str, at: i64) -> Vec<ExpectedCall> {
        self.notices
            .iter()
            .filter(|n| n.provider() == provider && n.covers(at))
            .map(VerifiedNotice::expected_call)
            .collect()
    }

    /// Checks every notice again against `registry` at `now` (after a registry update): those
    /// that no longer verify (a removed key, provider or number; another registry) are dropped
    /// and returned with the reason.
    pub fn recheck(&mut self, registry: &VerifiedRegistry, now: i64) -> Vec<(String, NoticeError)> {
        let mut dropped = Vec::new();
        let mut kept = Vec::with_capacity(self.notices.len());
        for n in self.notices.drain(..) {
            match verify(n.envelope(), registry, n.callee(), now) {
                Ok(again) => kept.push(again),
                Err(e) => dropped.push((n.id().to_owned(), e)),
            }
        }
        self.notices = kept;
        self.reindex();
        dropped
    }
}
