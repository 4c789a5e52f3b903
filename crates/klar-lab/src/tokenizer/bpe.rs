//! Byte-level BPE (GPT-2 style, `tokenizer.ggml.model = "gpt2"`): every byte is first mapped to
//! a printable character, words are cut by the file's pre-tokenizer, then the best-ranked merge
//! is applied until none is left.

use super::{bad, Vocab};
use crate::error::{Error, Result};
use crate::gguf::{Array, GgufFile, Value};
use fancy_regex::Regex;
use std::collections::HashMap;

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

/// The merge rules and byte mapping of a byte-level BPE vocabulary.
#[derive(Debug)]
pub(super) struct Bpe {
    /// (left id, right id) → (rank, merged id).
    merges: HashMap<(u32, u32), (u32, u32)>,
    byte_to_char: [char; 256],
    char_to_byte: HashMap<char, u8>,
    split: Regex,
    digit: Regex,
    pre: PreTokenizer,
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

impl Bpe {
    /// Reads the merges (moved out of `g`) and the pre-tokenizer setting.
    pub(super) fn from_gguf(g: &mut GgufFile, vocab: &Vocab) -> Result<Self> {
        let pre = match g.get("tokenizer.ggml.pre").and_then(Value::as_str) {
            Some("smollm") => PreTokenizer::DigitsThenGpt2,
            _ => PreTokenizer::Gpt2,
        };
        let merge_rules = match g.take("tokenizer.ggml.merges") {
            Some(Value::Array(Array::Str(v))) => v,
            _ => return Err(bad(g, "tokenizer.ggml.merges is missing")),
        };
        // While building, a map borrowing the pieces is much faster than binary search for the
        // many merge lookups; it is dropped before the tokenizer is returned.
        let mut index: HashMap<&str, u32> = HashMap::with_capacity(vocab.len());
        for (i, p) in vocab.pieces.iter().enumerate() {
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
        let byte_to_char = byte_chars();
        let char_to_byte = byte_to_char
            .iter()
            .enumerate()
            .map(|(b, &c)| (c, b as u8))
            .collect();
        let regex = |p: &str| {
            Regex::new(p).map_err(|e| Error::Compute(format!("tokenizer pattern: {e}")))
        };
        Ok(Bpe {
            merges,
            byte_to_char,
            char_to_byte,
            split: regex(GPT2_PATTERN)?,
            digit: regex(r"\p{N}")?,
            pre,
        })
    }

    /// Appends the ids of plain text (no special tokens in it).
    pub(super) fn encode(&self, vocab: &Vocab, text: &str, out: &mut Vec<u32>) -> Result<()> {
        match self.pre {
            PreTokenizer::Gpt2 => self.encode_gpt2(vocab, text, out),
            PreTokenizer::DigitsThenGpt2 => {
                let mut last = 0;
                for m in self.digit.find_iter(text) {
                    let m = m.map_err(|e| Error::Compute(format!("tokenizer: {e}")))?;
                    self.encode_gpt2(vocab, &text[last..m.start()], out)?;
                    self.encode_gpt2(vocab, m.as_str(), out)?;
                    last = m.end();
                }
                self.encode_gpt2(vocab, &text[last..], out)
            }
        }
    }

    fn encode_gpt2(&self, vocab: &Vocab, text: &str, out: &mut Vec<u32>) -> Result<()> {
        for m in self.split.find_iter(text) {
            let m = m.map_err(|e| Error::Compute(format!("tokenizer: {e}")))?;
            self.bpe_word(vocab, m.as_str(), out);
        }
        Ok(())
    }

    /// Byte-level BPE on one word: start from byte symbols, merge the best-ranked pair until none applies.
    fn bpe_word(&self, vocab: &Vocab, word: &str, out: &mut Vec<u32>) {
        let mut mapped = String::with_capacity(word.len() * 2);
        for b in word.bytes() {
            mapped.push(self.byte_to_char[b as usize]);
        }
        if let Some(id) = vocab.id_of(&mapped) {
            out.push(id);
            return;
        }
        let mut syms: Vec<u32> = Vec::with_capacity(word.len());
        let mut buf = [0u8; 4];
        for c in mapped.chars() {
            if let Some(id) = vocab.id_of(c.encode_utf8(&mut buf)) {
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

    /// The bytes an ordinary (non-control) piece stands for.
    pub(super) fn piece_bytes(&self, piece: &str, out: &mut Vec<u8>) {
        let mut buf = [0u8; 4];
        for c in piece.chars() {
            match self.char_to_byte.get(&c) {
                Some(&b) => out.push(b),
                None => out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_table_is_a_bijection() {
        let t = byte_chars();
        let set: std::collections::HashSet<char> = t.iter().copied().collect();
        assert_eq!(set.len(), 256);
        assert_eq!(t[b' ' as usize], '\u{120}');
        assert_eq!(t[b'\n' as usize], '\u{10A}');
    }
}
