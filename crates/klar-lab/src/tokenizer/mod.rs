//! The model's own tokenizer, rebuilt from the GGUF metadata: byte-level BPE for GPT-2-style
//! vocabularies (`bpe`, SmolLM2) or SentencePiece for `llama`-type vocabularies (`spm`, Gemma 3).
//! Special tokens are cut out first, longest first, as llama.cpp does: [`Tokenizer::encode`]
//! parses every special token written in the text (prompt files of the CLI);
//! [`Tokenizer::encode_text`] never parses control tokens, for what learners type, so their text
//! cannot open or close a chat turn. `stream` turns token bytes into text.

mod bpe;
mod spm;
mod stream;

pub use stream::Utf8Stream;

use crate::error::{Error, Result};
use crate::gguf::{Array, GgufFile, StrArray, Value};

/// GGUF token types (llama.cpp's numbering).
const TOKEN_TYPE_NORMAL: u8 = 1;
const TOKEN_TYPE_CONTROL: u8 = 3;
const TOKEN_TYPE_USER_DEFINED: u8 = 4;
const TOKEN_TYPE_BYTE: u8 = 6;

fn bad(g: &GgufFile, reason: impl Into<String>) -> Error {
    Error::Unsupported {
        path: g.path.clone(),
        reason: reason.into(),
    }
}

/// The vocabulary: pieces, their types and the special tokens.
#[derive(Debug)]
struct Vocab {
    pieces: StrArray,
    /// Token ids ordered by their piece (equal pieces by id): lookups by binary search, without
    /// a second copy of the vocabulary.
    by_piece: Vec<u32>,
    types: Vec<u8>,
    /// Control and user-defined tokens cut out of text before the tokenizer runs, longest first.
    specials: Vec<u32>,
}

impl Vocab {
    fn from_gguf(g: &mut GgufFile) -> Result<Self> {
        let pieces = match g.take("tokenizer.ggml.tokens") {
            Some(Value::Array(Array::Str(v))) if !v.is_empty() => v,
            _ => return Err(bad(g, "tokenizer.ggml.tokens is missing or empty")),
        };
        if pieces.len() > u32::MAX as usize / 2 {
            return Err(bad(g, "vocabulary too large"));
        }
        let types: Vec<u8> = match g.get("tokenizer.ggml.token_type") {
            Some(Value::Array(a)) if a.len() == pieces.len() && a.int(0).is_some() => (0..a.len())
                .map(|i| a.int(i).and_then(|t| u8::try_from(t).ok()).unwrap_or(TOKEN_TYPE_NORMAL))
                .collect(),
            Some(_) => return Err(bad(g, "tokenizer.ggml.token_type disagrees with the vocabulary")),
            None => vec![TOKEN_TYPE_NORMAL; pieces.len()],
        };
        let mut by_piece: Vec<u32> = (0..pieces.len() as u32).collect();
        by_piece.sort_unstable_by(|&a, &b| {
            pieces.get(a as usize).cmp(&pieces.get(b as usize)).then(a.cmp(&b))
        });
        let mut specials: Vec<u32> = (0..pieces.len())
            .filter(|&i| {
                matches!(types[i], TOKEN_TYPE_CONTROL | TOKEN_TYPE_USER_DEFINED)
                    && pieces.get(i).is_some_and(|p| !p.is_empty())
            })
            .map(|i| i as u32)
            .collect();
        specials.sort_by_key(|&i| std::cmp::Reverse(pieces.get(i as usize).map_or(0, str::len)));
        Ok(Vocab {
            pieces,
            by_piece,
            types,
            specials,
        })
    }

    fn len(&self) -> usize {
        self.pieces.len()
    }

    fn piece(&self, id: u32) -> &str {
        self.pieces.get(id as usize).unwrap_or("")
    }

    fn ty(&self, id: u32) -> u8 {
        self.types.get(id as usize).copied().unwrap_or(0)
    }

    /// The lowest id whose piece is `piece`.
    fn id_of(&self, piece: &str) -> Option<u32> {
        let pieces = &self.pieces;
        let at = self
            .by_piece
            .partition_point(|&id| pieces.get(id as usize).unwrap_or("") < piece);
        self.by_piece
            .get(at)
            .copied()
            .filter(|&id| pieces.get(id as usize) == Some(piece))
    }
}

/// The tokenizing algorithm the file asks for.
#[derive(Debug)]
enum Kind {
    // Boxed: both hold large tables, and the tokenizer is built once per model.
    Bpe(Box<bpe::Bpe>),
    Spm(Box<spm::Spm>),
}

/// Which special tokens are cut out of a text before tokenizing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Specials {
    /// Control and user-defined tokens (prompt files written by authors).
    All,
    /// User-defined only (SentencePiece: llama.cpp always keeps those whole, e.g. runs of spaces).
    UserDefined,
    /// None at all.
    None,
}

/// A piece of text between special tokens, or a special token.
enum Fragment {
    Text(usize, usize),
    Token(u32),
}

/// A tokenizer rebuilt from a GGUF file's metadata.
#[derive(Debug)]
pub struct Tokenizer {
    vocab: Vocab,
    kind: Kind,
    pub bos_id: Option<u32>,
    pub eos_id: Option<u32>,
    /// Extra ids that also end a turn (e.g. `<|endoftext|>` next to `<|im_end|>`).
    pub stop_ids: Vec<u32>,
    pub add_bos: bool,
}

impl Tokenizer {
    /// Builds the tokenizer from `tokenizer.ggml.*` metadata; refuses any type but `gpt2` (BPE)
    /// and `llama` (SentencePiece). The vocabulary and merges are taken out of `g` (moved).
    pub fn from_gguf(g: &mut GgufFile) -> Result<Self> {
        let model = match g.get("tokenizer.ggml.model").and_then(Value::as_str) {
            Some(m @ ("gpt2" | "llama")) => m.to_string(),
            Some(other) => {
                return Err(bad(
                    g,
                    format!(
                        "tokenizer type '{other}' (only GPT-2-style byte-level BPE and \
                         SentencePiece are supported)"
                    ),
                ))
            }
            None => return Err(bad(g, "no tokenizer in the file's metadata")),
        };
        let vocab = Vocab::from_gguf(g)?;
        let kind = match model.as_str() {
            "gpt2" => Kind::Bpe(Box::new(bpe::Bpe::from_gguf(g, &vocab)?)),
            _ => Kind::Spm(Box::new(spm::Spm::from_gguf(g, &vocab)?)),
        };
        let n_pieces = vocab.len();
        let id = |key: &str| {
            g.get(key)
                .and_then(Value::as_u64)
                .filter(|&v| (v as usize) < n_pieces)
                .map(|v| v as u32)
        };
        let eos_id = id("tokenizer.ggml.eos_token_id");
        let mut stop_ids: Vec<u32> = eos_id.into_iter().collect();
        for s in ["<|endoftext|>", "<|im_end|>", "<|eot_id|>", "</s>", "<end_of_turn>"] {
            if let Some(i) = vocab.id_of(s) {
                if vocab.ty(i) == TOKEN_TYPE_CONTROL && !stop_ids.contains(&i) {
                    stop_ids.push(i);
                }
            }
        }
        let bos_id = id("tokenizer.ggml.bos_token_id");
        let add_bos = g
            .get("tokenizer.ggml.add_bos_token")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        Ok(Tokenizer {
            vocab,
            kind,
            bos_id,
            eos_id,
            stop_ids,
            add_bos,
        })
    }

    pub fn vocab_size(&self) -> usize {
        self.vocab.len()
    }

    /// The tokenizer's kind as GGUF names it: "gpt2" (byte-level BPE) or "llama" (SentencePiece).
    pub fn kind(&self) -> &'static str {
        match self.kind {
            Kind::Bpe(_) => "gpt2",
            Kind::Spm(_) => "llama",
        }
    }

    /// The vocabulary string of a token (GPT-2 byte-level form, or SentencePiece with "▁").
    pub fn piece(&self, id: u32) -> &str {
        self.vocab.piece(id)
    }

    /// The id of a special token such as `<|im_start|>`, if the vocabulary has it as one.
    pub fn special_id(&self, piece: &str) -> Option<u32> {
        self.vocab
            .id_of(piece)
            .filter(|&id| matches!(self.vocab.ty(id), TOKEN_TYPE_CONTROL | TOKEN_TYPE_USER_DEFINED))
    }

    pub fn is_control(&self, id: u32) -> bool {
        self.vocab.ty(id) == TOKEN_TYPE_CONTROL
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
        self.append(text, Specials::All, &mut ids)?;
        Ok(ids)
    }

    /// Text to ids with control tokens NOT parsed: `<|im_end|>` in the text stays characters.
    /// BOS is added only when the file asks for it.
    pub fn encode_text(&self, text: &str) -> Result<Vec<u32>> {
        let mut ids: Vec<u32> = self.leading_bos().into_iter().collect();
        self.append_text(text, &mut ids)?;
        Ok(ids)
    }

    /// Appends the ids of `text` as plain text (no BOS, no control tokens): the segments of a
    /// chat template between its markers.
    pub fn append_text(&self, text: &str, out: &mut Vec<u32>) -> Result<()> {
        let specials = match self.kind {
            Kind::Bpe(_) => Specials::None,
            Kind::Spm(_) => Specials::UserDefined,
        };
        self.append(text, specials, out)
    }

    fn append(&self, text: &str, specials: Specials, out: &mut Vec<u32>) -> Result<()> {
        // SentencePiece puts its space before text at the start or after a special token.
        let mut after_special = true;
        for f in self.partition(text, specials) {
            match f {
                Fragment::Token(id) => {
                    out.push(id);
                    after_special = true;
                }
                Fragment::Text(a, b) => {
                    let t = &text[a..b];
                    match &self.kind {
                        Kind::Bpe(bpe) => bpe.encode(&self.vocab, t, out)?,
                        Kind::Spm(spm) => {
                            spm.encode(&self.vocab, t, spm.add_space_prefix && after_special, out)
                        }
                    }
                    after_special = false;
                }
            }
        }
        Ok(())
    }

    /// Cuts the special tokens out of `text`: each special token in turn, longest first, is
    /// found in the text pieces left by the ones before it (llama.cpp's order).
    fn partition(&self, text: &str, specials: Specials) -> Vec<Fragment> {
        let mut frags = vec![Fragment::Text(0, text.len())];
        if text.is_empty() || specials == Specials::None {
            return frags.into_iter().filter(|_| !text.is_empty()).collect();
        }
        for &id in &self.vocab.specials {
            if specials == Specials::UserDefined && self.vocab.ty(id) != TOKEN_TYPE_USER_DEFINED {
                continue;
            }
            let s = self.vocab.piece(id);
            let found = frags
                .iter()
                .any(|f| matches!(f, Fragment::Text(a, b) if text[*a..*b].contains(s)));
            if !found {
                continue;
            }
            let mut next = Vec::with_capacity(frags.len() + 2);
            for f in frags {
                let Fragment::Text(a, b) = f else {
                    next.push(f);
                    continue;
                };
                let mut pos = a;
                while let Some(i) = text[pos..b].find(s) {
                    if i > 0 {
                        next.push(Fragment::Text(pos, pos + i));
                    }
                    next.push(Fragment::Token(id));
                    pos += i + s.len();
                }
                if pos < b {
                    next.push(Fragment::Text(pos, b));
                }
            }
            frags = next;
        }
        frags
    }

    /// The bytes a token stands for; control tokens give their written form when `with_special`.
    pub fn token_bytes(&self, id: u32, with_special: bool, out: &mut Vec<u8>) {
        if self.is_control(id) {
            if with_special {
                out.extend_from_slice(self.piece(id).as_bytes());
            }
            return;
        }
        match &self.kind {
            Kind::Bpe(bpe) => bpe.piece_bytes(self.piece(id), out),
            Kind::Spm(spm) => spm.piece_bytes(&self.vocab, id, out),
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
