//! The model's own byte-level BPE tokenizer, rebuilt from the GGUF metadata (tokens, merges, types).
//! Pre-tokenization follows the file's `tokenizer.ggml.pre`. [`Tokenizer::encode`] parses special
//! tokens written in the text (prompt files of the CLI); [`Tokenizer::encode_text`] never does, for
//! what learners type, so their text cannot open or close a chat turn.

use crate::error::{Error, Result};
use crate::gguf::{Array, GgufFile, StrArray, Value};
use fancy_regex::Regex;
use std::collections::HashMap;

/// GGUF token types (llama.cpp's numbering).
const TOKEN_TYPE_CONTROL: i64 = 3;
const TOKEN_TYPE_USER_DEFINED: i64 = 4;

/// The GPT-2 split pattern; `\s+(?!\S)` leaves the last space of a run to the next word.
const GPT2_PATTERN: &str =
    r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

/// How text is cut into words before BPE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PreTokenizer {
    /// GPT-2 rules.
    Gpt2,
    /// Every digit on its own first, then GPT-2 rules (SmolLM's "smollm" setting).
    DigitsThenGpt2,
}

/// A byte-level BPE tokenizer.
#[derive(Debug)]
pub struct Tokenizer {
    pieces: StrArray,
    /// Token ids ordered by their piece (equal pieces by id): lookups by binary search, without
    /// a second copy of the vocabulary.
    by_piece: Vec<u32>,
    /// (left id, right id) → (rank, merged id).
    merges: HashMap<(u32, u32), (u32, u32)>,
    /// Ids of the special tokens parsed in text, longest piece first.
    specials: Vec<u32>,
    is_control: Vec<bool>,
    byte_to_char: [char; 256],
    char_to_byte: HashMap<char, u8>,
    split: Regex,
    digit: Regex,
    pre: PreTokenizer,
    pub bos_id: Option<u32>,
    pub eos_id: Option<u32>,
    /// Extra ids that also end a turn (e.g. `<|endoftext|>` next to `<|im_end|>`).
    pub stop_ids: Vec<u32>,
    pub add_bos: bool,
}

/// GPT-2's reversible map from bytes to printable characters.
fn byte_chars() -> [char; 256] {
    let mut table = ['\0'; 256];
    let mut next = 256u32;
    for b in 0..=255u8 {
        let printable = matches!(b, b'!'..=b'~' | 0xA1..=0xAC | 0xAE..=0xFF);
        let c = if printable {
            b as u32
        } else {
            let c = next;
            next += 1;
            c
        };
        table[b as usize] = char::from_u32(c).unwrap_or('\u{FFFD}');
    }
    table
}

/// The lowest id whose piece is `piece`, found in `by_piece` (ids sorted by piece, then id).
fn id_of(pieces: &StrArray, by_piece: &[u32], piece: &str) -> Option<u32> {
    let at = by_piece.partition_point(|&id| pieces.get(id as usize).unwrap_or("") < piece);
    by_piece.get(at).copied().filter(|&id| pieces.get(id as usize) == Some(piece))
}

fn bad(g: &GgufFile, reason: impl Into<String>) -> Error {
    Error::Unsupported {
        path: g.path.clone(),
        reason: reason.into(),
    }
}

impl Tokenizer {
    /// Builds the tokenizer from `tokenizer.ggml.*` metadata; refuses anything but GPT-2-style BPE.
    /// The vocabulary and merges are taken out of `g` (moved, not copied).
    pub fn from_gguf(g: &mut GgufFile) -> Result<Self> {
        match g.get("tokenizer.ggml.model").and_then(Value::as_str) {
            Some("gpt2") => {}
            Some(other) => {
                return Err(bad(
                    g,
                    format!("tokenizer type '{other}' (only GPT-2-style byte-level BPE is supported)"),
                ))
            }
            None => return Err(bad(g, "no tokenizer in the file's metadata")),
        }
        let pre = match g.get("tokenizer.ggml.pre").and_then(Value::as_str) {
            Some("smollm") => PreTokenizer::DigitsThenGpt2,
            _ => PreTokenizer::Gpt2,
        };
        let pieces = match g.take("tokenizer.ggml.tokens") {
            Some(Value::Array(Array::Str(v))) if !v.is_empty() => v,
            _ => return Err(bad(g, "tokenizer.ggml.tokens is missing or empty")),
        };
        if pieces.len() > u32::MAX as usize / 2 {
            return Err(bad(g, "vocabulary too large"));
        }
        let merge_rules = match g.take("tokenizer.ggml.merges") {
            Some(Value::Array(Array::Str(v))) => v,
            _ => return Err(bad(g, "tokenizer.ggml.merges is missing")),
        };
        let types = match g.get("tokenizer.ggml.token_type") {
            Some(Value::Array(a)) if a.len() == pieces.len() && a.int(0).is_some() => Some(a),
            Some(_) => return Err(bad(g, "tokenizer.ggml.token_type disagrees with the vocabulary")),
            None => None,
        };
        let type_of = |i: usize| types.and_then(|a| a.int(i)).unwrap_or(1);
        let mut by_piece: Vec<u32> = (0..pieces.len() as u32).collect();
        by_piece.sort_unstable_by(|&a, &b| {
            pieces.get(a as usize).cmp(&pieces.get(b as usize)).then(a.cmp(&b))
        });
        // While building, a map borrowing the pieces is much faster than binary search for the
        // many merge lookups; it is dropped before the tokenizer is returned.
        let mut index: HashMap<&str, u32> = HashMap::with_capacity(pieces.len());
        for (i, p) in pieces.iter().enumerate() {
            index.entry(p).or_insert(i as u32);
        }
        let lookup = |piece: &str| index.get(piece).copied();
        let mut merges = HashMap::new();
        let mut joined = String::new();
        for (rank, m) in merge_rules.iter().enumerate() {
            let Some((a, b)) = m.split_once(' ') else {
                return Err(bad(g, format!("merge rule '{m}' has no space")));
            };
            joined.clear();
            joined.push_str(a);
            joined.push_str(b);
            let (Some(ia), Some(ib), Some(im)) = (lookup(a), lookup(b), lookup(&joined)) else {
                continue; // a rule whose parts are not in the vocabulary can never apply
            };
            merges.entry((ia, ib)).or_insert((rank as u32, im));
        }
        drop(merge_rules);
        let is_control: Vec<bool> = (0..pieces.len()).map(|i| type_of(i) == TOKEN_TYPE_CONTROL).collect();
        let mut specials: Vec<u32> = (0..pieces.len())
            .filter(|&i| {
                let t = type_of(i);
                (t == TOKEN_TYPE_CONTROL || t == TOKEN_TYPE_USER_DEFINED)
                    && pieces.get(i).is_some_and(|p| !p.is_empty())
            })
            .map(|i| i as u32)
            .collect();
        specials.sort_by_key(|&i| std::cmp::Reverse(pieces.get(i as usize).map_or(0, str::len)));
        let n_pieces = pieces.len();
        let id = |key: &str| {
            g.get(key)
                .and_then(Value::as_u64)
                .filter(|&v| (v as usize) < n_pieces)
                .map(|v| v as u32)
        };
        let eos_id = id("tokenizer.ggml.eos_token_id");
        let mut stop_ids: Vec<u32> = eos_id.into_iter().collect();
        for s in ["<|endoftext|>", "<|im_end|>", "<|eot_id|>", "</s>"] {
            if let Some(i) = lookup(s) {
                if is_control.get(i as usize).copied().unwrap_or(false) && !stop_ids.contains(&i) {
                    stop_ids.push(i);
                }
            }
        }
        let byte_to_char = byte_chars();
        let char_to_byte = byte_to_char
            .iter()
            .enumerate()
            .map(|(b, &c)| (c, b as u8))
            .collect();
        let regex = |p: &str| {
            Regex::new(p).map_err(|e| Error::Compute(format!("tokenizer pattern: {e}")))
        };
        let bos_id = id("tokenizer.ggml.bos_token_id");
        let add_bos = g
            .get("tokenizer.ggml.add_bos_token")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Ok(Tokenizer {
            pieces,
            by_piece,
            merges,
            specials,
            is_control,
            byte_to_char,
            char_to_byte,
            split: regex(GPT2_PATTERN)?,
            digit: regex(r"\p{N}")?,
            pre,
            bos_id,
            eos_id,
            stop_ids,
            add_bos,
        })
    }

    pub fn vocab_size(&self) -> usize {
        self.pieces.len()
    }

    /// The vocabulary string of a token (GPT-2 byte-level form).
    pub fn piece(&self, id: u32) -> &str {
        self.pieces.get(id as usize).unwrap_or("")
    }

    /// The id of a vocabulary string (the lowest id when a piece occurs twice).
    fn id_of(&self, piece: &str) -> Option<u32> {
        id_of(&self.pieces, &self.by_piece, piece)
    }

    /// The id of a special token such as `<|im_start|>`, if the vocabulary has it as one.
    pub fn special_id(&self, piece: &str) -> Option<u32> {
        self.id_of(piece).filter(|id| self.specials.contains(id))
    }

    pub fn is_control(&self, id: u32) -> bool {
        self.is_control.get(id as usize).copied().unwrap_or(false)
    }

    /// The BOS token, when the file asks for one at the start of every text.
    pub fn leading_bos(&self) -> Option<u32> {
        self.bos_id.filter(|_| self.add_bos)
    }

    /// Text to ids: special tokens written in the text become single tokens; BOS is added only
    /// when the file asks for it. For prompts written by authors (the CLI's prompt files);
    /// what a learner types goes through [`Tokenizer::encode_text`].
    pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
        let mut ids: Vec<u32> = self.leading_bos().into_iter().collect();
        let mut rest = text;
        while !rest.is_empty() {
            match self.find_special(rest) {
                Some((start, len, id)) => {
                    self.append_text(&rest[..start], &mut ids)?;
                    ids.push(id);
                    rest = &rest[start + len..];
                }
                None => {
                    self.append_text(rest, &mut ids)?;
                    break;
                }
            }
        }
        Ok(ids)
    }

    /// Text to ids with special tokens NOT parsed: `<|im_end|>` in the text stays characters.
    /// BOS is added only when the file asks for it.
    pub fn encode_text(&self, text: &str) -> Result<Vec<u32>> {
        let mut ids: Vec<u32> = self.leading_bos().into_iter().collect();
        self.append_text(text, &mut ids)?;
        Ok(ids)
    }

    /// The leftmost special token in `text` (longest on ties): (byte start, byte length, id).
    fn find_special(&self, text: &str) -> Option<(usize, usize, u32)> {
        let mut best: Option<(usize, usize, u32)> = None;
        for &id in &self.specials {
            let s = self.piece(id);
            if let Some(pos) = text.find(s) {
                let better = match best {
                    None => true,
                    Some((bp, bl, _)) => pos < bp || (pos == bp && s.len() > bl),
                };
                if better {
                    best = Some((pos, s.len(), id));
                }
            }
        }
        best
    }

    /// Appends the ids of `text` as plain text (no BOS, no special tokens): the segments of a
    /// chat template between its markers.
    pub fn append_text(&self, text: &str, out: &mut Vec<u32>) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        match self.pre {
            PreTokenizer::Gpt2 => self.encode_gpt2(text, out),
            PreTokenizer::DigitsThenGpt2 => {
                let mut last = 0;
                for m in self.digit.find_iter(text) {
                    let m = m.map_err(|e| Error::Compute(format!("tokenizer: {e}")))?;
                    self.encode_gpt2(&text[last..m.start()], out)?;
                    self.encode_gpt2(m.as_str(), out)?;
                    last = m.end();
                }
                self.encode_gpt2(&text[last..], out)
            }
        }
    }

    fn encode_gpt2(&self, text: &str, out: &mut Vec<u32>) -> Result<()> {
        for m in self.split.find_iter(text) {
            let m = m.map_err(|e| Error::Compute(format!("tokenizer: {e}")))?;
            self.bpe_word(m.as_str(), out);
        }
        Ok(())
    }

    /// Byte-level BPE on one word: start from byte symbols, merge the best-ranked pair until none applies.
    fn bpe_word(&self, word: &str, out: &mut Vec<u32>) {
        let mut mapped = String::with_capacity(word.len() * 2);
        for b in word.bytes() {
            mapped.push(self.byte_to_char[b as usize]);
        }
        if let Some(id) = self.id_of(&mapped) {
            out.push(id);
            return;
        }
        let mut syms: Vec<u32> = Vec::with_capacity(word.len());
        let mut buf = [0u8; 4];
        for c in mapped.chars() {
            if let Some(id) = self.id_of(c.encode_utf8(&mut buf)) {
                syms.push(id);
            }
            // A byte missing from the vocabulary cannot be encoded; it is dropped, as llama.cpp does.
        }
        loop {
            let mut best: Option<(u32, usize, u32)> = None;
            for i in 0..syms.len().saturating_sub(1) {
                if let Some(&(rank, merged)) = self.merges.get(&(syms[i], syms[i + 1])) {
                    if best.is_none_or(|(r, _, _)| rank < r) {
                        best = Some((rank, i, merged));
                    }
                }
            }
            let Some((_, i, merged)) = best else { break };
            syms[i] = merged;
            syms.remove(i + 1);
        }
        out.extend_from_slice(&syms);
    }

    /// The bytes a token stands for; control tokens give their written form when `with_special`.
    pub fn token_bytes(&self, id: u32, with_special: bool, out: &mut Vec<u8>) {
        let piece = self.piece(id);
        if self.is_control(id) {
            if with_special {
                out.extend_from_slice(piece.as_bytes());
            }
            return;
        }
        let mut buf = [0u8; 4];
        for c in piece.chars() {
            match self.char_to_byte.get(&c) {
                Some(&b) => out.push(b),
                None => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            }
        }
    }

    /// Ids to text (invalid UTF-8 at the edges is replaced, never panics).
    pub fn decode(&self, ids: &[u32], with_special: bool) -> String {
        let mut bytes = Vec::new();
        for &id in ids {
            self.token_bytes(id, with_special, &mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

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

    #[test]
    fn byte_table_is_a_bijection() {
        let t = byte_chars();
        let set: std::collections::HashSet<char> = t.iter().copied().collect();
        assert_eq!(set.len(), 256);
        assert_eq!(t[b' ' as usize], '\u{120}');
        assert_eq!(t[b'\n' as usize], '\u{10A}');
    }
}
