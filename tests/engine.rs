//! The engine on short texts written for these tests: each test is one behaviour a reader
//! relies on.

mod common;

use common::*;
use whosaid::analysis::{EntityLabel, QuoteType, SpeakerKind};
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
fn full_name_surname_and_pronoun_are_one_speaker() {
    let text = "Prime Minister Giorgia Meloni spoke on Friday.\n\n\
                \"We are ready to help,\" Meloni said.\n\n\
                She added that talks would resume in March.";
    let a = analyze(text);
    assert_eq!(a.speakers.len(), 1, "{:?}", a.speakers);
    let s = &a.speakers[0];
    assert_eq!(s.name, "Giorgia Meloni");
    assert_eq!(s.kind, SpeakerKind::NamedPerson);
    assert_eq!(s.description.as_deref(), Some("Prime Minister"));
    assert_eq!(
        speaker_of(&a, "talks would resume in March"),
        Some("Giorgia Meloni")
    );
}

#[test]
fn two_anonymous_sources_stay_apart() {
    let text = "A senior official said the deal was close. \
                Another source familiar with the talks said it had collapsed. \
                \"It is finished,\" that source added. \
                The official later said the talks would go on.";
    let a = analyze(text);
    let anonymous: Vec<&str> = a
        .speakers
        .iter()
        .filter(|s| s.kind == SpeakerKind::Anonymous)
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        anonymous,
        [
            "A senior official",
            "Another source familiar with the talks"
        ]
    );
    assert_eq!(
        speaker_of(&a, "It is finished,"),
        Some("Another source familiar with the talks")
    );
    assert_eq!(
        speaker_of(&a, "the talks would go on"),
        Some("A senior official")
    );
}

#[test]
fn anonymity_cue_goes_to_its_source() {
    let a = analyze("A diplomat, who spoke on condition of anonymity, said the vote was delayed.");
    let s = &a.speakers[0];
    assert_eq!(s.kind, SpeakerKind::Anonymous);
    assert_eq!(
        s.anonymity_cue.as_deref(),
        Some("on condition of anonymity")
    );
}

#[test]
fn scare_quotes_and_titles_are_not_speech() {
    let a = analyze(
        "The so-called \"knowledge economy\" grew, and her book \"The Long Road Home\" sold well.",
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
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
fn unnamed_economists_are_anonymous_and_writing_off_debt_is_no_statement() {
    let a = analyze(
        "Economists said the figures can vary from month to month. \
         Finance ministers backed plans to write off all of the debts owed by poor countries.",
    );
    let economists = a.speakers.iter().find(|s| s.name == "Economists");
    assert_eq!(
        economists.map(|s| s.kind),
        Some(SpeakerKind::Anonymous),
        "{:?}",
        a.speakers
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
}

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
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
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
fn entities_by_type() {
    let a = analyze(
        "Ukrainian President Volodymyr Zelensky met NATO officials in Kyiv near the Black Sea.",
    );
    let has = |t: &str, l: EntityLabel| a.entities.iter().any(|e| e.text == t && e.label == l);
    assert!(has("Ukrainian", EntityLabel::Norp));
    assert!(has("Volodymyr Zelensky", EntityLabel::Person));
    assert!(has("NATO", EntityLabel::Org));
    assert!(has("Kyiv", EntityLabel::Gpe));
    assert!(has("Black Sea", EntityLabel::Loc));
}

#[test]
fn a_company_ending_anywhere_makes_the_name_a_company() {
    let a = analyze(
        "Orsetti SpA cut 40 jobs.\n\nOrsetti said it would hire again next year, and \
         Orsetti shares rose.\n\nThe Vantoni Group agreed. Marco Vantoni, its founder, \
         said the cuts were sad.",
    );
    let labels = |t: &str| {
        a.entities
            .iter()
            .filter(|e| e.text == t)
            .map(|e| e.label)
            .collect::<Vec<_>>()
    };
    assert_eq!(labels("Orsetti SpA"), [EntityLabel::Org]);
    assert_eq!(labels("Orsetti"), [EntityLabel::Org, EntityLabel::Org]);
    assert_eq!(labels("Vantoni Group"), [EntityLabel::Org]);
    assert_eq!(labels("Marco Vantoni"), [EntityLabel::Person]);
}

#[test]
fn a_city_opening_a_dateline_is_a_place() {
    let a = analyze(
        "SOCCER - LEEDS BEAT CHELSEA TO KEEP LEEDS TOP .\nLEEDS , England 1996-08-29\n\
         Leeds beat Chelsea 2-1 on Thursday to stay top .",
    );
    let dateline = a
        .entities
        .iter()
        .find(|e| e.text == "LEEDS" && e.start > 45);
    assert_eq!(dateline.map(|e| e.label), Some(EntityLabel::Gpe));
    // In the headline and the story, the city is the club.
    let club = a.entities.iter().find(|e| e.text == "Leeds");
    assert_eq!(club.map(|e| e.label), Some(EntityLabel::Org));
}

#[test]
fn a_line_of_results_names_one_kind_of_thing() {
    let a = analyze(
        "RUGBY UNION - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\n\
         Results of English rugby union matches on Saturday :\n\
         Riverside 56 Fenwick 31 Wasps 33 Harlow 25\n",
    );
    let label = |t: &str| a.entities.iter().find(|e| e.text == t).map(|e| e.label);
    for club in ["Riverside", "Fenwick", "Wasps", "Harlow"] {
        assert_eq!(label(club), Some(EntityLabel::Org), "{club}");
    }
}

#[test]
fn a_name_after_a_kind_of_organization_is_that_organization() {
    let a = analyze(
        "The Yugoslav news agency Tanvik reported the closure. Tanvik said flights would \
         resume on Monday.\n\nThe mayor told the newspaper Vera Lind had resigned.",
    );
    let labels = |t: &str| {
        a.entities
            .iter()
            .filter(|e| e.text == t)
            .map(|e| e.label)
            .collect::<Vec<_>>()
    };
    assert_eq!(labels("Tanvik"), [EntityLabel::Org, EntityLabel::Org]);
    assert_eq!(labels("Vera Lind"), [EntityLabel::Person]);
}

#[test]
fn bad_input_never_panics() {
    let long_marks = "\"".repeat(10_000);
    let inputs = [
        "",
        " \n\n ",
        "\"",
        "“”",
        "\u{0}\u{1}\u{2}\u{7f}",
        "\u{202e}said \"reversed\" \u{2066}text\u{2069}",
        "e\u{301}\u{301}\u{301} said",
        "said said said said",
        "<script>alert(1)</script> \"<b>x</b>,\" she said.",
        long_marks.as_str(),
        "🙂 \"emoji 🙂 quote 🙂,\" 🙂 said.",
        "A\u{2028}B\u{2029}C",
    ];
    for input in inputs {
        let a = analyze(input);
        assert_offsets(input, &a);
    }
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
fn the_person_and_the_source_are_one_unnamed_speaker() {
    let text = "A person familiar with the budget talks said the deal was close. \
                \"They are nearly there,\" the source added.";
    let a = analyze(text);
    let anonymous: Vec<&str> = a
        .speakers
        .iter()
        .filter(|s| s.kind == SpeakerKind::Anonymous)
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(anonymous, ["A person familiar with the budget talks"]);
    assert_eq!(
        speaker_of(&a, "They are nearly there,"),
        Some("A person familiar with the budget talks")
    );
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
fn a_party_label_between_the_name_and_the_verb() {
    let text = "\"There is tremendous energy in a whole host of races,\" Rep. Ivo Marsh (D-Ore.) \
                said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "There is tremendous energy in a whole host of races,"),
        Some("Ivo Marsh")
    );
    // The name ends where the label's parenthesis opens.
    assert!(
        a.entities.iter().all(|e| !e.text.contains('(')),
        "{:?}",
        a.entities
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
fn he_continues_the_last_subject_and_supporters_of_a_name_are_not_the_name() {
    let text = "When Mayor Tom Berg took the stage, supporters of Jordan Ruiz wondered whether \
                he would soften his tone.\n\n\
                Berg credited Ruiz's victory to \"a closed primary, something I am not keen \
                on.\" He urged the party to \"open its doors to everyone.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "whether he would soften his tone"),
        Some("supporters of Jordan Ruiz")
    );
    assert_eq!(
        speaker_of(&a, "open its doors to everyone."),
        Some("Tom Berg")
    );
    assert_eq!(
        speaker_of(&a, "a closed primary, something I am not keen on."),
        Some("Tom Berg")
    );
}

#[test]
fn people_from_the_same_town_stay_apart() {
    let text = "\"I think she should have run from Ohio,\" said Jason Gilbert of Cheyenne.\n\n\
                \"I know her dad slightly,\" said Scott Hawkins of Cheyenne.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "I think she should have run from Ohio,"),
        Some("Jason Gilbert")
    );
    assert_eq!(
        speaker_of(&a, "I know her dad slightly,"),
        Some("Scott Hawkins")
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
fn a_name_between_commas_after_a_description() {
    let text = "\"I hope you do not mind, I have to take my little brother along,\" another \
                classmate, Stuart Olten, recalled him saying.\n\n\
                \"The port is safe,\" the editor of the city's paper, The Harbour Post, said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "I hope you do not mind, I have to take my little brother along,"
        ),
        Some("Stuart Olten")
    );
    // A name after a description that names someone is an apposition to it.
    assert_eq!(
        source_of(&a, "The port is safe,"),
        Some("the editor of the city's paper")
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
fn names_that_are_also_modals_or_months_and_a_label_before_a_comma() {
    let text = "\"We will leave the union,\" Prime Minister Theresa May said on Monday.\n\n\
                Citing the storm, Will urged voters to leave: \"The storm is a reminder.\"\n\n\
                Earlier in May the minister said \"we will stay in the union for now.\"";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "We will leave the union,"),
        Some("Theresa May")
    );
    assert_eq!(speaker_of(&a, "The storm is a reminder."), Some("Will"));
    let b = analyze(
        "On Tuesday at a college in Berea, OH, after winning Ohio, Gov. John Kasich \
         (R-OH), said, \"I am getting ready to rent a covered wagon.\"",
    );
    assert_eq!(
        speaker_of(&b, "I am getting ready to rent a covered wagon."),
        Some("John Kasich")
    );
    assert_eq!(
        source_of(&a, "we will stay in the union for now."),
        Some("the minister")
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
fn a_lone_surname_that_is_also_a_preposition_or_a_modal() {
    let text = "Crime was high then. \"People point fingers now at the banks,\" From said.\n\n\
                \"We will leave the union,\" May said. (That said, she also noted, \"the \
                talks will take years.\")";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "People point fingers now at the banks,"),
        Some("From")
    );
    assert_eq!(speaker_of(&a, "We will leave the union,"), Some("May"));
    assert_eq!(source_of(&a, "the talks will take years."), Some("she"));
    let b =
        analyze("\"Costs keep rising for every family we know,\" said Will Doyle, a professor.");
    assert_eq!(
        speaker_of(&b, "Costs keep rising for every family we know,"),
        Some("Will Doyle")
    );
}

#[test]
fn he_inside_a_sentence_is_its_subject() {
    let text = "\"Big news today,\" Dan Ortiz tweeted, after spokesman Brian Fallon praised \
                his boss online.\n\n\
                Fallon fired back: \"As a guardian of the legacy,\" he wrote, \"we know you \
                are rooting for her too.\"";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "Big news today,"), Some("Dan Ortiz"));
    assert_eq!(
        speaker_of(&a, "we know you are rooting for her too."),
        Some("Brian Fallon")
    );
}

#[test]
fn a_source_close_to_a_name_is_not_the_name() {
    let text = "A source close to the White House said, \"The probe is about the donations.\"\n\n\
                Two people close to Ms. Reed said she would run.\n\n\
                \"We know better than they do,\" state Sen. Jason Holsman (D) said.";
    let a = analyze(text);
    let source = speaker(&a, "A source close to the White House").expect("a speaker");
    assert_eq!(source.kind, SpeakerKind::Anonymous);
    assert!(speaker(&a, "White House").is_none());
    assert_eq!(
        speaker_of(&a, "she would run"),
        Some("Two people close to Ms. Reed")
    );
    assert_eq!(
        speaker_of(&a, "We know better than they do,"),
        Some("Jason Holsman")
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
fn a_new_description_stands_for_the_person_just_named() {
    let text = "Film star Tom Hale has held a dinner in New York to raise money for a theatre.\n\n\
                The Dublin-born actor said that the building was in a very poor state.\n\n\
                The Oscar-nominated actor added: \"We need to save it before the winter.\"\n\n\
                A local producer had warned of delays. Ana Ruiz said she would appeal against \
                the ruling.\n\n\
                The producer said that the case was now closed for good.\n\n\
                Ana Ruiz praised the show. The theatre's chef said that nobody had listened.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the building was in a very poor state"),
        Some("Tom Hale")
    );
    assert_eq!(
        speaker_of(&a, "We need to save it before the winter."),
        Some("Tom Hale")
    );
    // A noun the article used before may be someone else; so may "the theatre's chef".
    assert_eq!(
        speaker_of(&a, "the case was now closed for good"),
        Some("The producer")
    );
    assert_eq!(
        speaker_of(&a, "nobody had listened"),
        Some("The theatre's chef")
    );
}

#[test]
fn british_titles_without_a_point_are_titles() {
    let text = "Liam Walsh said the plan was sound.\n\n\
                Mr Walsh said later that the plan would cost more than expected. Ms Atlas \
                said nothing.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the plan would cost more than expected"),
        Some("Liam Walsh")
    );
    assert!(a.entities.iter().any(|e| e.text == "Walsh"));
    assert!(a.entities.iter().all(|e| !e.text.starts_with("M")));
    // A courtesy title makes a person of what the model read as a place or a company.
    let atlas = a.entities.iter().find(|e| e.text == "Atlas").unwrap();
    assert_eq!(atlas.label, EntityLabel::Person);
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
fn a_description_then_a_name_between_commas_is_that_person() {
    let text = "Yesterday the city's finance director, Tom Hale, said that the budget would \
                hold. \"We will not raise taxes,\" said the council's chief economist, Ana Ruiz. \
                According to the report, Water Rates, the plan would fail.";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "the budget would hold"), Some("Tom Hale"));
    assert_eq!(
        source_of(&a, "the budget would hold"),
        Some("the city's finance director")
    );
    assert_eq!(
        speaker(&a, "Tom Hale").unwrap().description.as_deref(),
        Some("the city's finance director")
    );
    assert_eq!(speaker_of(&a, "We will not raise taxes,"), Some("Ana Ruiz"));
    // A document's title between commas is no person.
    assert_eq!(
        speaker_of(&a, "Water Rates, the plan would fail"),
        Some("the report")
    );
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
fn an_inverted_source_with_two_titles_is_one_person() {
    let text = "\"The restatement was a monumental task,\" said Nortel president and chief \
                executive Bill Owens. \"We disagreed on Syria,\" said the president and \
                Mrs. Clinton's aide.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "The restatement was a monumental task,"),
        Some("Bill Owens")
    );
    assert_eq!(
        source_of(&a, "We disagreed on Syria,"),
        Some("the president")
    );
}

#[test]
fn a_person_of_an_organization_speaks_for_herself() {
    let text = "\"It is fine,\" said Jane Doe of the Centre for Economic Policy. A spokesman \
                for the Centre for Economic Policy said that the figures were late. The \
                dissolution of the Soviet Union left many nations feeling that they were safe.";
    let a = analyze(text);
    assert_eq!(speaker_of(&a, "It is fine,"), Some("Jane Doe"));
    // A spokesman for it is someone the article does not name, who speaks for it.
    assert_eq!(
        speaker_of(&a, "the figures were late"),
        Some("Spokesman for the Centre for Economic Policy")
    );
    let spokesman = speaker(&a, "Spokesman for the Centre for Economic Policy").unwrap();
    assert_eq!(spokesman.kind, SpeakerKind::Anonymous);
    // A place named inside a phrase is no missed person's name.
    assert!(
        a.speakers
            .iter()
            .all(|s| s.kind != SpeakerKind::NamedPerson || s.name == "Jane Doe"),
        "{:?}",
        a.speakers
    );
}

#[test]
fn an_organization_keeps_its_whole_name_and_its_head_noun() {
    let text = "The Chartered Institute of Purchasing and Supply said that orders rose for a \
                third month. The Finance Ministry said that prices would fall next year. The \
                ministry added that wages would rise.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "orders rose for a third month"),
        Some("Chartered Institute of Purchasing and Supply")
    );
    assert_eq!(
        speaker_of(&a, "prices would fall next year"),
        Some("Finance Ministry")
    );
    assert_eq!(speaker_of(&a, "wages would rise"), Some("Finance Ministry"));
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
fn it_with_no_organization_speaking_is_the_organization_of_its_clause() {
    let a = analyze(
        "The sportswear firm Umbro signed a new deal with Scottish club Rangers on Thursday. \
         It hopes that sales will rise next year.",
    );
    assert_eq!(speaker_of(&a, "sales will rise next year"), Some("Umbro"));
    let a =
        analyze("Shares in Acme Group fell 9% after it said it would not make money this year.");
    assert_eq!(
        speaker_of(&a, "it would not make money this year"),
        Some("Acme Group")
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
fn the_company_is_the_company_just_named() {
    let a = analyze(
        "Brightwater Energy said on Monday that profits had fallen by a third. The Competition \
         Commission said it would review the deal. The company said it expected a better \
         second half.\n\n\
         Harbor Foods Inc is to restate its accounts after an inquiry by the Securities and \
         Exchange Commission. The firm said it could not yet estimate the cost.",
    );
    assert_eq!(
        speaker_of(&a, "it expected a better second half"),
        Some("Brightwater Energy"),
        "the commission is no company"
    );
    assert_eq!(
        speaker_of(&a, "it could not yet estimate the cost"),
        Some("Harbor Foods Inc"),
        "the subject before, not the body named last"
    );
    let firm = speaker(&a, "Harbor Foods Inc").unwrap();
    assert_eq!(firm.kind, SpeakerKind::NamedOrganization);
    assert!(a.speakers.iter().all(|s| !s.name.starts_with("The ")));
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
fn a_family_name_alone_is_the_person_first_named_with_it() {
    let a = analyze(
        "Senator Hillary Harlan opened her campaign in Dayton on Monday.\n\n\
         \"We are going to win this state,\" Harlan said.\n\n\
         Her husband, Bill Harlan, a former governor, met voters at a diner.\n\n\
         \"It was a good day for the campaign and for Ohio,\" she said.",
    );
    assert_eq!(
        speaker_of(&a, "We are going to win this state,"),
        Some("Hillary Harlan"),
        "the speaker's name is the one she was introduced by, not the last with her surname"
    );
    assert_eq!(
        speaker_of(&a, "It was a good day for the campaign and for Ohio,"),
        Some("Hillary Harlan"),
        "\"she\" is not Bill"
    );
}

#[test]
fn he_is_not_a_woman_whose_name_a_few_men_share() {
    // Both lists of given names hold "Hillary"; news gives it to women.
    let a = analyze(
        "Tom Reyes, the mayor, introduced Hillary Harlan at the rally on Friday. \
         \"This city deserves better than it has had,\" he said.",
    );
    assert_eq!(
        speaker_of(&a, "This city deserves better than it has had,"),
        Some("Tom Reyes")
    );
}

#[test]
fn a_word_opening_the_sentence_is_no_part_of_the_name_after_it() {
    let a = analyze(
        "Later Tom Hale said, \"We are not breaking any rules.\"\n\n\
         Singer Mia Brandt sang. M. Dane Waters danced.",
    );
    assert_eq!(
        speaker_of(&a, "We are not breaking any rules."),
        Some("Tom Hale")
    );
    let people: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.label == EntityLabel::Person)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(people, ["Tom Hale", "Mia Brandt", "M. Dane Waters"]);
}

#[test]
fn a_description_ending_in_s_joins_the_person_just_named() {
    // "actress" and "boss" end in "s" but are no plurals.
    let a = analyze(
        "Kate Winslet has joined the cast of the new film. \"It is a joy to be back,\" the \
         actress said.\n\nArsene Wenger praised his side after the win. \"We were superb \
         today,\" the Arsenal boss said.",
    );
    assert_eq!(
        speaker_of(&a, "It is a joy to be back,"),
        Some("Kate Winslet")
    );
    assert_eq!(
        speaker_of(&a, "We were superb today,"),
        Some("Arsene Wenger")
    );
    assert_eq!(a.speakers.len(), 2, "{:?}", a.speakers);
}

#[test]
fn one_witness_is_not_the_witnesses() {
    let a = analyze(
        "Witnesses said the road was blocked for an hour. A witness told reporters the \
         driver had sped up. The witness said the driver did not stop at the lights.",
    );
    let group = speaker_of(&a, "the road was blocked for an hour");
    let one = speaker_of(&a, "the driver did not stop at the lights");
    assert_eq!(group, Some("Witnesses"));
    assert_eq!(one, Some("A witness"));
}

#[test]
fn a_spokesperson_is_an_unnamed_source_named_for_the_body() {
    let a = analyze(
        "A Rosneft spokesman said the purchase was part of its plan. Later the spokesman \
         added that the deal had closed. A spokesman for Unison said that staff were angry.",
    );
    assert_eq!(
        speaker_of(&a, "the purchase was part of its plan"),
        Some("Rosneft spokesman")
    );
    assert_eq!(
        speaker_of(&a, "the deal had closed"),
        Some("Rosneft spokesman")
    );
    assert_eq!(
        speaker_of(&a, "staff were angry"),
        Some("Spokesman for Unison")
    );
    let rosneft = speaker(&a, "Rosneft spokesman").unwrap();
    assert_eq!(rosneft.kind, SpeakerKind::Anonymous);
}

#[test]
fn a_role_no_one_holds_is_the_person_in_focus() {
    // Nobody is titled prime minister; the home secretary is titled otherwise.
    let a = analyze(
        "Tony Blair has said people are right to be concerned about the system. Home \
         Secretary Charles Clarke is expected to announce a points system. The prime \
         minister on Sunday said immigration would be toughened up.",
    );
    assert_eq!(
        speaker_of(&a, "immigration would be toughened up"),
        Some("Tony Blair")
    );
    // In the lead, before anyone is named, the role is the person named next.
    let a = analyze(
        "Putin backs state grab\n\nRussia's president has defended the purchase, saying it \
         followed free market principles.\n\nVladimir Putin said the company was within its \
         rights.",
    );
    assert_eq!(
        speaker_of(&a, "it followed free market principles"),
        Some("Vladimir Putin")
    );
}

#[test]
fn a_title_before_a_comma_and_a_name_is_that_persons() {
    let a = analyze(
        "Faith schools were criticised by Ofsted chief, David Bell, on Monday. The Ofsted \
         chief said his report would mention the schools by name.",
    );
    assert_eq!(
        speaker_of(&a, "his report would mention the schools by name"),
        Some("David Bell")
    );
}

#[test]
fn a_party_after_the_is_an_organization() {
    let a = analyze("The Tories say Labour is acting far too late on the plan.");
    let tories = a.speakers.first().unwrap();
    assert_eq!(
        tories.kind,
        SpeakerKind::NamedOrganization,
        "{:?}",
        a.speakers
    );
}

#[test]
fn a_speech_speaks_for_its_author_and_is_no_he() {
    let a = analyze(
        "Mr Bell's speech called for a greater effort, with a survey showing that pupils \
         knew little about politics. Later he warned that the lessons were failing.",
    );
    assert_eq!(speaker_of(&a, "the lessons were failing"), Some("Bell"));
    assert!(
        a.speakers.iter().all(|s| !s.name.contains("speech")),
        "{:?}",
        a.speakers
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
fn unnamed_people_and_groups_are_anonymous_and_a_phrase_naming_no_one_is_no_source() {
    let a = analyze(
        "Critics say the plan was rushed through the council. Investors fear a slowdown is \
         coming soon. Thousands of residents said the noise was far too much. Exporter \
         organisations have stated the pound will fall further. The minister said the road \
         would reopen in May. Their smiles said the long trip had been worth it.",
    );
    for (said, who) in [
        ("the plan was rushed through the council", "Critics"),
        ("a slowdown is coming soon", "Investors"),
        ("the noise was far too much", "Thousands of residents"),
        ("the pound will fall further", "Exporter organisations"),
        ("the road would reopen in May", "The minister"),
    ] {
        let q = quote(&a, said).unwrap_or_else(|| panic!("{said}: {:?}", a.quotes));
        let speaker = a.speaker(q.speaker.unwrap()).unwrap();
        assert_eq!(
            (speaker.name.as_str(), speaker.kind),
            (who, SpeakerKind::Anonymous)
        );
    }
    assert!(
        quote(&a, "the long trip had been worth it").is_none(),
        "{:?}",
        a.quotes
    );
}

#[test]
fn one_person_under_every_form_of_their_name() {
    let a = analyze(
        "The finance minister, Lou Jiwei, spoke on Monday. \"We have done our part,\" Mr. Lou \
         said. Barcelona assistant coach Henk Ten Cate was angry. \"It is pathetic,\" Ten Cate \
         said. Jarek Kujda founded the band. \"We only play experimental music,\" Jarek said.",
    );
    assert_eq!(speaker_of(&a, "We have done our part,"), Some("Lou Jiwei"));
    assert_eq!(speaker_of(&a, "It is pathetic,"), Some("Henk Ten Cate"));
    assert_eq!(
        speaker_of(&a, "We only play experimental music,"),
        Some("Jarek Kujda")
    );
    assert_eq!(a.speakers.len(), 3, "{:?}", a.speakers);
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
fn an_age_makes_a_person_and_an_opening_adverb_no_name() {
    let a = analyze(
        "Luay Sami, 33, the program coordinator, came in 2011. Recently, he said, he has \
         realized the state is not as welcoming.",
    );
    let sami = a.entities.iter().find(|e| e.text == "Luay Sami").unwrap();
    assert_eq!(sami.label, EntityLabel::Person);
    assert!(
        a.entities.iter().all(|e| e.text != "Recently"),
        "{:?}",
        a.entities
    );
    assert_eq!(
        speaker_of(&a, "he has realized the state is not as welcoming"),
        Some("Luay Sami")
    );
}

#[test]
fn a_name_inside_a_quote_is_no_antecedent_and_a_courtesy_title_keeps_the_spokesman() {
    let a = analyze(
        "Tom Hale recalled how dark the road was on his first night. \"And I was like, 'God, \
         please, let this be a city. How will I live here?'\" Soon, the area felt welcoming. \
         He got a car and a job. Over time, he said, the town had grown on him. A spokesman \
         for Mr Prescott said the scheme would go ahead in April.",
    );
    assert_eq!(
        speaker_of(&a, "Over time, he said, the town had grown on him"),
        Some("Tom Hale")
    );
    assert_eq!(
        speaker_of(&a, "the scheme would go ahead in April"),
        Some("Spokesman for Mr Prescott")
    );
}

#[test]
fn descriptions_joined_by_and_plural_possessives_and_titles_before_a_name() {
    let a = analyze(
        "\"They are desperate to change the rules,\" said Morton Blackwell. The influential \
         delegate and conservative activist warned that a long battle lay ahead for the party. \
         Groups including the Musicians' Union have called for an end to the visa rules, \
         saying the rules were unfair to bands. A \
         spokesman for Democratic presidential candidate Hillary Clinton said the report was \
         wrong. A White House official said the talks had stalled. The official said a deal \
         was still possible.",
    );
    assert_eq!(
        speaker_of(&a, "a long battle lay ahead for the party"),
        Some("Morton Blackwell")
    );
    let groups = speaker(&a, "Groups including the Musicians' Union").unwrap();
    assert_eq!(groups.kind, SpeakerKind::Anonymous);
    assert_eq!(
        speaker_of(&a, "the report was wrong"),
        Some("Spokesman for Democratic presidential candidate Hillary Clinton")
    );
    assert_eq!(
        speaker_of(&a, "a deal was still possible"),
        Some("A White House official")
    );
}

#[test]
fn a_description_then_a_place_titles_and_a_name_is_that_person() {
    let a = analyze(
        "The play was banned. But the work's author, US playwright Eve Ensler, says it is all \
         about women's strength and courage.",
    );
    assert_eq!(
        speaker_of(&a, "it is all about women's strength and courage"),
        Some("Eve Ensler")
    );
}

#[test]
fn a_spokesman_is_never_the_person_in_focus() {
    let a = analyze(
        "Hazel Blears said innocent people would be stopped. Later the prime minister's \
         official spokesman urged calm. The spokesman said the powers were aimed at \
         terrorists.",
    );
    assert_eq!(
        speaker_of(&a, "the powers were aimed at terrorists"),
        Some("The spokesman")
    );
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

#[test]
fn who_after_a_passive_agent_is_the_agent() {
    let text = "The plan is being endorsed by the Freight Transport Association (FTA), who say \
                small ferries will not survive another winter.";
    let a = analyze(text);
    let said = "small ferries will not survive another winter";
    assert_eq!(speaker_of(&a, said), Some("Freight Transport Association"));
}

#[test]
fn a_past_role_after_as_is_no_title_that_rules_out_a_description() {
    let text = "As secretary of state, Ana Ruiz opened the talks in 2010.\n\nRuiz said on \
                Friday that the ferries would run again. The Liberal candidate explained \
                that the repairs would take a year.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the repairs would take a year"),
        Some("Ana Ruiz")
    );
}

#[test]
fn a_description_passes_a_line_that_names_no_one() {
    let text = "Tom Hale warned on Monday that the harbour would close.\n\nSign up for our \
                newsletter:\n\nThe businessman said the ferries would stop in May.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(&a, "the ferries would stop in May"),
        Some("Tom Hale")
    );
}

#[test]
fn a_town_in_its_dateline_and_before_its_council_is_a_place() {
    let text = "Riverton council backs new bridge\n\nRIVERTON — The Riverton town council \
                voted on Tuesday to build the bridge, Mayor Ana Ruiz said.\n\n\
                RUGBY UNION - SOUTH AFRICA BEAT ALL BLACKS 32-22 .";
    let a = analyze(text);
    let labels: Vec<(&str, EntityLabel)> = a
        .entities
        .iter()
        .filter(|e| e.text.eq_ignore_ascii_case("riverton"))
        .map(|e| (e.text.as_str(), e.label))
        .collect();
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert!(
        labels.iter().all(|&(_, l)| l == EntityLabel::Gpe),
        "{labels:?}"
    );
    // A heading over a headline in capitals is no dateline.
    assert!(!a
        .entities
        .iter()
        .any(|e| e.text == "RUGBY UNION" && e.label == EntityLabel::Gpe));
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

#[test]
fn he_after_a_quote_is_the_subject_before_it_not_a_name_in_its_object() {
    let text = "Tom Hale was critical of Peter Novak's decision not to speak after the vote. \
                \"There was a lot of talking before the vote and now there is silence,\" he \
                said.\n\n\"Novak is the best man for the job,\" he added, praising the mayor.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "There was a lot of talking before the vote and now there is silence,"
        ),
        Some("Tom Hale")
    );
    // The same with the two apostrophes some papers print as quotation marks.
    let text = "Tom Hale was critical of Peter Novak's decision not to speak after the vote. \
                ''There was a lot of talking before the vote and now there is silence,'' he \
                said.";
    let a = analyze(text);
    assert_eq!(
        speaker_of(
            &a,
            "There was a lot of talking before the vote and now there is silence,"
        ),
        Some("Tom Hale")
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
