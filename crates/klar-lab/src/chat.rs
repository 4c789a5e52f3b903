//! Chat prompts in the ChatML form SmolLM2 was trained on, rendered by our own code
//! (the template text stored in the file is never executed), and a multi-turn chat session.
//! Messages are encoded as plain text and the template's markers inserted by id, so a message
//! that contains `<|im_end|>` cannot end its turn and forge another.

use crate::engine::{Engine, GenerateParams, Generation, TokenStep};
use crate::error::Result;
use crate::tokenizer::Tokenizer;
use std::sync::atomic::AtomicBool;

/// What SmolLM2's template inserts when a conversation has no system message.
pub const DEFAULT_SYSTEM: &str = "You are a helpful AI assistant named SmolLM, trained by Hugging Face";

/// Who speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    System,
    User,
    Assistant,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::System => "system",
            Role::User => "user",
            Role::Assistant => "assistant",
        }
    }
}

/// One turn of a conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn system(c: impl Into<String>) -> Self {
        Message { role: Role::System, content: c.into() }
    }
    pub fn user(c: impl Into<String>) -> Self {
        Message { role: Role::User, content: c.into() }
    }
    pub fn assistant(c: impl Into<String>) -> Self {
        Message { role: Role::Assistant, content: c.into() }
    }
}

const TURN_START: &str = "<|im_start|>";
const TURN_END: &str = "<|im_end|>";

/// One piece of a rendered prompt: a template marker or text.
enum Part<'a> {
    Marker(&'static str),
    Text(&'a str),
}

/// The prompt as a sequence of markers and text: `<|im_start|>role\n…<|im_end|>\n` for every
/// message, then (with `open_reply`) the opening of the assistant's turn. Without a leading system
/// message, `default_system` (or SmolLM2's default) is put first.
fn parts<'a>(
    messages: &'a [Message],
    default_system: Option<&'a str>,
    open_reply: bool,
    mut emit: impl FnMut(Part<'a>) -> Result<()>,
) -> Result<()> {
    let mut turn = |role: Role, content: &'a str| -> Result<()> {
        emit(Part::Marker(TURN_START))?;
        emit(Part::Text(role.as_str()))?;
        emit(Part::Text("\n"))?;
        emit(Part::Text(content))?;
        emit(Part::Marker(TURN_END))?;
        emit(Part::Text("\n"))
    };
    if messages.first().map(|m| m.role) != Some(Role::System) {
        turn(Role::System, default_system.unwrap_or(DEFAULT_SYSTEM))?;
    }
    for m in messages {
        turn(m.role, &m.content)?;
    }
    if !open_reply {
        return Ok(());
    }
    emit(Part::Marker(TURN_START))?;
    emit(Part::Text(Role::Assistant.as_str()))?;
    emit(Part::Text("\n"))
}

/// The prompt as text (for showing it, and for the CLI, whose prompt files parse markers).
pub fn render(messages: &[Message], default_system: Option<&str>) -> String {
    let mut s = String::new();
    let _ = parts(messages, default_system, true, |p| {
        s.push_str(match p {
            Part::Marker(m) => m,
            Part::Text(t) => t,
        });
        Ok(())
    });
    s
}

/// The prompt as token ids. Markers become their special tokens by id; everything between two
/// markers is encoded as one plain text, exactly the pieces that encoding [`render`]'s text with
/// special tokens parsed would produce, so a normal conversation gives the same ids as before,
/// while special-token text inside a message stays text. A marker the vocabulary lacks is text.
pub fn encode(tokenizer: &Tokenizer, messages: &[Message], default_system: Option<&str>) -> Result<Vec<u32>> {
    encode_parts(tokenizer, messages, default_system, true)
}

fn encode_parts(tokenizer: &Tokenizer, messages: &[Message], default_system: Option<&str>, open_reply: bool) -> Result<Vec<u32>> {
    let mut ids: Vec<u32> = tokenizer.leading_bos().into_iter().collect();
    let mut pending = String::new();
    parts(messages, default_system, open_reply, |p| {
        match p {
            Part::Marker(m) => match tokenizer.special_id(m) {
                Some(id) => {
                    tokenizer.append_text(&pending, &mut ids)?;
                    pending.clear();
                    ids.push(id);
                }
                None => pending.push_str(m),
            },
            Part::Text(t) => pending.push_str(t),
        }
        Ok(())
    })?;
    tokenizer.append_text(&pending, &mut ids)?;
    Ok(ids)
}

/// A conversation held against an engine. Each turn sends the whole rendered history, but the
/// engine only computes the tokens its KV cache does not already hold.
#[derive(Debug, Clone, Default)]
pub struct Chat {
    messages: Vec<Message>,
}

impl Chat {
    pub fn new(system: Option<&str>) -> Self {
        Chat {
            messages: system.map(Message::system).into_iter().collect(),
        }
    }

    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// Adds the user's message, generates the reply and records it.
    pub fn send(
        &mut self,
        engine: &mut Engine,
        user: &str,
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_text: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Generation> {
        self.send_steps(engine, user, params, cancel, &mut |s: &TokenStep| {
            if !s.text.is_empty() {
                on_text(&s.text)
            }
        })
    }

    /// Like [`Chat::send`], reporting every token with its probability.
    pub fn send_steps(
        &mut self,
        engine: &mut Engine,
        user: &str,
        params: &GenerateParams,
        cancel: &AtomicBool,
        on_step: &mut (dyn FnMut(&TokenStep) + Send),
    ) -> Result<Generation> {
        self.messages.push(Message::user(user));
        let result = encode(engine.tokenizer(), &self.messages, None)
            .and_then(|ids| engine.generate_steps(&ids, params, cancel, on_step));
        match result {
            Ok(g) => {
                self.messages.push(Message::assistant(g.text.trim_end()));
                Ok(g)
            }
            Err(e) => {
                self.messages.pop();
                Err(e)
            }
        }
    }

    /// Runs the conversation so far (at first: the system turn) into the engine's cache while the
    /// learner is still typing, so that sending only computes the new message. The reply is the
    /// same as without it.
    pub fn prepare(&self, engine: &mut Engine) -> Result<()> {
        let ids = encode_parts(engine.tokenizer(), &self.messages, None, false)?;
        engine.prefill_ahead(&ids)
    }

    /// Starts over with the same system message and clears the engine's cache.
    pub fn reset(&mut self, engine: &mut Engine) {
        self.messages.retain(|m| m.role == Role::System);
        engine.reset();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_smollm2_default_system() {
        let p = render(&[Message::user("What is the capital of France?")], None);
        assert_eq!(
            p,
            "<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n<|im_start|>user\nWhat is the capital of France?<|im_end|>\n<|im_start|>assistant\n"
        );
    }

    #[test]
    fn keeps_given_system() {
        let p = render(&[Message::system("Be brief."), Message::user("Hi")], None);
        assert!(p.starts_with("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi"));
    }
}
