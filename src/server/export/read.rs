//! Reading and anonymizing: the selected cases' unencrypted columns, their generalization by the
//! lattice search, and the pseudonymous ids (keyed hashes of the case ids).

use super::*;

/// Makes the pseudonymous ids of one export.
pub struct ExportIds {
    /// The key of the ids (HMAC-SHA256).
    pub(super) key: PseudonymKey,
    /// Whether the ids are the same in every export (recorded in the manifest).
    pub stable: bool,
}

impl ExportIds {
    /// A fresh random key: ids that no other export shares, so two exports cannot be joined.
    pub fn fresh() -> Self {
        Self {
            key: PseudonymKey::fresh(),
            stable: false,
        }
    }

    /// Ids that are the same in every export made under the current key-encryption key (a key
    /// rotation changes them), for exporters who must follow cases across exports.
    pub fn stable(keys: &ServerKeys) -> Self {
        Self {
            key: PseudonymKey::stable(keys.current_kek()),
            stable: true,
        }
    }

    /// The id of a case: "X-" and 16 letters and digits (Crockford base 32 of an HMAC-SHA256).
    pub fn id(&self, case_id: &str) -> String {
        const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let digest = self.key.digest(case_id);
        let bits = u128::from_be_bytes(digest[..16].try_into().expect("16 bytes"));
        let mut id = String::with_capacity(18);
        id.push_str("X-");
        id.extend((0..16).map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char));
        id
    }
}

/// The dimensions of the lattice, in [`QUASI_IDENTIFIERS`] order.
pub(super) fn dimensions() -> [Dimension; 9] {
    let names = QUASI_IDENTIFIERS;
    [
        Dimension::new(
            names[0],
            vec!["as recorded", "county", "prefecture", "region", "hidden"],
        ),
        Dimension::new(names[1], vec!["year", "5 years", "10 years", "hidden"]),
        Dimension::new(names[2], vec!["as recorded", "hidden"]),
        Dimension::new(names[3], vec!["specific", "grouped", "hidden"]),
        Dimension::new(names[4], vec!["specific", "sector", "hidden"]),
        Dimension::new(names[5], vec!["day", "month", "quarter", "year", "hidden"]),
        Dimension::new(names[6], vec!["day", "month", "quarter", "year", "hidden"]),
        Dimension::new(names[7], vec!["as recorded", "charged or not", "hidden"]),
        Dimension::new(names[8], vec!["range", "under or over 10 years", "hidden"]),
    ]
}

/// The event kinds an export reads the dates of: disappearance, camp and detention.
pub(super) fn dated_kinds() -> Vec<&'static str> {
    std::iter::once("disappearance")
        .chain(DETENTION_KINDS.iter().copied())
        .collect()
}

/// The texts of the first dated disappearance and the first dated detention of a case, from
/// [`ExportRow::dated`]; each date is parsed once per export (`parsed`).
pub(super) fn firsts(
    dated: Option<&str>,
    parsed: &mut HashMap<String, Option<PartialDate>>,
) -> [Option<String>; 2] {
    let mut firsts: [Option<(String, PartialDate)>; 2] = [None, None];
    for event in dated
        .unwrap_or_default()
        .split(crate::server::db::export_rows::RECORD_SEPARATOR)
    {
        let Some((kind, text)) = event.split_once(crate::server::db::export_rows::UNIT_SEPARATOR)
        else {
            continue;
        };
        let slot = match kind {
            "disappearance" => 0,
            k if DETENTION_KINDS.contains(&k) => 1,
            _ => continue,
        };
        let date = match parsed.get(text) {
            Some(d) => *d,
            None => {
                let d = PartialDate::parse(text).ok();
                parsed.insert(text.to_string(), d);
                d
            }
        };
        let Some(date) = date else { continue };
        if firsts[slot]
            .as_ref()
            .is_none_or(|(_, d)| date.sort_key() < d.sort_key())
        {
            firsts[slot] = Some((text.to_string(), date));
        }
    }
    firsts.map(|f| f.map(|(text, _)| text))
}

/// What an export keeps of a case besides its quasi-identifiers: a few integers (no text of the
/// case is held; the pseudonymous id is made as the row is read).
pub(super) struct Kept {
    /// The 16 letters and digits of the pseudonymous id (after "X-").
    pub(super) id: [u8; 16],
    pub(super) status: u32,
    pub(super) verification: u32,
    pub(super) charges: u32,
    pub(super) sentence: u32,
    pub(super) sources: u32,
}

/// The selected cases as the export needs them: their quasi-identifiers, laddered and interned,
/// for the lattice search, and what else each row shows.
pub struct Prepared {
    pub dataset: Dataset,
    pub(super) kept: Vec<Kept>,
    pub(super) strings: Interner,
}

impl Prepared {
    pub fn rows(&self) -> usize {
        self.dataset.rows()
    }
}

/// Reads the selected cases (unencrypted columns only) in one streamed pass, laddering each
/// quasi-identifier once per distinct value.
pub(super) async fn prepare(
    pool: &Pool,
    vocab: &Vocabularies,
    filter: &CaseFilter,
    ids: &ExportIds,
    progress: &indicatif::ProgressBar,
) -> Result<Prepared, RecordError> {
    let mut dims = dimensions();
    let mut strings = Interner::default();
    let mut statuses = Vec::new();
    let mut kept = Vec::new();
    // Ladders climb the gazetteer and parse dates: once per distinct value, not per row.
    let mut places: HashMap<Option<String>, Vec<u32>> = HashMap::new();
    let mut births: HashMap<Option<i32>, Vec<u32>> = HashMap::new();
    let mut codes: [HashMap<Option<String>, Vec<u32>>; 3] = Default::default();
    let mut dates: [HashMap<Option<String>, Vec<u32>>; 2] = Default::default();
    let mut charge_sets: HashMap<String, Vec<u32>> = HashMap::new();
    let mut sentences: HashMap<Option<String>, Vec<u32>> = HashMap::new();
    let mut parsed: HashMap<String, Option<PartialDate>> = HashMap::new();
    let mut conn = pool.acquire().await?;
    crate::server::db::export_rows::each_export_row(
        &mut conn,
        filter,
        &dated_kinds(),
        |r| -> Result<(), RecordError> {
            let [d0, d1, d2, d3, d4, d5, d6, d7, d8] = &mut dims;
            let place = places.entry(r.last_location_id.clone()).or_insert_with(|| {
                d0.intern_ladder(place_ladder(vocab, r.last_location_id.as_deref()))
            });
            d0.push_ids(place);
            let birth = births
                .entry(r.birth_year)
                .or_insert_with(|| d1.intern_ladder(anonymize::birth_year_ladder(r.birth_year)));
            d1.push_ids(birth);
            for (i, (d, value)) in [(d2, &r.gender), (d3, &r.ethnicity), (d4, &r.occupation)]
                .into_iter()
                .enumerate()
            {
                let ladder = codes[i].entry(value.clone()).or_insert_with(|| {
                    d.intern_ladder(match i {
                        0 => vec![value.clone().unwrap_or_else(|| "*".into())],
                        1 => anonymize::ethnicity_ladder(value.as_deref()),
                        _ => anonymize::occupation_ladder(value.as_deref()),
                    })
                });
                d.push_ids(ladder);
            }
            let firsts = firsts(r.dated.as_deref(), &mut parsed);
            for (i, (d, text)) in [(d5, &firsts[0]), (d6, &firsts[1])].into_iter().enumerate() {
                let ladder = dates[i].entry(text.clone()).or_insert_with(|| {
                    let date = text
                        .as_deref()
                        .and_then(|t| parsed.get(t).copied().flatten());
                    d.intern_ladder(date_ladder(date.as_ref()))
                });
                d.push_ids(ladder);
            }
            let status = strings.id(&r.status);
            statuses.push(status);
            let id = ids.id(&r.id);
            let charges: Vec<&str> = facet(r.facet_values.as_deref(), "charge").collect();
            let ladder = charge_sets
                .entry(charges.join("|"))
                .or_insert_with(|| d7.intern_ladder(anonymize::charges_ladder(&charges)));
            d7.push_ids(ladder);
            let ladder = sentences.entry(r.sentence.clone()).or_insert_with(|| {
                d8.intern_ladder(anonymize::sentence_ladder(r.sentence.as_deref()))
            });
            d8.push_ids(ladder);
            kept.push(Kept {
                id: id.as_bytes()[2..18]
                    .try_into()
                    .expect("an id is X- and 16 letters"),
                status,
                verification: strings.id(&r.verification),
                charges: strings.id(&charges.join("|")),
                sentence: strings.id(r.sentence.as_deref().unwrap_or_default()),
                sources: u32::try_from(r.sources).unwrap_or(u32::MAX),
            });
            progress.inc(1);
            Ok(())
        },
    )
    .await?;
    Ok(Prepared {
        dataset: Dataset {
            dimensions: dims.into(),
            statuses,
        },
        kept,
        strings,
    })
}

/// Finds the generalization for a profile and the exporter's requirements. The aggregate report
/// releases no rows: its tables are counted at the profile's levels, and its cells are protected
/// by suppression instead.
pub fn anonymize(
    prepared: &Prepared,
    profile: Profile,
    req: &Requirements,
) -> Result<Outcome, Refusal> {
    if !profile.has_rows() {
        let levels = profile.floor().to_vec();
        return Ok(Outcome {
            loss: 0.0,
            suppressed: Vec::new(),
            achieved_k: 0,
            achieved_l: 0,
            levels,
        });
    }
    prepared.dataset.search_from(req, &profile.floor())
}
