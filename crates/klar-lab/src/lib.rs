//! The hands-on AI engine (placeholder until the engine lands).
