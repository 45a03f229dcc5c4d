//! Long lists rendered in steps, so that the page answers the reader while they grow.
//!
//! Building the elements of a whole archive's paragraphs or speakers at once would hold
//! the page for many seconds; one step per turn of the event loop keeps each pause short.
//! Small edits keep what is shown; a list that jumps in length starts again.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Items added per turn of the event loop.
pub const STEP: usize = 200;

/// How many of `total` items to render now.
#[hook]
pub fn use_stepped(total: usize) -> usize {
    let shown = use_state_eq(|| STEP);
    let last_total = use_mut_ref(|| total);
    let restart = total.abs_diff(std::mem::replace(&mut *last_total.borrow_mut(), total)) > STEP;
    let now = if restart { STEP } else { *shown };
    {
        let shown = shown.clone();
        use_effect_with((now, total), move |&(now, total)| {
            shown.set(now);
            let next = (now < total).then(|| Timeout::new(0, move || shown.set(now + STEP)));
            move || drop(next)
        });
    }
    now.min(total)
}
