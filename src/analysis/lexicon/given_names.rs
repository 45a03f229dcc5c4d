//! First names given to one sex almost always, for a person the article gives no other
//! evidence of: `assets/given-names.txt`, built by `tools/names/build.py` from the US
//! Social Security Administration's counts (names given to at least 95% girls or boys).
//! A name given to both ("Jordan", "Robin") is in neither list, and says nothing.

use crate::analysis::model::Gender;
use crate::analysis::packed::front_decode;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const SOURCE: &str = include_str!("../../../assets/given-names.txt");

fn names() -> &'static HashMap<Box<str>, Gender> {
    static NAMES: OnceLock<HashMap<Box<str>, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out = HashMap::default();
        let mut gender = Gender::Either;
        let mut line = String::new();
        for coded in SOURCE.lines() {
            match coded {
                "[FEMALE]" => gender = Gender::Female,
                "[MALE]" => gender = Gender::Male,
                _ => {
                    front_decode(&mut line, coded);
                    out.insert(line.as_str().into(), gender);
                }
            }
        }
        out
    })
}

/// The sex a first name is given to almost always, written as the article writes it
/// ("Mary"); `None` for a name given to both or not listed.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    names().get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_one_sex_and_of_both() {
        assert_eq!(given_name_gender("Mary"), Some(Gender::Female));
        assert_eq!(given_name_gender("Kurt"), Some(Gender::Male));
        assert_eq!(given_name_gender("Fiona"), Some(Gender::Female));
        // Given to girls and boys alike: no evidence.
        assert_eq!(given_name_gender("Jordan"), None);
        assert_eq!(given_name_gender("Robin"), None);
        assert_eq!(given_name_gender("Zzyzx"), None);
    }
}
