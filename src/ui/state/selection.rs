//! What the reader points at, picks or sees alone. Each speaker is named by its number in
//! the analysis shown, so a new text forgets them all, and a correction, which numbers
//! the speakers anew, finds the picked ones again.

use crate::analysis::{Analysis, Speaker};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
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
}

// Each change gives `None` when it changes nothing, which the reducer passes on to Yew as
// nothing to render again.
impl Selection {
    /// Scroll to quote `i` and flash it, again if it was the last one too.
    pub(super) fn focus_quote(&mut self, i: usize) {
        self.focus = Some((i, self.focus.map_or(0, |(_, n)| n + 1)));
    }

    pub(super) fn hover(self, speaker: Option<usize>) -> Option<Selection> {
        (speaker != self.hovered).then_some(Selection {
            hovered: speaker,
            ..self
        })
    }

    pub(super) fn pick(self, speaker: usize, quote: Option<usize>) -> Option<Selection> {
        (self.selected != Some(speaker) || self.picked != quote).then_some(Selection {
            selected: Some(speaker),
            picked: quote,
            ..self
        })
    }

    pub(super) fn unpick(self) -> Option<Selection> {
        (self.selected.is_some() || self.picked.is_some()).then_some(Selection {
            selected: None,
            picked: None,
            ..self
        })
    }

    /// Escape: no pick, no speaker alone, nothing hovered; the quote in focus stays.
    pub(super) fn clear(self) -> Option<Selection> {
        let busy = self.selected.or(self.picked).or(self.only).or(self.hovered);
        busy.is_some().then_some(Selection {
            focus: self.focus,
            ..Selection::default()
        })
    }

    /// Choosing the speaker seen alone again shows everyone. A speaker chosen is also the
    /// one shown, with no quote picked unless it is theirs.
    pub(super) fn only(self, speaker: Option<usize>) -> Option<Selection> {
        let only = if speaker == self.only { None } else { speaker };
        (only != self.only).then(|| {
            let mut next = Selection { only, ..self };
            if only.is_some() && only != next.selected {
                (next.selected, next.picked) = (only, None);
            }
            next
        })
    }

    /// The speakers picked and seen alone in `before`, found again in `after`: by name and
    /// first mention, else by first mention, else by name. What names a quote or follows
    /// the pointer is let go.
    pub(super) fn renumber(&mut self, before: &Analysis, after: &Analysis) {
        let again = |id: Option<usize>| {
            let old = before.speaker(id?)?;
            let at = old.mentions.first().map(|m| m.start);
            let first = |s: &&Speaker| s.mentions.first().map(|m| m.start);
            let speakers = &after.speakers;
            (speakers.iter())
                .find(|s| s.name == old.name && first(s) == at)
                .or_else(|| speakers.iter().find(|s| at.is_some() && first(s) == at))
                .or_else(|| speakers.iter().find(|s| s.name == old.name))
                .map(|s| s.id)
        };
        *self = Selection {
            selected: again(self.selected),
            only: again(self.only),
            ..Selection::default()
        };
    }
}
