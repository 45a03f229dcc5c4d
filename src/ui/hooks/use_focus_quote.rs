//! Scrolls to and flashes the quote chosen in the sidebar, once it is on screen.

use crate::ui::browser;
use crate::ui::state::State;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Runs `attempt` until it finds its element, trying again every 100 ms (`tries` times)
/// while it is not in the page yet: a long article and a long list of speakers are laid
/// out in steps, their later parts a little after.
pub(super) fn when_laid_out(
    attempt: impl Fn() -> bool + 'static,
    cancelled: Rc<Cell<bool>>,
    tries: u32,
) {
    if cancelled.get() || attempt() || tries == 0 {
        return;
    }
    Timeout::new(100, move || when_laid_out(attempt, cancelled, tries - 1)).forget();
}

#[hook]
pub fn use_focus_quote(state: &UseReducerHandle<State>) {
    use_effect_with((state.selection.focus, state.view), |(focus, _)| {
        let cancelled = Rc::new(Cell::new(false));
        if let Some((quote, _)) = *focus {
            when_laid_out(move || browser::flash_quote(quote), cancelled.clone(), 300);
        }
        move || cancelled.set(true)
    });
}
