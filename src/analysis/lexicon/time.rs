//! Words that make a phrase a time or a date, not a source or a name.

use super::word_set::WordSet;

/// Adverbs of time that no name shares, which may open a clause before its subject:
/// "Later the minister said".
pub const TIME_ADVERBS: &[&str] = &["today", "yesterday", "tonight", "earlier", "later"];

/// Words that open a short time phrase: "on Monday", "at night", "last week", "this year".
pub const TIME_OPENERS: &[&str] = &["in", "on", "at", "last", "this"];

/// Days, months and other words that make a phrase a time, not a source.
#[rustfmt::skip]
pub static TIME_WORDS: WordSet = WordSet::union(&[
    TIME_ADVERBS,
    &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "tomorrow", "week", "month", "year", "morning", "afternoon", "evening", "night",
        "weekend", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec.", "recently", "ago", "afterwards", "afterward",
    ],
]);

/// Holidays and seasons of the year, lower case: dates, not names of anything that speaks.
#[rustfmt::skip]
pub static HOLIDAYS: WordSet = WordSet::new(&[
    "christmas", "christmas eve", "christmas day", "boxing day", "new year", "new year's day",
    "new year's eve", "easter", "good friday", "thanksgiving", "halloween", "ramadan", "eid",
    "hanukkah", "diwali", "passover", "lent", "valentine's day", "independence day",
    "memorial day", "labor day", "labour day",
]);
