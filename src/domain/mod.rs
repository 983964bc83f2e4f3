//! The pure core: every rule of a drill lives here, with no Bevy import anywhere below.
pub mod analyzer;
pub mod autoplay;
pub mod diagnostic;
pub mod drill;
pub mod drillmap;
pub mod history;
pub mod library;
pub mod lint;
pub mod moves;
pub mod report;
pub mod ron_spans;
pub mod scenario;
pub mod scoring;
pub mod text;
pub mod translation;
pub mod validate;
