//! The pure core: every rule of a drill lives here, with no Bevy import anywhere below.
pub mod analyzer;
pub mod diagnostic;
pub mod drill;
pub mod moves;
pub mod ron_spans;
pub mod scenario;
pub mod scoring;
pub mod text;
