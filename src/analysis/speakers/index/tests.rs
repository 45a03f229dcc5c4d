use super::*;
use crate::analysis::entities;

#[test]
fn the_nearest_entity_before_comes_first() {
    let doc = Document::new("Ana Ruiz met Tom Hale in London before Mia Holt came.");
    let found = entities::recognize(&doc);
    let index = EntityIndex::new(&doc, &found, &vec![false; doc.tokens.len()]);
    let at = (0..doc.tokens.len())
        .find(|&i| doc.word(i) == "before")
        .unwrap();
    let persons: Vec<&str> = index
        .persons_before(at, 0)
        .map(|e| doc.slice(e.tokens.clone()))
        .collect();
    assert_eq!(persons, ["Tom Hale", "Ana Ruiz"]);
    let all: Vec<&str> = index
        .before(at, 3)
        .map(|e| doc.slice(e.tokens.clone()))
        .collect();
    assert_eq!(all, ["London", "Tom Hale"]);
}

#[test]
fn the_entity_a_phrase_stands_for() {
    let doc = Document::new("A spokesman for Microsoft and Jane Doe of London spoke.");
    let found = entities::recognize(&doc);
    let index = EntityIndex::new(&doc, &found, &vec![false; doc.tokens.len()]);
    let phrase = |from: &str, to: &str| {
        let start = (0..doc.tokens.len())
            .find(|&i| doc.word(i) == from)
            .unwrap();
        let end = (0..doc.tokens.len()).find(|&i| doc.word(i) == to).unwrap() + 1;
        start..end
    };
    let head = |r: Range<usize>| index.head_entity(&r).map(|e| doc.slice(e.tokens.clone()));
    // A spokesman for Microsoft is not Microsoft; Jane Doe of London is Jane Doe.
    assert_eq!(head(phrase("A", "Microsoft")), None);
    assert_eq!(head(phrase("Microsoft", "Microsoft")), Some("Microsoft"));
    assert_eq!(head(phrase("Jane", "London")), Some("Jane Doe"));
}
