//! Scrolls to and flashes the quote chosen in the sidebar, once it is on screen.

use crate::ui::browser;
use crate::ui::state::State;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Flashes quote `quote`, trying again every 100 ms (`tries` times) while it is not in
/// the page yet: a long article is laid out in steps, its later quotes a little after.
fn flash_when_laid_out(quote: usize, cancelled: Rc<Cell<bool>>, tries: u32) {
    if cancelled.get() || browser::flash_quote(quote) || tries == 0 {
        return;
    }
    Timeout::new(100, move || {
        flash_when_laid_out(quote, cancelled, tries - 1)
    })
    .forget();
}

#[hook]
pub fn use_focus_quote(state: &UseReducerHandle<State>) {
    use_effect_with((state.focus, state.view), |(focus, _)| {
        let cancelled = Rc::new(Cell::new(false));
        if let Some((quote, _)) = *focus {
            flash_when_laid_out(quote, cancelled.clone(), 300);
        }
        move || cancelled.set(true)
    });
}
