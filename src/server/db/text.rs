//! Full-text search over each case's unencrypted text: its legal charges, alleged acts, facilities,
//! courts and "confirmed by", its event kinds, its places, and its sources' kinds, titles and
//! publishers — every coded value in all five UI languages, so a search in Kazakh, Russian, Uyghur
//! or Chinese finds the same cases. No sealed field is read: the index needs no key and holds
//! nothing that is not already unencrypted in the database.
//!
//! SQLite keeps it in an FTS5 table (`case_text_fts`, external content `case_text`); PostgreSQL in
//! a `tsvector` column with a GIN index. Every write that changes a case makes its row again, in
//! the same transaction; [`index_missing`] makes the rows of cases that have none (after this
//! migration, or a restore, since the index is not part of backups).

use super::rows::{CaseRow, DetentionRow, EventRow, SourceRow};
use super::{sql::Sql, Conn, Pool};
use crate::domain::vocab::{names, Labels, Vocabularies};
use anyhow::Context;
use std::collections::BTreeMap;

/// The most words a search uses.
pub const MAX_WORDS: usize = 8;
/// The longest word a search keeps (longer ones are cut).
const MAX_WORD_CHARS: usize = 64;

/// The words of a search as the index reads them: letters and digits, lowercased, at most
/// [`MAX_WORDS`]. Empty when nothing searchable was typed.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.chars()
                .take(MAX_WORD_CHARS)
                .collect::<String>()
                .to_lowercase()
        })
        .take(MAX_WORDS)
        .collect()
}

/// Adds "the case's text has every word of `text`, each as a prefix" to a filter (nothing when no
/// word was typed). The words are bound as one space-separated value, which each backend's SQL turns
/// into its query: FTS5's `"ghul"* "camp"*`, PostgreSQL's `ghul:* & camp:*` (words hold only letters
/// and digits, so neither syntax can be injected).
pub fn push_match(q: &mut Sql<'_>, text: &str) {
    let words = words(text);
    if words.is_empty() {
        return;
    }
    q.push_either(
        " AND c.id IN (SELECT t.case_id FROM case_text t INDEXED BY case_text_ids \
         JOIN case_text_fts ON case_text_fts.rowid = t.id WHERE 1 = 1",
        " AND c.id IN (SELECT t.case_id FROM case_text t WHERE 1 = 1",
    );
    push_words(q, "t", words);
    q.push(")");
}

/// ` FROM case_text c WHERE …` — the full-text rows (with their copy of the case's facet columns,
/// see migrations/0017_facet_counts.sql) of the cases whose text has every word of `text` (see
/// [`push_match`]; every row when no word was typed, but slower than reading `cases`).
pub fn push_matching_rows(q: &mut Sql<'_>, text: &str) {
    q.push_either(
        " FROM case_text c JOIN case_text_fts ON case_text_fts.rowid = c.id WHERE 1 = 1",
        " FROM case_text c WHERE 1 = 1",
    );
    let words = words(text);
    if !words.is_empty() {
        push_words(q, "c", words);
    }
}

/// `AND` the full-text row `row` holds every word.
fn push_words(q: &mut Sql<'_>, row: &str, words: Vec<String>) {
    q.push_either(
        " AND case_text_fts MATCH '\"' || replace(",
        &format!(" AND {row}.document @@ to_tsquery('simple', replace("),
    );
    q.bind(words.join(" "));
    q.push_either(", ' ', '\"* \"') || '\"*'", ", ' ', ':* & ') || ':*')");
}

fn all_labels(out: &mut Vec<String>, labels: &Labels) {
    for l in [&labels.en, &labels.kk, &labels.ru, &labels.ug, &labels.zh] {
        if !l.is_empty() && !out.contains(l) {
            out.push(l.clone());
        }
    }
}

#[derive(Default)]
struct Parts {
    codes: Vec<(&'static str, String)>,
    places: Vec<String>,
    text: Vec<String>,
    /// The case's values of the facets kept in other tables ("charge=extremism"), each once.
    facets: Vec<String>,
}

impl Parts {
    fn facet(&mut self, key: &str, value: &str) {
        let entry = format!("{key}={value}");
        if !self.facets.contains(&entry) {
            self.facets.push(entry);
        }
    }
}

/// The separator of the facet values kept on a case (`cases.facet_values`).
pub const FACET_SEPARATOR: char = ';';

/// The (key, value) pairs of a `facet_values` column ("charge=extremism;detained=2018").
pub fn facet_entries(values: &str) -> impl Iterator<Item = (&str, &str)> {
    values
        .split(FACET_SEPARATOR)
        .filter_map(|entry| entry.split_once('='))
}

#[derive(sqlx::FromRow)]
struct CasePlace {
    id: String,
    last_location_id: Option<String>,
}

#[derive(sqlx::FromRow)]
struct DetentionText {
    case_id: String,
    facility_kind: Option<String>,
    facility_name: Option<String>,
    location_id: Option<String>,
    alleged_act: Option<String>,
    legal_charge: Option<String>,
    court: Option<String>,
    confirmed_by: Option<String>,
}

#[derive(sqlx::FromRow)]
struct EventText {
    case_id: String,
    kind: String,
    location_id: Option<String>,
    date_sort: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SourceText {
    case_id: String,
    source_type: String,
    title: String,
    publisher: Option<String>,
    retracted_at: Option<String>,
}

impl Parts {
    fn detention(&mut self, d: DetentionText) {
        self.codes
            .extend(d.facility_kind.map(|k| (names::FACILITY_KIND, k)));
        if let Some(c) = &d.legal_charge {
            self.facet("charge", c);
        }
        self.codes
            .extend(d.legal_charge.map(|c| (names::LEGAL_CHARGE, c)));
        self.places.extend(d.location_id);
        self.text.extend(
            [d.facility_name, d.alleged_act, d.court, d.confirmed_by]
                .into_iter()
                .flatten(),
        );
    }

    fn event(&mut self, e: EventText) {
        if let (true, Some(year)) = (
            crate::domain::release::DETENTION_KINDS.contains(&e.kind.as_str()),
            e.date_sort.as_deref().and_then(|s| s.get(..4)),
        ) {
            self.facet("detained", year);
        }
        self.codes.push((names::EVENT_KIND, e.kind));
        self.places.extend(e.location_id);
    }

    fn source(&mut self, s: SourceText) {
        // A retracted source is still found by its words, but counts for no facet.
        if s.retracted_at.is_none() {
            self.facet("source_type", &s.source_type);
        }
        self.codes.push((names::SOURCE_TYPE, s.source_type));
        self.text.push(s.title);
        self.text.extend(s.publisher);
    }
}

/// What the text of each case is made of, read from its unencrypted columns.
async fn read_parts(conn: &mut Conn, case_ids: &[String]) -> sqlx::Result<BTreeMap<String, Parts>> {
    let mut parts: BTreeMap<String, Parts> = case_ids
        .iter()
        .map(|id| (id.clone(), Parts::default()))
        .collect();
    let list = |head: &str| {
        let mut q = Sql::new(head);
        q.bind_list(case_ids.iter().map(String::as_str));
        q
    };
    let cases: Vec<CasePlace> = list("SELECT id, last_location_id FROM cases WHERE id IN ")
        .fetch_all_in(&mut *conn)
        .await?;
    for c in cases {
        let p = parts.entry(c.id).or_default();
        p.places.extend(c.last_location_id);
    }
    let detentions: Vec<DetentionText> = list(
        "SELECT case_id, facility_kind, facility_name, location_id, alleged_act, legal_charge,
                court, confirmed_by FROM detentions WHERE case_id IN ",
    )
    .fetch_all_in(&mut *conn)
    .await?;
    for d in detentions {
        parts.entry(d.case_id.clone()).or_default().detention(d);
    }
    let events: Vec<EventText> =
        list("SELECT case_id, kind, location_id, date_sort FROM events WHERE case_id IN ")
            .fetch_all_in(&mut *conn)
            .await?;
    for e in events {
        parts.entry(e.case_id.clone()).or_default().event(e);
    }
    let sources: Vec<SourceText> =
        list("SELECT case_id, source_type, title, publisher, retracted_at FROM sources WHERE case_id IN ")
            .fetch_all_in(&mut *conn)
            .await?;
    for s in sources {
        parts.entry(s.case_id.clone()).or_default().source(s);
    }
    Ok(parts)
}

/// The rows of a new case, as they are about to be written: what [`CaseText::of_new`] reads
/// instead of reading them back.
pub struct NewCase<'a> {
    pub case: &'a CaseRow,
    pub detentions: &'a [DetentionRow],
    pub events: &'a [EventRow],
    pub sources: &'a [SourceRow],
}

/// A case's search text and the facet values kept on its row (`cases.facet_values`).
pub struct CaseText {
    pub case_id: String,
    pub body: String,
    pub facets: String,
}

impl CaseText {
    /// The text of a new case from its rows in memory: the same as [`refresh`] would read back
    /// once they are written. No I/O: an import makes it on its sealing threads.
    pub fn of_new(vocab: &Vocabularies, rows: &NewCase<'_>) -> CaseText {
        let mut p = Parts::default();
        p.places.extend(rows.case.last_location_id.clone());
        for d in rows.detentions {
            p.detention(d.into());
        }
        for e in rows.events {
            p.event(e.into());
        }
        for s in rows.sources {
            p.source(s.into());
        }
        compose_one(vocab, rows.case.id.clone(), p)
    }
}

/// The text columns of a detention about to be written, as [`read_parts`] reads them back.
impl From<&DetentionRow> for DetentionText {
    fn from(d: &DetentionRow) -> Self {
        Self {
            case_id: d.case_id.clone(),
            facility_kind: d.facility_kind.clone(),
            facility_name: d.facility_name.clone(),
            location_id: d.location_id.clone(),
            alleged_act: d.alleged_act.clone(),
            legal_charge: d.legal_charge.clone(),
            court: d.court.clone(),
            confirmed_by: d.confirmed_by.clone(),
        }
    }
}

impl From<&EventRow> for EventText {
    fn from(e: &EventRow) -> Self {
        Self {
            case_id: e.case_id.clone(),
            kind: e.kind.clone(),
            location_id: e.location_id.clone(),
            date_sort: e.date_sort.clone(),
        }
    }
}

impl From<&SourceRow> for SourceText {
    fn from(s: &SourceRow) -> Self {
        Self {
            case_id: s.case_id.clone(),
            source_type: s.source_type.clone(),
            title: s.title.clone(),
            publisher: s.publisher.clone(),
            retracted_at: s.retracted_at.clone(),
        }
    }
}

/// The text of each case and its facet values kept in other tables.
fn compose(vocab: &Vocabularies, parts: BTreeMap<String, Parts>) -> Vec<CaseText> {
    parts
        .into_iter()
        .map(|(id, p)| compose_one(vocab, id, p))
        .collect()
}

/// The text of case `id` and its facet values kept in other tables.
fn compose_one(vocab: &Vocabularies, id: String, mut p: Parts) -> CaseText {
    // In an order of their own, not the order the rows came in: the same rows make the same text
    // whether read back or still in memory.
    p.codes.sort();
    p.places.sort();
    p.text.sort();
    p.facets.sort();
    let mut words: Vec<String> = Vec::new();
    for (vocabulary, code) in &p.codes {
        if let Some(t) = vocab.terms(vocabulary).iter().find(|t| t.code == *code) {
            all_labels(&mut words, &t.label);
        }
    }
    for place in &p.places {
        // The place and the places it lies in: a county's cases are found by its prefecture.
        let mut at = vocab.location(place);
        while let Some(l) = at {
            all_labels(&mut words, &l.name);
            at = l.parent_id.as_deref().and_then(|p| vocab.location(p));
        }
    }
    for t in p.text {
        if !words.contains(&t) {
            words.push(t);
        }
    }
    // Lowercased here, not by the database: PostgreSQL's parser lowercases only ASCII under the C
    // locale, and searches lowercase what is typed.
    CaseText {
        case_id: id,
        body: words.join("\n").to_lowercase(),
        facets: p.facets.join(&FACET_SEPARATOR.to_string()),
    }
}

/// Makes the search rows of these cases again, inside the caller's transaction.
pub async fn refresh(
    conn: &mut Conn,
    vocab: &Vocabularies,
    case_ids: &[String],
) -> sqlx::Result<()> {
    // The kept facet counts lose these cases' old values and gain their new ones: one change
    // for all of them (cases share most pairs of values).
    let mut change = super::facets::FacetChange::default();
    // Batches keep each statement under the backends' limits on bound values.
    for chunk in case_ids.chunks(CHUNK) {
        let texts = compose(vocab, read_parts(conn, chunk).await?);
        change.add_cases(conn, chunk, -1).await?;
        let mut q = Sql::new("DELETE FROM case_text WHERE case_id IN ");
        q.bind_list(chunk.iter().map(String::as_str));
        q.execute(&mut *conn).await?;
        set_facet_values(conn, &texts).await?;
        write(conn, &texts, &mut change).await?;
    }
    change.apply(conn).await?;
    Ok(())
}

/// [`refresh`] for cases just inserted (intake, import), their texts made from their rows in
/// memory ([`CaseText::of_new`]): they have no search rows and count in no facet yet, so there is
/// nothing to read or take away first, and their rows were inserted with their facet values
/// (`CaseRow::facet_values`): rewriting a row later would also rewrite its entries in the four
/// indexes that carry the column.
pub async fn index_new(conn: &mut Conn, texts: &[CaseText]) -> sqlx::Result<()> {
    let mut change = super::facets::FacetChange::default();
    for chunk in texts.chunks(CHUNK) {
        write(conn, chunk, &mut change).await?;
    }
    change.apply(conn).await?;
    Ok(())
}

/// Sets the facet values kept in other tables on the case rows (see `counts_in_one_pass`).
async fn set_facet_values(conn: &mut Conn, texts: &[CaseText]) -> sqlx::Result<()> {
    let mut q = Sql::new("UPDATE cases SET facet_values = v.facets FROM (");
    q.push_either("SELECT column1 AS id, column2 AS facets FROM (", "");
    q.values(texts, |v, t| {
        v.bind(t.case_id.as_str()).bind(t.facets.as_str());
    });
    q.push_either(")) AS v", ") AS v (id, facets)");
    q.push(" WHERE v.id = cases.id");
    q.execute(&mut *conn).await?;
    Ok(())
}

/// Cases per statement: under the backends' limits on bound values.
const CHUNK: usize = 500;

/// Writes the search rows of cases that have none (their rows already hold their facet values),
/// and adds them to the facet counts' `change`.
async fn write(
    conn: &mut Conn,
    texts: &[CaseText],
    change: &mut super::facets::FacetChange,
) -> sqlx::Result<()> {
    // With a copy of the case's facet columns and facet values (see
    // migrations/0017_facet_counts.sql): the case row is written, with its facet values, before
    // this, in the same transaction.
    let mut q = Sql::new(
        "INSERT INTO case_text (case_id, body, status, last_prefecture_id, last_location_id, \
         disappearance_year, sentence_months_max, ethnicity, gender, verification, \
         facet_values) SELECT c.id, v.body, c.status, c.last_prefecture_id, \
         c.last_location_id, c.disappearance_year, c.sentence_months_max, c.ethnicity, \
         c.gender, c.verification, c.facet_values FROM (",
    );
    q.push_either("SELECT column1 AS id, column2 AS body FROM (", "");
    q.values(texts, |v, t| {
        v.bind(t.case_id.as_str()).bind(t.body.as_str());
    });
    q.push_either(")) AS v", ") AS v (id, body)");
    q.push(" JOIN cases c ON c.id = v.id");
    q.execute(&mut *conn).await?;
    let ids: Vec<String> = texts.iter().map(|t| t.case_id.clone()).collect();
    change.add_cases(conn, &ids, 1).await
}

/// Makes the search rows of every case that has none, in batches; returns how many.
pub async fn index_missing(pool: &Pool, vocab: &Vocabularies) -> anyhow::Result<u64> {
    let mut done = 0u64;
    loop {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT c.id FROM cases c WHERE c.facet_values IS NULL OR NOT EXISTS
                 (SELECT 1 FROM case_text t WHERE t.case_id = c.id)
             ORDER BY c.id LIMIT 2000",
        )
        .fetch_all(pool)
        .await
        .context("cannot find cases to index for search")?;
        if ids.is_empty() {
            return Ok(done);
        }
        let mut tx = crate::server::db::begin(pool).await.context("begin")?;
        refresh(&mut tx, vocab, &ids)
            .await
            .context("cannot index cases for search")?;
        tx.commit().await.context("commit")?;
        done += ids.len() as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_become_prefix_queries_of_plain_words() {
        let w = words("  Ghulja \"camp\" OR extrem*; 'NEAR(x)' ");
        assert_eq!(w, ["ghulja", "camp", "or", "extrem", "near", "x"]);
        assert!(words(" -- ** ").is_empty());
        assert_eq!(words("a b c d e f g h i j k").len(), MAX_WORDS);
        assert_eq!(words("伊宁 Құлжа"), ["伊宁", "құлжа"]);
    }
}
