//! Reported speech: what was said without quotation marks. The content clause of a verb
//! of saying, where it starts and where it ends, and the verbs and nouns that only look
//! like speech ("reminds him of", "criminal charges", "did not say").

use crate::common::*;
use whosaid::analysis::QuoteType;
use whosaid::analyze;

#[test]
fn according_to_without_a_comma() {
    let a = analyze(
        "According to the council's report 12 million people are not saving enough. \
         According to a survey of 1,000 adults, most people want to retire at 60.",
    );
    assert_eq!(
        speaker_of(&a, "12 million people are not saving enough"),
        Some("the council's report")
    );
    assert_eq!(
        speaker_of(&a, "most people want to retire at 60"),
        Some("a survey of 1,000 adults")
    );
}

#[test]
fn told_a_hearer_without_that() {
    let text = "Ana Ruiz told the city council the bridge would open in May. \
                Tom Hale told him and his aides to wait. Hale warned of the delays a strike would bring.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the bridge would open in May"),
        Some("Ana Ruiz")
    );
    // "told him and his aides to wait" is an order, not a statement; "warned of the
    // delays a strike would bring" reports what Hale said.
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("to wait")),
        "{:?}",
        a.quotes
    );
    assert_eq!(
        speaker_of(&a, "the delays a strike would bring"),
        Some("Tom Hale")
    );
}

#[test]
fn content_clauses_that_open_with_a_gerund() {
    let a =
        analyze("The port authority said on Monday that dredging of the harbour would be delayed.");
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["dredging of the harbour would be delayed"]
    );
}

#[test]
fn a_request_for_anonymity_is_not_a_statement() {
    let a = analyze(
        "A contractor, who asked not to be named, said the equipment had been idle for weeks.",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        speaker_of(&a, "the equipment had been idle for weeks"),
        Some("A contractor")
    );
    assert_eq!(
        a.speakers[0].anonymity_cue.as_deref(),
        Some("who asked not to be named")
    );
}

#[test]
fn a_negation_inside_the_quote_is_not_the_verbs() {
    let text = "\"Some stalls will stay open, others will not,\" said Ilse Brandauer, who runs \
                the market. She did not say which stalls would close.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "Some stalls will stay open, others will not,"),
        Some("Ilse Brandauer")
    );
    // "did not say" is still no statement.
    assert_eq!(a.quotes.len(), 1, "{:?}", texts(&a, QuoteType::Indirect));
}

#[test]
fn a_participle_after_a_comma_is_no_content() {
    let text = "The council spokesman Ivo Marsh responded on Monday, calling the report \
                \"shoddy\" and \"late.\"";
    let a = analyze(text);
    assert!(
        texts(&a, QuoteType::Indirect).is_empty(),
        "{:?}",
        texts(&a, QuoteType::Indirect)
    );
    assert_eq!(speaker_of(&a, "shoddy"), Some("Ivo Marsh"));
}

#[test]
fn an_adverbial_clause_after_the_verb_is_not_what_was_said() {
    let a = analyze(
        "\"It looks like we will not get along, who knows?\" Ruiz told a radio station in \
         an interview aired on Monday when asked about the council.\n\n\
         Ruiz said when asked about the port that the council would decide in May.",
    );
    assert!(
        texts(&a, QuoteType::Indirect)
            .iter()
            .all(|t| !t.starts_with("when")),
        "{:?}",
        texts(&a, QuoteType::Indirect)
    );
    assert_eq!(
        speaker_of(&a, "the council would decide in May"),
        Some("Ruiz")
    );
}

#[test]
fn reminds_of_is_a_likeness_not_speech() {
    let text = "Starr said Clay's situation reminds him of the 1969 book titled \"The Tragedy \
                of Lyndon Johnson,\" explaining, \"It is a tragedy in the classic sense.\"\n\n\
                In her post, she reminded Trump of the actions of a man who shot an aide.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "It is a tragedy in the classic sense."),
        Some("Starr")
    );
    assert!(texts(&a, QuoteType::Indirect).is_empty());
}

#[test]
fn the_clause_before_who_said_is_not_what_was_said() {
    let text = "The crowd cheered Mayor Ruth Okafor, who said, \"The ferry will run all \
                winter for the first time.\"";
    let a = analyze(text);
    assert_eq!(texts(&a, QuoteType::Indirect), Vec::<&str>::new());
    assert_eq!(
        speaker_of(&a, "The ferry will run all winter for the first time."),
        Some("Ruth Okafor")
    );
}

#[test]
fn an_opening_adverbial_clause_is_not_what_was_said() {
    let a = analyze(
        "When asked by a reporter whether she would run, Okafor replied, \"We will see \
         what the voters want this year.\"",
    );
    assert_eq!(texts(&a, QuoteType::Indirect), Vec::<&str>::new());
    let a = analyze("If the bridge closes, the town will lose its ferry, Okafor said.");
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["If the bridge closes, the town will lose its ferry"]
    );
}

#[test]
fn according_to_after_a_clause_reports_that_clause() {
    let a = analyze(
        "The court will get a third judge next year, according to the Judicial \
         Conference, the policy arm of the federal courts.",
    );
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["The court will get a third judge next year"]
    );
}

#[test]
fn states_is_a_verb_only_after_a_pronoun_a_name_or_a_document() {
    let a = analyze("The report states that the bridge is safe for another ten years.");
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["the bridge is safe for another ten years"]
    );
    let a = analyze(
        "Okafor won in nine states, with most of the ballots counted by midnight. \
         She did best in the river states that lost their ferries.",
    );
    assert_eq!(texts(&a, QuoteType::Indirect), Vec::<&str>::new());
}

#[test]
fn a_quotes_tag_says_nothing_more_after_it() {
    let a = analyze(
        "\"Do not let the perfect be the enemy of the good,\" Okafor said, with a smile for her \
         backers in the front rows.",
    );
    assert_eq!(texts(&a, QuoteType::Indirect), Vec::<&str>::new());
    let a = analyze(
        "\"We will win this time around,\" Okafor said, adding that the count would take \
         a week.",
    );
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["the count would take a week"]
    );
}

#[test]
fn what_was_said_ends_where_the_speaker_says_the_next_thing() {
    let a = analyze(
        "Okafor said she had released ten years of tax returns and called on her rival to \
         do the same.",
    );
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        ["she had released ten years of tax returns"]
    );
}

#[test]
fn what_was_said_leaves_out_the_writers_participle_and_the_anonymity_terms() {
    let a = analyze(
        "Okafor declared that she could not support the toll plan, throwing the council's \
         vote into doubt. An aide confirmed the vote had been delayed on condition of \
         anonymity because she was not allowed to discuss it.",
    );
    assert_eq!(
        texts(&a, QuoteType::Indirect),
        [
            "she could not support the toll plan",
            "the vote had been delayed"
        ]
    );
}

#[test]
fn charges_are_a_noun_unless_they_introduce_what_is_charged() {
    let a = analyze(
        "Now Mr Tsutsumi faces criminal charges and the possibility of a prison sentence \
         because he made it look as if the owners were many. The lawsuit charges that the firm hid its losses.",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        speaker_of(&a, "the firm hid its losses"),
        Some("The lawsuit")
    );
}

#[test]
fn an_opening_adverbial_is_no_source() {
    // "threatening" after a noun is no report of the phrase that opens the sentence.
    let a = analyze(
        "Following the release of a new video from the group threatening an attack on the \
         city, the mayor called for calm.",
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

/// Reported speech the trained model finds after an inverted verb has the name for its
/// speaker, as the rules read it there, not the name with its appositive or the body the
/// person works for.
#[test]
fn the_source_after_an_inverted_verb_is_the_name() {
    let a = analyze(
        "The tax plans are \"deeply irresponsible,\" said Tom Hale, senior director of \
         policy at the Harbour Policy Center, and a Republican who led the budget staff in \
         the Reagan era.",
    );
    assert_eq!(
        speaker_of(&a, "The tax plans are \"deeply irresponsible,\""),
        Some("Tom Hale")
    );
    let a = analyze(
        "Voters want a leader who would \"tell it like it is,\" said Ana Ruiz, a pollster at \
         Harbour Research.",
    );
    assert_eq!(
        speaker_of(&a, "Voters want a leader who would \"tell it like it is,\""),
        Some("Ana Ruiz")
    );
}

/// Before its verb, the model's source is the subject the rules read there, without its
/// time: "The Harbour Authority on Friday dismissed" is the authority's, not Friday's.
#[test]
fn the_source_before_the_verb_leaves_its_time() {
    let a = analyze(
        "The Harbour Authority on Friday dismissed the idea that the port could be sold to a \
         foreign buyer.",
    );
    let q = a.quotes.first().expect("a statement");
    let speaker = q
        .speaker
        .and_then(|id| a.speaker(id))
        .map(|s| s.name.as_str());
    assert_eq!(speaker, Some("Harbour Authority"), "{:?}", a.quotes);
}
