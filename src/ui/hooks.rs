mod use_analysis;
mod use_persistence;

pub use use_analysis::use_analysis;
pub use use_persistence::use_persistence;
