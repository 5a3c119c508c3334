//! The byte edits the forgery targets (`verify_mutation`, `notice_verify`) apply to a valid
//! signed document: one place, so both mutate the same way.

/// Applies `data`, read as at most 32 four-byte edits `[op][offset hi][offset lo][value]`, to
/// `bytes`: `op % 4` flips bits (`xor value|1`), inserts `value`, deletes, or overwrites with
/// `value` at `offset % (len + 1)` of the bytes edited so far.
pub fn apply(bytes: &mut Vec<u8>, data: &[u8]) {
    for edit in data.chunks_exact(4).take(32) {
        let at = u16::from_be_bytes([edit[1], edit[2]]) as usize % (bytes.len() + 1);
        let value = edit[3];
        match edit[0] % 4 {
            0 if at < bytes.len() => bytes[at] ^= value | 1,
            1 => bytes.insert(at, value),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 if at < bytes.len() => bytes[at] = value,
            _ => {}
        }
    }
}
