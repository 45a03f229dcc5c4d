mod use_analysis;
mod use_persistence;
mod use_stepped;

pub use use_analysis::use_analysis;
pub use use_persistence::use_persistence;
pub use use_stepped::{use_stepped, STEP};
