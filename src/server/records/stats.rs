//! The statistics page: every figure counts the cases the current filters select, in SQL (no case
//! is opened: the figures use only unsealed columns), with small cells hidden from researchers.

use crate::domain::account::Role;
use crate::domain::case::{CaseFilter, SentenceRange};
use crate::domain::stats::{Bar, Chart, Count, Statistics};
use crate::domain::vocab::{names, Vocabularies};
use crate::i18n::{tr, Lang};
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::db::facets::{
    counts_over_selection, Grouping, DETENTION_SENTENCE_RANGE, YEAR_OF_EVENT,
};
use crate::server::db::Pool;
use crate::server::records::RecordError;

/// The figures for `filter`, as `actor` may see them: kept until a record changes (see
/// [`super::kept`]).
pub async fn statistics(
    cx: &Context,
    actor: &Actor,
    filter: &CaseFilter,
) -> Result<Statistics, RecordError> {
    let suppress = actor.role() == Role::Researcher;
    // The figures hold their titles and labels in words: kept per language, so that nobody is
    // served the words computed for a reader of another.
    let lang = crate::i18n::current();
    let key = super::kept::key_of(filter, &[&suppress, &lang]);
    let figures = cx
        .views
        .statistics
        .get_or(&cx.pool, key, || {
            compute(&cx.pool, &cx.vocab, suppress, filter, lang)
        })
        .await?;
    Ok(Statistics::clone(&figures))
}

/// The figures for `filter`, counted now, in `lang`; small counts hidden when `suppress`.
async fn compute(
    pool: &Pool,
    vocab: &Vocabularies,
    suppress: bool,
    filter: &CaseFilter,
    lang: Lang,
) -> Result<Statistics, RecordError> {
    let count = |n: i64| Count::of(n.max(0) as u64, suppress);
    // Every figure counts the same selection: one statement finds it once and counts them all.
    let sentence_value = format!("d.legal_charge || '|' || ({DETENTION_SENTENCE_RANGE})");
    let groupings = [
        Grouping::cases("c.status"),
        Grouping::cases("c.disappearance_year"),
        Grouping {
            value: YEAR_OF_EVENT,
            table: "events e",
            case_column: "e.case_id",
            condition: "AND e.kind IN ('camp', 'detention')",
        },
        Grouping::cases("c.last_prefecture_id"),
        Grouping {
            value: &sentence_value,
            table: "detentions d",
            case_column: "d.case_id",
            condition: "",
        },
        // What the last re-check found of each archived source's page.
        Grouping {
            value: "a.state",
            table: "source_archives a",
            case_column: "a.case_id",
            condition: "",
        },
    ];
    let (total, mut counted) = counts_over_selection(pool, filter, &groupings).await?;
    let total = i64::try_from(total).unwrap_or(i64::MAX);
    let archive_rows = counted.pop().unwrap_or_default();
    let sentence_rows = counted.pop().unwrap_or_default();
    let prefecture_rows = counted.pop().unwrap_or_default();
    let detention_rows = counted.pop().unwrap_or_default();
    let disappearance_rows = counted.pop().unwrap_or_default();
    let rows = counted.pop().unwrap_or_default();

    // Cases by status, in the vocabulary's order.
    let by_status = vocab
        .terms(names::CASE_STATUS)
        .iter()
        .filter_map(|t| {
            rows.iter()
                .find(|(code, _)| *code == t.code)
                .map(|(_, n)| Bar {
                    label: t.label.get(lang).to_string(),
                    count: count(*n),
                })
        })
        .collect();

    // Per year: disappearances (the case's year) and detentions (dated camp or detention events).
    let years = |rows: Vec<(String, i64)>| -> Vec<Bar> {
        let mut rows = rows;
        rows.sort();
        rows.into_iter()
            .map(|(year, n)| Bar {
                label: year,
                count: count(n),
            })
            .collect()
    };
    let disappearances = years(disappearance_rows);
    let detentions = years(detention_rows);

    // Cases by prefecture, most first.
    let mut rows = prefecture_rows;
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let by_prefecture = rows
        .into_iter()
        .map(|(id, n)| Bar {
            label: vocab
                .location(&id)
                .map(|l| l.name.get(lang).to_string())
                .unwrap_or(id),
            count: count(n),
        })
        .collect();

    let mut charts = vec![
        Chart {
            id: "status".into(),
            title: tr!(lang, "chart-status"),
            unit: tr!(lang, "chart-unit-cases"),
            bars: by_status,
        },
        Chart {
            id: "disappearances".into(),
            title: tr!(lang, "chart-disappearances"),
            unit: tr!(lang, "chart-unit-cases"),
            bars: disappearances,
        },
        Chart {
            id: "detentions".into(),
            title: tr!(lang, "chart-detentions"),
            unit: tr!(lang, "chart-unit-cases"),
            bars: detentions,
        },
        Chart {
            id: "prefectures".into(),
            title: tr!(lang, "chart-prefectures"),
            unit: tr!(lang, "chart-unit-cases"),
            bars: by_prefecture,
        },
    ];

    // Cited web pages that were archived, by what the last re-check found: the sources taken down.
    if !archive_rows.is_empty() {
        let n = |state: &str| {
            archive_rows
                .iter()
                .find(|(k, _)| k == state)
                .map_or(0, |(_, n)| *n)
        };
        charts.push(Chart {
            id: "sources-taken-down".into(),
            title: tr!(lang, "chart-sources"),
            unit: tr!(lang, "chart-unit-cases"),
            bars: vec![
                Bar {
                    label: tr!(lang, "chart-source-gone"),
                    count: count(n("gone")),
                },
                Bar {
                    label: tr!(lang, "chart-source-changed"),
                    count: count(n("changed")),
                },
                Bar {
                    label: tr!(lang, "chart-source-alive"),
                    count: count(n("alive")),
                },
            ],
        });
    }

    // Sentence lengths by legal charge: one histogram per charge with sentences on record.
    let rows = sentence_rows;
    for term in vocab.terms(names::LEGAL_CHARGE) {
        let bars: Vec<Bar> = SentenceRange::ALL
            .iter()
            .map(|range| {
                let key = format!("{}|{}", term.code, range.code());
                let n = rows.iter().find(|(k, _)| *k == key).map_or(0, |(_, n)| *n);
                Bar {
                    label: crate::domain::report::sentence_range_in(lang, *range),
                    count: count(n),
                }
            })
            .collect();
        if bars.iter().any(|b| b.count != Count::Exact(0)) {
            charts.push(Chart {
                id: format!("sentences-{}", term.code),
                title: tr!(lang, "chart-sentences", {"charge" => term.label.get(lang)}),
                unit: tr!(lang, "chart-unit-cases"),
                bars,
            });
        }
    }
    Ok(Statistics {
        total: count(total),
        charts,
        suppressed: suppress,
    })
}
