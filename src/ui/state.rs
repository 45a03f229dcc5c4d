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
    /// A quote to scroll to and flash, with a nonce so that clicking it twice flashes twice.
    pub focus: Option<(usize, u64)>,
    /// The speaker under the pointer or keyboard focus, in the article or the sidebar.
    pub hovered: Option<usize>,
    /// The speaker the reader picked, whose card is shown (and named in a bar on a phone).
    pub selected: Option<usize>,
    /// The quote the reader picked in the article, which is marked there.
    pub picked: Option<usize>,
    /// The speaker the reader chose to see alone: everything else in the article is
    /// dimmed. A choice of its own, never a side effect of picking a quote.
    pub only: Option<usize>,
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
            focus: None,
            hovered: None,
            selected: None,
            picked: None,
            only: None,
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
        let again = |id: Option<usize>| {
            let old = before.speaker(id?)?;
            let at = old.mentions.first().map(|m| m.start);
            let speakers = &self.analysis.speakers;
            (speakers.iter())
                .find(|s| s.name == old.name && s.mentions.first().map(|m| m.start) == at)
                .or_else(|| {
                    speakers
                        .iter()
                        .find(|s| at.is_some() && s.mentions.first().map(|m| m.start) == at)
                })
                .or_else(|| speakers.iter().find(|s| s.name == old.name))
                .map(|s| s.id)
        };
        (self.selected, self.only) = (again(self.selected), again(self.only));
        (self.hovered, self.picked, self.focus) = (None, None, None);
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
        self.forget_speakers();
    }

    /// Hover, pick and "only" name speakers of the analysis being replaced.
    fn forget_speakers(&mut self) {
        self.hovered = None;
        self.selected = None;
        self.picked = None;
        self.only = None;
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
            Action::FocusQuote(i) => Some(self.focus_quote(i)),
            Action::Hover(speaker) => {
                (speaker != self.hovered).then(|| self.with(|s| s.hovered = speaker))
            }
            Action::Pick { speaker, quote } => self.pick(speaker, quote),
            Action::Unpick => self.unpick(),
            Action::Only(speaker) => self.only(speaker),
            Action::ClearSelection => self.clear_selection(),
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
        next.focus = None;
        next.forget_speakers();
        next
    }

    fn undo(&self) -> Option<State> {
        let mut next = self.clone();
        next.notice = None;
        if let Some(corrections) = next.undone.pop() {
            next.corrections = corrections;
            next.correct_analysis();
            (next.hovered, next.picked, next.focus) = (None, None, None);
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

    fn focus_quote(&self, i: usize) -> State {
        self.with(|s| {
            s.view = View::Read;
            s.focus = Some((i, self.focus.map_or(0, |(_, n)| n + 1)));
        })
    }

    fn pick(&self, speaker: usize, quote: Option<usize>) -> Option<State> {
        (self.selected != Some(speaker) || self.picked != quote).then(|| {
            self.with(|s| {
                s.selected = Some(speaker);
                s.picked = quote;
            })
        })
    }

    fn unpick(&self) -> Option<State> {
        (self.selected.is_some() || self.picked.is_some()).then(|| {
            self.with(|s| {
                s.selected = None;
                s.picked = None;
            })
        })
    }

    fn clear_selection(&self) -> Option<State> {
        let busy = self.selected.or(self.picked).or(self.only).or(self.hovered);
        busy.is_some().then(|| self.with(State::forget_speakers))
    }

    /// Choosing the speaker seen alone again shows everyone. A speaker chosen is also the
    /// one shown, with no quote picked unless it is theirs.
    fn only(&self, speaker: Option<usize>) -> Option<State> {
        let only = if speaker == self.only { None } else { speaker };
        (only != self.only).then(|| {
            self.with(|s| {
                s.only = only;
                if only.is_some() && only != s.selected {
                    s.selected = only;
                    s.picked = None;
                }
            })
        })
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
mod tests {
    use super::*;

    fn state(text: &str) -> Rc<State> {
        Rc::new(State::new(text.to_string(), Settings::default()))
    }

    /// A state whose speaker 1 is hovered, picked and seen alone, and whose quote 0 is
    /// picked and in focus.
    fn busy(text: &str) -> Rc<State> {
        let mut s = State::new(text.to_string(), Settings::default());
        s.hovered = Some(1);
        s.selected = Some(1);
        s.picked = Some(0);
        s.only = Some(1);
        s.focus = Some((0, 0));
        Rc::new(s)
    }

    /// The focus and everything that names a speaker, which a new text clears.
    fn speakers(s: &State) -> [Option<usize>; 5] {
        [
            s.focus.map(|f| f.0),
            s.hovered,
            s.selected,
            s.picked,
            s.only,
        ]
    }

    fn edit(text: &str, pasted: bool) -> Action {
        Action::Edit {
            text: text.to_string(),
            pasted,
        }
    }

    fn replace(text: &str, note: Option<&str>) -> Action {
        Action::Replace {
            text: text.to_string(),
            message: "The sample article replaced your text.".to_string(),
            note: note.map(str::to_string),
            corrections: Vec::new(),
        }
    }

    fn analyzed(version: u64, analysis: &Rc<Analysis>) -> Action {
        Action::Analyzed {
            version,
            analysis: analysis.clone(),
            millis: 12.5,
        }
    }

    fn stopped(version: u64) -> Action {
        Action::Stopped {
            version,
            message: "The analysis stopped.".to_string(),
        }
    }

    /// `action` gives back the very same state: nothing for Yew to render.
    fn assert_unchanged(before: &Rc<State>, action: Action) {
        let after = before.clone().reduce(action);
        assert!(Rc::ptr_eq(before, &after), "changed: {after:?}");
    }

    #[test]
    fn a_new_state_reads_a_restored_text_and_writes_an_empty_one() {
        assert_eq!(state("Ana Ruiz said so.").view, View::Read);
        assert_eq!(state(" \n ").view, View::Write);
        let s = state("Ana Ruiz said so.");
        assert!(s.is_stale(), "no analysis yet");
        assert!(!s.has_stopped());
    }

    #[test]
    fn an_edit_is_a_new_version_and_clears_the_focus() {
        let before = busy("Ana");
        let after = before.clone().reduce(edit("Ana Ruiz", false));
        assert_eq!(&*after.text, "Ana Ruiz");
        assert_eq!(after.version, before.version + 1);
        assert!(after.is_stale());
        assert!(!after.read_when_ready, "typing stays in the text area");
        assert_eq!(after.view, before.view);
        assert_eq!(speakers(&after), [None; 5]);
    }

    #[test]
    fn an_edit_that_changes_no_text_changes_nothing() {
        assert_unchanged(&busy("Ana"), edit("Ana", true));
    }

    #[test]
    fn a_paste_is_read_when_its_analysis_arrives_and_a_long_one_at_once() {
        let short = state("").reduce(edit("Ana Ruiz said so.", true));
        assert!(short.read_when_ready);
        assert_eq!(short.view, View::Write);
        let long = "word ".repeat(READ_AT_ONCE / 5 + 1);
        let long = state("").reduce(edit(&long, true));
        assert_eq!(long.view, View::Read, "the text area never lays it out");
        assert!(long.read_when_ready);
    }

    #[test]
    fn an_edit_after_a_replace_gives_up_its_undo() {
        let replaced = state("Old text.").reduce(replace("New text.", None));
        assert!(matches!(replaced.notice, Some(Notice::Undo(_))));
        let edited = replaced.reduce(edit("New text, edited.", false));
        assert_eq!(edited.replaced, None);
        assert_eq!(edited.notice, None);
        // Any other notice stays up.
        let mut s = State::new("Text.".to_string(), Settings::default());
        s.notice = Some(Notice::Error("Could not save.".to_string()));
        let edited = Rc::new(s).reduce(edit("Text!", false));
        assert_eq!(
            edited.notice,
            Some(Notice::Error("Could not save.".to_string()))
        );
    }

    #[test]
    fn a_replace_keeps_the_old_text_for_undo_and_reads_the_new() {
        let before = busy("Old text.");
        let after = before.clone().reduce(replace("New text.", None));
        assert_eq!(&*after.text, "New text.");
        assert_eq!(after.version, before.version + 1);
        assert_eq!(after.replaced.as_deref(), Some("Old text."));
        assert_eq!(
            after.notice,
            Some(Notice::Undo(
                "The sample article replaced your text.".to_string()
            ))
        );
        assert!(after.read_when_ready);
        assert_eq!(speakers(&after), [None; 5]);
    }

    #[test]
    fn a_replace_says_what_the_import_changed() {
        let after = state("Old text.").reduce(replace("New text.", Some("It was HTML.")));
        assert_eq!(
            after.notice,
            Some(Notice::Undo(
                "The sample article replaced your text. It was HTML.".to_string()
            ))
        );
        // With no words to bring back, there is no Undo, only the note.
        let after = state(" ").reduce(replace("New text.", Some("It was HTML.")));
        assert_eq!(after.replaced, None);
        assert_eq!(after.notice, Some(Notice::Info("It was HTML.".to_string())));
        let after = state("").reduce(replace("New text.", None));
        assert_eq!(after.notice, None);
    }

    #[test]
    fn a_replace_with_the_same_text_changes_nothing() {
        assert_unchanged(&state("Same text."), replace("Same text.", Some("note")));
    }

    #[test]
    fn clear_empties_the_article_and_keeps_it_for_undo() {
        let before = busy("Ana Ruiz said so.");
        let after = before.clone().reduce(Action::Clear);
        assert_eq!(&*after.text, "");
        assert_eq!(after.version, before.version + 1);
        assert!(!after.is_stale(), "an empty text needs no analysis");
        assert_eq!(*after.analysis, Analysis::default());
        assert_eq!(&*after.analyzed_text, "");
        assert_eq!(after.millis, None);
        assert_eq!(after.view, View::Write);
        assert_eq!(speakers(&after), [None; 5]);
        assert_eq!(after.replaced.as_deref(), Some("Ana Ruiz said so."));
        assert_eq!(
            after.notice,
            Some(Notice::Undo("The article was cleared.".to_string()))
        );
        // An empty article leaves nothing to bring back.
        let again = after.reduce(Action::Clear);
        assert_eq!((again.replaced.clone(), again.notice.clone()), (None, None));
    }

    #[test]
    fn undo_brings_back_the_replaced_text() {
        let cleared = state("Ana Ruiz said so.").reduce(Action::Clear);
        let after = cleared.clone().reduce(Action::Undo);
        assert_eq!(&*after.text, "Ana Ruiz said so.");
        assert_eq!(after.version, cleared.version + 1);
        assert_eq!((after.replaced.clone(), after.notice.clone()), (None, None));
        assert!(after.read_when_ready);
        assert!(after.is_stale());
    }

    #[test]
    fn undo_with_nothing_replaced_changes_nothing() {
        assert_unchanged(&state("Ana Ruiz said so."), Action::Undo);
    }

    #[test]
    fn the_analysis_of_the_current_text_is_shown() {
        let before = state("Ana Ruiz said so.");
        let analysis = Rc::new(Analysis::default());
        let after = before.clone().reduce(analyzed(before.version, &analysis));
        assert!(Rc::ptr_eq(&after.analysis, &analysis));
        assert_eq!(after.analyzed_version, before.version);
        assert!(!after.is_stale());
        assert_eq!(&*after.analyzed_text, "Ana Ruiz said so.");
        assert_eq!(after.millis, Some(12.5));
        assert_eq!(after.view, before.view);
    }

    #[test]
    fn a_pasted_text_is_read_once_its_analysis_arrives() {
        let pasted = state("").reduce(edit("Ana Ruiz said so.", true));
        let analysis = Rc::new(Analysis::default());
        let after = pasted.clone().reduce(analyzed(pasted.version, &analysis));
        assert_eq!(after.view, View::Read);
        assert!(!after.read_when_ready);
    }

    #[test]
    fn the_analysis_of_an_older_text_is_dropped() {
        let before = state("Ana").reduce(edit("Ana Ruiz", false));
        let analysis = Rc::new(Analysis::default());
        assert_unchanged(&before, analyzed(before.version - 1, &analysis));
    }

    #[test]
    fn set_view_switches_between_write_and_read() {
        let before = state("");
        let after = before.clone().reduce(Action::SetView(View::Read));
        assert_eq!(after.view, View::Read);
        assert_unchanged(&after, Action::SetView(View::Read));
    }

    #[test]
    fn focusing_a_quote_reads_and_flashes_it_each_time() {
        let first = state("").reduce(Action::FocusQuote(3));
        assert_eq!(first.view, View::Read);
        assert_eq!(first.focus, Some((3, 0)));
        // The nonce grows, so that the same quote chosen twice flashes twice.
        let again = first.reduce(Action::FocusQuote(3));
        assert_eq!(again.focus, Some((3, 1)));
        let other = again.reduce(Action::FocusQuote(5));
        assert_eq!(other.focus, Some((5, 2)));
    }

    #[test]
    fn hover_follows_the_pointer() {
        let after = state("").reduce(Action::Hover(Some(2)));
        assert_eq!(after.hovered, Some(2));
        assert_unchanged(&after, Action::Hover(Some(2)));
        assert_eq!(after.reduce(Action::Hover(None)).hovered, None);
    }

    #[test]
    fn picking_a_quote_shows_its_speaker_and_hides_no_one() {
        let picked = state("").reduce(Action::Pick {
            speaker: 2,
            quote: Some(5),
        });
        assert_eq!(
            (picked.selected, picked.picked, picked.only),
            (Some(2), Some(5), None)
        );
        assert_unchanged(
            &picked,
            Action::Pick {
                speaker: 2,
                quote: Some(5),
            },
        );
        let other = picked.clone().reduce(Action::Pick {
            speaker: 2,
            quote: Some(6),
        });
        assert_eq!(other.picked, Some(6));
        // A mark with no quote of its own (why a source is unnamed) picks its speaker.
        let mark = other.reduce(Action::Pick {
            speaker: 3,
            quote: None,
        });
        assert_eq!((mark.selected, mark.picked), (Some(3), None));
        let gone = mark.reduce(Action::Unpick);
        assert_eq!((gone.selected, gone.picked), (None, None));
        assert_unchanged(&gone, Action::Unpick);
    }

    #[test]
    fn only_this_speaker_is_a_choice_of_its_own_and_again_shows_everyone() {
        let picked = state("").reduce(Action::Pick {
            speaker: 2,
            quote: Some(5),
        });
        let alone = picked.reduce(Action::Only(Some(2)));
        assert_eq!(
            (alone.only, alone.selected, alone.picked),
            (Some(2), Some(2), Some(5))
        );
        // Another speaker alone is the one shown, with no quote of the last one picked.
        let other = alone.clone().reduce(Action::Only(Some(4)));
        assert_eq!(
            (other.only, other.selected, other.picked),
            (Some(4), Some(4), None)
        );
        let everyone = other.clone().reduce(Action::Only(Some(4)));
        assert_eq!((everyone.only, everyone.selected), (None, Some(4)));
        assert_eq!(other.reduce(Action::Only(None)).only, None);
        // Unpicking keeps the choice: the bar goes, the article stays as chosen.
        assert_eq!(alone.reduce(Action::Unpick).only, Some(2));
        assert_unchanged(&state(""), Action::Only(None));
    }

    #[test]
    fn clear_selection_lets_go_of_everything_that_names_a_speaker() {
        let after = busy("Ana").reduce(Action::ClearSelection);
        assert_eq!(speakers(&after)[1..], [None; 4]);
        assert_unchanged(&after, Action::ClearSelection);
    }

    #[test]
    fn toggle_layer_hides_and_shows_one_layer() {
        let hidden = state("").reduce(Action::ToggleLayer(Layer::Cues));
        let layers = hidden.settings.layers;
        assert!(!layers.shows(Layer::Cues));
        for other in Layer::ALL.into_iter().filter(|l| *l != Layer::Cues) {
            assert!(layers.shows(other), "{other:?}");
        }
        let shown = hidden.reduce(Action::ToggleLayer(Layer::Cues));
        assert_eq!(shown.settings.layers, Layers::default());
    }

    #[test]
    fn sort_sets_the_order_of_the_cards() {
        let after = state("").reduce(Action::Sort(SortOrder::Kind));
        assert_eq!(after.settings.sort, SortOrder::Kind);
        let after = after.reduce(Action::Sort(SortOrder::Statements));
        assert_eq!(after.settings.sort, SortOrder::Statements);
    }

    #[test]
    fn toggle_kind_hides_and_shows_a_kind_of_speaker() {
        let after = state("")
            .reduce(Action::ToggleKind(SpeakerKind::Anonymous))
            .reduce(Action::ToggleKind(SpeakerKind::Media));
        assert_eq!(
            after.settings.hidden_kinds,
            [SpeakerKind::Anonymous, SpeakerKind::Media]
        );
        let after = after.reduce(Action::ToggleKind(SpeakerKind::Anonymous));
        assert_eq!(after.settings.hidden_kinds, [SpeakerKind::Media]);
    }

    #[test]
    fn notify_shows_and_dismisses_a_notice() {
        let notice = Notice::Info("Copied.".to_string());
        let shown = state("").reduce(Action::Notify(Some(notice.clone())));
        assert_eq!(shown.notice, Some(notice.clone()));
        assert_unchanged(&shown, Action::Notify(Some(notice)));
        assert_eq!(shown.reduce(Action::Notify(None)).notice, None);
    }

    #[test]
    fn a_stopped_analysis_of_the_current_text_is_said_once() {
        let before = state("Ana Ruiz said so.");
        let after = before.clone().reduce(stopped(before.version));
        assert!(after.has_stopped());
        assert_eq!(after.stopped, Some(before.version));
        assert_eq!(
            after.notice,
            Some(Notice::Stopped("The analysis stopped.".to_string()))
        );
        assert_unchanged(&after, stopped(before.version));
    }

    #[test]
    fn a_stop_of_an_older_text_or_after_the_answer_changes_nothing() {
        let edited = state("Ana").reduce(edit("Ana Ruiz", false));
        assert_unchanged(&edited, stopped(edited.version - 1));
        let analysis = Rc::new(Analysis::default());
        let answered = edited.clone().reduce(analyzed(edited.version, &analysis));
        assert_unchanged(&answered, stopped(answered.version));
    }

    #[test]
    fn retry_starts_a_new_worker_on_a_new_version() {
        let before = state("Ana Ruiz said so.");
        let halted = before.clone().reduce(stopped(before.version));
        let after = halted.clone().reduce(Action::Retry);
        assert_eq!(after.worker, halted.worker + 1);
        assert_eq!(after.version, halted.version + 1);
        assert_eq!(after.stopped, None);
        assert!(!after.has_stopped());
        assert_eq!(after.notice, None);
        assert!(after.is_stale(), "the text is analyzed again");
        assert_eq!(&*after.text, &*before.text);
    }

    const ARTICLE: &str =
        "\"We will build the bridge, and build it well,\" Mayor Ana Ruiz said.\n\n\
                           A city official said the budget had doubled.";

    /// A state showing the engine's analysis of `ARTICLE`.
    fn read() -> Rc<State> {
        let s = state(ARTICLE);
        let analysis = Rc::new(crate::analyze(ARTICLE));
        s.clone().reduce(analyzed(s.version, &analysis))
    }

    fn rename(s: &State, id: usize, name: &str) -> Action {
        Action::Correct(vec![Correction::Rename {
            speaker: crate::corrections::Who::of(&s.analysis.speakers[id]),
            name: name.to_string(),
        }])
    }

    fn names(s: &State) -> Vec<&str> {
        s.analysis
            .speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect()
    }

    #[test]
    fn a_correction_changes_what_is_shown_and_offers_undo() {
        let before = read();
        assert_eq!(names(&before), ["Ana Ruiz", "A city official"]);
        let after = before
            .clone()
            .reduce(rename(&before, 1, "The city treasurer"));
        assert_eq!(names(&after), ["Ana Ruiz", "The city treasurer"]);
        assert_eq!(after.engine, before.engine, "the engine's analysis is kept");
        assert!(after.reader.speaker(1) && !after.reader.speaker(0));
        assert_eq!(after.corrections.len(), 1);
        assert_eq!(
            after.notice,
            Some(Notice::Undo(
                "Renamed A city official to The city treasurer.".to_string()
            ))
        );
        assert!(after.can_undo());
        assert_eq!(after.undone, [Rc::new(Vec::new())]);
        assert_unchanged(&after, Action::Correct(Vec::new()));
    }

    #[test]
    fn corrections_made_together_are_one_step_for_undo() {
        let s = read();
        let both = Action::Correct(vec![
            Correction::Rename {
                speaker: crate::corrections::Who::of(&s.analysis.speakers[1]),
                name: "Jo Hart".to_string(),
            },
            Correction::Kind {
                speaker: crate::corrections::Who {
                    name: "Jo Hart".to_string(),
                    at: None,
                },
                kind: SpeakerKind::NamedPerson,
            },
        ]);
        let after = s.clone().reduce(both);
        assert_eq!(after.analysis.speakers[1].kind, SpeakerKind::NamedPerson);
        assert_eq!(
            after.notice,
            Some(Notice::Undo(
                "Renamed A city official to Jo Hart; Made Jo Hart a person.".to_string()
            ))
        );
        assert_eq!(after.reduce(Action::Undo).analysis, s.analysis);
    }

    #[test]
    fn a_correction_finds_the_speaker_picked_under_its_new_number() {
        let before = read().reduce(Action::Only(Some(1)));
        let gave = Action::Correct(vec![Correction::Move {
            statement: crate::corrections::Anchor {
                start: before.analysis.quotes[0].start,
                text: before.analysis.quotes[0].text.clone(),
            },
            to: crate::corrections::Target::NoOne,
        }]);
        let after = before.reduce(gave);
        // Ana Ruiz said nothing after all: the official is now the first speaker.
        assert_eq!(names(&after), ["A city official"]);
        assert_eq!((after.selected, after.only), (Some(0), Some(0)));
        assert_eq!(
            (after.picked, after.hovered, after.focus),
            (None, None, None)
        );
    }

    #[test]
    fn undo_takes_back_corrections_one_by_one_then_the_replaced_text() {
        let first = read().reduce(Action::Replace {
            text: ARTICLE.to_string(),
            message: "m".to_string(),
            note: None,
            corrections: Vec::new(),
        });
        assert_eq!(first.replaced, None, "the same text: nothing to bring back");
        let s = read().reduce(Action::Clear).reduce(Action::Undo);
        let s = s
            .clone()
            .reduce(analyzed(s.version, &Rc::new(crate::analyze(ARTICLE))));
        let once = s.clone().reduce(rename(&s, 0, "Mayor Ruiz"));
        let twice = once.clone().reduce(rename(&once, 1, "An official"));
        assert_eq!(names(&twice), ["Mayor Ruiz", "An official"]);
        let back = twice.reduce(Action::Undo);
        assert_eq!(names(&back), ["Mayor Ruiz", "A city official"]);
        assert_eq!(back.notice, None);
        let back = back.reduce(Action::Undo);
        assert_eq!(names(&back), ["Ana Ruiz", "A city official"]);
        assert!(!back.can_undo());
        assert_unchanged(&back, Action::Undo);
    }

    #[test]
    fn an_edit_carries_the_corrections_with_their_words_and_gives_up_their_undo() {
        let s = read();
        let corrected = s.clone().reduce(rename(&s, 1, "An official"));
        let edited = corrected.reduce(edit(&format!("Budget news\n\n{ARTICLE}"), false));
        assert!(edited.undone.is_empty());
        let Correction::Rename { speaker, .. } = &edited.corrections[0] else {
            panic!("{:?}", edited.corrections);
        };
        assert_eq!(
            speaker.at,
            s.analysis.speakers[1]
                .mentions
                .first()
                .map(|m| m.start + 13)
        );
        let analysis = Rc::new(crate::analyze(&edited.text));
        let after = edited.clone().reduce(analyzed(edited.version, &analysis));
        assert_eq!(names(&after), ["Ana Ruiz", "An official"]);
        assert!(after.reader.dropped.is_empty());
    }

    #[test]
    fn a_replaced_text_takes_its_corrections_along_and_undo_brings_them_back() {
        let s = read();
        let corrected = s.clone().reduce(rename(&s, 1, "An official"));
        let fixes = corrected.corrections.clone();
        let cleared = corrected.reduce(Action::Clear);
        assert!(cleared.corrections.is_empty());
        assert_eq!(cleared.replaced_corrections, fixes);
        let back = cleared.reduce(Action::Undo);
        assert_eq!(back.corrections, fixes);
        // A saved analysis opens with its corrections, even of the same text.
        let opened = state(ARTICLE).reduce(Action::Replace {
            text: ARTICLE.to_string(),
            message: "article.whosaid.json replaced your text.".to_string(),
            note: None,
            corrections: (*fixes).clone(),
        });
        assert_eq!(opened.corrections, fixes);
        let opened = opened
            .clone()
            .reduce(analyzed(opened.version, &Rc::new(crate::analyze(ARTICLE))));
        assert_eq!(names(&opened), ["Ana Ruiz", "An official"]);
    }

    #[test]
    fn forget_dropped_lets_go_of_the_corrections_that_no_longer_apply() {
        let s = read();
        let kept = rename(&s, 0, "Mayor Ruiz");
        let gone = Action::Correct(vec![Correction::Rename {
            speaker: crate::corrections::Who {
                name: "Nobody here".to_string(),
                at: None,
            },
            name: "x".to_string(),
        }]);
        let both = s.reduce(kept).reduce(gone);
        assert_eq!(both.reader.dropped, [1]);
        let after = both.reduce(Action::ForgetDropped);
        assert_eq!(after.corrections.len(), 1);
        assert!(after.reader.dropped.is_empty());
        assert_eq!(names(&after), ["Mayor Ruiz", "A city official"]);
        assert!(matches!(after.notice, Some(Notice::Undo(_))));
        assert_unchanged(&after, Action::ForgetDropped);
        assert_eq!(after.reduce(Action::Undo).corrections.len(), 2);
    }
}
