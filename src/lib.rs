//! Comeback: a drill simulator for service recovery.
//!
//! `domain` is the pure core (no Bevy); `cli` and `app` are two thin front ends over it.
#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod domain;
