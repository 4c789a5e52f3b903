//! Decoded token bytes to text without ever cutting a multi-byte character (streamed answers).

/// Turns a stream of token bytes into text without ever cutting a multi-byte character.
#[derive(Debug, Default)]
pub struct Utf8Stream {
    pending: Vec<u8>,
}

impl Utf8Stream {
    /// Adds bytes and returns the longest complete text now available; bytes that can never
    /// become valid UTF-8 are replaced, an incomplete character at the end waits for more.
    pub fn push(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let mut out = String::new();
        loop {
            match std::str::from_utf8(&self.pending) {
                Ok(s) => {
                    out.push_str(s);
                    self.pending.clear();
                    return out;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    out.push_str(&String::from_utf8_lossy(&self.pending[..valid]));
                    match e.error_len() {
                        Some(n) => {
                            out.push('\u{FFFD}');
                            self.pending.drain(..valid + n);
                        }
                        None => {
                            self.pending.drain(..valid);
                            return out;
                        }
                    }
                }
            }
        }
    }

    /// Whatever is left at the end (an incomplete character becomes U+FFFD).
    pub fn finish(&mut self) -> String {
        let out = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending.clear();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_never_cuts_a_character() {
        let text = "aé🙂ß中";
        let mut st = Utf8Stream::default();
        let mut out = String::new();
        for b in text.bytes() {
            let piece = st.push(&[b]);
            assert!(!piece.contains('\u{FFFD}'));
            out.push_str(&piece);
        }
        out.push_str(&st.finish());
        assert_eq!(out, text);
    }

    #[test]
    fn stream_replaces_invalid_bytes_and_keeps_going() {
        let mut st = Utf8Stream::default();
        let mut out = st.push(&[b'a', 0xFF, 0xE4, 0xB8]);
        assert_eq!(out, "a\u{FFFD}");
        out.push_str(&st.push(&[0xAD]));
        assert_eq!(out, "a\u{FFFD}中");
    }
}
