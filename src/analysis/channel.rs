//! How each statement reached the reporter: a statement, an interview, a briefing, a post,
//! a court filing, a document, a broadcast, a letter, testimony, a speech, or unknown.
//!
//! A fact-checker weighs "said in a statement" apart from "told reporters" and "according
//! to court papers", and the article says which in the words around the cue, outside what
//! was said. So the channel is read from those words alone, by the precedence
//! `../shared/corpus/FORMAT.md` gives (a medium the article names wins over "told" or
//! "statement"; a named programme or "on air" is a broadcast even after "told"), and a
//! statement that goes on from one of the same speaker, or whose speaker the next sentence
//! places ("… she said. Ms Li told reporters …"), takes that one's channel. Words are
//! matched, not guessed: "said" alone is `unknown`.

use super::lexicon::{self, WordSet};
use super::model::Channel;
use super::text::Document;
use std::ops::Range;

/// Words that name a post or its platform; "post" alone is a job or a newspaper too, and
/// "social" is "social media" or "Truth Social" only beside its other word.
static SOCIAL: WordSet = WordSet::new(&[
    "tweet",
    "tweeted",
    "tweets",
    "twitter",
    "facebook",
    "instagram",
    "tiktok",
    "x.com",
    "posted",
    "bluesky",
    "telegram",
    "youtube",
    "linkedin",
    "reddit",
    "weibo",
]);
/// Words that name a letter or a message ("text" and "message" alone say too little).
static LETTER: WordSet = WordSet::new(&[
    "letter", "letters", "email", "e-mail", "emailed", "emails", "texted", "memo",
]);
/// Words that put the words on air.
static BROADCAST: WordSet = WordSet::union(&[
    lexicon::ON_AIR,
    &[
        "radios",
        "broadcast",
        "programme",
        "program",
        "show",
        "televised",
        "broadcaster",
        "ad",
        "advert",
        "advertisement",
    ],
]);
static PRESS: WordSet = WordSet::new(&[
    "reporters",
    "journalists",
    "briefing",
    "conference",
    "presser",
    "webinar",
]);
static TESTIMONY: WordSet = WordSet::new(&[
    "testified",
    "testimony",
    "testifying",
    "testify",
    "court",
    "jurors",
    "jury",
    "committee",
    "hearing",
    "oath",
    "deposition",
    "inquiry",
    "tribunal",
    "senators",
    "panel",
]);
static FILING: WordSet = WordSet::union(&[
    lexicon::LEGAL_PAPERS,
    &[
        "filed", "warrant", "papers", "motion", "brief", "charging", "charges", "opinion",
        "dissent",
    ],
]);
static STATEMENT: WordSet = WordSet::new(&[
    "statement",
    "statements",
    "release",
    "communique",
    "announcement",
    "notice",
]);
static SPEECH: WordSet = WordSet::new(&[
    "speech",
    "rally",
    "debate",
    "address",
    "addressing",
    "remarks",
    "supporters",
    "crowd",
    "audience",
    "sermon",
    "lecture",
    "keynote",
    "event",
    "convention",
    "gathering",
    "summit",
]);
static INTERVIEW: WordSet = WordSet::new(&["interview", "interviewed", "told", "tells", "telling"]);

/// The channel the words of `around` name, by FORMAT.md's precedence.
pub fn named_in(doc: &Document, around: impl Iterator<Item = usize> + Clone) -> Channel {
    let has = |set: &WordSet| around.clone().any(|k| set.contains(doc.low(k)));
    let pair = |a: &str, b: &str| {
        around
            .clone()
            .any(|k| doc.low(k) == a && k + 1 < doc.tokens.len() && doc.low(k + 1) == b)
    };
    let social = has(&SOCIAL)
        || pair("social", "media")
        || pair("truth", "social")
        || pair("a", "post")
        || pair("on", "x");
    let told = around
        .clone()
        .any(|k| matches!(doc.low(k), "told" | "tells" | "telling"));
    if social {
        Channel::SocialMedia
    } else if has(&LETTER) {
        Channel::Letter
    } else if has(&BROADCAST) {
        Channel::Broadcast
    } else if has(&PRESS) {
        Channel::PressConference
    } else if has(&TESTIMONY) && (told || around.clone().any(|k| doc.low(k).starts_with("testif")))
    {
        Channel::Testimony
    } else if has(&FILING) && !told {
        Channel::Filing
    } else if has(&STATEMENT) {
        Channel::Statement
    } else if has(&SPEECH) {
        Channel::Speech
    } else if has(&INTERVIEW) {
        Channel::Interview
    } else {
        Channel::Unknown
    }
}

/// The words a statement's channel is read from: the sentences of its content and of
/// its cue, outside what was said.
pub fn around(
    doc: &Document,
    content: &Range<usize>,
    cue_sentence: Option<usize>,
) -> impl Iterator<Item = usize> + Clone {
    let sentence_of = |k: usize| doc.sentence_of.get(k).copied();
    let first = sentence_of(content.start).or(cue_sentence).unwrap_or(0);
    let last = cue_sentence.unwrap_or(first).max(first);
    let tokens = match (doc.sentences.get(first), doc.sentences.get(last)) {
        (Some(a), Some(b)) => a.tokens.start..b.tokens.end,
        _ => 0..0,
    };
    let content = content.clone();
    tokens.filter(move |k| !content.contains(k))
}

/// Where a statement stands: its sentence and its paragraph.
#[derive(Clone, Copy)]
pub struct At {
    pub sentence: usize,
    pub paragraph: usize,
}

/// How many paragraphs on a speaker's statement still goes on from their last one.
const GOES_ON_PARAGRAPHS: usize = 2;

/// Statements in reading order with their first speaker and place: the channel of each,
/// its own where the article names one, else that of the statement it goes on from (the
/// same speaker's, with no one else's between, within `GOES_ON_PARAGRAPHS`), or that of
/// the same speaker's next statement when it opens the very next sentence ("… she said.
/// Ms Li told reporters …").
pub fn carry(channels: &mut [Channel], speakers: &[Option<usize>], at: &[At]) {
    for k in 1..channels.len() {
        let goes_on = speakers[k].is_some()
            && speakers[k] == speakers[k - 1]
            && at[k].paragraph <= at[k - 1].paragraph + GOES_ON_PARAGRAPHS;
        if channels[k] == Channel::Unknown && goes_on {
            channels[k] = channels[k - 1];
        }
    }
    for k in (0..channels.len().saturating_sub(1)).rev() {
        let next = speakers[k].is_some()
            && speakers[k] == speakers[k + 1]
            && at[k + 1].sentence == at[k].sentence + 1;
        if channels[k] == Channel::Unknown && next {
            channels[k] = channels[k + 1];
        }
    }
}
