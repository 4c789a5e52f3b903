//! Klar core.
