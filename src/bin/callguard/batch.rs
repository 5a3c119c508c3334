//! `callguard check --batch [FILE|-] [--column NAME]`: many caller IDs, one JSON object per
//! input line on stdout (the `check --json` object, compact, plus `line`), in input order.
//!
//! Streaming with bounded memory: the input is read in chunks of at most [`CHUNK_LINES`]
//! lines, one scoped worker thread per core checks them, and their results are written in
//! input order as they come; at most two chunks per worker are in flight. A line longer than
//! [`MAX_LINE_BYTES`] is cut there (the check then says the input is too long); a line that
//! is not UTF-8 is checked as read lossily. Neither stops the batch: every input line gets a
//! result, and only an unreadable file, a missing `--column` or a write error ends it (status 2).
//!
//! With `--column NAME` the input is CSV: the first line is the header, and each later line is
//! one record whose field NAME is the caller ID (RFC 4180 quoting, one record per line; a
//! record without that field is checked as an empty caller ID).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::{mpsc, Mutex};
use std::thread;

use callguard::guard::Snapshot;
use callguard::notice::NoticeTable;
use callguard::signing;
use callguard::verdict::{CallContext, Check, CheckOptions};
use serde::Serialize;

use crate::CliResult;

/// Lines checked by one thread per round.
const CHUNK_LINES: usize = 4096;
/// The longest line read whole; callguard refuses caller IDs far shorter than this.
const MAX_LINE_BYTES: usize = 4096;

/// One line of output: the `check --json` object plus the input line number (1-based).
#[derive(Serialize)]
struct Output<'a> {
    line: u64,
    #[serde(flatten)]
    check: &'a Check,
    registry_id: &'a str,
    registry_version: u64,
    demo: bool,
}

/// Runs a batch check of `input` (`-` for standard input) against `snapshot`.
pub(crate) fn run(
    snapshot: &Snapshot,
    options: &CheckOptions,
    input: &Path,
    column: Option<&str>,
) -> CliResult {
    let reader: Box<dyn Read> = if input == Path::new("-") {
        Box::new(io::stdin().lock())
    } else {
        let file =
            File::open(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
        Box::new(file)
    };
    let mut lines = Lines::new(BufReader::with_capacity(1 << 16, reader));
    let field = match column {
        Some(name) => Some(header_index(&mut lines, name)?),
        None => None,
    };
    let threads = thread::available_parallelism().map_or(1, usize::from);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut next_chunk = || -> io::Result<Vec<(u64, String)>> {
        let mut chunk = Vec::with_capacity(CHUNK_LINES);
        while chunk.len() < CHUNK_LINES {
            let Some((number, text)) = lines.next_line()? else {
                break;
            };
            let raw = match field {
                Some(i) => csv_field(&text, i).unwrap_or_default(),
                None => text,
            };
            chunk.push((number, raw));
        }
        Ok(chunk)
    };
    // Workers take numbered chunks and hand back their JSON lines; this thread reads the
    // input, and writes the results in chunk order. At most two chunks per worker are in
    // flight, so memory stays bounded whatever the input's length.
    let (jobs, queue) = mpsc::sync_channel::<(usize, Vec<(u64, String)>)>(threads);
    let queue = Mutex::new(queue);
    let (done, results) = mpsc::channel();
    thread::scope(|s| -> CliResult {
        for _ in 0..threads {
            let (queue, done) = (&queue, done.clone());
            s.spawn(move || loop {
                let job = queue
                    .lock()
                    .map_err(|_| ())
                    .and_then(|q| q.recv().map_err(|_| ()));
                let Ok((index, chunk)) = job else {
                    return;
                };
                // A panic would leave its chunk unanswered and the writer waiting: report it.
                let checked = panic::catch_unwind(AssertUnwindSafe(|| {
                    check_chunk(snapshot, options, &chunk).map_err(|e| e.to_string())
                }))
                .unwrap_or_else(|_| Err("a batch worker panicked".to_string()));
                if done.send((index, checked)).is_err() {
                    return;
                }
            });
        }
        drop(done);
        let mut waiting = BTreeMap::new();
        let (mut sent, mut written) = (0usize, 0usize);
        let mut write_ready =
            |waiting: &mut BTreeMap<usize, _>, written: &mut usize| -> CliResult {
                while let Some(bytes) = waiting.remove(written) {
                    let bytes: Result<Vec<u8>, String> = bytes;
                    out.write_all(&bytes?)?;
                    *written += 1;
                }
                Ok(())
            };
        loop {
            let chunk = next_chunk()?;
            if chunk.is_empty() {
                break;
            }
            while sent - written >= 2 * threads {
                let (index, bytes) = results.recv().map_err(|_| "a batch worker stopped")?;
                waiting.insert(index, bytes);
                write_ready(&mut waiting, &mut written)?;
            }
            jobs.send((sent, chunk))
                .map_err(|_| "a batch worker stopped")?;
            sent += 1;
        }
        drop(jobs);
        while written < sent {
            let (index, bytes) = results.recv().map_err(|_| "a batch worker stopped")?;
            waiting.insert(index, bytes);
            write_ready(&mut waiting, &mut written)?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(())
}

/// Checks every `(line, caller ID)` of a chunk; the JSON lines, in order.
fn check_chunk(
    snapshot: &Snapshot,
    options: &CheckOptions,
    chunk: &[(u64, String)],
) -> Result<Vec<u8>, serde_json::Error> {
    let registry = snapshot.registry();
    // As `check` judges one caller: a call now, with the registry's caller policies and no
    // notices.
    let context = CallContext {
        at: Some(signing::now_unix()),
        ..CallContext::default()
    };
    let notices = NoticeTable::new();
    let mut buf = Vec::with_capacity(chunk.len() * 256);
    for (line, raw) in chunk {
        let check = snapshot.check_call(raw, options, &context, &notices);
        let output = Output {
            line: *line,
            check: &check,
            registry_id: registry.id(),
            registry_version: registry.version(),
            demo: registry.is_demo(),
        };
        serde_json::to_writer(&mut buf, &output)?;
        buf.push(b'\n');
    }
    Ok(buf)
}

/// Input lines, numbered from 1, each at most [`MAX_LINE_BYTES`] long (the rest of a longer
/// line is skipped), without the line ending, decoded lossily.
struct Lines<R> {
    reader: R,
    number: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R) -> Self {
        Lines {
            reader,
            number: 0,
            buf: Vec::with_capacity(MAX_LINE_BYTES),
        }
    }

    fn next_line(&mut self) -> io::Result<Option<(u64, String)>> {
        self.buf.clear();
        let mut any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            any = true;
            let (used, done) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            let content = &available[..if done { used - 1 } else { used }];
            let room = MAX_LINE_BYTES - self.buf.len();
            self.buf
                .extend_from_slice(&content[..content.len().min(room)]);
            self.reader.consume(used);
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        self.number += 1;
        let text = String::from_utf8_lossy(&self.buf).into_owned();
        Ok(Some((self.number, text)))
    }
}

/// Reads the CSV header line and finds the column called `name`.
fn header_index<R: BufRead>(lines: &mut Lines<R>, name: &str) -> Result<usize, String> {
    let (_, header) = lines
        .next_line()
        .map_err(|e| format!("cannot read the CSV header: {e}"))?
        .ok_or_else(|| format!("--column {name}: the input is empty, no CSV header"))?;
    let header = header.strip_prefix('\u{feff}').unwrap_or(&header);
    let names = csv_fields(header);
    names
        .iter()
        .position(|n| n.trim() == name)
        .ok_or_else(|| format!("--column {name}: no such column in the CSV header {names:?}"))
}

/// The `index`th field of one CSV record, or `None` if it has fewer fields.
fn csv_field(record: &str, index: usize) -> Option<String> {
    csv_fields(record).into_iter().nth(index)
}

/// Splits one CSV record (RFC 4180: fields separated by commas; a field in double quotes may
/// hold commas, and `""` inside it is one quote). An unterminated quote runs to the end.
fn csv_fields(record: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut chars = record.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted => {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            }
            '"' if field.is_empty() => quoted = true,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_follow_rfc_4180_quoting() {
        assert_eq!(csv_fields("a,b,,c"), ["a", "b", "", "c"]);
        assert_eq!(
            csv_fields(r#""+1 (888) 221-1161","x, y","say ""hi""""#),
            ["+1 (888) 221-1161", "x, y", r#"say "hi""#]
        );
        assert_eq!(csv_fields(""), [""]);
        assert_eq!(csv_fields(r#""open,quote"#), ["open,quote"]);
    }

    #[test]
    fn lines_are_numbered_cut_and_decoded_lossily() {
        let long = "9".repeat(MAX_LINE_BYTES + 10);
        let mut input = b"95188\r\n\n".to_vec();
        input.extend_from_slice(long.as_bytes());
        input.extend_from_slice(b"\n\xff12\nlast");
        let mut lines = Lines::new(&input[..]);
        let mut got = Vec::new();
        while let Some(l) = lines.next_line().unwrap() {
            got.push(l);
        }
        assert_eq!(got.len(), 5);
        assert_eq!(got[0], (1, "95188".to_string()));
        assert_eq!(got[1], (2, String::new()));
        assert_eq!(got[2].1.len(), MAX_LINE_BYTES);
        assert_eq!(got[3], (4, "\u{fffd}12".to_string()));
        assert_eq!(got[4], (5, "last".to_string()));
    }
}
