//! Work put off until the browser has painted, so that what the reader looks at first is
//! on screen before the rest is built: the first screen of a new article's highlights, then
//! the rest of it and the sidebar's cards.

use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Runs a function once the next frame has been painted: a task queued from the frame's
/// callback runs after the frame. Dropping it first cancels the function.
pub struct AfterPaint {
    frame: Option<i32>,
    timeout: Rc<RefCell<Option<Timeout>>>,
    _on_frame: Closure<dyn FnMut()>,
}

impl AfterPaint {
    pub fn new(f: impl FnOnce() + 'static) -> AfterPaint {
        let timeout = Rc::new(RefCell::new(None));
        let queued = timeout.clone();
        let on_frame = Closure::once(move || *queued.borrow_mut() = Some(Timeout::new(0, f)));
        let frame = gloo::utils::window()
            .request_animation_frame(on_frame.as_ref().unchecked_ref())
            .ok();
        AfterPaint {
            frame,
            timeout,
            _on_frame: on_frame,
        }
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        if let Some(frame) = self.frame {
            let _ = gloo::utils::window().cancel_animation_frame(frame);
        }
        // Dropping a timeout clears it.
        self.timeout.borrow_mut().take();
    }
}

/// `value`, one painted frame late when `key` changes: what renders from it is built
/// after the frame that shows the rest of the page's change. The first value is given at
/// once.
#[hook]
pub fn use_after_paint<T: Clone + 'static>(key: u64, value: T) -> T {
    let shown = use_state(|| (key, value.clone()));
    let current = shown.0;
    {
        let shown = shown.clone();
        use_effect_with(key, move |&key| {
            let later = (key != current).then(|| AfterPaint::new(move || shown.set((key, value))));
            move || drop(later)
        });
    }
    shown.1.clone()
}

/// How many of `total` groups to render: the first at once, then one more after each
/// painted frame. A new `generation` (a new text, not an edit of the last) starts again
/// from the first group; otherwise what is shown stays shown.
#[hook]
pub fn use_revealed(total: usize, generation: u64) -> usize {
    let shown = use_state_eq(|| 1);
    let last = use_mut_ref(|| generation);
    let restart = std::mem::replace(&mut *last.borrow_mut(), generation) != generation;
    let now = if restart { 1 } else { *shown };
    use_effect_with((now, total), move |&(now, total)| {
        shown.set(now);
        let next = (now < total).then(|| AfterPaint::new(move || shown.set(now + 1)));
        move || drop(next)
    });
    now.min(total)
}
