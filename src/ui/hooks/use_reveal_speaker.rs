//! The speaker the reader picks in the article is shown in the sidebar: beside the
//! article, its card scrolls into the sidebar's view. On a small screen, where the sidebar
//! lies far below, nothing jumps: the selection bar says who it is and leads there.

use crate::ui::browser;
use crate::ui::state::State;
use gloo::timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::ScrollLogicalPosition;
use yew::prelude::*;

/// Tries again every 100 ms (`tries` times) while the card is not in the page: a long
/// list of speakers is laid out in steps.
fn reveal_when_laid_out(id: usize, cancelled: Rc<Cell<bool>>, tries: u32) {
    if cancelled.get() || browser::reveal_speaker(id, ScrollLogicalPosition::Nearest) || tries == 0
    {
        return;
    }
    Timeout::new(100, move || reveal_when_laid_out(id, cancelled, tries - 1)).forget();
}

#[hook]
pub fn use_reveal_speaker(state: &UseReducerHandle<State>) {
    use_effect_with(state.selected, |selected| {
        let cancelled = Rc::new(Cell::new(false));
        if let Some(id) = *selected {
            if !browser::narrow_screen() {
                reveal_when_laid_out(id, cancelled.clone(), 50);
            }
        }
        move || cancelled.set(true)
    });
}
