//! Entities: people, organizations, places and nationalities, their bounds and labels.
//! A speaker is only as well named as the entity under it, so these include names that
//! are also ordinary words ("May", "Will", "From") and lines the model reads poorly
//! (datelines, results in capitals).

use crate::common::*;
use whosaid::analysis::EntityLabel;
use whosaid::analyze;

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
