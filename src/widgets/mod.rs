//! The three widgets, one folder each. Views only: what they show is computed in `model`.

pub mod bind;
pub mod controls;
pub mod cost;
pub mod diagram;
pub mod embed_code;
pub mod sources;
