//! Speakers: source phrases resolved into the people and bodies who spoke. One person
//! under every form of their name, their pronouns and descriptions; anonymous sources
//! kept apart; and each speaker's kind.

use crate::common::*;
use whosaid::analysis::SpeakerKind;
use whosaid::analyze;

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

/// A role set after a name between commas is that person's, taken up later by a
/// description, though someone else spoke in between; "the founder's lawyer" is not
/// the founder, and "a founder" is one of several.
#[test]
fn a_role_after_a_name_is_that_persons_when_a_description_takes_it_up() {
    let said = |text: &str| {
        let a = analyze(text);
        speaker_of(&a, "the leaks served the public").map(str::to_string)
    };
    let text = "Julian Ruiz, the founder of Portleaks, appeared in court on Monday. \"We will \
                appeal,\" said Ana Lind, his lawyer. The Portleaks founder has always argued \
                that the leaks served the public.";
    assert_eq!(said(text).as_deref(), Some("Julian Ruiz"));
    let after_the_body = text.replace("the founder of Portleaks", "Portleaks' founder");
    assert_eq!(said(&after_the_body).as_deref(), Some("Julian Ruiz"));
    let someone_elses = text.replace("the founder of Portleaks", "the founder's lawyer");
    assert_ne!(said(&someone_elses).as_deref(), Some("Julian Ruiz"));
    let one_of_several = text.replace("the founder of Portleaks", "a founder of Portleaks");
    assert_ne!(said(&one_of_several).as_deref(), Some("Julian Ruiz"));
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

/// The speaker's name and description for the statement containing `said`.
fn named(a: &whosaid::Analysis, said: &str) -> Option<(String, Option<String>)> {
    let q = a.quotes.iter().find(|q| q.text.contains(said))?;
    let s = a.speaker(q.speaker?)?;
    Some((s.name.clone(), s.description.clone()))
}

#[test]
fn a_description_followed_by_a_name_is_that_person() {
    let a = analyze(
        "\"I asked, on whose authority?\" said another witness, former White House Russia \
         adviser Fiona Hill.",
    );
    assert_eq!(
        named(&a, "whose authority"),
        Some((
            "Fiona Hill".to_string(),
            Some("former White House Russia adviser".to_string())
        ))
    );
    assert!(a.speakers.iter().all(|s| s.kind != SpeakerKind::Anonymous));
}

#[test]
fn an_office_before_a_name_is_its_description_not_its_place() {
    let a = analyze(
        "Another diplomat, former special envoy to Ukraine Kurt Volker, changed his account. \
         \"I did not know,\" Volker said.",
    );
    assert_eq!(
        named(&a, "did not know"),
        Some((
            "Kurt Volker".to_string(),
            Some("former special envoy to Ukraine".to_string())
        ))
    );
    let b = analyze(
        "\"The evidence is not strong enough,\" said Deputy Director of Public Prosecution \
         Eva-Marie Persson.",
    );
    assert_eq!(
        named(&b, "not strong enough"),
        Some((
            "Eva-Marie Persson".to_string(),
            Some("Deputy Director of Public Prosecution".to_string())
        ))
    );
}

#[test]
fn a_title_between_an_inverted_verb_and_the_name() {
    let a = analyze(
        "The company said profits rose last year.\n\n\
         \"We are very pleased with the results,\" said managing director Anna Lindqvist. \
         \"The team worked hard.\"",
    );
    for said in ["very pleased", "worked hard"] {
        assert_eq!(
            named(&a, said).map(|(n, _)| n).as_deref(),
            Some("Anna Lindqvist")
        );
    }
}

#[test]
fn the_people_of_a_body_just_named_speak_as_the_body() {
    let a = analyze(
        "The Swedish Prosecution Authority dropped the investigation on Tuesday.\n\n\
         Prosecutors told reporters: \"The evidence has weakened.\"",
    );
    assert_eq!(
        named(&a, "evidence has weakened")
            .map(|(n, _)| n)
            .as_deref(),
        Some("Swedish Prosecution Authority")
    );
    assert!(a.speakers.iter().all(|s| s.kind != SpeakerKind::Anonymous));
}

#[test]
fn a_pronoun_after_an_appositive_and_a_second_quote_keep_the_speaker() {
    let a = analyze(
        "The mayor of Riverton, Maria Gonzalez, comforted relatives at the scene.\n\n\
         \"This is a terrible day for our town,\" she said.\n\n\
         Party leader John Mercer said: \"We will not give up on this fight.\"\n\n\
         \"Our members are ready for the campaign,\" he added.",
    );
    assert_eq!(
        named(&a, "terrible day").map(|(n, _)| n).as_deref(),
        Some("Maria Gonzalez")
    );
    for said in ["not give up", "members are ready"] {
        assert_eq!(
            named(&a, said).map(|(n, _)| n).as_deref(),
            Some("John Mercer")
        );
    }
}

/// FORMAT.md's vague source gives no identity a reader could check: "Critics" is one,
/// "The companies" points back to the two the article named.
#[test]
fn a_definite_description_is_no_vague_source() {
    let a = analyze(
        "Harbour Energy and Tidal Power were fined on Monday. The companies said they would \
         appeal the ruling. Critics said the fines were far too small.",
    );
    let vague = |name: &str| speaker(&a, name).map(|s| s.vague);
    assert_eq!(vague("The companies"), Some(false));
    assert_eq!(vague("Critics"), Some(true));
}
