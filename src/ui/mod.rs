//! The browser app: Yew components that render an [`Analysis`](crate::Analysis) and
//! nothing else. The analysis itself runs in a Web Worker (`crate::worker`).
//!
//! The app's state and its reducer ([`state`]) are plain Rust and build on every target,
//! so `cargo test` checks every action natively; the page, its components and hooks need
//! a browser and exist only for `wasm32`.

pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod hooks;

#[cfg(target_arch = "wasm32")]
pub use app::App;

use std::ops::Deref;
use std::rc::Rc;

/// Shared data compared by identity: a new analysis is a new value, and comparing two
/// large ones field by field on every render would cost more than rendering.
pub struct Shared<T: ?Sized>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Shared<T> {
    pub fn from_rc(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
