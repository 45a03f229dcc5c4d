//! The browser app: Yew components that render an [`Analysis`](crate::Analysis) and
//! nothing else. All analysis happens in [`crate::analysis`].

mod app;
mod components;
mod state;

pub use app::App;
