//! Every action of the reducer, natively.

use super::*;

fn state(text: &str) -> Rc<State> {
    Rc::new(State::new(text.to_string(), Settings::default()))
}

/// A state whose speaker 1 is hovered, picked and seen alone, and whose quote 0 is
/// picked and in focus.
fn busy(text: &str) -> Rc<State> {
    let mut s = State::new(text.to_string(), Settings::default());
    s.selection.hovered = Some(1);
    s.selection.selected = Some(1);
    s.selection.picked = Some(0);
    s.selection.only = Some(1);
    s.selection.focus = Some((0, 0));
    Rc::new(s)
}

/// The focus and everything that names a speaker, which a new text clears.
fn speakers(s: &State) -> [Option<usize>; 5] {
    [
        s.selection.focus.map(|f| f.0),
        s.selection.hovered,
        s.selection.selected,
        s.selection.picked,
        s.selection.only,
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
    assert_eq!(first.selection.focus, Some((3, 0)));
    // The nonce grows, so that the same quote chosen twice flashes twice.
    let again = first.reduce(Action::FocusQuote(3));
    assert_eq!(again.selection.focus, Some((3, 1)));
    let other = again.reduce(Action::FocusQuote(5));
    assert_eq!(other.selection.focus, Some((5, 2)));
}

#[test]
fn hover_follows_the_pointer() {
    let after = state("").reduce(Action::Hover(Some(2)));
    assert_eq!(after.selection.hovered, Some(2));
    assert_unchanged(&after, Action::Hover(Some(2)));
    assert_eq!(after.reduce(Action::Hover(None)).selection.hovered, None);
}

#[test]
fn picking_a_quote_shows_its_speaker_and_hides_no_one() {
    let picked = state("").reduce(Action::Pick {
        speaker: 2,
        quote: Some(5),
    });
    assert_eq!(
        (
            picked.selection.selected,
            picked.selection.picked,
            picked.selection.only
        ),
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
    assert_eq!(other.selection.picked, Some(6));
    // A mark with no quote of its own (why a source is unnamed) picks its speaker.
    let mark = other.reduce(Action::Pick {
        speaker: 3,
        quote: None,
    });
    assert_eq!(
        (mark.selection.selected, mark.selection.picked),
        (Some(3), None)
    );
    let gone = mark.reduce(Action::Unpick);
    assert_eq!(
        (gone.selection.selected, gone.selection.picked),
        (None, None)
    );
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
        (
            alone.selection.only,
            alone.selection.selected,
            alone.selection.picked
        ),
        (Some(2), Some(2), Some(5))
    );
    // Another speaker alone is the one shown, with no quote of the last one picked.
    let other = alone.clone().reduce(Action::Only(Some(4)));
    assert_eq!(
        (
            other.selection.only,
            other.selection.selected,
            other.selection.picked
        ),
        (Some(4), Some(4), None)
    );
    let everyone = other.clone().reduce(Action::Only(Some(4)));
    assert_eq!(
        (everyone.selection.only, everyone.selection.selected),
        (None, Some(4))
    );
    assert_eq!(other.reduce(Action::Only(None)).selection.only, None);
    // Unpicking keeps the choice: the bar goes, the article stays as chosen.
    assert_eq!(alone.reduce(Action::Unpick).selection.only, Some(2));
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

const ARTICLE: &str = "\"We will build the bridge, and build it well,\" Mayor Ana Ruiz said.\n\n\
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
    assert_eq!(
        (after.selection.selected, after.selection.only),
        (Some(0), Some(0))
    );
    assert_eq!(
        (
            after.selection.picked,
            after.selection.hovered,
            after.selection.focus
        ),
        (None, None, None)
    );
}

/// Undo numbers the speakers anew as a correction does: the official, first after the
/// correction, is second again, and is still the one seen alone.
#[test]
fn undoing_a_correction_finds_the_speaker_picked_under_its_old_number() {
    let s = read();
    let gave = Action::Correct(vec![Correction::Move {
        statement: crate::corrections::Anchor {
            start: s.analysis.quotes[0].start,
            text: s.analysis.quotes[0].text.clone(),
        },
        to: crate::corrections::Target::NoOne,
    }]);
    let corrected = s.reduce(gave).reduce(Action::Only(Some(0)));
    assert_eq!(names(&corrected), ["A city official"]);
    let back = corrected.reduce(Action::Undo);
    assert_eq!(names(&back), ["Ana Ruiz", "A city official"]);
    assert_eq!(
        (back.selection.selected, back.selection.only),
        (Some(1), Some(1))
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
