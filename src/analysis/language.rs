//! Which language a text is written in, as far as telling English from the rest goes.
//!
//! whosaid's lexicons and models are English: read as English, a French paragraph yields
//! nonsense names ("Millionen Fahrgäste" as a person) and no attributions. So the engine
//! asks first. News in the languages a reader is likely to paste is told apart by its
//! commonest short words, which every paragraph uses many times ("the", "de", "und"), and
//! other scripts by their letters. This costs a few hundred bytes where a trigram model
//! such as `whatlang` would cost tens of kilobytes of the page, and it is right where it
//! matters: a whole article, not a phrase.

/// A language whosaid can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 code: "en", "fr".
    pub code: &'static str,
    /// Its English name: "French".
    pub name: &'static str,
}

pub const ENGLISH: Language = Language {
    code: "en",
    name: "English",
};

/// The commonest words of each language written in Latin letters, in lower case: short
/// function words, few of which are words of another language here.
#[rustfmt::skip]
const FUNCTION_WORDS: &[(Language, &[&str])] = &[
    (ENGLISH, &["the", "and", "of", "to", "is", "was", "that", "with", "for", "have",
        "has", "said", "from", "which", "this", "were", "would", "been", "their", "they"]),
    (Language { code: "fr", name: "French" }, &["le", "la", "les", "des", "et", "est",
        "une", "dans", "pour", "qui", "sur", "pas", "au", "aux", "du", "avec", "ce", "sont",
        "été", "selon", "de", "un", "il"]),
    (Language { code: "de", name: "German" }, &["der", "die", "und", "das", "ist", "nicht",
        "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "wird", "auch", "nach",
        "bei", "sagte", "wurde"]),
    (Language { code: "es", name: "Spanish" }, &["el", "los", "las", "del", "y", "que",
        "por", "con", "para", "una", "es", "su", "se", "como", "más", "pero", "fue", "dijo",
        "según", "está", "de", "la", "en"]),
    (Language { code: "it", name: "Italian" }, &["il", "della", "che", "di", "e", "per",
        "non", "con", "sono", "gli", "del", "delle", "una", "alla", "nel", "anche", "ha",
        "è", "dei", "la", "in"]),
    (Language { code: "pt", name: "Portuguese" }, &["o", "os", "da", "do", "das", "dos",
        "que", "em", "não", "com", "uma", "para", "é", "no", "na", "ao", "pelo", "disse",
        "segundo", "foi", "de"]),
    (Language { code: "nl", name: "Dutch" }, &["de", "het", "een", "en", "van", "is",
        "niet", "op", "dat", "zijn", "met", "voor", "er", "ook", "aan", "bij", "werd",
        "heeft", "zei", "volgens"]),
];

/// Scripts that are not Latin, by a range of their letters.
#[rustfmt::skip]
const SCRIPTS: &[(Language, char, char)] = &[
    (Language { code: "ru", name: "Russian or another language in Cyrillic" }, '\u{0400}', '\u{04FF}'),
    (Language { code: "el", name: "Greek" }, '\u{0370}', '\u{03FF}'),
    (Language { code: "ar", name: "Arabic" }, '\u{0600}', '\u{06FF}'),
    (Language { code: "he", name: "Hebrew" }, '\u{0590}', '\u{05FF}'),
    (Language { code: "hi", name: "Hindi or another language in Devanagari" }, '\u{0900}', '\u{097F}'),
    (Language { code: "zh", name: "Chinese" }, '\u{4E00}', '\u{9FFF}'),
    (Language { code: "ja", name: "Japanese" }, '\u{3040}', '\u{30FF}'),
    (Language { code: "ko", name: "Korean" }, '\u{AC00}', '\u{D7AF}'),
];

/// The English name of the language with ISO 639-1 code `code`, if whosaid knows it.
pub fn name_of(code: &str) -> Option<&'static str> {
    FUNCTION_WORDS
        .iter()
        .map(|(l, _)| l)
        .chain(SCRIPTS.iter().map(|(l, _, _)| l))
        .find(|l| l.code == code)
        .map(|l| l.name)
}

/// What a reader is told of a text in another language: what whosaid did and did not
/// read in it.
pub fn notice(code: &str) -> String {
    let name = name_of(code).unwrap_or("another language");
    format!(
        "whosaid reads English news; this text looks {name}. Quotes are marked, speakers and \
         names are not."
    )
}

/// Words read at most: an article's first few paragraphs settle it.
const SAMPLE_WORDS: usize = 2_000;

/// Fewer words than this say too little, and the text is taken as English.
const MIN_WORDS: usize = 12;

/// The language of `text`: English unless another language's letters or commonest words
/// clearly outnumber English ones. A short or unclear text is read as English, as
/// before, so that a headline or a quote in English is never refused.
pub fn detect(text: &str) -> Language {
    if let Some(other) = script(text) {
        return other;
    }
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let mut words = 0;
    for word in text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
    {
        words += 1;
        let low = word.to_lowercase();
        for (hit, (_, list)) in hits.iter_mut().zip(FUNCTION_WORDS) {
            *hit += usize::from(list.contains(&low.as_str()));
        }
    }
    let english = hits[0];
    let (best, &most) = hits
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|&(k, &n)| (n, std::cmp::Reverse(k)))
        .unwrap_or((0, &0));
    // Another language wins when its words are at least twice the English ones and make
    // a share of the text no English article reaches by borrowed names ("de", "la").
    if words >= MIN_WORDS && most >= 2 * english.max(1) && most * 8 >= words {
        FUNCTION_WORDS[best].0
    } else {
        ENGLISH
    }
}

/// A language written in another script, when most letters are of it.
fn script(text: &str) -> Option<Language> {
    let mut counts = [0usize; SCRIPTS.len()];
    let mut letters = 0usize;
    for c in text
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(SAMPLE_WORDS * 5)
    {
        letters += 1;
        if let Some(k) = SCRIPTS
            .iter()
            .position(|&(_, lo, hi)| (lo..=hi).contains(&c))
        {
            counts[k] += 1;
        }
    }
    let (k, &n) = counts.iter().enumerate().max_by_key(|&(_, &n)| n)?;
    (n * 2 > letters).then_some(SCRIPTS[k].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_news_is_english() {
        let text = "The minister said on Tuesday that the plan, which has been debated for \
                    months, would be put to a vote. Critics say it goes too far.";
        assert_eq!(detect(text), ENGLISH);
    }

    #[test]
    fn french_and_german_paragraphs_are_told_apart() {
        let fr = "Le ministre a déclaré mardi que le projet, qui est débattu depuis des \
                  mois, sera soumis au vote. « C'est un pas dans la bonne direction », \
                  a-t-il dit selon les journalistes présents dans la salle.";
        assert_eq!(detect(fr).code, "fr");
        let de = "Der Minister sagte am Dienstag, dass der Plan, der seit Monaten \
                  diskutiert wird, zur Abstimmung gestellt wird. „Das ist ein Schritt in \
                  die richtige Richtung“, sagte er und die Zahl der Fahrgäste ist gestiegen.";
        assert_eq!(detect(de).code, "de");
    }

    #[test]
    fn english_with_foreign_names_stays_english() {
        let text = "Jean de la Fontaine and Ursula von der Leyen met in La Paz, where the \
                    talks were held. The two leaders said that they had agreed on the plan \
                    and that the details would follow.";
        assert_eq!(detect(text), ENGLISH);
    }

    #[test]
    fn the_notice_names_the_language() {
        assert_eq!(
            notice("fr"),
            "whosaid reads English news; this text looks French. Quotes are marked, \
             speakers and names are not."
        );
    }

    #[test]
    fn other_scripts_and_short_texts() {
        assert_eq!(
            detect("Президент заявил, что переговоры продолжатся.").code,
            "ru"
        );
        assert_eq!(detect("Le projet"), ENGLISH);
        assert_eq!(detect(""), ENGLISH);
    }
}
