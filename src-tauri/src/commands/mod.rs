//! The commands the window may call, one module per domain. Each is a few lines: hand the
//! work to klar-core on a blocking thread and return its reply.

mod list;

pub mod app;
pub mod classroom;
pub mod course;
pub mod data;
pub mod learners;
pub mod player;
pub mod report;
pub mod session;
pub mod settings;
pub mod lab;
pub mod transfer;
