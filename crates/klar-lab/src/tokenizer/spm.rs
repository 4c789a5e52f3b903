//! SentencePiece (`tokenizer.ggml.model = "llama"`), as llama.cpp runs it from GGUF metadata:
//! spaces become "▁", the text starts as single characters, and the adjacent pair whose joined
//! text is the highest-scoring vocabulary piece is merged until no pair is in the vocabulary;
//! characters that never became a piece fall back to their bytes (`<0x..>` tokens).

use super::{bad, Vocab, TOKEN_TYPE_BYTE};
use crate::error::Result;
use crate::gguf::{GgufFile, Value};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// SentencePiece's visible space.
const SPACE: &str = "\u{2581}";

#[derive(Debug)]
pub(super) struct Spm {
    scores: Vec<f32>,
    /// The `<0xXX>` token of every byte (None when the vocabulary lacks it).
    byte_ids: [Option<u32>; 256],
    /// Whether a space is put before text that starts the input or follows a special token.
    pub(super) add_space_prefix: bool,
}

/// A candidate merge of the symbols `left` and `left`'s right neighbour.
#[derive(Debug)]
struct Pair {
    score: f32,
    left: usize,
    right: usize,
    /// Bytes of the joined text, to notice a pair whose symbols changed since it was queued.
    len: usize,
}

impl PartialEq for Pair {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Pair {}
impl PartialOrd for Pair {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Pair {
    /// Highest score first; on equal scores the leftmost pair (as llama.cpp orders them).
    fn cmp(&self, o: &Self) -> Ordering {
        self.score.total_cmp(&o.score).then(o.left.cmp(&self.left))
    }
}

/// One symbol of the text being merged: a byte range and its neighbours.
#[derive(Debug, Clone, Copy)]
struct Sym {
    start: usize,
    len: usize,
    prev: Option<usize>,
    next: Option<usize>,
}

impl Spm {
    pub(super) fn from_gguf(g: &GgufFile, vocab: &Vocab) -> Result<Self> {
        let scores = match g.get("tokenizer.ggml.scores").and_then(Value::as_array) {
            Some(a) if a.len() == vocab.len() => {
                (0..a.len()).map(|i| a.float(i).unwrap_or(0.0) as f32).collect::<Vec<f32>>()
            }
            Some(_) => return Err(bad(g, "tokenizer.ggml.scores disagrees with the vocabulary")),
            None => return Err(bad(g, "tokenizer.ggml.scores is missing")),
        };
        if scores.iter().any(|s| !s.is_finite()) {
            return Err(bad(g, "tokenizer.ggml.scores holds a number that is not finite"));
        }
        let mut byte_ids = [None; 256];
        for (b, slot) in byte_ids.iter_mut().enumerate() {
            *slot = vocab
                .id_of(&format!("<0x{b:02X}>"))
                .filter(|&id| vocab.ty(id) == TOKEN_TYPE_BYTE);
        }
        let add_space_prefix = g
            .get("tokenizer.ggml.add_space_prefix")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        Ok(Spm {
            scores,
            byte_ids,
            add_space_prefix,
        })
    }

    /// Appends the ids of one stretch of plain text; `prefix` puts a space before it.
    pub(super) fn encode(&self, vocab: &Vocab, text: &str, prefix: bool, out: &mut Vec<u32>) {
        if text.is_empty() {
            return;
        }
        let mut s = String::with_capacity(text.len() + 3);
        if prefix {
            s.push_str(SPACE);
        }
        s.push_str(&text.replace(' ', SPACE));
        let mut syms: Vec<Sym> = Vec::with_capacity(s.len());
        for (i, (start, c)) in s.char_indices().enumerate() {
            syms.push(Sym {
                start,
                len: c.len_utf8(),
                prev: i.checked_sub(1),
                next: None,
            });
        }
        let n = syms.len();
        for (i, sym) in syms.iter_mut().enumerate() {
            sym.next = (i + 1 < n).then_some(i + 1);
        }
        let mut queue = BinaryHeap::new();
        for i in 0..n.saturating_sub(1) {
            self.push_pair(vocab, &s, &syms, i, i + 1, &mut queue);
        }
        while let Some(p) = queue.pop() {
            let (l, r) = (syms[p.left], syms[p.right]);
            // Skip pairs whose symbols were merged into something else after they were queued.
            if l.len == 0 || r.len == 0 || l.len + r.len != p.len {
                continue;
            }
            syms[p.left].len += r.len;
            syms[p.left].next = r.next;
            syms[p.right].len = 0;
            if let Some(nx) = r.next {
                syms[nx].prev = Some(p.left);
            }
            if let Some(pv) = l.prev {
                self.push_pair(vocab, &s, &syms, pv, p.left, &mut queue);
            }
            if let Some(nx) = r.next {
                self.push_pair(vocab, &s, &syms, p.left, nx, &mut queue);
            }
        }
        let mut i = Some(0).filter(|_| n > 0);
        while let Some(at) = i {
            let sym = syms[at];
            let piece = &s[sym.start..sym.start + sym.len];
            match vocab.id_of(piece) {
                Some(id) => out.push(id),
                // Merged symbols are always pieces; a single character that is not falls back
                // to its bytes (dropped if the vocabulary lacks a byte token, like llama.cpp).
                None => out.extend(piece.bytes().filter_map(|b| self.byte_ids[b as usize])),
            }
            i = sym.next;
        }
    }

    fn push_pair(&self, vocab: &Vocab, s: &str, syms: &[Sym], left: usize, right: usize, q: &mut BinaryHeap<Pair>) {
        let (l, r) = (syms[left], syms[right]);
        let joined = &s[l.start..r.start + r.len];
        if let Some(id) = vocab.id_of(joined) {
            q.push(Pair {
                score: self.scores[id as usize],
                left,
                right,
                len: joined.len(),
            });
        }
    }

    /// The bytes a non-control token stands for: `<0xXX>` its byte, "▁" a space.
    pub(super) fn piece_bytes(&self, vocab: &Vocab, id: u32, out: &mut Vec<u8>) {
        let piece = vocab.piece(id);
        if vocab.ty(id) == TOKEN_TYPE_BYTE {
            let hex = piece.strip_prefix("<0x").and_then(|h| h.strip_suffix('>'));
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                return;
            }
        }
        out.extend_from_slice(piece.replace(SPACE, " ").as_bytes());
    }
}
