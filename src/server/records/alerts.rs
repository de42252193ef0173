//! The sentence clock's advocacy alert: cases whose every plausible release day has passed with no
//! news of the person (proof of life, contact, release or death) recorded since. Computed from
//! unsealed columns only (sentences, event kinds and dates); names are opened only for the page of
//! cases shown, as the list does.

use crate::domain::case::{CaseFilter, ReleaseAlert, ReleaseAlerts};
use crate::domain::release::{self, ExpectedRelease, NEWS_KINDS};
use crate::domain::sentence::SentenceLength;
use crate::domain::vocab::names;
use crate::domain::PartialDate;
use crate::server::auth::access::Actor;
use crate::server::context::Context;
use crate::server::db::Pool;
use crate::server::records::{self, RecordError};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// One case's overdue sentence, before its list line is made.
#[derive(Debug, Clone, PartialEq)]
pub struct Overdue {
    pub case_id: String,
    pub sentence: SentenceLength,
    pub expected: ExpectedRelease,
    /// The last news of the person (before the release window), with its kind.
    pub last_news: Option<(String, PartialDate)>,
}

/// Every alert among the cases `filter` selects, as of `today`: the longest-overdue first.
pub async fn overdue(
    pool: &Pool,
    filter: &CaseFilter,
    today: NaiveDate,
) -> Result<Vec<Overdue>, RecordError> {
    let (sentences, events) =
        crate::server::db::export_rows::sentence_clock_rows(pool, filter).await?;
    let mut by_case: BTreeMap<&str, Vec<(&str, PartialDate)>> = BTreeMap::new();
    for (case, kind, date) in &events {
        if let Ok(d) = PartialDate::parse(date) {
            by_case.entry(case).or_default().push((kind, d));
        }
    }
    let mut out: Vec<Overdue> = Vec::new();
    let mut listed: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (case, months, conviction) in &sentences {
        let Ok(months) = u32::try_from(*months) else {
            continue;
        };
        let sentence = SentenceLength::Months(months);
        let empty = Vec::new();
        let dated = by_case.get(case.as_str()).unwrap_or(&empty);
        let detained = release::detained_on(dated.iter().map(|(k, d)| (*k, Some(d))));
        let convicted = conviction
            .as_deref()
            .and_then(|c| PartialDate::parse(c).ok());
        let Some(expected) =
            release::expected_release(sentence, detained.as_ref(), convicted.as_ref())
        else {
            continue;
        };
        let news: Vec<(&str, PartialDate)> = dated
            .iter()
            .filter(|(k, _)| NEWS_KINDS.contains(k))
            .map(|(k, d)| (*k, *d))
            .collect();
        let dates: Vec<PartialDate> = news.iter().map(|(_, d)| *d).collect();
        if !release::release_alert(&expected, today, &dates) {
            continue;
        }
        // A case with several overdue sentences is listed once, with the one that ended first.
        let last_news = news
            .iter()
            .max_by_key(|(_, d)| d.sort_key())
            .map(|(k, d)| (k.to_string(), *d));
        let candidate = Overdue {
            case_id: case.clone(),
            sentence,
            expected,
            last_news,
        };
        match listed.get(case.as_str()) {
            Some(&i) if latest(&candidate.expected) < latest(&out[i].expected) => {
                out[i] = candidate
            }
            Some(_) => {}
            None => {
                listed.insert(case, out.len());
                out.push(candidate);
            }
        }
    }
    out.sort_by(|a, b| {
        latest(&a.expected)
            .cmp(&latest(&b.expected))
            .then(a.case_id.cmp(&b.case_id))
    });
    Ok(out)
}

fn latest(e: &ExpectedRelease) -> Option<NaiveDate> {
    match e {
        ExpectedRelease::Between { latest, .. } => *latest,
        ExpectedRelease::Never => None,
    }
}

/// One page of the alert list, as `actor` may see it; the overdue cases of the selection are kept
/// until a record changes or the day does (see [`super::kept`]).
pub async fn release_alerts(
    cx: &Context,
    actor: &Actor,
    filter: &CaseFilter,
) -> Result<ReleaseAlerts, RecordError> {
    let today = cx.clock.now().date_naive();
    let key = super::kept::key_of(filter, &[&today]);
    let all = cx
        .views
        .overdue
        .get_or(&cx.pool, key, || overdue(&cx.pool, filter, today))
        .await?;
    let size = filter.page_size() as usize;
    let start = (filter.page() as usize - 1).saturating_mul(size);
    let shown: Vec<&Overdue> = all.iter().skip(start).take(size).collect();
    let items = alert_lines(cx, actor, shown, today).await?;
    Ok(ReleaseAlerts {
        items,
        total: all.len() as u64,
        page: filter.page(),
        page_size: filter.page_size(),
        as_of: crate::i18n::dates::day(
            crate::i18n::current(),
            today.year(),
            today.month(),
            today.day(),
        ),
    })
}

/// The alert lines of these overdue cases, in order, as `actor` may see them (named where they
/// may see names, each such read logged, as the list does).
async fn alert_lines(
    cx: &Context,
    actor: &Actor,
    shown: Vec<&Overdue>,
    today: NaiveDate,
) -> Result<Vec<ReleaseAlert>, RecordError> {
    let vocab = &*cx.vocab;
    let ids: Vec<String> = shown.iter().map(|o| o.case_id.clone()).collect();
    let summaries = records::summaries_of(cx, actor, &ids).await?;
    Ok(shown
        .into_iter()
        .filter_map(|o| {
            let case = summaries
                .iter()
                .find(|s| s.id.to_string() == o.case_id)?
                .clone();
            let overdue_since = latest(&o.expected)?;
            Some(ReleaseAlert {
                case,
                sentence: o.sentence.words(crate::i18n::current()),
                expected: o.expected.clone(),
                years_overdue: f64::from(
                    i32::try_from((today - overdue_since).num_days()).unwrap_or(i32::MAX),
                ) / 365.25,
                last_news: o
                    .last_news
                    .as_ref()
                    .map(|(kind, date)| (vocab.label(names::EVENT_KIND, kind), *date)),
            })
        })
        .collect())
}

/// Where a slice of the alert list ended: its last case's last plausible release day and id (the
/// list's order).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AlertPosition {
    pub latest: Option<NaiveDate>,
    pub case_id: String,
}

/// Alert lines after an [`AlertPosition`]: the read API's keyset form of [`release_alerts`].
#[derive(Clone, Debug)]
pub struct AlertSlice {
    pub items: Vec<ReleaseAlert>,
    /// Where the next slice starts; `None` after the last alert.
    pub next: Option<AlertPosition>,
    pub total: u64,
    /// The day the clock was read (the server's today).
    pub as_of: NaiveDate,
}

/// Up to `limit` alerts after `after`, longest overdue first, as `actor` may see them.
pub async fn release_alerts_after(
    cx: &Context,
    actor: &Actor,
    filter: &CaseFilter,
    after: Option<&AlertPosition>,
    limit: u32,
) -> Result<AlertSlice, RecordError> {
    let today = cx.clock.now().date_naive();
    let key = super::kept::key_of(filter, &[&today]);
    let all = cx
        .views
        .overdue
        .get_or(&cx.pool, key, || overdue(&cx.pool, filter, today))
        .await?;
    let place = |o: &Overdue| (latest(&o.expected), o.case_id.clone());
    let rest: Vec<&Overdue> = all
        .iter()
        .filter(|o| after.is_none_or(|a| place(o) > (a.latest, a.case_id.clone())))
        .collect();
    let more = rest.len() > limit as usize;
    let shown: Vec<&Overdue> = rest.into_iter().take(limit as usize).collect();
    let next = match (more, shown.last()) {
        (true, Some(last)) => Some(AlertPosition {
            latest: latest(&last.expected),
            case_id: last.case_id.clone(),
        }),
        _ => None,
    };
    Ok(AlertSlice {
        items: alert_lines(cx, actor, shown, today).await?,
        next,
        total: all.len() as u64,
        as_of: today,
    })
}
