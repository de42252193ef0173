//! Disclosure control for exports: generalization ladders for the quasi-identifiers, and the
//! search of their lattice for the least general combination that makes a dataset k-anonymous and
//! l-diverse in status.
//!
//! A *quasi-identifier* is a fact that is harmless alone but may single a person out in
//! combination: place, birth year, gender, ethnicity, occupation, the dates of events, and the
//! charges and sentence (which the state that passed them knows, and which can be rare). Each has
//! a ladder of generalizations (level 0 is the value as recorded; the last level hides it):
//!
//! | quasi-identifier | ladder |
//! |---|---|
//! | place | township → county → prefecture → region (XUAR) → hidden |
//! | date | day → month → quarter → year → hidden |
//! | birth year | year → 5-year band → 10-year band → hidden |
//! | occupation | specific → sector → hidden |
//! | ethnicity | specific → grouped → hidden |
//! | gender | as recorded → hidden |
//! | charges | the charges → charged or not → hidden |
//! | sentence | range (under 5, 5–10, 10–20, 20+ years, life) → under 10 years or 10 and more → hidden |
//!
//! A *node* of the lattice is one level per quasi-identifier. At a node, rows with equal
//! generalized quasi-identifiers form a group; a group smaller than `k`, or whose rows have fewer
//! than `l` distinct statuses, is suppressed (its rows are left out). A node passes when at most
//! `max_suppressed` of the rows are suppressed. Passing is monotone — generalizing further only
//! merges groups — so the nodes are tried in order of information loss (the sum of each level's
//! share of its ladder, then fewer suppressed rows) and the first that passes is the answer.
//!
//! Nine quasi-identifiers make a lattice of up to 162 000 nodes. Monotonicity keeps the search
//! small: a node fails if its projection on any two quasi-identifiers (the others hidden) fails,
//! so those pairs are evaluated first and every node they rule out is never built (Incognito's
//! subset property); and each node that fails is raised, one quasi-identifier at a time, to the
//! most general node that still fails, under which every node is skipped. A property test checks
//! that the answer is the one trying every node gives.

use super::vocab::{LocationLevel, Vocabularies};
use super::PartialDate;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The value a hidden quasi-identifier takes.
pub const HIDDEN: &str = "*";

/// The ladder of a case's charges (their codes, in any order): the set as recorded (codes sorted,
/// joined by `|`), then whether there is any ("charged", or empty); the hidden level is the
/// dimension's own.
pub fn charges_ladder(codes: &[&str]) -> Vec<String> {
    let mut sorted: Vec<&str> = codes.iter().copied().filter(|c| !c.is_empty()).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let any = if sorted.is_empty() { "" } else { "charged" };
    vec![sorted.join("|"), any.to_string()]
}

/// The ladder of a case's sentence range code (`lt5`, `5-10`, `10-20`, `20plus`, `life`; None or
/// empty: no sentence): the range, then under 10 years (`lt10`) or 10 and more (`10plus`, life
/// included); the hidden level is the dimension's own.
pub fn sentence_ladder(code: Option<&str>) -> Vec<String> {
    let code = code.unwrap_or_default();
    let band = match code {
        "" => "",
        "lt5" | "5-10" => "lt10",
        _ => "10plus",
    };
    vec![code.to_string(), band.to_string()]
}

/// A hasher for the integer keys of grouping (the keys are ours, not an attacker's: no need for
/// the standard library's flood-resistant hash).
type FastMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

/// One quasi-identifier: its name and, per row, its value at every level of its ladder (the last
/// level is [`HIDDEN`] for every row).
#[derive(Clone, Debug)]
pub struct Dimension {
    pub name: &'static str,
    /// The level names, from "as recorded" to "hidden".
    pub levels: Vec<&'static str>,
    /// `values[row * levels + level]`: interned, so groups compare integers.
    values: Vec<u32>,
    texts: Interner,
}

/// Strings seen many times, kept once each and named by a number.
#[derive(Clone, Debug, Default)]
pub struct Interner {
    texts: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Interner {
    /// The number of `text`, given it on first sight.
    pub fn id(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        self.texts.push(text.to_string());
        self.ids.insert(text.to_string(), id);
        id
    }

    pub fn text(&self, id: u32) -> &str {
        &self.texts[id as usize]
    }

    /// How many distinct strings there are.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

impl Dimension {
    pub fn new(name: &'static str, levels: Vec<&'static str>) -> Self {
        Self {
            name,
            levels,
            values: Vec::new(),
            texts: Interner::default(),
        }
    }

    /// The interned ids of a ladder: its value at each level but the last, then the hidden one.
    /// Callers that see the same raw value often keep these and [`Dimension::push_ids`] them.
    pub fn intern_ladder(&mut self, ladder: Vec<String>) -> Vec<u32> {
        assert_eq!(
            ladder.len() + 1,
            self.levels.len(),
            "one value per level of {} but the hidden one",
            self.name
        );
        let mut ids: Vec<u32> = ladder.iter().map(|v| self.texts.id(v)).collect();
        ids.push(self.texts.id(HIDDEN));
        ids
    }

    /// Adds a row from interned ids (one per level, from [`Dimension::intern_ladder`]).
    pub fn push_ids(&mut self, ids: &[u32]) {
        assert_eq!(ids.len(), self.levels.len());
        self.values.extend_from_slice(ids);
    }

    /// Adds a row: its value at each level but the last (the last is always [`HIDDEN`]).
    pub fn push(&mut self, ladder: Vec<String>) {
        let ids = self.intern_ladder(ladder);
        self.push_ids(&ids);
    }

    /// The highest level (hidden).
    pub fn top(&self) -> u8 {
        u8::try_from(self.levels.len() - 1).unwrap_or(u8::MAX)
    }

    /// A row's value at a level.
    pub fn value(&self, row: usize, level: u8) -> &str {
        self.texts.text(self.id(row, level))
    }

    /// A row's interned value at a level.
    pub fn id(&self, row: usize, level: u8) -> u32 {
        self.values[row * self.levels.len() + usize::from(level)]
    }

    /// The text of an interned value.
    pub fn text(&self, id: u32) -> &str {
        self.texts.text(id)
    }

    /// How many distinct values (of every level) there are.
    fn distinct(&self) -> usize {
        self.texts.len()
    }
}

/// What the exporter asks for.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Requirements {
    /// Every released group has at least `k` rows.
    pub k: u32,
    /// Every released group has at least `l` distinct statuses.
    pub l: u32,
    /// The largest share of rows that may be suppressed (0.0–1.0).
    pub max_suppressed: f64,
}

impl Default for Requirements {
    fn default() -> Self {
        Self {
            k: 5,
            l: 2,
            max_suppressed: 0.05,
        }
    }
}

/// How one node of the lattice fares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// One level per quasi-identifier.
    pub levels: Vec<u8>,
    /// Rows left out because their group is too small or not diverse enough.
    pub suppressed: Vec<usize>,
    /// The smallest released group and its fewest distinct statuses (0 when nothing is released).
    pub achieved_k: u32,
    pub achieved_l: u32,
    /// The information loss: the sum of each level's share of its ladder.
    pub loss: f64,
}

/// The rows, their statuses and their quasi-identifiers.
#[derive(Clone, Debug)]
pub struct Dataset {
    pub dimensions: Vec<Dimension>,
    /// Per row, its status (interned by the caller; only equality matters).
    pub statuses: Vec<u32>,
}

impl Dataset {
    pub fn rows(&self) -> usize {
        self.statuses.len()
    }

    /// Groups the rows at `levels` and finds those to suppress.
    ///
    /// Each row's group is found by refining, one dimension at a time, a dense group number with
    /// the row's value (no key is built per row); then each group's size and statuses are counted.
    pub fn evaluate(&self, levels: &[u8], req: &Requirements) -> Outcome {
        let n = self.rows();
        let mut group = vec![0u32; n];
        let mut groups = 1usize;
        let mut dense: Vec<u32> = Vec::new();
        let mut sparse: FastMap<u64, u32> = FastMap::default();
        for (d, &level) in self.dimensions.iter().zip(levels) {
            if level >= d.top() {
                // Hidden: one value for every row, which splits no group.
                continue;
            }
            let width = d.distinct();
            let mut next = 0u32;
            if groups.saturating_mul(width) <= 1 << 20 {
                // Few enough (group, value) pairs for a table indexed by both.
                dense.clear();
                dense.resize(groups * width, u32::MAX);
                for (row, g) in group.iter_mut().enumerate() {
                    let slot = &mut dense[*g as usize * width + d.id(row, level) as usize];
                    if *slot == u32::MAX {
                        *slot = next;
                        next += 1;
                    }
                    *g = *slot;
                }
            } else {
                sparse.clear();
                for (row, g) in group.iter_mut().enumerate() {
                    let key = (u64::from(*g) << 32) | u64::from(d.id(row, level));
                    *g = *sparse.entry(key).or_insert_with(|| {
                        next += 1;
                        next - 1
                    });
                }
            }
            groups = next.max(1) as usize;
        }
        // Size and statuses of each group: statuses as a bit set (a status beyond the 64th shares
        // a bit with another, which can only undercount diversity, never overstate it).
        let mut sizes = vec![0u32; groups];
        let mut statuses = vec![0u64; groups];
        for (row, &g) in group.iter().enumerate() {
            let g = g as usize;
            sizes[g] += 1;
            statuses[g] |= 1u64 << (self.statuses[row] % 64);
        }
        let passes: Vec<bool> = sizes
            .iter()
            .zip(&statuses)
            .map(|(&size, s)| size >= req.k && s.count_ones() >= req.l)
            .collect();
        let (mut achieved_k, mut achieved_l) = (u32::MAX, u32::MAX);
        for g in (0..groups).filter(|&g| passes[g] && sizes[g] > 0) {
            achieved_k = achieved_k.min(sizes[g]);
            achieved_l = achieved_l.min(statuses[g].count_ones());
        }
        let suppressed: Vec<usize> = (0..n).filter(|&row| !passes[group[row] as usize]).collect();
        if achieved_k == u32::MAX {
            (achieved_k, achieved_l) = (0, 0);
        }
        Outcome {
            levels: levels.to_vec(),
            suppressed,
            achieved_k,
            achieved_l,
            loss: self.loss(levels),
        }
    }

    fn loss(&self, levels: &[u8]) -> f64 {
        self.dimensions
            .iter()
            .zip(levels)
            .map(|(d, &l)| f64::from(l) / f64::from(d.top().max(1)))
            .sum()
    }

    /// Every node of the lattice at or above `floor` (one least level per dimension; a profile
    /// sets it) that `may_pass` lets through, least information loss first. `may_pass` is asked
    /// of each prefix as it is built (the levels of the first dimensions), so a prefix it refuses
    /// cuts off every node below it.
    fn nodes(&self, floor: &[u8], may_pass: impl Fn(&[u8]) -> bool) -> Vec<Vec<u8>> {
        fn walk(
            data: &Dataset,
            floor: &[u8],
            may_pass: &impl Fn(&[u8]) -> bool,
            prefix: &mut Vec<u8>,
            out: &mut Vec<(f64, Vec<u8>)>,
        ) {
            let Some(d) = data.dimensions.get(prefix.len()) else {
                out.push((data.loss(prefix), prefix.clone()));
                return;
            };
            let least = floor.get(prefix.len()).copied().unwrap_or(0).min(d.top());
            for level in least..=d.top() {
                prefix.push(level);
                if may_pass(prefix) {
                    walk(data, floor, may_pass, prefix, out);
                }
                prefix.pop();
            }
        }
        let mut keyed = Vec::new();
        walk(self, floor, &may_pass, &mut Vec::new(), &mut keyed);
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        keyed.into_iter().map(|(_, n)| n).collect()
    }

    /// A failing node made as general as it can be while it still fails: each dimension in turn
    /// is raised to the highest level at which the node fails (found by bisection, since passing
    /// is monotone along the dimension's ladder).
    fn climb(&self, mut levels: Vec<u8>, top: &[u8], fails: &impl Fn(&[u8]) -> bool) -> Vec<u8> {
        for i in 0..levels.len() {
            let (mut low, mut high) = (levels[i], top[i]);
            while low < high {
                let mid = low + (high - low).div_ceil(2);
                levels[i] = mid;
                if fails(&levels) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            levels[i] = low;
        }
        levels
    }

    /// Incognito's subset property, on pairs: a node passes only if each of its projections on
    /// two quasi-identifiers (the others hidden, which is more general) passes. Returns, per pair
    /// `(i, j)` with `i < j`, which level pairs fail (`fails[a * (top_j + 1) + b]`). A pair of
    /// levels below one known to fail fails too, so it is not evaluated.
    fn failing_pairs(
        &self,
        floor: &[u8],
        passes: &impl Fn(&[u8]) -> bool,
    ) -> Vec<(usize, usize, Vec<bool>)> {
        let tops: Vec<u8> = self.dimensions.iter().map(Dimension::top).collect();
        let least = |i: usize| floor.get(i).copied().unwrap_or(0).min(tops[i]);
        let mut pairs = Vec::new();
        for i in 0..tops.len() {
            for j in i + 1..tops.len() {
                let width = usize::from(tops[j]) + 1;
                let mut fails = vec![false; (usize::from(tops[i]) + 1) * width];
                for a in (least(i)..=tops[i]).rev() {
                    for b in (least(j)..=tops[j]).rev() {
                        let (ai, bi) = (usize::from(a), usize::from(b));
                        let above_fails = (a < tops[i] && fails[(ai + 1) * width + bi])
                            || (b < tops[j] && fails[ai * width + bi + 1]);
                        fails[ai * width + bi] = above_fails || {
                            let mut levels = tops.clone();
                            levels[i] = a;
                            levels[j] = b;
                            !passes(&levels)
                        };
                    }
                }
                pairs.push((i, j, fails));
            }
        }
        pairs
    }

    /// The least general node that passes, or why none does.
    pub fn search(&self, req: &Requirements) -> Result<Outcome, Refusal> {
        self.search_from(req, &[])
    }

    /// The least general node at or above `floor` that passes, or why none does.
    ///
    /// Nodes are evaluated in order of information loss, up to the first loss at which one
    /// passes; a node whose projection on some pair of quasi-identifiers fails is skipped without
    /// being evaluated (it cannot pass), which keeps the search to a small share of the lattice.
    pub fn search_from(&self, req: &Requirements, floor: &[u8]) -> Result<Outcome, Refusal> {
        let allowed = (req.max_suppressed.clamp(0.0, 1.0) * self.rows() as f64).floor() as usize;
        let passing = |o: &Outcome| o.suppressed.len() <= allowed && o.achieved_k > 0;
        let top: Vec<u8> = self.dimensions.iter().map(Dimension::top).collect();
        let most_general = self.evaluate(&top, req);
        if !passing(&most_general) {
            // The most general node suppresses the least: say what it still cannot release.
            return Err(Refusal {
                rows: self.rows(),
                allowed,
                suppressed_at_most_general: most_general.suppressed.len(),
                k: req.k,
                l: req.l,
            });
        }
        let pairs = self.failing_pairs(floor, &|levels| passing(&self.evaluate(levels, req)));
        // Asked of each prefix as it grows: only the pairs that end at its last dimension are new.
        let may_pass = |prefix: &[u8]| {
            let j = prefix.len() - 1;
            pairs
                .iter()
                .filter(|(_, pj, _)| *pj == j)
                .all(|(i, _, fails)| {
                    let width = usize::from(top[j]) + 1;
                    !fails[usize::from(prefix[*i]) * width + usize::from(prefix[j])]
                })
        };
        let mut best: Option<Outcome> = None;
        let nodes = self.nodes(floor, may_pass);
        let fails = |levels: &[u8]| !passing(&self.evaluate(levels, req));
        // Nodes known to fail, each as general as it could be made while failing: every node
        // below one of them fails too.
        let mut failing: Vec<Vec<u8>> = Vec::new();
        for levels in nodes {
            // Past the first passing loss, nothing can beat the best found.
            if best.as_ref().is_some_and(|b| self.loss(&levels) > b.loss) {
                break;
            }
            if failing
                .iter()
                .any(|f| levels.iter().zip(f).all(|(l, f)| l <= f))
            {
                continue;
            }
            let outcome = self.evaluate(&levels, req);
            if !passing(&outcome) {
                failing.push(self.climb(levels, &top, &fails));
            } else if best
                .as_ref()
                .is_none_or(|b| outcome.suppressed.len() < b.suppressed.len())
            {
                best = Some(outcome);
            }
        }
        // The most general node passes, so some node does.
        Ok(best.unwrap_or(most_general))
    }
}

/// Why no generalization passes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub rows: usize,
    pub allowed: usize,
    /// Rows still suppressed with every quasi-identifier hidden: groups by status alone.
    pub suppressed_at_most_general: usize,
    pub k: u32,
    pub l: u32,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.rows < self.k as usize {
            return write!(
                f,
                "the selection has {} rows, fewer than k = {}: no group of {} can be formed; \
                 widen the filters or lower k",
                self.rows, self.k, self.k
            );
        }
        write!(
            f,
            "even with every quasi-identifier generalized as far as it goes, {} of {} rows fall in \
             groups smaller than k = {} or with fewer than l = {} statuses, and at most {} may be \
             suppressed: widen the filters, lower k or l, or allow more suppression",
            self.suppressed_at_most_general, self.rows, self.k, self.l, self.allowed
        )
    }
}

/// Place → county → prefecture → region (then hidden), as gazetteer ids: a place recorded at a
/// coarser level than asked stays as recorded (a prefecture has no county).
pub fn place_ladder(vocab: &Vocabularies, place: Option<&str>) -> Vec<String> {
    let Some(start) = place.and_then(|p| vocab.location(p)) else {
        return vec![HIDDEN.into(); 4];
    };
    let up_to = |level: LocationLevel| {
        let mut at = start;
        while at.level > level {
            match at.parent_id.as_deref().and_then(|p| vocab.location(p)) {
                Some(parent) => at = parent,
                None => break,
            }
        }
        at.id.clone()
    };
    vec![
        start.id.clone(),
        up_to(LocationLevel::County),
        up_to(LocationLevel::Prefecture),
        up_to(LocationLevel::Region),
    ]
}

/// A date → its month → its quarter → its year (then hidden). A partial date takes, at each level,
/// the finest unit at or above it that holds its whole range ("late 2017" is "2017" even at the
/// month level); a range across years is written as the years ("2017–2018"); an open-ended date
/// ("before 2018") is hidden.
pub fn date_ladder(date: Option<&PartialDate>) -> Vec<String> {
    let Some((first, last)) = date.and_then(|d| Some((d.earliest()?, d.latest()?))) else {
        return vec![HIDDEN.into(); 4];
    };
    let unit = |day: NaiveDate, level: usize| match level {
        0 => day.to_string(),
        1 => format!("{}-{:02}", day.year(), day.month()),
        2 => format!("{}-Q{}", day.year(), day.month0() / 3 + 1),
        _ => day.year().to_string(),
    };
    (0..4)
        .map(|level| {
            (level..4)
                .find(|&l| unit(first, l) == unit(last, l))
                .map(|l| unit(first, l))
                .unwrap_or_else(|| format!("{}–{}", first.year(), last.year()))
        })
        .collect()
}

/// Birth year → 5-year band → 10-year band (then hidden).
pub fn birth_year_ladder(year: Option<i32>) -> Vec<String> {
    match year {
        None => vec![HIDDEN.into(); 3],
        Some(y) => {
            let band = |w: i32| {
                let start = y - y.rem_euclid(w);
                format!("{start}–{}", start + w - 1)
            };
            vec![y.to_string(), band(5), band(10)]
        }
    }
}

/// The sector of an occupation (vocabulary `occupation`).
pub fn occupation_sector(code: &str) -> &'static str {
    match code {
        "herder_farmer" => "agriculture",
        "teacher" | "academic" | "student" => "education",
        "religious_figure" => "religion",
        "business_trader" => "business",
        "civil_servant" => "public service",
        "medical" => "health",
        "driver_transport" | "worker" => "labour",
        "artist_writer" | "journalist" => "culture and media",
        "retired" | "unemployed" => "not working",
        _ => "other",
    }
}

/// Occupation → sector (then hidden).
pub fn occupation_ladder(code: Option<&str>) -> Vec<String> {
    match code {
        None => vec![HIDDEN.into(); 2],
        Some(c) => vec![c.to_string(), occupation_sector(c).to_string()],
    }
}

/// The group of an ethnicity (vocabulary `ethnicity`).
pub fn ethnicity_group(code: &str) -> &'static str {
    match code {
        "kazakh" | "uyghur" | "kyrgyz" | "uzbek" | "tatar" => "turkic",
        "hui" | "tajik" | "mongol" | "xibe" => "other minority",
        "han" => "han",
        _ => "other",
    }
}

/// Ethnicity → group (then hidden).
pub fn ethnicity_ladder(code: Option<&str>) -> Vec<String> {
    match code {
        None => vec![HIDDEN.into(); 2],
        Some(c) => vec![c.to_string(), ethnicity_group(c).to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::date;
    use proptest::prelude::*;

    /// 5-anonymous and 2-diverse, with no row suppressed.
    const K5_L2: Requirements = Requirements {
        k: 5,
        l: 2,
        max_suppressed: 0.0,
    };

    fn dataset(rows: &[(i32, &str, &str, u32)]) -> Dataset {
        let mut birth = Dimension::new("birth year", vec!["year", "5 years", "10 years", "hidden"]);
        let mut ethnicity = Dimension::new("ethnicity", vec!["specific", "grouped", "hidden"]);
        let mut gender = Dimension::new("gender", vec!["recorded", "hidden"]);
        let mut statuses = Vec::new();
        for &(year, eth, g, status) in rows {
            birth.push(birth_year_ladder(Some(year)));
            ethnicity.push(ethnicity_ladder(Some(eth)));
            gender.push(vec![g.to_string()]);
            statuses.push(status);
        }
        Dataset {
            dimensions: vec![birth, ethnicity, gender],
            statuses,
        }
    }

    #[test]
    fn dates_climb_to_the_unit_that_holds_them() {
        assert_eq!(
            date_ladder(Some(&date("2018-03-14"))),
            ["2018-03-14", "2018-03", "2018-Q1", "2018"]
        );
        assert_eq!(
            date_ladder(Some(&date("May 2018"))),
            ["2018-05", "2018-05", "2018-Q2", "2018"]
        );
        assert_eq!(
            date_ladder(Some(&date("late 2017"))),
            ["2017", "2017", "2017", "2017"]
        );
        assert_eq!(date_ladder(Some(&date("2017 to 2018"))), ["2017–2018"; 4]);
        assert_eq!(date_ladder(Some(&date("before 2018"))), ["*"; 4]);
        assert_eq!(date_ladder(None), ["*"; 4]);
    }

    #[test]
    fn places_climb_the_gazetteer() {
        use crate::domain::vocab::Location;
        let place = |id: &str, parent: Option<&str>, level| Location {
            id: id.into(),
            parent_id: parent.map(Into::into),
            level,
            prefecture_id: None,
            name: Default::default(),
        };
        let vocab = Vocabularies::new(
            Vec::new(),
            vec![
                place("cn", None, LocationLevel::Country),
                place("cn-xj", Some("cn"), LocationLevel::Region),
                place("cn-xj-ili", Some("cn-xj"), LocationLevel::Prefecture),
                place("cn-xj-ili-tekes", Some("cn-xj-ili"), LocationLevel::County),
                place(
                    "cn-xj-ili-tekes-t1",
                    Some("cn-xj-ili-tekes"),
                    LocationLevel::Township,
                ),
            ],
        );
        assert_eq!(
            place_ladder(&vocab, Some("cn-xj-ili-tekes-t1")),
            [
                "cn-xj-ili-tekes-t1",
                "cn-xj-ili-tekes",
                "cn-xj-ili",
                "cn-xj"
            ]
        );
        assert_eq!(
            place_ladder(&vocab, Some("cn-xj-ili")),
            ["cn-xj-ili", "cn-xj-ili", "cn-xj-ili", "cn-xj"]
        );
        assert_eq!(place_ladder(&vocab, None), ["*"; 4]);
    }

    #[test]
    fn ladders_generalize_step_by_step() {
        assert_eq!(
            birth_year_ladder(Some(1977)),
            ["1977", "1975–1979", "1970–1979"]
        );
        assert_eq!(birth_year_ladder(None), ["*", "*", "*"]);
        assert_eq!(
            occupation_ladder(Some("journalist")),
            ["journalist", "culture and media"]
        );
        assert_eq!(ethnicity_ladder(Some("kyrgyz")), ["kyrgyz", "turkic"]);
    }

    #[test]
    fn the_least_general_passing_node_is_chosen() {
        // Ten people: births spread over 1970–1979, two ethnicities, two statuses each.
        let rows: Vec<(i32, &str, &str, u32)> = (0..10)
            .map(|i| {
                (
                    1970 + i,
                    if i % 2 == 0 { "kazakh" } else { "uyghur" },
                    "male",
                    (i % 2) as u32,
                )
            })
            .collect();
        let data = dataset(&rows);
        let req = K5_L2;
        let out = data.search(&req).unwrap();
        // Ethnicity must be grouped (each specific one has a single status); ten-year bands, or
        // hidden birth years, make groups of 10.
        assert!(out.suppressed.is_empty());
        assert!(out.achieved_k >= 5 && out.achieved_l >= 2);
        assert_eq!(out.levels[1], 1, "ethnicity grouped, not hidden");
        assert_eq!(out.levels[2], 0, "gender kept: it costs nothing here");
        // A floor (a profile's least generalization) is respected.
        let floored = data.search_from(&req, &[2, 0, 0]).unwrap();
        assert!(floored.levels[0] >= 2);
        // Nothing passes with k above the number of rows.
        let refusal = data.search(&Requirements { k: 11, ..req }).unwrap_err();
        assert!(refusal.to_string().contains("fewer than k = 11"));
    }

    #[test]
    fn outliers_are_suppressed_within_the_allowed_share() {
        let mut rows: Vec<(i32, &str, &str, u32)> = (0..19)
            .map(|i| (1980, "kazakh", "female", (i % 3) as u32))
            .collect();
        rows.push((1930, "han", "male", 0));
        let data = dataset(&rows);
        let req = Requirements {
            max_suppressed: 0.05,
            ..K5_L2
        };
        let out = data.search(&req).unwrap();
        assert_eq!(
            out.levels,
            vec![0, 0, 0],
            "nothing generalized: the outlier is dropped"
        );
        assert_eq!(out.suppressed, vec![19]);
        // Allowed no suppression, the lattice must generalize everything the outlier differs in.
        let out = data.search(&K5_L2).unwrap();
        assert_eq!(out.levels, vec![3, 2, 1]);
        assert!(out.suppressed.is_empty());
        // A group of one status can never be 2-diverse, however general.
        let same: Vec<(i32, &str, &str, u32)> =
            (0..10).map(|_| (1980, "kazakh", "male", 1)).collect();
        let refusal = dataset(&same).search(&req).unwrap_err();
        assert_eq!(refusal.suppressed_at_most_general, 10);
        assert!(refusal.to_string().contains("fewer than l = 2 statuses"));
    }

    /// Every node at or above `floor` evaluated, none skipped: the answer the pruned search must
    /// give (least loss, then fewest suppressed, then the first in level order).
    fn exhaustive(data: &Dataset, req: &Requirements, floor: &[u8]) -> Option<Vec<u8>> {
        let allowed = (req.max_suppressed * data.rows() as f64).floor() as usize;
        data.nodes(floor, |_| true)
            .into_iter()
            .map(|levels| data.evaluate(&levels, req))
            .filter(|o| o.suppressed.len() <= allowed && o.achieved_k > 0)
            .min_by(|a, b| {
                a.loss
                    .total_cmp(&b.loss)
                    .then(a.suppressed.len().cmp(&b.suppressed.len()))
                    .then(a.levels.cmp(&b.levels))
            })
            .map(|o| o.levels)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Whatever the data, the released rows satisfy the k and l the search reports, and the
        /// suppressed share stays within what was allowed.
        /// Skipping the nodes whose pair projections fail never changes the answer.
        #[test]
        fn pruning_finds_what_trying_every_node_finds(
            rows in proptest::collection::vec(
                (1940i32..2005, prop::sample::select(vec!["kazakh", "uyghur", "kyrgyz", "hui", "han"]),
                 prop::sample::select(vec!["male", "female"]), 0u32..4),
                1..80),
            k in 2u32..6,
            l in 1u32..3,
            share in 0.0f64..0.2,
            floor in proptest::collection::vec(0u8..2, 3),
        ) {
            let data = dataset(&rows);
            let req = Requirements { k, l, max_suppressed: share };
            let found = data.search_from(&req, &floor).ok().map(|o| o.levels);
            prop_assert_eq!(found, exhaustive(&data, &req, &floor));
        }

        #[test]
        fn every_result_satisfies_what_it_reports(
            rows in proptest::collection::vec(
                (1940i32..2005, prop::sample::select(vec!["kazakh", "uyghur", "kyrgyz", "hui", "han"]),
                 prop::sample::select(vec!["male", "female"]), 0u32..4),
                1..120),
            k in 2u32..8,
            l in 1u32..3,
            share in 0.0f64..0.2,
        ) {
            let data = dataset(&rows);
            let req = Requirements { k, l, max_suppressed: share };
            if let Ok(out) = data.search(&req) {
                prop_assert!(out.suppressed.len() as f64 <= share * rows.len() as f64 + 1e-9);
                prop_assert!(out.achieved_k >= k && out.achieved_l >= l);
                // Recount the released groups independently.
                let mut groups: HashMap<Vec<String>, Vec<u32>> = HashMap::new();
                for row in (0..rows.len()).filter(|r| !out.suppressed.contains(r)) {
                    let key = data.dimensions.iter().zip(&out.levels)
                        .map(|(d, &lv)| d.value(row, lv).to_string()).collect();
                    groups.entry(key).or_default().push(data.statuses[row]);
                }
                for statuses in groups.values() {
                    prop_assert!(statuses.len() as u32 >= out.achieved_k);
                    let mut distinct = statuses.clone();
                    distinct.sort_unstable();
                    distinct.dedup();
                    prop_assert!(distinct.len() as u32 >= out.achieved_l);
                }
                // And no row was left out that did not have to be: each suppressed row's whole
                // group (at the levels used) is smaller than k or less diverse than l.
                let key = |row: usize| -> Vec<String> {
                    data.dimensions.iter().zip(&out.levels)
                        .map(|(d, &lv)| d.value(row, lv).to_string()).collect()
                };
                let mut whole: HashMap<Vec<String>, Vec<u32>> = HashMap::new();
                for row in 0..rows.len() {
                    whole.entry(key(row)).or_default().push(data.statuses[row]);
                }
                for &row in &out.suppressed {
                    let mut statuses = whole[&key(row)].clone();
                    let size = statuses.len() as u32;
                    statuses.sort_unstable();
                    statuses.dedup();
                    prop_assert!(size < k || (statuses.len() as u32) < l);
                }
            }
        }
    }
}
