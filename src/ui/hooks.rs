//! One hook per concern of the page.

mod use_analysis;
mod use_escape;
mod use_export;
mod use_focus_quote;
mod use_open_file;
mod use_persistence;
mod use_reveal_speaker;
mod use_service_worker;
mod use_stepped;
mod use_undo_key;

pub use use_analysis::use_analysis;
pub use use_escape::use_escape;
pub use use_export::use_export;
pub use use_focus_quote::use_focus_quote;
pub use use_open_file::use_open_file;
pub use use_persistence::use_persistence;
pub use use_reveal_speaker::use_reveal_speaker;
pub use use_service_worker::use_service_worker;
pub use use_stepped::{use_stepped, STEP};
pub use use_undo_key::use_undo_key;
