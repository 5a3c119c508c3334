//! Streaming over live captions: chunks come in as they are transcribed; each sentence is
//! scanned as soon as it is complete, so an indicator is reported the moment the words that
//! make it have arrived. Memory stays bounded: only the unfinished sentence (at most
//! [`super::MAX_SENTENCE`] bytes plus the last chunk) and a few flags about the previous
//! sentences are kept. The indicators are exactly those of a one-shot scan of the concatenated
//! text, with spans relative to the whole stream.

use std::sync::Arc;

use super::rules::State;
use super::segment::{first_sentence, first_sentence_from, Resume};
use super::{Indicator, Language, Scanner};

/// A scanner fed transcript chunks (owned, `Send`; one per call or conversation).
#[derive(Debug)]
pub struct StreamScanner {
    scanner: Arc<Scanner>,
    state: State,
    /// The unfinished tail of the stream (starts at byte `base` of the stream).
    buf: String,
    /// Bytes of an incomplete UTF-8 sequence at the end of the last [`Self::push_bytes`] call.
    partial: Vec<u8>,
    base: usize,
    /// Where the search for the next sentence end may resume in `buf`.
    resume: Resume,
    finished: bool,
}

impl Default for StreamScanner {
    fn default() -> Self {
        StreamScanner::new()
    }
}

impl StreamScanner {
    /// A stream scanner that knows no provider names ([`Scanner::without_providers`]).
    pub fn new() -> StreamScanner {
        StreamScanner::with_scanner(Scanner::without_providers(), None)
    }

    /// A stream scanner using `scanner`, with an optional language hint.
    pub fn with_scanner(scanner: Arc<Scanner>, hint: Option<Language>) -> StreamScanner {
        StreamScanner {
            scanner,
            state: State::new(hint),
            buf: String::new(),
            partial: Vec::new(),
            base: 0,
            resume: Resume::default(),
            finished: false,
        }
    }

    /// Feeds the next chunk of text; returns the indicators completed by it (in order).
    /// After [`Self::finish`] the stream starts over from offset 0.
    pub fn push(&mut self, chunk: &str) -> Vec<Indicator> {
        self.restart_if_finished();
        if !self.partial.is_empty() {
            // A dangling UTF-8 prefix from push_bytes can never complete now.
            self.partial.clear();
            self.buf.push('\u{FFFD}');
        }
        self.buf.push_str(chunk);
        self.drain(false)
    }

    /// Feeds raw bytes (a chunk may end inside a multi-byte character; the rest comes with the
    /// next chunk). Invalid UTF-8 becomes U+FFFD as in [`String::from_utf8_lossy`], and offsets
    /// are relative to that decoded text.
    pub fn push_bytes(&mut self, chunk: &[u8]) -> Vec<Indicator> {
        self.restart_if_finished();
        // The incomplete tail of the last call, if any, goes first; its buffer is reused, and
        // a chunk that follows a complete character is decoded where it lies.
        let mut partial = std::mem::take(&mut self.partial);
        if partial.is_empty() {
            let consumed = self.decode(chunk);
            partial.extend_from_slice(&chunk[consumed..]);
        } else {
            partial.extend_from_slice(chunk);
            let consumed = self.decode(&partial);
            partial.drain(..consumed);
        }
        self.partial = partial;
        self.drain(false)
    }

    /// Appends `bytes` to the buffer as text, invalid sequences as U+FFFD, except an incomplete
    /// character at the very end; returns how many bytes were used.
    fn decode(&mut self, bytes: &[u8]) -> usize {
        let mut consumed = 0;
        for piece in bytes.utf8_chunks() {
            self.buf.push_str(piece.valid());
            consumed += piece.valid().len();
            let invalid = piece.invalid();
            if invalid.is_empty() {
                continue;
            }
            let at_end = consumed + invalid.len() == bytes.len();
            if at_end && could_be_incomplete(invalid) {
                break;
            }
            self.buf.push('\u{FFFD}');
            consumed += invalid.len();
        }
        consumed
    }

    /// Ends the stream: scans what is left and returns its indicators.
    pub fn finish(&mut self) -> Vec<Indicator> {
        if !self.partial.is_empty() {
            self.partial.clear();
            self.buf.push('\u{FFFD}');
        }
        let out = self.drain(true);
        self.finished = true;
        out
    }

    /// The indicators the unfinished tail would give if the stream ended now, without
    /// consuming anything: for a live UI that wants to highlight a request before the speaker
    /// finishes the sentence. Provisional: words still to come may veto them ("…, is that
    /// normal?"); the final word is what [`Self::push`] and [`Self::finish`] report.
    pub fn peek(&self) -> Vec<Indicator> {
        let mut state = self.state.clone();
        let mut out = Vec::new();
        let mut pos = 0;
        while let Some(n) = first_sentence(&self.buf[pos..], true) {
            self.scanner.scan_sentence(
                &self.buf[pos..pos + n],
                self.base + pos,
                &mut state,
                &mut out,
            );
            pos += n;
        }
        out
    }

    /// Bytes currently buffered (the unfinished sentence): bounded by
    /// [`super::MAX_SENTENCE`] plus the size of the last chunk.
    pub fn buffered(&self) -> usize {
        self.buf.len() + self.partial.len()
    }

    /// Byte offset in the stream of the first byte not yet scanned.
    pub fn position(&self) -> usize {
        self.base
    }

    fn restart_if_finished(&mut self) {
        if self.finished {
            let hint = self.state_hint();
            *self = StreamScanner::with_scanner(Arc::clone(&self.scanner), hint);
        }
    }

    fn state_hint(&self) -> Option<Language> {
        self.state.hint()
    }

    fn drain(&mut self, eof: bool) -> Vec<Indicator> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            match first_sentence_from(&self.buf[pos..], eof, self.resume) {
                Ok(n) => {
                    self.scanner.scan_sentence(
                        &self.buf[pos..pos + n],
                        self.base + pos,
                        &mut self.state,
                        &mut out,
                    );
                    pos += n;
                    self.resume = Resume::default();
                }
                Err(resume) => {
                    self.resume = resume;
                    break;
                }
            }
        }
        self.buf.drain(..pos);
        self.base += pos;
        out
    }
}

/// True if `b` (an invalid tail reported by `utf8_chunks`) is a prefix of a valid sequence.
fn could_be_incomplete(b: &[u8]) -> bool {
    let need = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return false,
    };
    b.len() < need
}
