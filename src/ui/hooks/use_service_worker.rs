//! Registers the service worker that keeps the app working offline after a first visit.

use yew::prelude::*;

#[hook]
pub fn use_service_worker() {
    use_effect_with((), |_| {
        // Without HTTPS (or localhost) there is no service worker: the app still works,
        // only not offline.
        let _ = gloo::utils::window()
            .navigator()
            .service_worker()
            .register("./sw.js");
    });
}
