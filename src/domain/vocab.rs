//! Controlled vocabularies and the gazetteer, as the pages and validation see them.
//!
//! Both are data (seeded and versioned by migrations); the code only names the vocabularies.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The names of the vocabularies the application relies on.
pub mod names {
    pub const CASE_STATUS: &str = "case_status";
    pub const GENDER: &str = "gender";
    pub const ETHNICITY: &str = "ethnicity";
    pub const RESIDENCY: &str = "residency";
    pub const OCCUPATION: &str = "occupation";
    pub const RELATIONSHIP: &str = "relationship";
    pub const CONSENT: &str = "consent";
    pub const EVENT_KIND: &str = "event_kind";
    pub const LEGAL_CHARGE: &str = "legal_charge";
    pub const FACILITY_KIND: &str = "facility_kind";
    pub const SOURCE_TYPE: &str = "source_type";
    pub const RELIABILITY: &str = "reliability";
    pub const CREDIBILITY: &str = "credibility";
    pub const TESTIMONY_MEDIUM: &str = "testimony_medium";
    pub const LANGUAGE: &str = "language";
    pub const VERIFICATION: &str = "verification";
    pub const LEARNED_HOW: &str = "learned_how";
    /// Who is believed to have carried out an arrest (the UN working groups ask).
    pub const RESPONSIBLE_FORCES: &str = "responsible_forces";
    /// Whether a warrant was shown at an arrest.
    pub const WARRANT_SHOWN: &str = "warrant_shown";
    /// The event kinds that are steps the family took to find the person (the WGEID asks for
    /// them): inquiries, appeals to embassies, complaints and petitions, advocacy actions.
    pub const FAMILY_STEPS: &[&str] = &[
        "inquiry_to_authorities",
        "appeal_to_embassy",
        "legal_petition",
        "advocacy_action",
    ];
}

/// A label in each UI language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labels {
    pub en: String,
    pub kk: String,
    pub ru: String,
    pub ug: String,
    pub zh: String,
}

impl Labels {
    /// The label in `lang`, or the English one where that language has none.
    pub fn get(&self, lang: crate::i18n::Lang) -> &str {
        use crate::i18n::Lang;
        let label = match lang {
            Lang::En => &self.en,
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::Ug => &self.ug,
            Lang::Zh => &self.zh,
        };
        if label.trim().is_empty() {
            &self.en
        } else {
            label
        }
    }

    /// The label in the language of what is being done now ([`crate::i18n::current`]).
    pub fn current(&self) -> &str {
        self.get(crate::i18n::current())
    }
}

/// One term of a vocabulary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub code: String,
    pub label: Labels,
}

/// A level of the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LocationLevel {
    Country,
    Region,
    Prefecture,
    County,
    Township,
    /// A village, added by an admin under a county or a township.
    Village,
}

impl LocationLevel {
    /// Parses the database spelling.
    pub fn parse(value: &str) -> Option<Self> {
        Some(match value {
            "country" => Self::Country,
            "region" => Self::Region,
            "prefecture" => Self::Prefecture,
            "county" => Self::County,
            "township" => Self::Township,
            "village" => Self::Village,
            _ => return None,
        })
    }
}

/// A place in the gazetteer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub parent_id: Option<String>,
    pub level: LocationLevel,
    pub prefecture_id: Option<String>,
    pub name: Labels,
}

/// A place an admin added to the gazetteer, for the places page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedPlace {
    pub id: String,
    /// Its name with its county and prefecture.
    pub path: String,
    pub level: LocationLevel,
    pub name: Labels,
    pub added_by: Option<String>,
    pub added_at: String,
}

/// Every vocabulary and the gazetteer, loaded once per server start (they change only by migration).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vocabularies {
    terms: BTreeMap<String, Vec<Term>>,
    locations: Vec<Location>,
}

impl Vocabularies {
    /// Builds the set from terms (in display order) and locations (parents before children).
    pub fn new(terms: Vec<(String, Term)>, locations: Vec<Location>) -> Self {
        let mut map: BTreeMap<String, Vec<Term>> = BTreeMap::new();
        for (vocabulary, term) in terms {
            map.entry(vocabulary).or_default().push(term);
        }
        Self {
            terms: map,
            locations,
        }
    }

    /// The terms of one vocabulary, in display order.
    pub fn terms(&self, vocabulary: &str) -> &[Term] {
        self.terms.get(vocabulary).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `code` belongs to `vocabulary`.
    pub fn contains(&self, vocabulary: &str, code: &str) -> bool {
        self.terms(vocabulary).iter().any(|t| t.code == code)
    }

    /// The label of a code in the current language ([`crate::i18n::current`]), or the code
    /// itself when it is unknown.
    pub fn label(&self, vocabulary: &str, code: &str) -> String {
        self.terms(vocabulary)
            .iter()
            .find(|t| t.code == code)
            .map(|t| t.label.current().to_string())
            .unwrap_or_else(|| code.to_string())
    }

    /// Every place, parents before children.
    pub fn locations(&self) -> &[Location] {
        &self.locations
    }

    /// One place by id.
    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.id == id)
    }

    /// The prefecture-level places of Xinjiang, for filters.
    pub fn prefectures(&self) -> impl Iterator<Item = &Location> {
        self.locations
            .iter()
            .filter(|l| l.level == LocationLevel::Prefecture)
    }

    /// A place's name with its ancestors up to the prefecture, e.g. "Ghulja, Ili", in the current
    /// language.
    pub fn location_path(&self, id: &str) -> String {
        self.location_path_in(id, crate::i18n::current())
    }

    /// [`Vocabularies::location_path`] in `lang`.
    pub fn location_path_in(&self, id: &str, lang: crate::i18n::Lang) -> String {
        let mut parts = Vec::new();
        let mut next = self.location(id);
        while let Some(place) = next {
            // "Ghulja, Ili" reads better than "…, Xinjiang, China": stop above the prefecture.
            let above_prefecture =
                matches!(place.level, LocationLevel::Country | LocationLevel::Region);
            if above_prefecture && !parts.is_empty() {
                break;
            }
            parts.push(place.name.get(lang).to_string());
            next = place.parent_id.as_deref().and_then(|p| self.location(p));
        }
        if parts.is_empty() {
            id.to_string()
        } else {
            parts.join(", ")
        }
    }

    /// Options for a place picker: every place with an indented, bilingual label, each place
    /// followed by the places under it (an added township right under its county).
    pub fn location_options(&self) -> Vec<(String, String)> {
        self.location_options_in(crate::i18n::current())
    }

    /// [`Vocabularies::location_options`] for a page in `lang`: in Russian the labels also give
    /// the Russian name, so that a Russian reader finds Кульджа as a Kazakh reader finds Құлжа.
    pub fn location_options_in(&self, lang: crate::i18n::Lang) -> Vec<(String, String)> {
        let russian = lang == crate::i18n::Lang::Ru;
        let mut children: BTreeMap<Option<&str>, Vec<&Location>> = BTreeMap::new();
        for l in &self.locations {
            let parent = l
                .parent_id
                .as_deref()
                .filter(|p| self.location(p).is_some());
            children.entry(parent).or_default().push(l);
        }
        let mut out = Vec::with_capacity(self.locations.len());
        // Depth first, in the stored order among siblings.
        let mut stack: Vec<(&Location, usize)> = children
            .get(&None)
            .map(|roots| roots.iter().rev().map(|l| (*l, 0)).collect())
            .unwrap_or_default();
        while let Some((l, depth)) = stack.pop() {
            let indent = "\u{a0}\u{a0}".repeat(depth);
            // English, Kazakh (Russian, on a Russian page) and Chinese, each once (an added place
            // may lack some).
            let ru = if russian { l.name.ru.trim() } else { "" };
            let mut names: Vec<&str> = Vec::new();
            for name in [
                l.name.en.as_str(),
                l.name.kk.as_str(),
                ru,
                l.name.zh.as_str(),
            ] {
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            let label = if (l.name.zh.is_empty() || l.name.zh == l.name.en) && ru.is_empty() {
                format!("{indent}{}", l.name.en)
            } else {
                format!("{indent}{}", names.join(" · "))
            };
            out.push((l.id.clone(), label));
            if let Some(under) = children.get(&Some(l.id.as_str())) {
                stack.extend(under.iter().rev().map(|c| (*c, depth + 1)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(en: &str) -> Labels {
        Labels {
            en: en.into(),
            ..Labels::default()
        }
    }

    fn place(id: &str, parent: Option<&str>, level: LocationLevel, en: &str) -> Location {
        Location {
            id: id.into(),
            parent_id: parent.map(Into::into),
            level,
            prefecture_id: None,
            name: labels(en),
        }
    }

    #[test]
    fn a_place_reads_with_its_ancestors_but_not_the_country() {
        let v = Vocabularies::new(
            vec![],
            vec![
                place("cn", None, LocationLevel::Country, "China"),
                place("cn-xj", Some("cn"), LocationLevel::Region, "Xinjiang"),
                place("cn-xj-ili", Some("cn-xj"), LocationLevel::Prefecture, "Ili"),
                place(
                    "cn-xj-ili-g",
                    Some("cn-xj-ili"),
                    LocationLevel::County,
                    "Ghulja",
                ),
            ],
        );
        assert_eq!(v.location_path("cn-xj-ili-g"), "Ghulja, Ili");
        assert_eq!(v.location_path("cn-xj"), "Xinjiang");
        assert_eq!(v.location_path("cn"), "China");
        assert_eq!(v.prefectures().count(), 1);
    }

    #[test]
    fn an_added_village_is_offered_right_under_its_county_indented_once_more() {
        // Stored level by level: the village comes last, after every county.
        let v = Vocabularies::new(
            vec![],
            vec![
                place("cn", None, LocationLevel::Country, "China"),
                place("cn-xj-ili", Some("cn"), LocationLevel::Prefecture, "Ili"),
                place(
                    "cn-xj-ili-a",
                    Some("cn-xj-ili"),
                    LocationLevel::County,
                    "Alpha",
                ),
                place(
                    "cn-xj-ili-b",
                    Some("cn-xj-ili"),
                    LocationLevel::County,
                    "Beta",
                ),
                place("kz", None, LocationLevel::Country, "Kazakhstan"),
                place(
                    "cn-xj-ili-a-v",
                    Some("cn-xj-ili-a"),
                    LocationLevel::Village,
                    "Aqtal",
                ),
            ],
        );
        let ids: Vec<String> = v.location_options().into_iter().map(|(id, _)| id).collect();
        assert_eq!(
            ids,
            [
                "cn",
                "cn-xj-ili",
                "cn-xj-ili-a",
                "cn-xj-ili-a-v",
                "cn-xj-ili-b",
                "kz"
            ]
        );
        let village = &v.location_options()[3].1;
        assert_eq!(village, &format!("{}Aqtal", "\u{a0}".repeat(6)));
        assert_eq!(v.location_path("cn-xj-ili-a-v"), "Aqtal, Alpha, Ili");
    }

    #[test]
    fn a_place_reads_in_russian_and_in_english_where_it_has_no_russian_name() {
        use crate::i18n::Lang;
        let mut ili = place("cn-xj-ili", None, LocationLevel::Prefecture, "Ili");
        ili.name.ru = "Или-Казахский автономный округ".into();
        ili.name.kk = "Іле".into();
        ili.name.zh = "伊犁".into();
        let mut ghulja = place(
            "cn-xj-ili-g",
            Some("cn-xj-ili"),
            LocationLevel::County,
            "Ghulja",
        );
        ghulja.name.ru = "Кульджа (Инин)".into();
        // Added without a Russian name (nor a Chinese one).
        let mut village = place(
            "cn-xj-ili-g-v",
            Some("cn-xj-ili-g"),
            LocationLevel::Village,
            "Aqtal",
        );
        village.name.ru = " ".into();
        let v = Vocabularies::new(vec![], vec![ili, ghulja, village]);
        assert_eq!(
            v.location("cn-xj-ili").unwrap().name.get(Lang::Ru),
            "Или-Казахский автономный округ"
        );
        assert_eq!(
            v.location_path_in("cn-xj-ili-g-v", Lang::Ru),
            "Aqtal, Кульджа (Инин), Или-Казахский автономный округ"
        );
        assert_eq!(v.location_path_in("cn-xj-ili-g", Lang::En), "Ghulja, Ili");
        // A Russian page's picker also gives the Russian name; others do not.
        let options = |lang| -> Vec<String> {
            v.location_options_in(lang)
                .into_iter()
                .map(|(_, label)| label.trim_start_matches('\u{a0}').to_string())
                .collect()
        };
        assert_eq!(
            options(Lang::Ru),
            [
                "Ili · Іле · Или-Казахский автономный округ · 伊犁",
                "Ghulja · Кульджа (Инин)",
                "Aqtal",
            ]
        );
        assert_eq!(options(Lang::Kk), ["Ili · Іле · 伊犁", "Ghulja", "Aqtal"]);
    }

    #[test]
    fn codes_are_checked_per_vocabulary() {
        let v = Vocabularies::new(
            vec![(
                names::CASE_STATUS.into(),
                Term {
                    code: "missing".into(),
                    label: labels("Missing"),
                },
            )],
            vec![],
        );
        assert!(v.contains(names::CASE_STATUS, "missing"));
        assert!(!v.contains(names::EVENT_KIND, "missing"));
        assert_eq!(v.label(names::CASE_STATUS, "missing"), "Missing");
    }
}
