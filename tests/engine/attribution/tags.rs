//! Tags: which cue tells who said a quote. A verb of saying after the closing mark,
//! earlier in the quote's sentence, a colon, a dash and a name, a byline paragraph, or
//! nothing at all, when the quote goes on from the speaker of the one before.

use crate::common::*;
use whosaid::analysis::QuoteType;
use whosaid::analyze;

#[test]
fn quote_then_speaker_then_verb() {
    let text = "\"The bridge will open in May,\" Ana Ruiz said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "The bridge will open in May,"),
        Some("Ana Ruiz")
    );
    let q = quote(&a, "The bridge will open in May,").unwrap();
    assert_eq!(q.kind, QuoteType::Direct);
    assert_eq!(q.cue.as_ref().unwrap().text, "said");
    assert_eq!(q.source_mention.as_ref().unwrap().text, "Ana Ruiz");
    assert_offsets(text, &a);
}

#[test]
fn quote_then_inverted_verb() {
    let a = analyze("“The bridge will open in May,” said Ana Ruiz, the city engineer.");
    assert_eq!(
        speaker_of(&a, "The bridge will open in May,"),
        Some("Ana Ruiz")
    );
    assert_eq!(
        a.speakers[0].description.as_deref(),
        Some("the city engineer")
    );
    assert_eq!(
        a.quotes.len(),
        1,
        "the apposition is not a statement: {:?}",
        a.quotes
    );
}

#[test]
fn speaker_verb_colon_quote() {
    let a = analyze("Ana Ruiz said: \"The bridge will open in May and not a day later.\"");
    assert_eq!(
        speaker_of(&a, "The bridge will open in May and not a day later."),
        Some("Ana Ruiz")
    );
}

#[test]
fn according_to_and_told_an_outlet() {
    let text = "The bridge will open in May, according to Ana Ruiz.\n\n\
                Tom Hale told AFP that the budget had doubled since the spring.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "The bridge will open in May"),
        Some("Ana Ruiz")
    );
    let told = quote(&a, "the budget had doubled since the spring").unwrap();
    assert_eq!(told.kind, QuoteType::Indirect);
    assert_eq!(told.cue.as_ref().unwrap().text, "told AFP");
    assert_eq!(a.speaker(told.speaker.unwrap()).unwrap().name, "Tom Hale");
    assert!(
        a.speakers.iter().all(|s| s.name != "AFP"),
        "AFP heard it; it did not say it"
    );
}

#[test]
fn split_quote_and_a_follow_up_with_no_new_cue() {
    let text = "\"We waited,\" Ana Ruiz said, \"and waited for a decision.\"\n\n\
                \"Now we will build it ourselves.\"";
    let a = analyze(text);
    for q in [
        "We waited,",
        "and waited for a decision.",
        "Now we will build it ourselves.",
    ] {
        let found = quote(&a, q).unwrap_or_else(|| panic!("{q:?} not found: {:?}", a.quotes));
        assert_eq!(
            a.speaker(found.speaker.unwrap()).unwrap().name,
            "Ana Ruiz",
            "{q}"
        );
    }
    assert_eq!(
        quote(&a, "We waited,").unwrap().kind,
        QuoteType::Partial,
        "two words are a fragment"
    );
}

#[test]
fn a_name_then_claims_is_a_verb_and_whereby_is_no_one() {
    let a = analyze(
        "Tunewave claims the price is fair and says it offers \"greater value\" to buyers. \
         Ministers chose a scheme whereby suspects, both local and foreign, can be held at home.",
    );
    assert_eq!(speaker_of(&a, "greater value"), Some("Tunewave"));
    assert!(
        a.speakers.iter().all(|s| s.name != "whereby"),
        "{:?}",
        a.speakers
    );
}

#[test]
fn a_headline_quote_in_single_marks_is_its_speakers() {
    let text = "Ana Ruiz Opens Bridge: ‘We Will Not Wait Another Year.’\n\n\
                \"The bridge opens in May, not a day later,\" Ruiz said on Monday.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We Will Not Wait Another Year."),
        Some("Ana Ruiz")
    );
}

#[test]
fn quotes_signed_with_a_dash() {
    let text = "Readers told us what they think of the new bus lanes.\n\n\
                “The buses finally come on time, and I can read on the way.” ― Mara J. Ellison\n\n\
                “Nobody asked the shop owners on Dock Street.” — Pieter Vos.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "The buses finally come on time, and I can read on the way."
        ),
        Some("Mara J. Ellison")
    );
    assert_eq!(
        speaker_of(&a, "Nobody asked the shop owners on Dock Street."),
        Some("Pieter Vos")
    );
    assert_offsets(text, &a);
    // Only a name signs a quote; a description after a dash is the writer's.
    let a = analyze("“Fares should have come down too.” - a driver who works nights");
    assert_eq!(speaker_of(&a, "Fares should have come down too."), None);
}

#[test]
fn the_second_verb_of_a_coordinated_predicate() {
    let text = "Councillor Tomas Reyk used to oppose the tram, but now said the city had \
                “a duty to finish what it started.”\n\n\
                “I was wrong about the cost, and I say so.”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "a duty to finish what it started."),
        Some("Tomas Reyk")
    );
    assert_eq!(
        speaker_of(&a, "I was wrong about the cost, and I say so."),
        Some("Tomas Reyk")
    );
}

#[test]
fn a_source_after_a_heading_and_a_dash() {
    let text = "GARDENERS’ PATIENCE WITH THE WATER BOARD WEARS THIN - Lena Okafor: \
                “We found that most gardeners would rather water less than pay more.”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "We found that most gardeners would rather water less than pay more."
        ),
        Some("Lena Okafor")
    );
}

#[test]
fn a_label_before_a_colon_names_the_source() {
    let text = "Forecasters agree - Rosa Lind: \
                “The river will crest on Thursday, a day later than we thought.”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "The river will crest on Thursday, a day later than we thought."
        ),
        Some("Rosa Lind")
    );
    let b = analyze(
        "From the flood report: “Longer warnings saved more homes in every county we studied.”",
    );
    assert_eq!(
        speaker_of(
            &b,
            "Longer warnings saved more homes in every county we studied."
        ),
        Some("the flood report")
    );
}

#[test]
fn a_name_before_a_quote_is_not_a_kind_of_work() {
    // "Song" is a surname here, not "the song".
    let text = "Mayor Alba Ruiz said the remark by Dana Song “was careless and unkind.”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "was careless and unkind."),
        Some("Alba Ruiz")
    );
}

#[test]
fn documents_that_read_and_state_and_people_who_remember() {
    let text = "“The council should answer for the closures before it asks for more,” the \
                editorial read.\n\n\
                “We will reopen both branches by spring,” read the statement, which the \
                library released on Friday.\n\n\
                “Nobody in the room thought the vote would pass,” remembered Oskar Lind, a \
                former councillor.\n\n\
                “Every branch stays open on weekends this year,” a notice on the door states.";
    let a = analyze(text);
    assert_eq!(
        source_of(
            &a,
            "The council should answer for the closures before it asks for more,"
        ),
        Some("the editorial")
    );
    assert_eq!(
        source_of(&a, "We will reopen both branches by spring,"),
        Some("the statement")
    );
    assert_eq!(
        speaker_of(&a, "Nobody in the room thought the vote would pass,"),
        Some("Oskar Lind")
    );
    assert_eq!(
        source_of(&a, "Every branch stays open on weekends this year,"),
        Some("a notice on the door")
    );
}

#[test]
fn progressives_recommendations_and_going_on() {
    let text = "Mayor Elena Ruiz is telling residents that “the ferry will run again by May.”\n\n\
                “Keep the fare where it is for two more years,” the panel recommended.\n\n\
                “And we will not close the pier while I am mayor,” Ruiz went on.\n\n\
                Ruiz talked about “a harbour that works for everyone” at length.\n\n\
                The protests went on for days.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the ferry will run again by May."),
        Some("Elena Ruiz")
    );
    assert_eq!(
        source_of(&a, "Keep the fare where it is for two more years,"),
        Some("the panel")
    );
    assert_eq!(
        speaker_of(&a, "And we will not close the pier while I am mayor,"),
        Some("Elena Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "a harbour that works for everyone"),
        Some("Elena Ruiz")
    );
    // "went on for days" reports nothing, and "talked about" takes no content clause.
    assert!(texts(&a, QuoteType::Indirect).is_empty());
}

#[test]
fn a_verb_form_after_a_possessive_is_a_noun_and_i_quote_is_the_writer() {
    let text = "A source familiar with the mayor’s thinking said, “She will not run again.”\n\n\
                No wonder Councillor Ivo Marsh said, and I quote, \"We love a long meeting.\"";
    let a = analyze(text);
    assert_eq!(
        source_of(&a, "She will not run again."),
        Some("A source familiar with the mayor’s thinking")
    );
    assert_eq!(speaker_of(&a, "We love a long meeting."), Some("Ivo Marsh"));
}

#[test]
fn participles_after_an_opening_place_and_in_an_absolute_phrase() {
    let text = "Here in Dunmore, Mayor Elena Ruiz turned to the harbour, saying, \"We have \
                waited long enough for a ferry that runs.\"\n\n\
                Fans booed the referee, with coach Pieter Vos reportedly shouting: \
                “Open your eyes!”";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We have waited long enough for a ferry that runs."),
        Some("Elena Ruiz")
    );
    assert_eq!(speaker_of(&a, "Open your eyes!"), Some("Pieter Vos"));
}

#[test]
fn a_tag_on_a_platform_and_a_clause_after_until() {
    let text = "Harbour workers were angry. \"We need a better ferry - and we need it NOW!\" \
                Mayor Elena Ruiz said on Twitter.\n\n\
                Ivo Marsh is a ferry captain. Marsh says he was \"sitting on the fence\" until \
                Ruiz said she would fund the pier.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We need a better ferry - and we need it NOW!"),
        Some("Elena Ruiz")
    );
    assert_eq!(speaker_of(&a, "sitting on the fence"), Some("Ivo Marsh"));
}

#[test]
fn going_on_doing_and_believing_inside_a_statement_do_not_take_the_quote() {
    let text = "In a statement, Ivo Marsh said he is certain the mayor will continue to be \
                \"a friend of every ferry worker.\"\n\n\
                Her office protested, saying the captains were \"unfair\" because they knew the \
                council \"had already set the fares for the year\" that day.\n\n\
                Even after the vote was taken, Marsh continued to say he had never seen the plan.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "a friend of every ferry worker."),
        Some("Ivo Marsh")
    );
    assert_eq!(
        source_of(&a, "had already set the fares for the year"),
        Some("Her office")
    );
    assert_eq!(source_of(&a, "he had never seen the plan"), Some("Marsh"));
}

#[test]
fn a_gerund_without_a_subject_and_he_after_said() {
    let text = "\"The pier is safe,\" Mayor Pieter Vos said on Monday.\n\n\
                Part of this \"open harbour\" plan involves understanding that captains have a \
                say. Captain Ivo Marsh said he would warn the council about the \"many storms \
                that face the harbour this winter.\"";
    let a = analyze(text);
    assert!(
        a.speakers.iter().all(|s| !s.name.contains("involves")),
        "{:?}",
        a.speakers.iter().map(|s| &s.name).collect::<Vec<_>>()
    );
    assert_eq!(
        speaker_of(&a, "many storms that face the harbour this winter."),
        Some("Ivo Marsh")
    );
}

#[test]
fn a_statement_announced_with_a_colon_and_an_opening_time_phrase() {
    let text = "In response to the storm, Mayor Elena Ruiz issued the following statement:\n\n\
                \"Our thoughts are with all those affected by the storm in Dunmore.\"\n\n\
                Eight years ago, Captain Ivo Marsh backed Pieter Vos over Ruiz and said, \"The \
                council has never done anything for us.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "Our thoughts are with all those affected by the storm in Dunmore."
        ),
        Some("Elena Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "The council has never done anything for us."),
        Some("Ivo Marsh")
    );
}

#[test]
fn a_quote_paragraph_after_a_speech_act_and_a_tag_with_a_hearer() {
    let text = "Chef Buddy Vos praised the mayor for her work after the storm.\n\n\
                “We need someone who is going to cut through the nonsense and bring people \
                together.”\n\n\
                “The ferry is fine,” Mayor Elena Ruiz said. “Did you know it was sinking?” \
                Reporter Ivo Marsh asked the mayor.";
    let a = analyze(text);
    assert_eq!(
        source_of(
            &a,
            "We need someone who is going to cut through the nonsense and bring people together."
        ),
        Some("Chef Buddy Vos")
    );
    assert_eq!(
        speaker_of(&a, "Did you know it was sinking?"),
        Some("Ivo Marsh")
    );
}

#[test]
fn expressed_surmised_and_reacted_are_speech() {
    let text = "Mayor Elena Ruiz expressed confidence that the ferry would not be an issue \
                \"that is going to affect either the harbour or my job.\"\n\n\
                Captain Ivo Marsh reacted coolly. \"People are afraid of losing their boats,\" \
                he surmised.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "that is going to affect either the harbour or my job."),
        Some("Elena Ruiz")
    );
    assert_eq!(
        source_of(&a, "People are afraid of losing their boats,"),
        Some("he")
    );
}

#[test]
fn a_relative_clause_closed_before_the_quote_does_not_govern_it() {
    let text = "Captain Ivo Marsh said that the council’s announcement, which some have argued \
                was meant to win votes, was an “insult” to the “hundreds and maybe thousands” of \
                ferry workers.\n\n\
                \"It seems certain Ruiz will run through the last races, which is costly,\" he \
                said. \"Still, when you are the winner, you can afford to be big.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "hundreds and maybe thousands"),
        Some("Ivo Marsh")
    );
    assert_eq!(
        source_of(
            &a,
            "Still, when you are the winner, you can afford to be big."
        ),
        Some("he")
    );
}

#[test]
fn a_participle_after_an_object_hangs_from_the_clause() {
    let text = "The town council released a statement Wednesday saying the captain’s comments \
                “are based on his opinion, not actual facts.”\n\n\
                Shortly after the vote ended, Mayor Elena Ruiz’s office sent out a note \
                calling the result “a win for every ferry worker in Dunmore.”";
    let a = analyze(text);
    assert_eq!(
        source_of(&a, "are based on his opinion, not actual facts."),
        Some("The town council")
    );
    assert_eq!(
        source_of(&a, "a win for every ferry worker in Dunmore."),
        Some("Mayor Elena Ruiz’s office")
    );
}

#[test]
fn tags_to_a_hearer_statements_after_a_comma_and_paragraph_edges() {
    let text = "Mayor Elena Ruiz likes the show. “Sometimes us ex-mayors need our fix!” Ruiz said \
                to People.\n\n\
                Immediately after the storm, Captain Ivo Marsh issued a statement, “Last night, \
                our town was hit by the worst storm in a decade.”\n\n\
                Asked whether she had practised, Ruiz said, \"I read it once over, and that is \
                all.\"\n\n\
                Reporters asked her again.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "Sometimes us ex-mayors need our fix!"),
        Some("Elena Ruiz")
    );
    assert_eq!(
        speaker_of(
            &a,
            "Last night, our town was hit by the worst storm in a decade."
        ),
        Some("Ivo Marsh")
    );
    assert_eq!(
        speaker_of(&a, "I read it once over, and that is all."),
        Some("Elena Ruiz")
    );
}

#[test]
fn a_dash_a_modified_source_and_the_one_a_paragraph_is_about() {
    let text = "\"We will spend millions on the ads this spring,\" said one Democrat involved \
                in the planning. \"Money is not the problem here.\"\n\n\
                Ruiz also embraced the old harbour plans -- \"I think the new plan is nothing \
                next to them.\"\n\n\
                \"The port must stay open,\" Ruiz said.\n\n\
                Ruiz is upbeat about the vote, in part because the council backs her.\n\n\
                \"Not only can we win the vote, we can win it by a mile.\"";
    let a = analyze(text);
    for quote in [
        "We will spend millions on the ads this spring,",
        "Money is not the problem here.",
    ] {
        assert_eq!(
            speaker_of(&a, quote),
            Some("one Democrat involved in the planning")
        );
    }
    assert_eq!(
        speaker_of(&a, "I think the new plan is nothing next to them."),
        Some("Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "Not only can we win the vote, we can win it by a mile."),
        Some("Ruiz")
    );
}

#[test]
fn who_after_an_aside_and_a_verb_after_to() {
    let text = "\"I have never voted in a primary, but I will vote in this one,\" said Nina \
                Holt, 24, from Dover, who said the mayor is best suited to the job. \"It is \
                meant for the people, not the big chains.\"\n\n\
                The mayor had planned to give remarks on Monday, but the speech was reframed to \
                \"further address the flood, the roads and the schools.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "It is meant for the people, not the big chains."),
        Some("Nina Holt")
    );
    assert_eq!(
        speaker_of(&a, "further address the flood, the roads and the schools."),
        None
    );
}

#[test]
fn a_tag_sentence_may_end_in_adverbs_and_phrases() {
    let text = "\"You think I am going to change?\" Ruiz asked reporters rhetorically during a \
                news conference late last month. \"I am not changing.\"\n\n\
                \"The plan is a serious one,\" the mayor told a crowd that the council \
                estimated at 3,000 people. \"It needs sound judgment.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "You think I am going to change?"),
        Some("Ruiz")
    );
    assert_eq!(speaker_of(&a, "I am not changing."), Some("Ruiz"));
    assert_eq!(source_of(&a, "It needs sound judgment."), Some("the mayor"));
}

#[test]
fn a_byline_paragraph_under_a_quote() {
    let text = "Overheard at the fair.\n\n\
                \"The whole idea of a crooked mayor is something we hear about all the time, \
                and it needs to stop.\"\n\n\
                -Mira Lind, Dover.\n\n\
                \"Great speech. She is tested. She is ready.\"\n\n\
                — Governor Paul Ames, writing after the speech.\n\n\
                \"Nobody told us about the road works.\"\n\n\
                The council did not reply.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "The whole idea of a crooked mayor is something we hear about all the time, and \
             it needs to stop."
        ),
        Some("Mira Lind")
    );
    assert_eq!(
        speaker_of(&a, "Great speech. She is tested. She is ready."),
        Some("Paul Ames")
    );
    assert_eq!(speaker_of(&a, "Nobody told us about the road works."), None);
    // A reporter's signature after a quote inside a sentence.
    let b = analyze(
        "Mayor Ana Ruiz said Monday that her party was \"still the first force in the \
         city.\"--Tom Hale.",
    );
    assert_eq!(
        speaker_of(&b, "still the first force in the city."),
        Some("Ana Ruiz")
    );
    // With no cue before it, the signature under a comment is its writer's.
    let c = analyze(
        "Money is all he has, \"the root of all evil and of his bad manners.\" ― Rosa Lane.",
    );
    assert_eq!(
        speaker_of(&c, "the root of all evil and of his bad manners."),
        Some("Rosa Lane")
    );
}

#[test]
fn an_adverb_after_a_modal_and_a_capitalized_tweeted() {
    let text = "The date was so odd that a spokesman for the mayor could only quip: \"I guess \
                the holiday was booked.\"\n\n\
                \"Not us, but we cannot argue with it!\" Ruiz, the head of the port board, \
                Tweeted on Friday with a picture of the banner.\n\n\
                It was the only report on the matter.";
    let a = analyze(text);
    assert_eq!(
        source_of(&a, "I guess the holiday was booked."),
        Some("a spokesman for the mayor")
    );
    assert_eq!(
        speaker_of(&a, "Not us, but we cannot argue with it!"),
        Some("Ruiz")
    );
    assert_eq!(
        a.quotes.len(),
        2,
        "\"only report\" is no cue: {:?}",
        a.quotes
    );
}

#[test]
fn a_time_phrase_after_the_subject_and_an_introduction_that_names_no_one() {
    let text = "Mayor Ruiz on Thursday stepped up her attacks on the council, saying \"it is \
                weak on the harbour, and everyone knows that.\"\n\n\
                For example: \"We made a terrible mistake closing the port in the first \
                place,\" Ruiz told a reporter in October.\n\n\
                Then, later that month on the radio: \"I have never said we made a mistake \
                closing the port.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "it is weak on the harbour, and everyone knows that."),
        Some("Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "I have never said we made a mistake closing the port."),
        Some("Ruiz")
    );
}

#[test]
fn a_tag_after_a_question_may_run_on() {
    let text = "\"It looks like we will not get along, who knows?\" Ruiz told a radio station \
                in an interview aired on Monday when asked about the council.\n\n\
                The mayor answered with: \"Why now? That was on my way to the port?\" Her \
                critics cited it as evidence of her temper.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "It looks like we will not get along, who knows?"),
        Some("Ruiz")
    );
    assert_ne!(
        speaker_of(&a, "Why now? That was on my way to the port?"),
        Some("Her critics")
    );
}

#[test]
fn according_to_inside_a_statement_leaves_the_quote_to_the_speaker() {
    let text = "Win Tal, a member of the party's committee, said on Tuesday that according to \
                its count, the party has won most of the vote, but \"we are still counting the \
                seats.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "we are still counting the seats."),
        Some("Win Tal")
    );
}

#[test]
fn someone_led_to_speak_is_the_speaker() {
    let text = "The record prompted Dave Lane, who tracks county results, to state, \"Vigo \
                County has voted for the winner since 1956.\"\n\n\
                The loss led Republicans to say the party was finished.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "Vigo County has voted for the winner since 1956."),
        Some("Dave Lane")
    );
    assert_eq!(source_of(&a, "the party was finished"), Some("Republicans"));
}

#[test]
fn a_quote_opening_reported_content_is_that_reports() {
    let text = "But even as Trump claimed on Tuesday that \"the cases are exactly the same,\" \
                one of the former prosecutors said the two cases were different.\n\n\
                Polling shows that \"the public is not very comfortable with the army,\" said \
                Sylke Tempel, an editor.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the cases are exactly the same,"),
        Some("Trump")
    );
    assert_eq!(
        speaker_of(&a, "the public is not very comfortable with the army,"),
        Some("Sylke Tempel")
    );
}

#[test]
fn a_shouted_quote_and_an_opening_adverb() {
    let a = analyze(
        "Ms. Lee tweeted on Monday: \"THIS IS NOT OK AT ALL.\"\n\n\
         Recently she announced that she would run for the seat.",
    );
    assert_eq!(speaker_of(&a, "THIS IS NOT OK AT ALL."), Some("Lee"));
    assert_eq!(source_of(&a, "she would run for the seat"), Some("she"));
}

#[test]
fn a_quote_after_a_pronoun_paragraph_continues_that_person() {
    let text = "\"How are you today?\" Miller, a retired worker, said into the phone. \"We \
                are talking with supporters like you.\"\n\n\
                She pauses.\n\n\
                \"Oh, you are voting for her already? That is great to hear.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "Oh, you are voting for her already? That is great to hear."
        ),
        Some("Miller")
    );
}

#[test]
fn the_one_shown_or_heard_saying_it_is_the_speaker() {
    let text = "The new ad from the Harbor Fund runs for a minute. It cuts to footage of Ruth \
                Okafor saying, \"We will not raise the fare this year.\" A second clip shows \
                Okafor telling a crowd: \"The ferry belongs to all of us.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We will not raise the fare this year."),
        Some("Ruth Okafor")
    );
    assert_eq!(
        speaker_of(&a, "The ferry belongs to all of us."),
        Some("Ruth Okafor")
    );
}

#[test]
fn a_finding_inside_a_report_leaves_the_quote_to_the_one_who_reports_it() {
    let text = "Of the toll plan, Senator Ruth Okafor said many drivers in her district would \
                find it \"very hard to swallow after the last increase.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "very hard to swallow after the last increase."),
        Some("Ruth Okafor")
    );
}

#[test]
fn with_a_survey_showing_that_the_survey_says_it() {
    let text = "Mayor Ana Ruiz called for more ferries, with an accompanying survey showing \
                that commuters wait an hour on average.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "commuters wait an hour on average"),
        Some("an accompanying survey")
    );
}
