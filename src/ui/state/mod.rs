//! The app's state and the one reducer that changes it.
//!
//! The text is the reader's; an analysis always belongs to a version of that text and is
//! replaced only by the analysis of the current version, so a slow run can never overwrite
//! a fresher result. Settings (layers, sorting, filters) are kept apart so they can be
//! saved and restored on their own.
//!
//! It is plain Rust, as yew's `function_todomvc` keeps its state apart from the view, so
//! that every action is unit-tested natively; only the `Reducible` impl that hands
//! [`State::reduce`] to Yew is built for `wasm32` alone.

use crate::analysis::{Analysis, SpeakerKind};
use crate::corrections::{self, Correction, Reader};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

mod selection;

pub use selection::Selection;

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
    /// The engine's analysis of `analyzed_text`.
    pub engine: Rc<Analysis>,
    /// That analysis with the reader's corrections made: what the page shows and exports.
    pub analysis: Rc<Analysis>,
    /// What the reader corrected in `analysis`, and which corrections no longer apply.
    pub reader: Rc<Reader>,
    /// The reader's corrections, anchored in `text`: kept with it, made again on each
    /// analysis of it.
    pub corrections: Rc<Vec<Correction>>,
    /// The corrections before each of the last ones, latest last: Undo (or Ctrl+Z) takes
    /// them back one by one, until the reader edits the text.
    pub undone: Vec<Rc<Vec<Correction>>>,
    pub analyzed_version: u64,
    /// The text `analysis` was made from, which the article view shows until the
    /// analysis of a newer text arrives.
    pub analyzed_text: Rc<str>,
    /// Milliseconds the last analysis took.
    pub millis: Option<f64>,
    pub view: View,
    /// Switch to reading once the analysis of this version arrives (after a paste).
    pub read_when_ready: bool,
    /// What the reader points at, picks or sees alone.
    pub selection: Selection,
    pub settings: Settings,
    pub notice: Option<Notice>,
    /// Counts the analysis workers started: a new one replaces one that stopped.
    pub worker: u32,
    /// The version whose analysis stopped, if the current one did.
    pub stopped: Option<u64>,
    /// The text that Clear, Load sample or Open file replaced, until the reader edits the
    /// new one: Undo (or Ctrl+Z) brings it back.
    pub replaced: Option<Rc<str>>,
    /// The corrections of the replaced text, which come back with it.
    pub replaced_corrections: Rc<Vec<Correction>>,
}

impl State {
    pub fn new(text: String, settings: Settings) -> State {
        let has_text = !text.trim().is_empty();
        State {
            text: Rc::from(text),
            version: 1,
            engine: Rc::new(Analysis::default()),
            analysis: Rc::new(Analysis::default()),
            reader: Rc::default(),
            corrections: Rc::default(),
            undone: Vec::new(),
            analyzed_version: 0,
            analyzed_text: Rc::from(""),
            millis: None,
            view: if has_text { View::Read } else { View::Write },
            read_when_ready: false,
            selection: Selection::default(),
            settings,
            notice: None,
            worker: 0,
            stopped: None,
            replaced: None,
            replaced_corrections: Rc::default(),
        }
    }

    /// Whether Undo (or Ctrl+Z) has a correction or a replaced text to bring back.
    pub fn can_undo(&self) -> bool {
        self.replaced.is_some() || !self.undone.is_empty()
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
        /// The corrections that come with the text (a saved analysis has them).
        corrections: Vec<Correction>,
    },
    Clear,
    /// Take back the last correction, or else bring back the text that the last Replace
    /// or Clear replaced.
    Undo,
    /// The reader corrects the analysis shown: one step for Undo, however many changes.
    Correct(Vec<Correction>),
    /// Let go of the corrections whose words or speaker are gone.
    ForgetDropped,
    Analyzed {
        version: u64,
        analysis: Rc<Analysis>,
        millis: f64,
    },
    SetView(View),
    FocusQuote(usize),
    Hover(Option<usize>),
    /// The reader picked a quote of `speaker` in the article (or another mark of theirs,
    /// with no quote): its speaker is shown, and nothing is hidden.
    Pick {
        speaker: usize,
        quote: Option<usize>,
    },
    /// Let go of the picked quote and speaker.
    Unpick,
    /// See only this speaker's highlights; the same speaker again, or `None`, shows
    /// everyone.
    Only(Option<usize>),
    /// Escape: no pick, no speaker alone, nothing hovered.
    ClearSelection,
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
        self.replaced_corrections = before.corrections.clone();
        self.notice = Some(Notice::Undo(message));
    }

    /// The analysis shown: the engine's, with the reader's corrections made to it.
    fn correct_analysis(&mut self) {
        if self.corrections.is_empty() {
            self.analysis = self.engine.clone();
            self.reader = Rc::default();
            return;
        }
        let (analysis, reader) =
            corrections::apply(&self.engine, &self.analyzed_text, &self.corrections);
        self.analysis = Rc::new(analysis);
        self.reader = Rc::new(reader);
    }

    /// New corrections, the old ones kept for Undo; the speakers hovered, picked or seen
    /// alone are found again under their new numbers.
    fn set_corrections(&mut self, corrections: Vec<Correction>) {
        let before = self.analysis.clone();
        self.undone.push(std::mem::replace(
            &mut self.corrections,
            Rc::new(corrections),
        ));
        self.correct_analysis();
        self.selection.renumber(&before, &self.analysis);
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
        self.selection = Selection::default();
    }
}

impl Settings {
    /// Hides speakers of `kind` from the sidebar, or shows them again.
    fn toggle_kind(&mut self, kind: SpeakerKind) {
        match self.hidden_kinds.iter().position(|k| *k == kind) {
            Some(i) => {
                self.hidden_kinds.remove(i);
            }
            None => self.hidden_kinds.push(kind),
        }
    }
}

impl State {
    /// The state after `action`. An action that changes nothing gives back the same `Rc`,
    /// which tells Yew that there is nothing to render again.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit { text, pasted } => self.edit(text, pasted),
            Action::Replace {
                text,
                message,
                note,
                corrections,
            } => self.replace(text, message, note, corrections),
            Action::Clear => Some(self.clear()),
            Action::Undo => self.undo(),
            Action::Correct(fixes) => self.correct(fixes),
            Action::ForgetDropped => self.forget_dropped(),
            Action::Analyzed {
                version,
                analysis,
                millis,
            } => self.analyzed(version, analysis, millis),
            Action::SetView(view) => (view != self.view).then(|| self.with(|s| s.view = view)),
            Action::FocusQuote(i) => Some(self.with(|s| {
                s.view = View::Read;
                s.selection.focus_quote(i);
            })),
            Action::Hover(speaker) => self.select(self.selection.hover(speaker)),
            Action::Pick { speaker, quote } => self.select(self.selection.pick(speaker, quote)),
            Action::Unpick => self.select(self.selection.unpick()),
            Action::Only(speaker) => self.select(self.selection.only(speaker)),
            Action::ClearSelection => self.select(self.selection.clear()),
            Action::ToggleLayer(layer) => Some(self.with(|s| s.settings.layers.toggle(layer))),
            Action::Sort(order) => Some(self.with(|s| s.settings.sort = order)),
            Action::ToggleKind(kind) => Some(self.with(|s| s.settings.toggle_kind(kind))),
            Action::Notify(notice) => {
                (notice != self.notice).then(|| self.with(|s| s.notice = notice))
            }
            Action::Stopped { version, message } => self.stopped(version, message),
            Action::Retry => Some(self.retry()),
        };
        next.map_or(self, Rc::new)
    }

    /// A copy of the state with `change` made to it.
    fn with(&self, change: impl FnOnce(&mut State)) -> State {
        let mut next = self.clone();
        change(&mut next);
        next
    }

    fn edit(&self, text: String, pasted: bool) -> Option<State> {
        if *text == *self.text {
            return None;
        }
        let mut next = self.clone();
        if !self.corrections.is_empty() {
            next.corrections = Rc::new(corrections::shift(&self.corrections, &self.text, &text));
        }
        next.set_text(Rc::from(text), pasted);
        // Once the reader edits the new text, bringing the old one back (or the
        // corrections before the last) would lose the edit; the text area's own undo
        // takes over.
        next.replaced = None;
        next.undone.clear();
        if matches!(self.notice, Some(Notice::Undo(_))) {
            next.notice = None;
        }
        Some(next)
    }

    fn replace(
        &self,
        text: String,
        message: String,
        note: Option<String>,
        corrections: Vec<Correction>,
    ) -> Option<State> {
        if *text == *self.text && corrections.is_empty() {
            return None;
        }
        let message = match &note {
            Some(note) => format!("{message} {note}"),
            None => message,
        };
        let mut next = self.clone();
        next.remember_replaced(self, message);
        if next.replaced.is_none() {
            next.notice = note.map(Notice::Info);
        }
        next.set_text(Rc::from(text), true);
        next.corrections = Rc::new(corrections);
        next.undone.clear();
        Some(next)
    }

    fn clear(&self) -> State {
        let mut next = self.clone();
        next.remember_replaced(self, "The article was cleared.".to_string());
        next.text = Rc::from("");
        next.version += 1;
        next.engine = Rc::new(Analysis::default());
        next.analysis = next.engine.clone();
        next.reader = Rc::default();
        next.corrections = Rc::default();
        next.undone.clear();
        next.analyzed_version = next.version;
        next.analyzed_text = Rc::from("");
        next.millis = None;
        next.view = View::Write;
        next.selection = Selection::default();
        next
    }

    fn undo(&self) -> Option<State> {
        let mut next = self.clone();
        next.notice = None;
        if let Some(corrections) = next.undone.pop() {
            next.corrections = corrections;
            next.correct_analysis();
            next.selection.renumber(&self.analysis, &next.analysis);
            return Some(next);
        }
        let old = next.replaced.take()?;
        next.set_text(old, true);
        next.corrections = std::mem::take(&mut next.replaced_corrections);
        Some(next)
    }

    /// Made on the analysis shown, the correction is kept in the words of the current
    /// text, which the reader may have edited since.
    fn correct(&self, fixes: Vec<Correction>) -> Option<State> {
        if fixes.is_empty() {
            return None;
        }
        let fixes = if self.is_stale() {
            corrections::shift(&fixes, &self.analyzed_text, &self.text)
        } else {
            fixes
        };
        let said: Vec<String> = fixes.iter().map(Correction::describe).collect();
        let mut next = self.clone();
        next.set_corrections(self.corrections.iter().cloned().chain(fixes).collect());
        next.notice = Some(Notice::Undo(format!("{}.", said.join("; "))));
        Some(next)
    }

    fn forget_dropped(&self) -> Option<State> {
        if self.reader.dropped.is_empty() {
            return None;
        }
        let kept = (self.corrections.iter().enumerate())
            .filter(|(i, _)| !self.reader.is_dropped(*i))
            .map(|(_, c)| c.clone())
            .collect();
        let mut next = self.clone();
        next.set_corrections(kept);
        next.notice = Some(Notice::Undo(
            "The corrections that no longer apply were forgotten.".to_string(),
        ));
        Some(next)
    }

    /// Only the analysis of the current version is taken: a slower run of an older text
    /// never overwrites a fresher one.
    fn analyzed(&self, version: u64, analysis: Rc<Analysis>, millis: f64) -> Option<State> {
        if version != self.version {
            return None;
        }
        let mut next = self.clone();
        next.engine = analysis;
        next.analyzed_version = version;
        next.analyzed_text = self.text.clone();
        next.correct_analysis();
        next.millis = Some(millis);
        if self.read_when_ready {
            next.view = View::Read;
            next.read_when_ready = false;
        }
        Some(next)
    }

    /// The state with a new selection, if it is one.
    fn select(&self, selection: Option<Selection>) -> Option<State> {
        selection.map(|selection| self.with(|s| s.selection = selection))
    }

    /// Said once per version: a worker that stops after its answer came, or again, is
    /// no news.
    fn stopped(&self, version: u64, message: String) -> Option<State> {
        if version != self.version || !self.is_stale() || self.has_stopped() {
            return None;
        }
        Some(self.with(|s| {
            s.stopped = Some(version);
            s.notice = Some(Notice::Stopped(message));
        }))
    }

    fn retry(&self) -> State {
        self.with(|s| {
            s.worker += 1;
            s.version += 1;
            s.stopped = None;
            s.notice = None;
        })
    }
}

/// Yew's hook for the reducer. The logic is [`State::reduce`], plain Rust that the tests
/// run natively; this is the only part of the state that needs Yew.
#[cfg(target_arch = "wasm32")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The inherent method, not this one: inherent items come first.
        State::reduce(self, action)
    }
}

#[cfg(test)]
mod tests;
