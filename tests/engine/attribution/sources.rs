//! Source phrases: where the phrase naming who spoke begins and ends. A subject carries
//! asides, relative clauses, titles, datelines and time phrases that are no part of the
//! source, and a relative pronoun speaks for the phrase it follows.

use crate::common::*;
use whosaid::analysis::{QuoteType, SpeakerKind};
use whosaid::analyze;

#[test]
fn the_agent_after_by_is_the_one_who_spoke() {
    let text = "Senator Lin is disavowing remarks made by a campaign volunteer who said \
                voters should not “trust the polls at all” during the rally.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "trust the polls at all"),
        Some("a campaign volunteer")
    );
}

#[test]
fn who_after_an_object_speaks_for_the_object() {
    let text = "The mayor thanked a nurse who said the ward was “finally safe again” after \
                the storm. The plan was praised by Rosa Lind who called it “a model for the \
                county”.";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "finally safe again"), Some("a nurse"));
    assert_eq!(speaker_of(&a, "a model for the county"), Some("Rosa Lind"));
}

#[test]
fn the_dateline_is_no_part_of_the_source() {
    let a = analyze(
        "RIVERTON (Wire) - Mayor Ana Ruiz said on Monday that the bridge would open in May.",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text == "the bridge would open in May")
        .expect("the statement");
    assert_eq!(
        q.source_mention.as_ref().map(|m| m.text.as_str()),
        Some("Mayor Ana Ruiz")
    );
}

#[test]
fn a_relative_clause_inside_the_report_is_not_its_source() {
    let text = "Rhea Lindqvist, a pollster, said the way the council treated tenants who \
                complained about the heat \"would sink any private landlord\" within a year.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "would sink any private landlord"),
        Some("Rhea Lindqvist")
    );
}

#[test]
fn a_restrictive_who_names_the_subject() {
    let text = "A council official who spoke anonymously to discuss internal strategy said \
                Wednesday, \"Certainly there are talks between the mayor and the captains.\"";
    let a = analyze(text);
    assert_eq!(
        source_of(
            &a,
            "Certainly there are talks between the mayor and the captains."
        ),
        Some("A council official")
    );
}

#[test]
fn plural_nouns_passives_and_which_with_its_own_subject() {
    let text = "In an interview, Mayor Elena Ruiz stated that the captains’ “divisive” \
                comments do not “fit with what I thought I knew about them.”\n\n\
                The meeting was so calm that Captain Ivo Marsh was prompted to say, \"So far, I \
                cannot believe how civil it has been up here.\"\n\n\
                Marsh backs a bill to curb the harbour boards, which Ruiz called “a cartel \
                for the rich.”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "fit with what I thought I knew about them."),
        Some("Elena Ruiz")
    );
    assert_eq!(
        speaker_of(
            &a,
            "So far, I cannot believe how civil it has been up here."
        ),
        Some("Ivo Marsh")
    );
    assert_eq!(source_of(&a, "a cartel for the rich."), Some("Ruiz"));
}

#[test]
fn a_new_clause_after_and_is_not_an_apposition() {
    let text = "Mayor Elena Ruiz echoed the criticism, saying the captain \"reminds us every day \
                that he is not in it for the town\" and Ms. Vos, she said, \"exposes him for what \
                he is.\"\n\n\
                \"I have made it clear that he has voted with the ferry lobby many times\" and \
                against the harbour bill, Ruiz said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "reminds us every day that he is not in it for the town"),
        Some("Elena Ruiz")
    );
    assert_eq!(
        speaker_of(
            &a,
            "I have made it clear that he has voted with the ferry lobby many times"
        ),
        Some("Elena Ruiz")
    );
}

#[test]
fn titles_in_quotes_and_relative_pronouns_name_the_right_speaker() {
    let text = "Tomas Brandt, a teacher from Leeds who said \"we cannot keep doing this,\" left \
                early.\n\n\
                Marta Vell, the author of \"Loud Rooms,\" about the history of radio, said the \
                years when everyone heard \"one shared evening story\" are over.\n\n\
                The authors of the \"Harbour Renewal Plan\" wrote, \"The port must change or \
                close.\"\n\n\
                The mayor spoke for an hour, at which point the crowd chanted \"Open the \
                port!\"\n\n\
                On Friday, Ruiz posted a poster for a night class called \"Tides\" on her page, \
                writing \"Come and learn how the harbour works.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "we cannot keep doing this,"),
        Some("Tomas Brandt")
    );
    assert_eq!(
        speaker_of(&a, "one shared evening story"),
        Some("Marta Vell")
    );
    assert_eq!(
        source_of(&a, "The port must change or close."),
        Some("The authors of the \"Harbour Renewal Plan\"")
    );
    assert_eq!(source_of(&a, "Open the port!"), Some("the crowd"));
    assert_eq!(
        speaker_of(&a, "Come and learn how the harbour works."),
        Some("Ruiz")
    );
}

#[test]
fn a_participle_with_its_quote_after_the_subject_and_no_inversion_before_a_verb() {
    let text = "Mr. Berg, citing \"the plain magic of the harbour,\" said the town could be \
                busy all summer.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the plain magic of the harbour,"),
        Some("Berg")
    );
    assert!(
        a.speakers.iter().all(|s| !s.name.contains("could")),
        "{:?}",
        a.speakers
    );
}

#[test]
fn a_relative_clause_with_a_name_inside_is_one_aside() {
    let text = "Mr. Slade, whose latest start-up, Paravane, uses data to help shops find \
                suppliers, said the mayor was a founder at heart: \"She is a start-up kind of \
                person.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "She is a start-up kind of person."),
        Some("Slade")
    );
}

#[test]
fn asides_holding_a_title_a_place_and_state_or_a_party_label() {
    let text = "\"The hall was half empty,\" Ohio delegate Tom Reed, wearing a cap and \
                \"Ted Cruz\" buttons, said quietly.\n\n\
                \"We should have stayed home,\" Mr. Pollard, now 70 and retired in Albany, \
                N.Y., said by telephone.\n\n\
                \"We lost the vote today,\" Sen. Tim Kaine, D-Va., said.\n\n\
                Ever since she won the primary, Ms. Dunn has been a busy campaigner, visiting \
                offices with a short message: \"Keep knocking on doors!\"";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "The hall was half empty,"), Some("Tom Reed"));
    assert_eq!(
        speaker_of(&a, "We should have stayed home,"),
        Some("Pollard")
    );
    assert_eq!(speaker_of(&a, "We lost the vote today,"), Some("Tim Kaine"));
    assert_eq!(speaker_of(&a, "Keep knocking on doors!"), Some("Dunn"));
    assert!(quote(&a, "Ted Cruz").is_none());
    let b = analyze(
        "Gianni Rossi, the editor of the city's daily paper, Il Foglio, said every mayor \
         was \"a political man of his time and his place.\"",
    );
    assert_eq!(
        speaker_of(&b, "a political man of his time and his place."),
        Some("Gianni Rossi")
    );
}

#[test]
fn a_noun_that_is_also_a_verb_heads_the_subject() {
    let a = analyze(
        "A 2014 committee report found \"no evidence of an order to stand down or of a \
         denial of air support.\"",
    );
    let q = "no evidence of an order to stand down or of a denial of air support.";
    assert_eq!(source_of(&a, q), Some("A 2014 committee report"));
    assert_eq!(
        speaker(&a, "A 2014 committee report").map(|s| s.kind),
        Some(SpeakerKind::Document)
    );
}

#[test]
fn a_plural_subject_before_a_short_aside_or_a_count() {
    let text = "The two lawmakers, however, argue that \"there is clear precedent for \
                prosecution in this case,\" citing a Marine.\n\n\
                \"We do not understand the need for it,\" the two write.\n\n\
                The margin of error for all three state polls was 3 points.";
    let a = analyze(text);
    assert_eq!(
        source_of(&a, "there is clear precedent for prosecution in this case,"),
        Some("The two lawmakers")
    );
    assert_eq!(
        source_of(&a, "We do not understand the need for it,"),
        Some("the two")
    );
    assert_eq!(a.quotes.len(), 2, "{:?}", texts(&a, QuoteType::Indirect));
}

#[test]
fn a_during_phrase_between_subject_and_verb() {
    let text = "It has become such a presence that Sanders during a rally thanked its members \
                \"for their support in my campaign.\"\n\n\
                Noting he majored in philosophy during college, Allen said he tends to give \
                issues more thought.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "for their support in my campaign."),
        Some("Sanders")
    );
    assert_eq!(
        source_of(&a, "he tends to give issues more thought"),
        Some("Allen")
    );
}

#[test]
fn a_sentence_opening_name_in_ing_is_no_participle() {
    let text = "Golding's daughter defended her mother on Monday, saying: \"She has listened \
                to every side of this and she will keep listening.\"";
    let a = analyze(text);
    assert_eq!(
        source_of(
            &a,
            "She has listened to every side of this and she will keep listening."
        ),
        Some("Golding's daughter")
    );
}

#[test]
fn a_pronoun_after_an_opening_phrase_without_a_comma_is_the_subject() {
    let text = "Mayor Ruth Okafor spoke on Friday. In a statement she said, \"The bridge \
                will open again before the winter.\" In the same letter she wrote that the \
                repairs had cost less than planned.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "The bridge will open again before the winter."),
        Some("Ruth Okafor")
    );
    assert_eq!(
        speaker_of(&a, "the repairs had cost less than planned"),
        Some("Ruth Okafor")
    );
}

#[test]
fn which_after_a_comma_speaks_for_the_phrase_before_it() {
    let text = "The council cited the harbor survey, which notes, \"Two of the three piers \
                need new pilings before the spring.\" The ferry company, which said it would \
                keep its prices, raised them in May.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "Two of the three piers need new pilings before the spring."
        ),
        Some("the harbor survey")
    );
    assert_eq!(texts(&a, QuoteType::Indirect), ["it would keep its prices"]);
}

#[test]
fn a_clause_before_and_is_no_second_source() {
    let text = "The phone company collapsed in 2002 and prosecutors claim that its losses were \
                hidden for years. Ana Ruiz and Tom Hale said that the trial would be long.";
    let a = analyze(text);
    let names = |content: &str| -> Vec<&str> {
        let q = quote(&a, content).unwrap();
        q.speakers
            .iter()
            .map(|&id| a.speaker(id).unwrap().name.as_str())
            .collect()
    };
    assert_eq!(names("its losses were hidden for years"), ["prosecutors"]);
    // Speakers who share a statement come in the order the article names them.
    assert_eq!(names("the trial would be long"), ["Ana Ruiz", "Tom Hale"]);
}

#[test]
fn a_verb_after_a_comma_and_but_shares_the_main_clause_subject() {
    let text = "Marsh did not say when the move would take place, but said it had signed a \
                letter of intent. The crowd cheered when Ana Ruiz thanked the city and said it \
                was great to be home.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "it had signed a letter of intent"),
        Some("Marsh")
    );
    assert_eq!(speaker_of(&a, "it was great to be home"), Some("Ana Ruiz"));
}

#[test]
fn said_a_name_of_a_thing_is_what_the_name_spoke_of() {
    let text = "\"It is a disaster,\" said council member Ana Ruiz of the ruling. \"It will \
                pass,\" said analyst Tom Hale of Acme's weak quarter. \"We are ready,\" said \
                Jane Doe of the University of Kent.";
    let a = analyze(text);
    assert_eq!(
        source_of(&a, "It is a disaster,"),
        Some("council member Ana Ruiz")
    );
    assert_eq!(source_of(&a, "It will pass,"), Some("analyst Tom Hale"));
    assert_eq!(
        source_of(&a, "We are ready,"),
        Some("Jane Doe of the University of Kent")
    );
}

#[test]
fn an_emphatic_reflexive_is_no_part_of_the_source() {
    let a = analyze("The WTO itself has said that as many as 27,000 jobs could be lost.");
    assert_eq!(
        speaker_of(&a, "as many as 27,000 jobs could be lost"),
        Some("WTO")
    );
    assert_eq!(
        source_of(&a, "as many as 27,000 jobs could be lost"),
        Some("The WTO")
    );
}

#[test]
fn a_source_noun_before_of_makes_a_source_of_a_phrase_in_ing() {
    let a = analyze(
        "\"The decision is a difficult one,\" said BA director of commercial planning, \
         Robert Boyle. \"It was fine,\" said the candidate, smiling.",
    );
    assert_eq!(
        speaker_of(&a, "The decision is a difficult one,"),
        Some("Robert Boyle")
    );
    assert_eq!(source_of(&a, "It was fine,"), Some("the candidate"));
}

#[test]
fn a_long_statement_before_its_source() {
    let a = analyze(
        "Talks with the regional water board and with the rival bidder Norland Utilities \
         will go on, the council said.",
    );
    assert_eq!(
        speaker_of(
            &a,
            "Talks with the regional water board and with the rival bidder Norland Utilities \
             will go on"
        ),
        Some("the council")
    );
}

#[test]
fn a_source_phrase_ends_before_an_adverb_and_a_quantifier_opens_one() {
    let a = analyze(
        "\"What a great way to finish the year,\" said Nadal afterwards. Few people were \
         surprised by the announcement many analysts had already said it was a sensible move.",
    );
    assert_eq!(
        speaker_of(&a, "What a great way to finish the year,"),
        Some("Nadal")
    );
    assert_eq!(
        speaker_of(&a, "it was a sensible move"),
        Some("many analysts")
    );
}

#[test]
fn adjectives_joined_by_and_stay_one_subject() {
    let a = analyze(
        "Ministers from European and Asian governments have called on the US to act, saying \
         the high euro was starting to hurt their economies.",
    );
    assert_eq!(
        speaker_of(&a, "the high euro was starting to hurt their economies"),
        Some("Ministers from European and Asian governments")
    );
}

#[test]
fn findings_quantifiers_and_restrictive_which() {
    let a = analyze(
        "Commerce Department data also showed consumer spending grew just 0.2% last month. \
         The government faced pressure from exporter groups which have publicly stated the \
         dollar has further to fall. While some observers said the trade was quiet, most \
         agree the trend remains downwards.",
    );
    assert_eq!(
        speaker_of(&a, "consumer spending grew just 0.2% last month"),
        Some("Commerce Department data")
    );
    assert_eq!(
        speaker_of(&a, "the dollar has further to fall"),
        Some("exporter groups")
    );
    assert_eq!(
        speaker_of(&a, "the trade was quiet"),
        Some("some observers")
    );
    assert_eq!(speaker_of(&a, "the trend remains downwards"), Some("most"));
}

#[test]
fn a_quantifier_between_auxiliary_and_verb() {
    let a = analyze(
        "Donald Trump and Senator Bernie Sanders have both argued that workers have lost \
         jobs because of trade rules.",
    );
    let q = quote(&a, "workers have lost jobs because of trade rules").unwrap();
    let names: Vec<&str> = q
        .speakers
        .iter()
        .map(|&id| a.speaker(id).unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["Donald Trump", "Bernie Sanders"]);
}

#[test]
fn who_after_an_unnamed_source_is_that_source() {
    let a = analyze(
        "The singer could \"hardly stand up\", said a band spokesman, who added that he is \
         now resting in hospital.",
    );
    let spokesmen: Vec<_> = a
        .speakers
        .iter()
        .filter(|s| s.name.contains("spokesman"))
        .collect();
    assert_eq!(spokesmen.len(), 1, "{spokesmen:?}");
    assert_eq!(
        speaker_of(&a, "he is now resting in hospital"),
        Some(spokesmen[0].name.as_str())
    );
}

#[test]
fn who_after_a_passive_agent_is_the_agent() {
    let text = "The plan is being endorsed by the Freight Transport Association (FTA), who say \
                small ferries will not survive another winter.";
    let a = analyze(text);
    let said = "small ferries will not survive another winter";
    assert_eq!(speaker_of(&a, said), Some("Freight Transport Association"));
}
