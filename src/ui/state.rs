//! The app's state and the one reducer that changes it.
//!
//! The text is the reader's; an analysis always belongs to a version of that text and is
//! replaced only by the analysis of the current version, so a slow run can never overwrite
//! a fresher result. Settings (layers, sorting, filters) are kept apart so they can be
//! saved and restored on their own.

use crate::analysis::{Analysis, SpeakerKind};
use serde::{Deserialize, Serialize};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    /// The text area.
    Write,
    /// The article with its highlights.
    Read,
}

/// Which highlight layers are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    pub entities: bool,
    pub direct: bool,
    pub partial: bool,
    pub indirect: bool,
    pub cues: bool,
    pub sources: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            entities: true,
            direct: true,
            partial: true,
            indirect: true,
            cues: true,
            sources: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Layer {
    Entities,
    Direct,
    Partial,
    Indirect,
    Cues,
    Sources,
}

impl Layer {
    pub const ALL: [Layer; 6] = [
        Layer::Direct,
        Layer::Partial,
        Layer::Indirect,
        Layer::Cues,
        Layer::Sources,
        Layer::Entities,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Layer::Entities => "Names",
            Layer::Direct => "Direct quotes",
            Layer::Partial => "Partial quotes",
            Layer::Indirect => "Reported speech",
            Layer::Cues => "Attribution cues",
            Layer::Sources => "Sources",
        }
    }

    /// The CSS class that hides this layer's highlights on the article.
    pub fn hidden_class(self) -> &'static str {
        match self {
            Layer::Entities => "hide-entities",
            Layer::Direct => "hide-direct",
            Layer::Partial => "hide-partial",
            Layer::Indirect => "hide-indirect",
            Layer::Cues => "hide-cues",
            Layer::Sources => "hide-sources",
        }
    }
}

impl Layers {
    pub fn shows(&self, layer: Layer) -> bool {
        match layer {
            Layer::Entities => self.entities,
            Layer::Direct => self.direct,
            Layer::Partial => self.partial,
            Layer::Indirect => self.indirect,
            Layer::Cues => self.cues,
            Layer::Sources => self.sources,
        }
    }

    fn toggle(&mut self, layer: Layer) {
        let slot = match layer {
            Layer::Entities => &mut self.entities,
            Layer::Direct => &mut self.direct,
            Layer::Partial => &mut self.partial,
            Layer::Indirect => &mut self.indirect,
            Layer::Cues => &mut self.cues,
            Layer::Sources => &mut self.sources,
        };
        *slot = !*slot;
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortOrder {
    Appearance,
    Statements,
    Kind,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [
        SortOrder::Appearance,
        SortOrder::Statements,
        SortOrder::Kind,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Appearance => "Order of appearance",
            SortOrder::Statements => "Number of statements",
            SortOrder::Kind => "Kind of source",
        }
    }
}

/// What the reader chose to see, saved across visits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub layers: Layers,
    pub sort: SortOrder,
    /// Kinds of speaker hidden from the sidebar.
    pub hidden_kinds: Vec<SpeakerKind>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            layers: Layers::default(),
            sort: SortOrder::Appearance,
            hidden_kinds: Vec::new(),
        }
    }
}

/// A paste longer than this goes straight to the article view: a text area takes about
/// half a second per megabyte to lay out its text.
const READ_AT_ONCE: usize = 500_000;

#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Info(String),
    Error(String),
    /// The analysis stopped; the reader may start it again.
    Stopped(String),
    /// The article was replaced or cleared; the reader may bring it back.
    Undo(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub text: Rc<str>,
    /// Bumped on every edit; an analysis carries the version it was made from.
    pub version: u64,
    pub analysis: Rc<Analysis>,
    pub analyzed_version: u64,
    /// The text `analysis` was made from, which the article view shows until the
    /// analysis of a newer text arrives.
    pub analyzed_text: Rc<str>,
    /// Milliseconds the last analysis took.
    pub millis: Option<f64>,
    pub view: View,
    /// Switch to reading once the analysis of this version arrives (after a paste).
    pub read_when_ready: bool,
    /// A quote to scroll to and flash, with a nonce so that clicking it twice flashes twice.
    pub focus: Option<(usize, u64)>,
    /// The speaker under the pointer or keyboard focus, in the article or the sidebar.
    pub hovered: Option<usize>,
    /// The speaker the reader picked: everything else in the article is dimmed.
    pub selected: Option<usize>,
    pub settings: Settings,
    pub notice: Option<Notice>,
    /// Counts the analysis workers started: a new one replaces one that stopped.
    pub worker: u32,
    /// The version whose analysis stopped, if the current one did.
    pub stopped: Option<u64>,
    /// The text that Clear, Load sample or Open file replaced, until the reader edits the
    /// new one: Undo (or Ctrl+Z) brings it back.
    pub replaced: Option<Rc<str>>,
}

impl State {
    pub fn new(text: String, settings: Settings) -> State {
        let has_text = !text.trim().is_empty();
        State {
            text: Rc::from(text),
            version: 1,
            analysis: Rc::new(Analysis::default()),
            analyzed_version: 0,
            analyzed_text: Rc::from(""),
            millis: None,
            view: if has_text { View::Read } else { View::Write },
            read_when_ready: false,
            focus: None,
            hovered: None,
            selected: None,
            settings,
            notice: None,
            worker: 0,
            stopped: None,
            replaced: None,
        }
    }

    pub fn is_stale(&self) -> bool {
        self.analyzed_version != self.version
    }

    /// Whether the analysis of the current text stopped without an answer.
    pub fn has_stopped(&self) -> bool {
        self.stopped == Some(self.version)
    }
}

pub enum Action {
    /// The reader typed or pasted; `pasted` shows the result as soon as it is ready.
    Edit {
        text: String,
        pasted: bool,
    },
    /// Load sample, Open file or a long paste: the text replaced at once, which Undo brings back.
    /// `message` says what replaced it; `note`, anything the import changed.
    Replace {
        text: String,
        message: String,
        note: Option<String>,
    },
    Clear,
    /// Bring back the text that the last Replace or Clear replaced.
    Undo,
    Analyzed {
        version: u64,
        analysis: Rc<Analysis>,
        millis: f64,
    },
    SetView(View),
    FocusQuote(usize),
    Hover(Option<usize>),
    /// Select a speaker, or clear the selection with `None`.
    Select(Option<usize>),
    ToggleLayer(Layer),
    Sort(SortOrder),
    ToggleKind(SpeakerKind),
    Notify(Option<Notice>),
    /// The analysis of `version` failed or did not answer in time.
    Stopped {
        version: u64,
        message: String,
    },
    /// Start a new worker and analyze the current text again.
    Retry,
}

impl State {
    /// Keeps the current text for Undo when it has any words, and says what replaced it.
    fn remember_replaced(&mut self, before: &State, message: String) {
        if before.text.trim().is_empty() {
            self.replaced = None;
            self.notice = None;
            return;
        }
        self.replaced = Some(before.text.clone());
        self.notice = Some(Notice::Undo(message));
    }

    /// A new version of the text. A whole new text (`read`: pasted, opened, brought
    /// back) is read as soon as its analysis is ready.
    fn set_text(&mut self, text: Rc<str>, read: bool) {
        self.text = text;
        self.version += 1;
        self.read_when_ready = read;
        if read && self.text.len() > READ_AT_ONCE {
            // Leave the text area before the browser lays out the whole text in it.
            self.view = View::Read;
        }
        self.focus = None;
        self.selected = None;
        self.hovered = None;
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
                next.set_text(Rc::from(text), pasted);
                // Once the reader edits the new text, bringing the old one back would
                // lose the edit; the text area's own undo takes over.
                next.replaced = None;
                if matches!(self.notice, Some(Notice::Undo(_))) {
                    next.notice = None;
                }
            }
            Action::Replace {
                text,
                message,
                note,
            } => {
                if *text == *self.text {
                    return self;
                }
                let message = match &note {
                    Some(note) => format!("{message} {note}"),
                    None => message,
                };
                next.remember_replaced(&self, message);
                if next.replaced.is_none() {
                    next.notice = note.map(Notice::Info);
                }
                next.set_text(Rc::from(text), true);
            }
            Action::Clear => {
                next.remember_replaced(&self, "The article was cleared.".to_string());
                next.text = Rc::from("");
                next.version += 1;
                next.analysis = Rc::new(Analysis::default());
                next.analyzed_version = next.version;
                next.analyzed_text = Rc::from("");
                next.millis = None;
                next.view = View::Write;
                next.focus = None;
                next.selected = None;
                next.hovered = None;
            }
            Action::Undo => {
                let Some(old) = self.replaced.clone() else {
                    return self;
                };
                next.replaced = None;
                next.notice = None;
                next.set_text(old, true);
            }
            Action::Analyzed {
                version,
                analysis,
                millis,
            } => {
                if version != self.version {
                    return self;
                }
                next.analysis = analysis;
                next.analyzed_version = version;
                next.analyzed_text = self.text.clone();
                next.millis = Some(millis);
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
            Action::Hover(speaker) => {
                if speaker == self.hovered {
                    return self;
                }
                next.hovered = speaker;
            }
            Action::Select(speaker) => {
                // Choosing the selected speaker again clears the selection.
                next.selected = if speaker == self.selected {
                    None
                } else {
                    speaker
                };
                if next.selected == self.selected {
                    return self;
                }
            }
            Action::ToggleLayer(layer) => next.settings.layers.toggle(layer),
            Action::Sort(order) => next.settings.sort = order,
            Action::ToggleKind(kind) => {
                let hidden = &mut next.settings.hidden_kinds;
                match hidden.iter().position(|k| *k == kind) {
                    Some(i) => {
                        hidden.remove(i);
                    }
                    None => hidden.push(kind),
                }
            }
            Action::Notify(notice) => {
                if notice == self.notice {
                    return self;
                }
                next.notice = notice;
            }
            Action::Stopped { version, message } => {
                if version != self.version || !self.is_stale() || self.has_stopped() {
                    return self;
                }
                next.stopped = Some(version);
                next.notice = Some(Notice::Stopped(message));
            }
            Action::Retry => {
                next.worker += 1;
                next.version += 1;
                next.stopped = None;
                next.notice = None;
            }
        }
        Rc::new(next)
    }
}
