//! The case list: one page of list lines (names opened only where the reader may see them) and the
//! facet counts beside it.

use super::*;

/// A line of a case list.
pub(super) fn summary(
    vocab: &Vocabularies,
    row: CaseListRow,
    name: Option<Sensitive>,
    charges: &[(String, String)],
) -> Result<CaseSummary> {
    let id = parse_id(&row.id)?;
    let mut case_charges: Vec<String> = charges
        .iter()
        .filter(|(c, _)| *c == row.id)
        .map(|(_, code)| vocab.label(names::LEGAL_CHARGE, code))
        .collect();
    case_charges.dedup();
    Ok(CaseSummary {
        id,
        named: name.is_some(),
        display_name: name.unwrap_or_else(|| Sensitive::new(pseudonym(&id))),
        status: coded(vocab, names::CASE_STATUS, &row.status),
        gender: coded_opt(vocab, names::GENDER, row.gender.as_deref()),
        birth_year: row.birth_year,
        ethnicity: coded_opt(vocab, names::ETHNICITY, row.ethnicity.as_deref()),
        last_location: row
            .last_location_id
            .as_deref()
            .map(|l| vocab.location_path(l)),
        disappearance_year: row.disappearance_year,
        charges: case_charges,
        updated_at: row.updated_at,
    })
}

/// The facets of a selection, labelled and ordered, from (key, value, count) rows.
pub(super) fn facets(vocab: &Vocabularies, counts: Vec<(String, String, i64)>) -> Vec<Facet> {
    const FACETS: &[(&str, Option<&str>)] = &[
        ("status", Some(names::CASE_STATUS)),
        ("prefecture", None),
        ("place", None),
        ("charge", Some(names::LEGAL_CHARGE)),
        ("year", None),
        ("detained", None),
        ("sentence", None),
        ("ethnicity", Some(names::ETHNICITY)),
        ("gender", Some(names::GENDER)),
        ("verification", Some(names::VERIFICATION)),
        ("source_type", Some(names::SOURCE_TYPE)),
    ];
    FACETS
        .iter()
        .filter_map(|(key, vocabulary)| {
            let mut values: Vec<FacetValue> = counts
                .iter()
                .filter(|(k, ..)| k == key)
                .map(|(_, code, n)| FacetValue {
                    label: match (*key, vocabulary) {
                        (_, Some(v)) => vocab.label(v, code),
                        ("prefecture" | "place", _) => vocab.location_path(code),
                        ("sentence", _) => SentenceRange::parse(code)
                            .map(|r| r.label_in(crate::i18n::current()))
                            .unwrap_or_else(|| code.clone()),
                        _ => code.clone(),
                    },
                    code: code.clone(),
                    count: (*n).max(0) as u64,
                })
                .collect();
            if values.is_empty() {
                return None;
            }
            match *key {
                "year" => values.sort_by(|a, b| b.code.cmp(&a.code)),
                "sentence" => values.sort_by_key(|v| {
                    SentenceRange::ALL
                        .iter()
                        .position(|r| r.code() == v.code)
                        .unwrap_or(usize::MAX)
                }),
                _ => values.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label))),
            }
            Some(Facet {
                key: key.to_string(),
                label: crate::domain::case_filter::title_of(key, crate::i18n::current()),
                values,
            })
        })
        .collect()
}

/// One page of the case list with display names opened.
pub async fn list_cases(cx: &Context, actor: &Actor, filter: &CaseFilter) -> Result<CasePage> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    // The page (and its names) and the facet counts (with the total) are independent: side by side.
    let page = async {
        let rows = crate::server::db::case_list::list_cases(pool, filter).await?;
        summarize(cx, actor, rows).await
    };
    let counts = async {
        Ok::<_, RecordError>(
            crate::server::db::facets::facet_counts(pool, &cx.facets, filter).await?,
        )
    };
    let (items, counts) = futures_util::future::try_join(page, counts).await?;
    let total = crate::server::db::case_list::total_of(filter, &counts);
    Ok(CasePage {
        items,
        page: filter.page(),
        page_size: filter.page_size(),
        total,
        facets: facets(vocab, counts),
    })
}

/// The list lines of these cases, in the order given (unknown ids are left out), as `actor` may
/// see them: named where they may see names (each such read is logged), else under pseudonyms.
pub async fn summaries_of(cx: &Context, actor: &Actor, ids: &[String]) -> Result<Vec<CaseSummary>> {
    let pool = &cx.pool;
    let mut rows = crate::server::db::case_list::list_rows_by_ids(pool, ids).await?;
    rows.sort_by_key(|r| ids.iter().position(|i| *i == r.id));
    summarize(cx, actor, rows).await
}

/// List lines from list rows: names opened where the actor may see them, and those reads logged.
pub(super) async fn summarize(
    cx: &Context,
    actor: &Actor,
    rows: Vec<CaseListRow>,
) -> Result<Vec<CaseSummary>> {
    let (pool, keys, vocab) = (&cx.pool, &*cx.keys, &*cx.vocab);
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let charges = repo::charges_of(pool, &ids).await?;
    let owners: Vec<(String, Option<String>)> = rows
        .iter()
        .map(|r| (r.id.clone(), r.created_by.clone()))
        .collect();
    let mut conn = pool.acquire().await.context("acquire")?;
    let visible = access::sensitive_cases(&mut conn, &cx.clock, actor, &owners).await?;
    drop(conn);
    let mut items = Vec::with_capacity(rows.len());
    for row in rows {
        let name = if visible.contains(&row.id) {
            let id = parse_id(&row.id)?;
            let dek = keys.unwrap_data_key(id, &row.dek_wrapped)?;
            Some(dek.open(&FieldRef::of(id, "cases.name"), &row.name_sealed)?)
        } else {
            None
        };
        items.push(summary(vocab, row, name, &charges)?);
    }
    let shown: Vec<String> = items
        .iter()
        .filter(|i| i.named)
        .map(|i| i.id.to_string())
        .collect();
    log_reads(cx, actor, &shown).await?;
    Ok(items)
}

pub use crate::server::db::case_list::Position;

/// Cases in the case list's order after a [`Position`], with the selection's facets: the read
/// API's keyset form of [`list_cases`].
#[derive(Clone, Debug)]
pub struct CaseSlice {
    pub items: Vec<CaseSummary>,
    /// Where the next slice starts; `None` after the last case.
    pub next: Option<Position>,
    /// How many cases the filter selects.
    pub total: u64,
    pub facets: Vec<Facet>,
}

/// Up to `limit` list lines after `after`, in the filter's order, as `actor` may see them (named
/// where they may see names, each such read logged as on the page), with the facets of the
/// selection as the page counts them.
pub async fn list_cases_after(
    cx: &Context,
    actor: &Actor,
    filter: &CaseFilter,
    after: Option<&Position>,
    limit: u32,
) -> Result<CaseSlice> {
    let (pool, vocab) = (&cx.pool, &*cx.vocab);
    let sort = Sort::parse(filter.sort.as_deref());
    let page = async {
        // One more than asked tells whether another slice follows.
        let mut rows =
            crate::server::db::case_list::list_after(pool, filter, after, limit + 1).await?;
        let more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let next = more
            .then(|| rows.last().map(|r| r.position(sort)))
            .flatten();
        let items = summarize(cx, actor, rows.into_iter().map(|r| r.row).collect()).await?;
        Ok::<_, RecordError>((items, next))
    };
    let counts = async {
        Ok::<_, RecordError>(
            crate::server::db::facets::facet_counts(pool, &cx.facets, filter).await?,
        )
    };
    let ((items, next), counts) = futures_util::future::try_join(page, counts).await?;
    Ok(CaseSlice {
        items,
        next,
        total: crate::server::db::case_list::total_of(filter, &counts),
        facets: facets(vocab, counts),
    })
}
