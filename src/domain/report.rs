//! The tables of an export's report (and of the aggregate profile): counts of the exported cases
//! by place and status, by year, by charge and sentence, by ethnicity and gender, each with its
//! small and derivable cells suppressed by the rules of [`super::aggregate`].

use super::aggregate::{Grid, Suppressed};
use super::case::SentenceRange;
use super::stats::{Bar, Chart, Count};
use crate::i18n::{tr, Lang};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// What one exported case adds to the tables, as exported (generalized) values.
pub struct TallyRow<'a> {
    /// Status code.
    pub status: &'a str,
    /// Prefecture (or coarser) gazetteer id, or `*`.
    pub prefecture: &'a str,
    /// The year (or coarser) of the first disappearance and detention, or `*`.
    pub disappeared: &'a str,
    pub detained: &'a str,
    /// Legal charge codes.
    pub charges: &'a [&'a str],
    /// Sentence range code.
    pub sentence: Option<&'a str>,
    /// Ethnic group (grouped) and gender, or `*`.
    pub ethnicity: &'a str,
    pub gender: &'a str,
}

/// Counts as the rows of an export pass by.
#[derive(Default)]
pub struct Tally {
    rows: u64,
    place_status: HashMap<(String, String), u64>,
    years: [BTreeMap<String, u64>; 2],
    charge_sentence: HashMap<(String, String), u64>,
    people: HashMap<(String, String), u64>,
}

// The tables' words come twice: in English with the codes, for the export's data file (tables.csv
// or tables.json keep stable codes and English labels, whoever made the export), and in the
// reader's language ([`Table::read`]), for the printable report.

/// The label of the column of cases with no single year.
pub const NO_YEAR: &str = "unknown or spanning years";
/// The row of cases with no recorded charge.
pub const NO_CHARGE: &str = "none recorded";
/// The column of cases with no recorded sentence.
pub const NO_SENTENCE: &str = "none recorded";
/// The label of a hidden or unknown value.
pub const UNKNOWN: &str = "unknown or hidden";

/// Labels for the codes in the tables, in a language.
pub trait Labels {
    fn status(&self, code: &str, lang: Lang) -> String;
    fn place(&self, id: &str, lang: Lang) -> String;
    fn charge(&self, code: &str, lang: Lang) -> String;
    fn gender(&self, code: &str, lang: Lang) -> String;
    /// Statuses and charges in their vocabulary's order.
    fn status_order(&self) -> Vec<String>;
    fn charge_order(&self) -> Vec<String>;
}

impl Tally {
    pub fn rows(&self) -> u64 {
        self.rows
    }

    /// Counts `n` rows alike.
    pub fn add(&mut self, row: &TallyRow<'_>, n: u64) {
        self.rows += n;
        *self
            .place_status
            .entry((row.prefecture.to_string(), row.status.to_string()))
            .or_default() += n;
        for (i, date) in [row.disappeared, row.detained].into_iter().enumerate() {
            let year = if date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit()) {
                date.to_string()
            } else {
                NO_YEAR.to_string()
            };
            *self.years[i].entry(year).or_default() += n;
        }
        let sentence = row.sentence.unwrap_or(NO_SENTENCE).to_string();
        if row.charges.is_empty() {
            *self
                .charge_sentence
                .entry((NO_CHARGE.to_string(), sentence))
                .or_default() += n;
        } else {
            for charge in row.charges {
                *self
                    .charge_sentence
                    .entry((charge.to_string(), sentence.clone()))
                    .or_default() += n;
            }
        }
        *self
            .people
            .entry((row.ethnicity.to_string(), row.gender.to_string()))
            .or_default() += n;
    }

    /// The tables, small and derivable cells suppressed below `threshold`, with their words in
    /// the language of what is being done too ([`crate::i18n::current`]: an export made on the
    /// web runs in its requester's language).
    pub fn tables(&self, labels: &dyn Labels, threshold: u64) -> Vec<Table> {
        self.tables_in(labels, threshold, crate::i18n::current())
    }

    /// The tables, small and derivable cells suppressed below `threshold`: labelled in English
    /// (the data file) and in `lang` (the printable report).
    pub fn tables_in(&self, labels: &dyn Labels, threshold: u64, lang: Lang) -> Vec<Table> {
        let mut tables = Vec::new();
        let en = Lang::En;

        // Place × status, both margins: the status chart is its bottom row, the place chart its
        // last column.
        let statuses = ordered(
            labels.status_order(),
            self.place_status.keys().map(|k| &k.1),
        );
        let mut places: Vec<&String> = unique(self.place_status.keys().map(|k| &k.0));
        places.sort_by_key(|p| (p.as_str() == "*", labels.place(p, en)));
        let words = |lang: Lang| TableWords {
            lang,
            title: tr!(lang, "report-table-place-status"),
            row_heading: tr!(lang, "report-table-prefecture"),
            rows: places
                .iter()
                .map(|p| label_or_unknown(lang, p, |p| labels.place(p, lang)))
                .collect(),
            columns: statuses.iter().map(|s| labels.status(s, lang)).collect(),
        };
        tables.push(Table::build(
            "place_status",
            words(en),
            words(lang),
            |r, c| cross_count(&self.place_status, places[r], &statuses[c]),
            (true, true),
            threshold,
        ));

        // Years: disappearances and detentions, a row each (a case counts in both rows, so only
        // the rows add up).
        let mut years: Vec<&String> = unique(self.years.iter().flat_map(|y| y.keys()));
        years.sort_by_key(|y| (y.as_str() == NO_YEAR, y.to_string()));
        let words = |lang: Lang| TableWords {
            lang,
            title: tr!(lang, "report-table-years"),
            row_heading: tr!(lang, "report-table-event"),
            rows: vec![
                tr!(lang, "report-table-disappearance"),
                tr!(lang, "report-table-detention"),
            ],
            columns: years
                .iter()
                .map(|y| {
                    if y.as_str() == NO_YEAR {
                        tr!(lang, "report-no-year")
                    } else {
                        y.to_string()
                    }
                })
                .collect(),
        };
        tables.push(Table::build(
            "years",
            words(en),
            words(lang),
            |r, c| self.years[r].get(years[c]).copied().unwrap_or(0),
            (true, false),
            threshold,
        ));

        // Charge × sentence: a case with two charges counts in two rows, so only the rows add up.
        let mut charges = ordered(
            labels.charge_order(),
            self.charge_sentence.keys().map(|k| &k.0),
        );
        if self.charge_sentence.keys().any(|k| k.0 == NO_CHARGE) {
            charges.push(NO_CHARGE.to_string());
        }
        let sentences: Vec<String> = crate::domain::case::SentenceRange::ALL
            .iter()
            .map(|r| r.code().to_string())
            .chain([NO_SENTENCE.to_string()])
            .filter(|s| self.charge_sentence.keys().any(|k| &k.1 == s))
            .collect();
        let words = |lang: Lang| TableWords {
            lang,
            title: tr!(lang, "report-table-charge-sentence"),
            row_heading: tr!(lang, "report-table-charge"),
            rows: charges
                .iter()
                .map(|c| {
                    if c == NO_CHARGE {
                        none_recorded(lang)
                    } else {
                        labels.charge(c, lang)
                    }
                })
                .collect(),
            columns: sentences
                .iter()
                .map(|s| match SentenceRange::parse(s) {
                    Some(r) => sentence_range_in(lang, r),
                    None if s == NO_SENTENCE => none_recorded(lang),
                    None => s.clone(),
                })
                .collect(),
        };
        tables.push(Table::build(
            "charge_sentence",
            words(en),
            words(lang),
            |r, c| cross_count(&self.charge_sentence, &charges[r], &sentences[c]),
            (true, false),
            threshold,
        ));

        // Ethnic group × gender, both margins.
        let mut groups: Vec<&String> = unique(self.people.keys().map(|k| &k.0));
        groups.sort_by_key(|g| (g.as_str() == "*", g.to_string()));
        let mut genders: Vec<&String> = unique(self.people.keys().map(|k| &k.1));
        genders.sort_by_key(|g| (g.as_str() == "*", g.to_string()));
        let words = |lang: Lang| TableWords {
            lang,
            title: tr!(lang, "report-table-people"),
            row_heading: tr!(lang, "report-table-ethnic-group"),
            rows: groups
                .iter()
                .map(|g| label_or_unknown(lang, g, |g| ethnic_group_in(lang, g)))
                .collect(),
            columns: genders
                .iter()
                .map(|g| label_or_unknown(lang, g, |g| labels.gender(g, lang)))
                .collect(),
        };
        tables.push(Table::build(
            "people",
            words(en),
            words(lang),
            |r, c| cross_count(&self.people, groups[r], genders[c]),
            (true, true),
            threshold,
        ));
        tables
    }
}

/// The count of one cell of a cross-tabulation keyed by (row code, column code).
fn cross_count(counts: &HashMap<(String, String), u64>, row: &str, column: &str) -> u64 {
    counts
        .get(&(row.to_string(), column.to_string()))
        .copied()
        .unwrap_or(0)
}

fn label_or_unknown(lang: Lang, code: &str, label: impl Fn(&str) -> String) -> String {
    if code != "*" {
        label(code)
    } else if lang == Lang::En {
        UNKNOWN.to_string()
    } else {
        tr!(lang, "report-unknown")
    }
}

/// "none recorded" (a charge or sentence) in `lang`: the constant itself in English.
fn none_recorded(lang: Lang) -> String {
    if lang == Lang::En {
        NO_CHARGE.to_string()
    } else {
        tr!(lang, "report-none-recorded")
    }
}

/// A sentence range in `lang` (in English, as [`SentenceRange::label`] says it).
pub fn sentence_range_in(lang: Lang, range: SentenceRange) -> String {
    match range {
        SentenceRange::UnderFive => tr!(lang, "report-sentence-lt5"),
        SentenceRange::FiveToTen => tr!(lang, "report-sentence-5-10"),
        SentenceRange::TenToTwenty => tr!(lang, "report-sentence-10-20"),
        SentenceRange::TwentyOrMore => tr!(lang, "report-sentence-20plus"),
        SentenceRange::Life => tr!(lang, "report-sentence-life"),
    }
}

/// A group of ethnicities (as [`super::anonymize::ethnicity_group`] names it) in `lang`; a
/// specific ethnicity's code as it is.
fn ethnic_group_in(lang: Lang, group: &str) -> String {
    match group {
        _ if lang == Lang::En => group.to_string(),
        "turkic" => tr!(lang, "report-group-turkic"),
        "other minority" => tr!(lang, "report-group-other-minority"),
        "han" => tr!(lang, "report-group-han"),
        "other" => tr!(lang, "report-group-other"),
        _ => group.to_string(),
    }
}

fn unique<'a>(values: impl Iterator<Item = &'a String>) -> Vec<&'a String> {
    let mut seen: Vec<&String> = values.collect();
    seen.sort();
    seen.dedup();
    seen
}

/// The codes present, in the vocabulary's order (codes it lacks last).
fn ordered<'a>(order: Vec<String>, present: impl Iterator<Item = &'a String>) -> Vec<String> {
    let present = unique(present);
    let mut out: Vec<String> = order.into_iter().filter(|c| present.contains(&c)).collect();
    for p in present {
        if !out.contains(p) && p != NO_CHARGE {
            out.push(p.clone());
        }
    }
    out
}

/// One table of the report: labelled rows and columns of counts, with what is suppressed. The
/// labels are English, for the data file; [`Table::read`] has them in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub id: String,
    pub title: String,
    pub row_heading: String,
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub grid: Grid,
    pub hidden: Suppressed,
    /// The same words in the language of the one who made the export, for the printable report.
    #[serde(default)]
    pub read: TableWords,
}

/// A table's words in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableWords {
    pub lang: Lang,
    pub title: String,
    pub row_heading: String,
    pub rows: Vec<String>,
    pub columns: Vec<String>,
}

impl Table {
    /// A table with the given words (English, and the reader's), `count(row, column)` in each
    /// cell.
    fn build(
        id: &str,
        english: TableWords,
        read: TableWords,
        count: impl Fn(usize, usize) -> u64,
        (row_totals, col_totals): (bool, bool),
        threshold: u64,
    ) -> Table {
        let TableWords {
            title,
            row_heading,
            rows,
            columns,
            ..
        } = english;
        let (n_rows, n_cols) = (rows.len(), columns.len());
        let cells = (0..n_rows)
            .flat_map(|r| (0..n_cols).map(move |c| (r, c)))
            .map(|(r, c)| count(r, c))
            .collect();
        let grid = Grid::new(n_rows, n_cols, cells, row_totals, col_totals);
        let hidden = grid.suppress(threshold);
        Table {
            id: id.into(),
            title,
            row_heading,
            rows,
            columns,
            grid,
            hidden,
            read,
        }
    }

    fn shown(&self, n: u64, hidden: bool) -> Count {
        if hidden {
            Count::Suppressed
        } else {
            Count::Exact(n)
        }
    }

    pub fn cell(&self, r: usize, c: usize) -> Count {
        let i = r * self.grid.cols + c;
        self.shown(self.grid.cells[i], self.hidden.cells[i])
    }

    /// A row's total, when the table publishes it.
    pub fn row_total(&self, r: usize) -> Option<Count> {
        self.grid
            .row_totals
            .then(|| self.shown(self.grid.row_total(r), self.hidden.row_totals[r]))
    }

    /// A column's total, when the table publishes it.
    pub fn col_total(&self, c: usize) -> Option<Count> {
        self.grid
            .col_totals
            .then(|| self.shown(self.grid.col_total(c), self.hidden.col_totals[c]))
    }

    pub fn grand_total(&self) -> Option<Count> {
        (self.grid.row_totals && self.grid.col_totals)
            .then(|| self.shown(self.grid.grand_total(), self.hidden.grand_total))
    }

    /// How many published entries (cells and totals) are suppressed.
    pub fn suppressed(&self) -> usize {
        self.hidden.count()
    }

    /// Every published entry as (row label, column label, count), totals as "total".
    pub fn entries(&self) -> Vec<(String, String, Count)> {
        let mut out = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            for (c, col) in self.columns.iter().enumerate() {
                out.push((row.clone(), col.clone(), self.cell(r, c)));
            }
            if let Some(t) = self.row_total(r) {
                out.push((row.clone(), "total".into(), t));
            }
        }
        for (c, col) in self.columns.iter().enumerate() {
            if let Some(t) = self.col_total(c) {
                out.push(("total".into(), col.clone(), t));
            }
        }
        if let Some(t) = self.grand_total() {
            out.push(("total".into(), "total".into(), t));
        }
        out
    }

    /// The table's words in the reader's language (English where it has none).
    pub fn words(&self) -> TableWords {
        if self.read.rows.len() == self.rows.len() && self.read.columns.len() == self.columns.len()
        {
            self.read.clone()
        } else {
            TableWords {
                lang: Lang::En,
                title: self.title.clone(),
                row_heading: self.row_heading.clone(),
                rows: self.rows.clone(),
                columns: self.columns.clone(),
            }
        }
    }

    /// Each column's label (in `words`) with its total, where the table publishes it.
    fn labelled_column_totals(&self, words: &TableWords) -> Vec<(String, Count)> {
        (0..self.columns.len())
            .filter_map(|c| Some((words.columns[c].clone(), self.col_total(c)?)))
            .collect()
    }

    /// Each row's label (in `words`) with its total, where the table publishes it.
    fn labelled_row_totals(&self, words: &TableWords) -> Vec<(String, Count)> {
        (0..self.rows.len())
            .filter_map(|r| Some((words.rows[r].clone(), self.row_total(r)?)))
            .collect()
    }

    /// The cells of row `r`, each with its column's label (in `words`).
    fn labelled_row(&self, words: &TableWords, r: usize) -> Vec<(String, Count)> {
        (0..self.columns.len())
            .map(|c| (words.columns[c].clone(), self.cell(r, c)))
            .collect()
    }

    /// The bar charts drawn from this table for the report (in the reader's language): a bar for
    /// each nonzero count.
    pub fn charts(&self) -> Vec<Chart> {
        let words = self.words();
        let lang = words.lang;
        let chart = |id: &str, title: String, items: Vec<(String, Count)>| Chart {
            id: id.into(),
            title,
            unit: tr!(lang, "report-unit-cases"),
            bars: items
                .into_iter()
                .filter(|(_, c)| *c != Count::Exact(0))
                .map(|(label, count)| Bar { label, count })
                .collect(),
        };
        match self.id.as_str() {
            "place_status" => vec![
                chart(
                    "status",
                    tr!(lang, "report-chart-status"),
                    self.labelled_column_totals(&words),
                ),
                chart(
                    "prefecture",
                    tr!(lang, "report-chart-prefecture"),
                    self.labelled_row_totals(&words),
                ),
            ],
            "years" => vec![
                chart(
                    "disappearances",
                    tr!(lang, "report-chart-disappearances"),
                    self.labelled_row(&words, 0),
                ),
                chart(
                    "detentions",
                    tr!(lang, "report-chart-detentions"),
                    self.labelled_row(&words, 1),
                ),
            ],
            "charge_sentence" => vec![chart(
                "sentences",
                tr!(lang, "report-chart-sentences"),
                (0..self.rows.len())
                    .filter(|&r| self.rows[r] != NO_CHARGE)
                    .flat_map(|r| {
                        let words = &words;
                        (0..self.columns.len())
                            .filter(|&c| self.columns[c] != NO_SENTENCE)
                            .map(move |c| {
                                (
                                    format!("{} · {}", words.rows[r], words.columns[c]),
                                    self.cell(r, c),
                                )
                            })
                    })
                    .collect(),
            )],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;
    impl Labels for Plain {
        fn status(&self, code: &str, _: Lang) -> String {
            code.to_uppercase()
        }
        fn place(&self, id: &str, _: Lang) -> String {
            format!("place {id}")
        }
        fn charge(&self, code: &str, _: Lang) -> String {
            code.replace('_', " ")
        }
        fn gender(&self, code: &str, _: Lang) -> String {
            code.to_string()
        }
        fn status_order(&self) -> Vec<String> {
            vec!["missing".into(), "sentenced".into()]
        }
        fn charge_order(&self) -> Vec<String> {
            vec!["extremism".into()]
        }
    }

    #[test]
    fn the_data_keeps_english_words_and_the_report_reads_in_the_exporter_s_language() {
        let mut t = Tally::default();
        t.add(&row("missing", "*", &[]), 12);
        let russian = Lang::Ru;
        let tables = t.tables_in(&Plain, 5, russian);
        let place = &tables[0];
        assert_eq!(place.title, "Cases by prefecture and status");
        assert_eq!(place.rows, vec![UNKNOWN]);
        assert_eq!(place.read.lang, Lang::Ru);
        assert_eq!(place.read.title, tr!(russian, "report-table-place-status"));
        assert_eq!(place.read.rows, vec![tr!(russian, "report-unknown")]);
        assert_ne!(place.read.title, place.title);
        let years = &tables[1];
        assert_eq!(years.rows, vec!["Disappearance", "Detention or camp"]);
        assert_eq!(years.read.columns[1], tr!(russian, "report-no-year"));
        let charts: Vec<Chart> = tables.iter().flat_map(Table::charts).collect();
        assert!(charts
            .iter()
            .all(|c| c.unit == tr!(russian, "report-unit-cases")));
        // A table read back without its words (an older file) falls back on English.
        let bare = Table {
            read: TableWords::default(),
            ..place.clone()
        };
        assert_eq!(bare.words().title, place.title);
    }

    fn row<'a>(status: &'a str, place: &'a str, charges: &'a [&'a str]) -> TallyRow<'a> {
        TallyRow {
            status,
            prefecture: place,
            disappeared: "2017",
            detained: "2017–2018",
            charges,
            sentence: (!charges.is_empty()).then_some("10-20"),
            ethnicity: "turkic",
            gender: "female",
        }
    }

    #[test]
    fn tables_count_every_row_and_hide_small_cells() {
        let mut t = Tally::default();
        t.add(&row("missing", "p1", &[]), 12);
        t.add(&row("sentenced", "p1", &["extremism"]), 7);
        for _ in 0..9 {
            t.add(&row("missing", "p2", &[]), 1);
        }
        t.add(&row("sentenced", "p2", &["extremism", "separatism"]), 2);
        let tables = t.tables(&Plain, 5);
        let place = &tables[0];
        assert_eq!(place.columns, vec!["MISSING", "SENTENCED"]);
        assert_eq!(place.rows, vec!["place p1", "place p2"]);
        assert_eq!(place.grand_total(), Some(Count::Exact(30)));
        // p2 has 2 sentenced cases: hidden, and with it the cells it could be worked out from
        // (its row, its column, and the fourth corner); the totals stay.
        for (r, c) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
            assert_eq!(place.cell(r, c), Count::Suppressed);
        }
        assert_eq!(place.row_total(1), Some(Count::Exact(11)));
        assert_eq!(place.col_total(1), Some(Count::Exact(9)));
        assert_eq!(place.suppressed(), 4);
        let years = &tables[1];
        assert_eq!(years.columns, vec!["2017", NO_YEAR]);
        assert_eq!(years.cell(0, 0), Count::Exact(30));
        assert_eq!(years.cell(1, 1), Count::Exact(30));
        let charges = &tables[2];
        assert_eq!(charges.rows, vec!["extremism", "separatism", NO_CHARGE]);
        assert_eq!(charges.row_total(0), Some(Count::Exact(9)));
        assert_eq!(charges.row_total(1), Some(Count::Suppressed));
        assert!(charges
            .entries()
            .iter()
            .all(|(_, _, c)| !matches!(c, Count::Exact(1..=4))));
        for table in &tables {
            assert_eq!(table.grid.exposed(&table.hidden), None, "{}", table.id);
        }
        let charts: Vec<Chart> = tables.iter().flat_map(Table::charts).collect();
        let status = charts.iter().find(|c| c.id == "status").unwrap();
        assert_eq!(
            status.bars,
            vec![
                Bar {
                    label: "MISSING".into(),
                    count: Count::Exact(21)
                },
                Bar {
                    label: "SENTENCED".into(),
                    count: Count::Exact(9)
                }
            ]
        );
    }
}
