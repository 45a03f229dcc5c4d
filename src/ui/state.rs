//! The app's state and the one reducer that changes it.
//!
//! The text is the reader's; the analysis always belongs to a version of that text and is
//! replaced only by a newer one, so a slow run can never overwrite a fresher result.

use crate::analysis::Analysis;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The text area.
    Write,
    /// The article with its highlights.
    Read,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub text: Rc<str>,
    /// Bumped on every edit; an analysis carries the version it was made from.
    pub version: u64,
    pub analysis: Rc<Analysis>,
    pub analyzed_version: u64,
    pub view: View,
    /// Switch to reading once the analysis of this version arrives (after a paste).
    pub read_when_ready: bool,
    /// A quote to scroll to and flash, with a nonce so that clicking it twice flashes twice.
    pub focus: Option<(usize, u64)>,
}

impl Default for State {
    fn default() -> Self {
        State {
            text: Rc::from(""),
            version: 0,
            analysis: Rc::new(Analysis::default()),
            analyzed_version: 0,
            view: View::Write,
            read_when_ready: false,
            focus: None,
        }
    }
}

pub enum Action {
    /// The reader typed or pasted; `pasted` shows the result as soon as it is ready.
    Edit {
        text: String,
        pasted: bool,
    },
    Clear,
    Analyzed {
        version: u64,
        analysis: Rc<Analysis>,
    },
    SetView(View),
    FocusQuote(usize),
}

impl State {
    pub fn is_stale(&self) -> bool {
        self.analyzed_version != self.version
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit { text, pasted } => {
                if *text == *self.text {
                    return self;
                }
                next.text = Rc::from(text);
                next.version += 1;
                next.read_when_ready = pasted;
                next.focus = None;
            }
            Action::Clear => {
                next = State {
                    version: self.version + 1,
                    analyzed_version: self.version + 1,
                    ..State::default()
                };
            }
            Action::Analyzed { version, analysis } => {
                if version != self.version {
                    return self;
                }
                next.analysis = analysis;
                next.analyzed_version = version;
                if self.read_when_ready {
                    next.view = View::Read;
                    next.read_when_ready = false;
                }
            }
            Action::SetView(view) => {
                if view == self.view {
                    return self;
                }
                next.view = view;
            }
            Action::FocusQuote(i) => {
                next.view = View::Read;
                next.focus = Some((i, self.focus.map_or(0, |(_, n)| n + 1)));
            }
        }
        Rc::new(next)
    }
}
