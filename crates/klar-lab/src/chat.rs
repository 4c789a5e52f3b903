//! Chat prompts in the ChatML form SmolLM2 was trained on, rendered by our own code
//! (the template text stored in the file is never executed), and a multi-turn chat session.

use crate::engine::{Engine, GenerateParams, Generation, TokenStep};
use crate::error::Result;
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

/// Renders `<|im_start|>role\n…<|im_end|>\n` for every message and opens the assistant's turn.
/// Without a leading system message, `default_system` (or SmolLM2's default) is put first.
pub fn render(messages: &[Message], default_system: Option<&str>) -> String {
    let mut s = String::new();
    if messages.first().map(|m| m.role) != Some(Role::System) {
        s.push_str("<|im_start|>system\n");
        s.push_str(default_system.unwrap_or(DEFAULT_SYSTEM));
        s.push_str("<|im_end|>\n");
    }
    for m in messages {
        s.push_str("<|im_start|>");
        s.push_str(m.role.as_str());
        s.push('\n');
        s.push_str(&m.content);
        s.push_str("<|im_end|>\n");
    }
    s.push_str("<|im_start|>assistant\n");
    s
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
        let prompt = render(&self.messages, None);
        let result = engine
            .tokenizer()
            .encode(&prompt)
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
