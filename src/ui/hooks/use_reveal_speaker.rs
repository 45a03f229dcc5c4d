//! The speaker the reader picks in the article is shown in the sidebar: beside the
//! article, its card scrolls into the sidebar's view. On a small screen, where the sidebar
//! lies far below, nothing jumps: the selection bar says who it is and leads there.

use super::use_focus_quote::when_laid_out;
use crate::ui::browser;
use crate::ui::state::State;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::ScrollLogicalPosition;
use yew::prelude::*;

#[hook]
pub fn use_reveal_speaker(state: &UseReducerHandle<State>) {
    use_effect_with(state.selection.selected, |selected| {
        let cancelled = Rc::new(Cell::new(false));
        if let Some(id) = *selected {
            if !browser::narrow_screen() {
                let reveal = move || browser::reveal_speaker(id, ScrollLogicalPosition::Nearest);
                when_laid_out(reveal, cancelled.clone(), 50);
            }
        }
        move || cancelled.set(true)
    });
}
