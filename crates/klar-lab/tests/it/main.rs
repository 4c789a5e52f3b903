//! klar-lab's integration tests, one binary with one module per area and the shared `support`
//! (a GGUF writer, the tiny random model, the real model's path and the reference data in
//! `tests/data/`). Only `tests/hostile_gguf.rs` is its own binary: it installs a counting global
//! allocator, which would count the other tests' memory too.

mod agent;
mod bad_input;
mod classifier;
mod demos;
mod gemma_reference;
mod multilingual;
mod privacy;
mod reference;
mod support;
mod tiny_model;
