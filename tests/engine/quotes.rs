//! Quotes: quotation marks paired into quoted spans, and each quote's kind. Pairing
//! restarts at every paragraph, so a stray mark cannot flip every quote after it; a
//! quote's length decides whether it is a statement (direct) or a fragment (partial).

use crate::common::*;
use whosaid::analysis::QuoteType;
use whosaid::analyze;

#[test]
fn a_quote_running_into_the_next_paragraph() {
    let text = "\"The first half of the plan is about roads,\" Ana Ruiz said. \"The second half is about water.\n\n\
                \"And the third half, if there were one, would be about patience.\"\n\n\
                The council did not comment.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "The second half is about water."),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(
            &a,
            "And the third half, if there were one, would be about patience."
        ),
        Some("Ana Ruiz")
    );
}

#[test]
fn paragraphs_of_one_quote_run_together_on_one_line() {
    // Some archives join a quote's paragraphs into one line, each still opening with a mark.
    let text = "\"We played some very good rugby,\" Tom Hale said. \"They won it from kicks. \
                \"It is very frustrating. The lads showed a lot of ambition. \
                \"We have lost a game we should have won.\"";
    let a = analyze(text);
    for quote in [
        "They won it from kicks.",
        "It is very frustrating. The lads showed a lot of ambition.",
        "We have lost a game we should have won.",
    ] {
        assert_eq!(speaker_of(&a, quote), Some("Tom Hale"), "{quote}");
    }
}

#[test]
fn a_stray_mark_does_not_derail_the_article() {
    let text = "The 27\" screens arrived late, and one \"stray mark sat here.\n\n\
                \"We are still on schedule,\" Ana Ruiz said.\n\n\
                \"Nothing has changed since Monday,\" Tom Hale said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We are still on schedule,"),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "Nothing has changed since Monday,"),
        Some("Tom Hale")
    );
    assert_offsets(text, &a);
}

#[test]
fn scare_quotes_and_titles_are_not_speech() {
    let a = analyze(
        "The so-called \"knowledge economy\" grew, and her book \"The Long Road Home\" sold well.",
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn marks_of_pasted_markup_are_not_quotes() {
    // An embedded post as some sites' text exports keep it.
    let text = "<tweet id=\"747986\" author=\"@ingemaas\" datetime=\"2016-06-29\">The ferry \
                will not run on Sundays and I am sorry about that. — Inge Maas (@ingemaas) \
                June 29, 2016</tweet>.";
    let a = analyze(text);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("\">")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_contraction_counts_as_two_words() {
    let a = analyze("\"Well, we'll see,\" Ms. Dunn said. \"Not yet,\" she added.");
    assert_eq!(
        quote(&a, "Well, we'll see,").map(|q| q.kind),
        Some(QuoteType::Direct)
    );
    assert_eq!(
        quote(&a, "Not yet,").map(|q| q.kind),
        Some(QuoteType::Partial)
    );
}

#[test]
fn two_apostrophes_are_a_quotation_mark() {
    // The New York Times' archive writes quotation marks as two apostrophes.
    let a = analyze(
        "Intro.\n\n''We finally may be seeing some wage growth, and that would be a story,'' \
         the economist Jared Bernstein wrote on his blog. He said the Fed was ''behind the \
         curve'' again.",
    );
    assert_eq!(
        speaker_of(
            &a,
            "We finally may be seeing some wage growth, and that would be a story,"
        ),
        Some("Jared Bernstein")
    );
    assert_eq!(
        quote(&a, "behind the curve").map(|q| q.kind),
        Some(QuoteType::Partial)
    );
}

#[test]
fn quoted_words_inside_a_paraphrase_are_partial_and_the_clause_is_indirect() {
    let text = "Ana Ruiz said the council had too much freedom to \"push through bad rules\" and \
                \"to spend as it pleases\". Tom Hale said: \"We will fight this every step.\"";
    let a = analyze(text);
    assert_eq!(
        quote(&a, "push through bad rules").map(|q| q.kind),
        Some(QuoteType::Partial)
    );
    assert_eq!(
        quote(&a, "to spend as it pleases").map(|q| q.kind),
        Some(QuoteType::Partial)
    );
    let indirect = texts(&a, QuoteType::Indirect);
    assert_eq!(
        indirect,
        ["the council had too much freedom to \"push through bad rules\" and \"to spend as it pleases\""]
    );
    assert_eq!(speaker_of(&a, indirect[0]), Some("Ana Ruiz"));
    assert_eq!(
        quote(&a, "We will fight this every step.").map(|q| q.kind),
        Some(QuoteType::Direct)
    );
}

#[test]
fn a_long_quotation_before_its_tag_is_direct_and_a_short_one_partial() {
    let text = "The aim was a harbour plan \"that would let the town keep its ferries, its \
                fishing fleet and its jobs, whatever the council decides,\" Ana Ruiz said. \
                The pier could \"hardly stand up in a storm\", said a port spokesman.";
    let a = analyze(text);
    let long = "that would let the town keep its ferries, its fishing fleet and its jobs, \
                whatever the council decides,";
    assert_eq!(quote(&a, long).map(|q| q.kind), Some(QuoteType::Direct));
    assert_eq!(speaker_of(&a, long), Some("Ana Ruiz"));
    assert_eq!(
        quote(&a, "hardly stand up in a storm").map(|q| q.kind),
        Some(QuoteType::Partial)
    );
}
