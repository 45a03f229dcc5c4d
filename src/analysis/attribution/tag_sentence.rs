//! Sentences that are only a speech tag: `"…" Bystrom agreed.`, `Meloni said:`.
//!
//! A tag split from its quote by a full stop still tags it, but only when the sentence
//! says nothing else: a verb with content of its own is a statement, not a tag.

use super::cued::{CuedText, Found};
use crate::analysis::cues::{CueClass, CueShape};
use crate::analysis::lexicon;
use crate::analysis::phrases;

/// How far into the sentence after a quote its verb of saying may sit and still tag it.
pub(super) const MAX_TAG_OPENING: usize = 8;

impl CuedText<'_, '_> {
    /// A sentence that is only a speech tag: a cue with its source and nothing said after
    /// it ("Bystrom agreed.", "Pence said in response.", "Meloni said:"). A colon ending is
    /// allowed only when the tag introduces what follows.
    pub(super) fn speech_tag(&self, sentence: usize, introduces: bool) -> Option<Found> {
        let doc = self.doc;
        let s = doc.sentences.get(sentence)?.tokens.clone();
        let cue = (s.start..s.end).rev().find_map(|i| self.cues[i].as_ref())?;
        let found = self.sources_of(cue, s.start, s.end)?;
        let after = found
            .sources
            .iter()
            .map(|r| r.end)
            .chain([found.cue_end])
            .max()
            .unwrap_or(found.cue_end);
        // "Todd asked the real estate mogul.": the hearer closes the tag.
        let hears = cue.shape == CueShape::VerbWithHearer || cue.lemma == "ask";
        let after = hears
            .then(|| phrases::phrase_after(doc, after, s.end))
            .flatten()
            .map_or(after, |hearer| hearer.end);
        // "Clinton said to People.": someone spoken to, after "to".
        let to = after < s.end && doc.low(after) == "to" && found.cue.class == CueClass::Speech;
        let after = to
            .then(|| phrases::phrase_after(doc, after + 1, s.end))
            .flatten()
            .filter(|hearer| phrases::names_someone(doc, hearer))
            .map_or(after, |hearer| hearer.end);
        let mut rest = phrases::skip_adverbials(doc, after, s.end);
        // "Trump asked reporters rhetorically during a news conference late last month.":
        // an adverb or a phrase with no verb after the tag.
        let w = doc.low(rest.min(s.end - 1));
        let trailing = lexicon::is_ly_adverb(w) || lexicon::PREPOSITIONS.contains(w);
        let opens = found.sources.iter().any(|r| r.start == s.start);
        if trailing
            && opens
            && (rest..s.end - 1).all(|k| {
                !phrases::is_verbish(doc, k)
                    && !matches!(doc.word(k), "\"" | "“" | "”" | "''" | ":")
            })
        {
            rest = s.end - 1;
        }
        let ends = match doc.word(rest.min(s.end - 1)) {
            ":" => introduces,
            "." | "!" | "," => true,
            _ => false,
        };
        (rest + 1 >= s.end && ends).then_some(found)
    }

    /// The first verb of saying of sentence `sentence`, within its first words.
    pub(super) fn leading_tag(&self, sentence: usize) -> Option<Found> {
        let s = self.doc.sentences.get(sentence)?.tokens.clone();
        let cue = (s.start..s.end.min(s.start + MAX_TAG_OPENING))
            .find_map(|i| self.cues[i].as_ref())
            .filter(|cue| cue.class == CueClass::Speech)?;
        self.sources_of(cue, s.start, s.end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::source_of;

    #[test]
    fn a_sentence_that_is_only_a_tag() {
        let text = "\"Why not?\" Ruiz said in reply. \"We have waited long enough.\"";
        assert_eq!(source_of(text, "Why not?").as_deref(), Some("Ruiz"));
    }

    #[test]
    fn a_tag_that_goes_on_after_a_question() {
        let text =
            "\"Who pays for it?\" Hale asked reporters at the harbour when the plan was shown.";
        assert_eq!(source_of(text, "Who pays for it?").as_deref(), Some("Hale"));
    }
}
