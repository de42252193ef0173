//! Statistical disclosure control for aggregate tables of case counts.
//!
//! An aggregate report publishes tables of counts: prefecture × status, charge × sentence range,
//! cases per year, and so on. A small count in a narrow selection can point at one family, so
//! every table goes through [`Grid::suppress`] before it is shown. The rules, in order:
//!
//! 1. **Primary suppression.** Every published count `n` with `0 < n < threshold` is suppressed
//!    ([`DEFAULT_THRESHOLD`] suppresses 1 to 4). Totals are counts too: a small non-zero total
//!    is suppressed like a cell. Zero is not a small count and stays published.
//! 2. **Complementary suppression: the line rule.** A table that publishes margins also publishes
//!    equations, one per *line*: the cells of a row add up to its row total, the cells of a
//!    column to its column total, and, when both margins are published, the column totals and the
//!    row totals each add up to the grand total. A line with exactly one suppressed entry gives
//!    that entry away by subtraction. So, as long as some line has exactly one suppressed entry
//!    (the first such line, in the order: rows, columns, margin row, margin column), one more
//!    entry of that line is suppressed: its smallest non-zero published entry, preferring the
//!    line's members (inner cells, or the totals a margin line adds up) to the line's own total
//!    when the values are equal, and the lowest index after that. When only zeros are left, a
//!    zero member is suppressed, and failing that the total.
//! 3. **Complementary suppression: the cycle rule.** The line rule alone is not enough, because a
//!    reader can combine equations. If the suppressed cells form two blocks joined by a single
//!    cell, every line holds zero or at least two suppressed entries, yet adding up the rows of
//!    one block and subtracting its columns gives the joining cell exactly. Non-negativity can
//!    also pin a value: a suppressed count can only move if the suppressed counts that compensate
//!    can move the other way, and a zero cannot go down (a 3 suppressed in a 2 × 2 block with
//!    three zeros is determined). So every suppressed entry must be able to change by one case,
//!    with other suppressed entries compensating, without any count going negative. The equations of a table are those of a
//!    flow network (each entry is an arc between the two lines it belongs to; an entry that
//!    belongs to a single line, or to none, ends at a "free" node that has no equation), and a
//!    suppressed entry's value is undetermined exactly when its arc lies on a cycle of the
//!    residual network of suppressed entries: an entry can be crossed forwards (its count grows)
//!    always, and backwards (its count shrinks) only when it is not zero. For each suppressed
//!    entry without such a cycle, the cheapest path that closes one is suppressed too. The cost
//!    of a path is the sum of the counts it newly suppresses, then the number of totals among
//!    them, then the number of entries; ties are broken in a fixed order (entries are visited
//!    in the order of [`Grid::published_entries`]).
//!
//! The rules are applied until nothing changes, so the result is deterministic and satisfies:
//! no line has exactly one suppressed entry ([`Grid::exposed`] is `None`), and for every
//! suppressed entry, cell or total, there is another table of non-negative integers that agrees
//! with every published entry and differs in that entry ([`Grid::derivable`] is `None`). No
//! combination of the published equations yields a suppressed value exactly.
//!
//! **Known limit.** Only exact derivation is prevented. A suppressed entry's range can still be
//! narrow: in the one-way table `[3, 12, 20]` with total 35, the 3 and the 12 are suppressed, and
//! a reader learns that they add up to 15, so each lies between 0 and 15. A reader who knows these
//! rules also knows that a primarily suppressed count lies between 1 and `threshold - 1`. The
//! rules require no minimum width of that range (no "protection interval"), and they protect each
//! table on its own: differences between tables over overlapping selections, or between
//! successive reports, are not considered here.

use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;

/// The default threshold: published counts from 1 to 4 are suppressed.
pub const DEFAULT_THRESHOLD: u64 = 5;

/// A table of counts: rows × columns, with the margins it publishes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grid {
    /// The number of rows.
    pub rows: usize,
    /// The number of columns.
    pub cols: usize,
    /// Row-major counts: `cells[row * cols + col]`.
    pub cells: Vec<u64>,
    /// Whether each row's total is published (then each row is a line: its cells sum to its
    /// total).
    pub row_totals: bool,
    /// Whether each column's total is published (then each column is a line), and with both
    /// margins, the grand total.
    pub col_totals: bool,
}

/// Which entries of a [`Grid`] are suppressed. The vectors have one flag per cell (row-major),
/// per row and per column; the flag of a total that the grid does not publish is always `false`
/// in what [`Grid::suppress`] returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppressed {
    /// One flag per cell, row-major like [`Grid::cells`].
    pub cells: Vec<bool>,
    /// One flag per row total.
    pub row_totals: Vec<bool>,
    /// One flag per column total.
    pub col_totals: Vec<bool>,
    /// Whether the grand total is suppressed.
    pub grand_total: bool,
}

/// One entry of a table: an inner cell or a total. Rows and columns are numbered from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Entry {
    /// The inner cell at `row`, `col`.
    Cell {
        /// The cell's row.
        row: usize,
        /// The cell's column.
        col: usize,
    },
    /// The total of a row.
    RowTotal(usize),
    /// The total of a column.
    ColTotal(usize),
    /// The grand total.
    GrandTotal,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Cell { row, col } => write!(f, "cell (row {row}, column {col})"),
            Entry::RowTotal(row) => write!(f, "total of row {row}"),
            Entry::ColTotal(col) => write!(f, "total of column {col}"),
            Entry::GrandTotal => f.write_str("grand total"),
        }
    }
}

impl Suppressed {
    /// Nothing suppressed, with one flag per cell, row and column of `grid`.
    pub fn none(grid: &Grid) -> Self {
        Suppressed {
            cells: vec![false; grid.rows * grid.cols],
            row_totals: vec![false; grid.rows],
            col_totals: vec![false; grid.cols],
            grand_total: false,
        }
    }

    /// Whether `entry` is suppressed. An entry outside the flags (a row or column beyond their
    /// length) counts as not suppressed.
    pub fn contains(&self, entry: Entry, grid: &Grid) -> bool {
        let flag = |flags: &[bool], i: usize| flags.get(i).copied().unwrap_or(false);
        match entry {
            Entry::Cell { row, col } => {
                row < grid.rows && col < grid.cols && flag(&self.cells, row * grid.cols + col)
            }
            Entry::RowTotal(row) => flag(&self.row_totals, row),
            Entry::ColTotal(col) => flag(&self.col_totals, col),
            Entry::GrandTotal => self.grand_total,
        }
    }

    /// Marks `entry` as suppressed.
    ///
    /// # Panics
    /// If the entry lies outside the flags (which [`Suppressed::none`] sizes from the grid).
    pub fn insert(&mut self, entry: Entry, grid: &Grid) {
        match entry {
            Entry::Cell { row, col } => {
                assert!(col < grid.cols, "column {col} outside the grid");
                self.cells[row * grid.cols + col] = true;
            }
            Entry::RowTotal(row) => self.row_totals[row] = true,
            Entry::ColTotal(col) => self.col_totals[col] = true,
            Entry::GrandTotal => self.grand_total = true,
        }
    }

    /// How many flags are set (cells and totals).
    pub fn count(&self) -> usize {
        let set = |flags: &[bool]| flags.iter().filter(|&&x| x).count();
        set(&self.cells)
            + set(&self.row_totals)
            + set(&self.col_totals)
            + usize::from(self.grand_total)
    }
}

impl Grid {
    /// A table of `rows` × `cols` counts given row-major in `cells`, publishing row totals and/or
    /// column totals (and with both, the grand total).
    ///
    /// # Panics
    /// If `cells.len() != rows * cols`.
    pub fn new(
        rows: usize,
        cols: usize,
        cells: Vec<u64>,
        row_totals: bool,
        col_totals: bool,
    ) -> Self {
        assert_eq!(
            Some(cells.len()),
            rows.checked_mul(cols),
            "a {rows} × {cols} grid needs {rows} × {cols} cells"
        );
        Grid {
            rows,
            cols,
            cells,
            row_totals,
            col_totals,
        }
    }

    /// A one-way table: one row of counts and its total (the counts add up to the total).
    pub fn one_way(cells: Vec<u64>) -> Self {
        Grid::new(1, cells.len(), cells, true, false)
    }

    /// The count in the cell at `row`, `col`.
    ///
    /// # Panics
    /// If the cell is outside the grid.
    pub fn cell(&self, row: usize, col: usize) -> u64 {
        assert!(row < self.rows && col < self.cols, "cell outside the grid");
        self.cells[row * self.cols + col]
    }

    /// The sum of a row's cells (saturating, like every sum here).
    pub fn row_total(&self, row: usize) -> u64 {
        self.cells[row * self.cols..(row + 1) * self.cols]
            .iter()
            .fold(0, |sum, &n| sum.saturating_add(n))
    }

    /// The sum of a column's cells.
    pub fn col_total(&self, col: usize) -> u64 {
        (0..self.rows)
            .map(|row| self.cells[row * self.cols + col])
            .fold(0, u64::saturating_add)
    }

    /// The sum of all cells.
    pub fn grand_total(&self) -> u64 {
        self.cells.iter().fold(0, |sum, &n| sum.saturating_add(n))
    }

    /// Whether the grand total is published: only with both row and column totals.
    pub fn publishes_grand_total(&self) -> bool {
        self.row_totals && self.col_totals
    }

    /// Whether `entry` exists in this grid and is published: every cell, and the totals that
    /// the margin flags publish.
    pub fn is_published(&self, entry: Entry) -> bool {
        match entry {
            Entry::Cell { row, col } => row < self.rows && col < self.cols,
            Entry::RowTotal(row) => self.row_totals && row < self.rows,
            Entry::ColTotal(col) => self.col_totals && col < self.cols,
            Entry::GrandTotal => self.publishes_grand_total(),
        }
    }

    /// The count of `entry` (a cell or a total, published or not).
    ///
    /// # Panics
    /// If the entry is outside the grid.
    pub fn value(&self, entry: Entry) -> u64 {
        match entry {
            Entry::Cell { row, col } => self.cell(row, col),
            Entry::RowTotal(row) => self.row_total(row),
            Entry::ColTotal(col) => self.col_total(col),
            Entry::GrandTotal => self.grand_total(),
        }
    }

    /// Every published entry, in a fixed order: the cells row by row, then the row totals, the
    /// column totals and the grand total (those that are published).
    pub fn published_entries(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = (0..self.rows)
            .flat_map(|row| (0..self.cols).map(move |col| Entry::Cell { row, col }))
            .collect();
        if self.row_totals {
            out.extend((0..self.rows).map(Entry::RowTotal));
        }
        if self.col_totals {
            out.extend((0..self.cols).map(Entry::ColTotal));
        }
        if self.publishes_grand_total() {
            out.push(Entry::GrandTotal);
        }
        out
    }

    /// Which entries to suppress before publishing, with counts from 1 to `threshold - 1`
    /// counting as small: primary suppression, then the line rule and the cycle rule until
    /// nothing changes (see the module documentation).
    ///
    /// # Panics
    /// If `cells.len() != rows * cols`.
    pub fn suppress(&self, threshold: u64) -> Suppressed {
        let net = Network::new(self);
        let mut hidden: Vec<bool> = net.values.iter().map(|&n| n > 0 && n < threshold).collect();
        loop {
            net.apply_line_rule(&mut hidden);
            if !net.apply_cycle_rule(&mut hidden) {
                break;
            }
        }
        net.suppressed(self, &hidden)
    }

    /// A line that gives a suppressed entry away by subtraction, because it is the line's only
    /// suppressed entry; `None` when no line does. The description names the line and the entry
    /// but never a count, so it can go to a log.
    ///
    /// # Panics
    /// If `cells.len() != rows * cols`.
    pub fn exposed(&self, s: &Suppressed) -> Option<String> {
        let net = Network::new(self);
        let hidden = net.hidden(self, s);
        net.lines.iter().find_map(|line| {
            let mut suppressed = line.entries().filter(|&(e, _)| hidden[e]);
            match (suppressed.next(), suppressed.next()) {
                (Some((e, _)), None) => Some(format!(
                    "{} has one suppressed entry, the {}: subtraction reveals it",
                    line.name, net.entries[e]
                )),
                _ => None,
            }
        })
    }

    /// The first suppressed entry (in the order of [`Grid::published_entries`]) whose value the
    /// published entries determine exactly, by any combination of the table's equations and
    /// the fact that counts are non-negative integers; `None` when every suppressed entry could
    /// take another value. Flags of totals the grid does not publish are ignored.
    ///
    /// # Panics
    /// If `cells.len() != rows * cols`.
    pub fn derivable(&self, s: &Suppressed) -> Option<Entry> {
        let net = Network::new(self);
        let hidden = net.hidden(self, s);
        (0..net.entries.len())
            .find(|&e| hidden[e] && net.cheapest_cycle(e, &hidden, false).is_none())
            .map(|e| net.entries[e])
    }
}

/// One published equation: the members add up to the total.
struct Line {
    /// What the line is, for messages: "row 2", "column 0", ...
    name: String,
    /// Indices (into [`Network::entries`]) of the entries that add up.
    members: Vec<usize>,
    /// Index of the entry they add up to.
    total: usize,
    /// Rows and the margin column are "row-side" lines: in the flow network, their members
    /// leave the line's node and their total enters it. Columns and the margin row are
    /// "column-side": the other way round. Every entry in two lines is then an arc from one
    /// to the other, since a row meets columns and the margin column meets the margin row.
    row_side: bool,
}

impl Line {
    /// The lines of one side of the grid ("row" or "column"): `count` of them, line `i` adding
    /// up the entries `member(i, k)` for `k` below `length` to the entry `total(i)`.
    fn across<'a>(
        side: &'a str,
        count: usize,
        length: usize,
        member: impl Fn(usize, usize) -> usize + 'a,
        total: impl Fn(usize) -> usize + 'a,
        row_side: bool,
    ) -> impl Iterator<Item = Line> + 'a {
        (0..count).map(move |i| Line {
            name: format!("{side} {i}"),
            members: (0..length).map(|k| member(i, k)).collect(),
            total: total(i),
            row_side,
        })
    }

    /// The line's entries, each with whether it is the line's total.
    fn entries(&self) -> impl Iterator<Item = (usize, bool)> + '_ {
        self.members
            .iter()
            .map(|&e| (e, false))
            .chain(std::iter::once((self.total, true)))
    }
}

/// What a path of entries costs to suppress; compared field by field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    /// The sum of the counts newly suppressed.
    count: u64,
    /// How many of them are totals.
    totals: usize,
    /// How many entries are newly suppressed.
    entries: usize,
}

impl Cost {
    fn plus(self, other: Cost) -> Cost {
        Cost {
            count: self.count.saturating_add(other.count),
            totals: self.totals + other.totals,
            entries: self.entries + other.entries,
        }
    }
}

/// A grid's published entries and equations, as a flow network: one node per line plus a free
/// node without an equation, one arc per published entry whose flow is its count.
struct Network {
    /// The published entries, in the order of [`Grid::published_entries`].
    entries: Vec<Entry>,
    /// Their counts.
    values: Vec<u64>,
    /// The equations: rows, columns, margin row, margin column (those published).
    lines: Vec<Line>,
    /// For each entry, the node its arc leaves and the node it enters. Nodes are line indices;
    /// `lines.len()` is the free node.
    arcs: Vec<(usize, usize)>,
    /// For each node, the arcs it can be left by: (entry, other end, forwards).
    adjacent: Vec<Vec<(usize, usize, bool)>>,
}

impl Network {
    fn new(grid: &Grid) -> Self {
        assert_eq!(
            Some(grid.cells.len()),
            grid.rows.checked_mul(grid.cols),
            "a grid's cells must number rows × cols"
        );
        let entries = grid.published_entries();
        let values: Vec<u64> = entries.iter().map(|&e| grid.value(e)).collect();
        let (rows, cols) = (grid.rows, grid.cols);
        let cell = |row: usize, col: usize| row * cols + col;
        let row_total = |row: usize| rows * cols + row;
        let col_total = |col: usize| rows * cols + if grid.row_totals { rows } else { 0 } + col;
        let grand = rows * cols + rows + cols;

        let mut lines = Vec::new();
        if grid.row_totals {
            lines.extend(Line::across("row", rows, cols, cell, row_total, true));
        }
        if grid.col_totals {
            let cell = |col, row| cell(row, col);
            lines.extend(Line::across("column", cols, rows, cell, col_total, false));
        }
        if grid.publishes_grand_total() {
            lines.push(Line {
                name: "the margin row (column totals and grand total)".into(),
                members: (0..cols).map(col_total).collect(),
                total: grand,
                row_side: false,
            });
            lines.push(Line {
                name: "the margin column (row totals and grand total)".into(),
                members: (0..rows).map(row_total).collect(),
                total: grand,
                row_side: true,
            });
        }

        let free = lines.len();
        let mut arcs = vec![(free, free); entries.len()];
        for (node, line) in lines.iter().enumerate() {
            for (e, is_total) in line.entries() {
                if line.row_side != is_total {
                    debug_assert_eq!(arcs[e].0, free, "an entry leaves two lines");
                    arcs[e].0 = node;
                } else {
                    debug_assert_eq!(arcs[e].1, free, "an entry enters two lines");
                    arcs[e].1 = node;
                }
            }
        }
        let mut adjacent = vec![Vec::new(); free + 1];
        for (e, &(from, to)) in arcs.iter().enumerate() {
            adjacent[from].push((e, to, true));
            adjacent[to].push((e, from, false));
        }
        Network {
            entries,
            values,
            lines,
            arcs,
            adjacent,
        }
    }

    /// The flags of `s`, one per published entry.
    fn hidden(&self, grid: &Grid, s: &Suppressed) -> Vec<bool> {
        self.entries.iter().map(|&e| s.contains(e, grid)).collect()
    }

    /// The flags as a [`Suppressed`] shaped for `grid`.
    fn suppressed(&self, grid: &Grid, hidden: &[bool]) -> Suppressed {
        let mut s = Suppressed::none(grid);
        for (&entry, _) in self.entries.iter().zip(hidden).filter(|(_, &h)| h) {
            s.insert(entry, grid);
        }
        s
    }

    /// The line rule: while a line has exactly one suppressed entry, suppress its smallest
    /// non-zero published entry (members before the total on equal counts, then lowest index;
    /// zeros last).
    fn apply_line_rule(&self, hidden: &mut [bool]) {
        loop {
            let pick = self
                .lines
                .iter()
                .filter(|line| line.entries().filter(|&(e, _)| hidden[e]).count() == 1)
                .find_map(|line| {
                    line.entries()
                        .filter(|&(e, _)| !hidden[e])
                        .min_by_key(|&(e, is_total)| {
                            let n = self.values[e];
                            (n == 0, n, is_total, e)
                        })
                });
            match pick {
                Some((e, _)) => hidden[e] = true,
                None => return,
            }
        }
    }

    /// The cycle rule: every suppressed entry whose value is still determined gets the cheapest
    /// path that puts it on a cycle suppressed too. Returns whether anything was added.
    fn apply_cycle_rule(&self, hidden: &mut [bool]) -> bool {
        let mut changed = false;
        for e in 0..self.entries.len() {
            if !hidden[e] {
                continue;
            }
            if let Some((_, path)) = self.cheapest_cycle(e, hidden, true) {
                for f in path {
                    changed |= !hidden[f];
                    hidden[f] = true;
                }
            }
        }
        changed
    }

    /// The cheapest set of other entries that, with entry `e`, forms a cycle along which one
    /// case can be moved (so that `e`'s count can change): `e` goes up along the cycle, or down
    /// when it is not zero. With `open`, published entries may be part of it at their
    /// [`Network::cost`]; without, only suppressed ones, so `None` means `e` is determined.
    fn cheapest_cycle(&self, e: usize, hidden: &[bool], open: bool) -> Option<(Cost, Vec<usize>)> {
        let (from, to) = self.arcs[e];
        let up = self.cheapest_path(to, from, e, hidden, open);
        let down = (self.values[e] > 0)
            .then(|| self.cheapest_path(from, to, e, hidden, open))
            .flatten();
        match (up, down) {
            (Some(up), Some(down)) if down.0 < up.0 => Some(down),
            (up, down) => up.or(down),
        }
    }

    /// What suppressing published entry `e` costs.
    fn cost(&self, e: usize) -> Cost {
        Cost {
            count: self.values[e],
            totals: usize::from(!matches!(self.entries[e], Entry::Cell { .. })),
            entries: 1,
        }
    }

    /// Dijkstra's cheapest path from `source` to `target` in the residual network, never
    /// through entry `skip`: an entry's arc can be followed forwards always (one more case) and
    /// backwards when its count is not zero (one case fewer). Suppressed entries cost nothing;
    /// published ones cost [`Network::cost`] with `open`, and are closed without.
    fn cheapest_path(
        &self,
        source: usize,
        target: usize,
        skip: usize,
        hidden: &[bool],
        open: bool,
    ) -> Option<(Cost, Vec<usize>)> {
        let nodes = self.adjacent.len();
        let mut best: Vec<Option<Cost>> = vec![None; nodes];
        let mut via: Vec<Option<(usize, usize)>> = vec![None; nodes];
        let mut queue = BinaryHeap::new();
        best[source] = Some(Cost::default());
        queue.push(Reverse((Cost::default(), source)));
        while let Some(Reverse((cost, node))) = queue.pop() {
            if best[node].is_some_and(|b| cost > b) {
                continue;
            }
            if node == target {
                break;
            }
            for &(f, next, forwards) in &self.adjacent[node] {
                if f == skip || (!forwards && self.values[f] == 0) {
                    continue;
                }
                let step = if hidden[f] {
                    Cost::default()
                } else if open {
                    self.cost(f)
                } else {
                    continue;
                };
                let reached = cost.plus(step);
                if best[next].is_none_or(|b| reached < b) {
                    best[next] = Some(reached);
                    via[next] = Some((f, node));
                    queue.push(Reverse((reached, next)));
                }
            }
        }
        let cost = best[target]?;
        let mut path = Vec::new();
        let mut node = target;
        while node != source {
            let (f, previous) = via[node]?;
            path.push(f);
            node = previous;
        }
        path.reverse();
        Some((cost, path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What a reader of a published table sees, built straight from the definition of the
    /// published entries and lines (independently of the module's flow network).
    struct View {
        entries: Vec<Entry>,
        values: Vec<u64>,
        hidden: Vec<bool>,
        /// (members, total), as indices into `entries`.
        equations: Vec<(Vec<usize>, usize)>,
    }

    fn view(g: &Grid, s: &Suppressed) -> View {
        let mut entries = Vec::new();
        for row in 0..g.rows {
            for col in 0..g.cols {
                entries.push(Entry::Cell { row, col });
            }
        }
        if g.row_totals {
            entries.extend((0..g.rows).map(Entry::RowTotal));
        }
        if g.col_totals {
            entries.extend((0..g.cols).map(Entry::ColTotal));
        }
        if g.row_totals && g.col_totals {
            entries.push(Entry::GrandTotal);
        }
        let at = |e: Entry| entries.iter().position(|&x| x == e).unwrap();
        let cell = |row, col| at(Entry::Cell { row, col });
        let mut equations = Vec::new();
        if g.row_totals {
            equations.extend((0..g.rows).map(|row| {
                let members = (0..g.cols).map(|col| cell(row, col)).collect();
                (members, at(Entry::RowTotal(row)))
            }));
        }
        if g.col_totals {
            equations.extend((0..g.cols).map(|col| {
                let members = (0..g.rows).map(|row| cell(row, col)).collect();
                (members, at(Entry::ColTotal(col)))
            }));
        }
        if g.row_totals && g.col_totals {
            let members = (0..g.cols).map(|c| at(Entry::ColTotal(c))).collect();
            equations.push((members, at(Entry::GrandTotal)));
            let members = (0..g.rows).map(|r| at(Entry::RowTotal(r))).collect();
            equations.push((members, at(Entry::GrandTotal)));
        }
        let values = entries
            .iter()
            .map(|&e| match e {
                Entry::Cell { row, col } => g.cells[row * g.cols + col],
                Entry::RowTotal(r) => (0..g.cols).map(|c| g.cells[r * g.cols + c]).sum(),
                Entry::ColTotal(c) => (0..g.rows).map(|r| g.cells[r * g.cols + c]).sum(),
                Entry::GrandTotal => g.cells.iter().sum(),
            })
            .collect();
        let hidden = entries
            .iter()
            .map(|&e| match e {
                Entry::Cell { row, col } => s.cells[row * g.cols + col],
                Entry::RowTotal(r) => s.row_totals[r],
                Entry::ColTotal(c) => s.col_totals[c],
                Entry::GrandTotal => s.grand_total,
            })
            .collect();
        View {
            entries,
            values,
            hidden,
            equations,
        }
    }

    /// Another table of non-negative integers that agrees with every published entry of `v`
    /// and satisfies every published equation, but differs at entry `target`; `None` if the
    /// search finds none. The search changes each suppressed entry by -1, 0 or +1: the
    /// equations' matrix is totally unimodular (a network matrix), so if any other table
    /// exists, one within one case of the original everywhere exists too (a conformal cycle of
    /// the difference). Whatever it returns is checked directly against the equations.
    fn witness(v: &View, target: usize) -> Option<Vec<u64>> {
        let order: Vec<usize> = std::iter::once(target)
            .chain((0..v.entries.len()).filter(|&e| v.hidden[e] && e != target))
            .collect();
        let mut rank = vec![usize::MAX; v.entries.len()];
        for (k, &e) in order.iter().enumerate() {
            rank[e] = k;
        }
        // Each equation over the unknowns only: (entry, coefficient), members +1, total -1.
        let equations: Vec<Vec<(usize, i64)>> = v
            .equations
            .iter()
            .map(|(members, total)| {
                members
                    .iter()
                    .map(|&m| (m, 1))
                    .chain(std::iter::once((*total, -1)))
                    .filter(|&(e, _)| v.hidden[e])
                    .collect()
            })
            .collect();
        let mut of = vec![Vec::new(); v.entries.len()];
        for (q, eq) in equations.iter().enumerate() {
            for &(e, _) in eq {
                of[e].push(q);
            }
        }
        let mut delta = vec![0i64; v.entries.len()];

        fn search(
            k: usize,
            order: &[usize],
            rank: &[usize],
            equations: &[Vec<(usize, i64)>],
            of: &[Vec<usize>],
            values: &[u64],
            delta: &mut [i64],
        ) -> bool {
            let Some(&e) = order.get(k) else {
                return true;
            };
            for d in [1i64, -1, 0] {
                if (k == 0 && d == 0) || (d < 0 && values[e] == 0) {
                    continue;
                }
                delta[e] = d;
                let consistent = of[e].iter().all(|&q| {
                    let (mut partial, mut left) = (0i64, 0i64);
                    for &(x, coef) in &equations[q] {
                        if rank[x] <= k {
                            partial += coef * delta[x];
                        } else {
                            left += 1;
                        }
                    }
                    partial.abs() <= left
                });
                if consistent && search(k + 1, order, rank, equations, of, values, delta) {
                    return true;
                }
            }
            delta[e] = 0;
            false
        }

        if !search(0, &order, &rank, &equations, &of, &v.values, &mut delta) {
            return None;
        }
        let other: Vec<u64> = v
            .values
            .iter()
            .zip(&delta)
            .map(|(&n, &d)| u64::try_from(n as i64 + d).expect("non-negative"))
            .collect();
        for (e, (&a, &b)) in v.values.iter().zip(&other).enumerate() {
            assert!(
                v.hidden[e] || a == b,
                "the witness changed a published entry"
            );
        }
        for (members, total) in &v.equations {
            let sum: u64 = members.iter().map(|&m| other[m]).sum();
            assert_eq!(sum, other[*total], "the witness breaks an equation");
        }
        assert_ne!(other[target], v.values[target]);
        Some(other)
    }

    /// Asserts everything `suppress` promises for `g` at `threshold`.
    fn check(g: &Grid, threshold: u64) -> Suppressed {
        let s = g.suppress(threshold);
        assert_eq!(s.cells.len(), g.rows * g.cols);
        assert_eq!(s.row_totals.len(), g.rows);
        assert_eq!(s.col_totals.len(), g.cols);
        assert!(g.row_totals || !s.row_totals.contains(&true));
        assert!(g.col_totals || !s.col_totals.contains(&true));
        assert!(g.publishes_grand_total() || !s.grand_total);
        let v = view(g, &s);
        for (e, &n) in v.values.iter().enumerate() {
            if n > 0 && n < threshold {
                assert!(v.hidden[e], "small {} published", v.entries[e]);
            }
        }
        assert_eq!(g.exposed(&s), None);
        assert_eq!(g.derivable(&s), None);
        for e in (0..v.entries.len()).filter(|&e| v.hidden[e]) {
            assert!(
                witness(&v, e).is_some(),
                "{} is determined in {g:?} with {s:?}",
                v.entries[e]
            );
        }
        assert_eq!(g.suppress(threshold), s, "not deterministic");
        s
    }

    /// What `check` finds hidden in `g` at the default threshold, drawn as the published table:
    /// a line per row (its cells, then a space and its total where row totals are published),
    /// and where column totals are published a last line of those (then a space and the grand
    /// total, where published). `#` is hidden, `.` shown.
    fn hidden_at_default(g: &Grid) -> Vec<String> {
        let s = check(g, DEFAULT_THRESHOLD);
        let draw = |entries: &[bool], total: Option<bool>| {
            let mark = |hidden: bool| if hidden { '#' } else { '.' };
            let mut line: String = entries.iter().map(|&h| mark(h)).collect();
            if let Some(h) = total {
                line.push(' ');
                line.push(mark(h));
            }
            line
        };
        let mut picture: Vec<String> = s
            .cells
            .chunks(g.cols)
            .zip(&s.row_totals)
            .map(|(row, &total)| draw(row, g.row_totals.then_some(total)))
            .collect();
        if g.col_totals {
            let grand = g.publishes_grand_total().then_some(s.grand_total);
            picture.push(draw(&s.col_totals, grand));
        }
        picture
    }

    #[test]
    fn one_way_small_cell_and_its_complement() {
        let g = Grid::one_way(vec![3, 12, 20]);
        assert_eq!(g.grand_total(), 35);
        assert_eq!(hidden_at_default(&g), ["##. ."]);
    }

    #[test]
    fn one_way_small_total() {
        assert_eq!(hidden_at_default(&Grid::one_way(vec![1, 2, 0])), ["##. #"]);
        // One case in one category: the cell and the total are both small.
        assert_eq!(hidden_at_default(&Grid::one_way(vec![0, 3, 0])), [".#. #"]);
    }

    #[test]
    fn a_complement_in_a_row_cascades_into_the_columns() {
        // 2 is small; row 0 then hides 8, column 0 hides 7, row 1 hides 10: a 2 × 2 block.
        let g = Grid::new(2, 3, vec![2, 8, 9, 7, 10, 20], true, true);
        assert_eq!(hidden_at_default(&g), ["##. .", "##. .", "... ."]);
    }

    #[test]
    fn zeros_are_not_small() {
        let g = Grid::new(2, 2, vec![0, 10, 0, 7], true, true);
        assert_eq!(hidden_at_default(&g), [".. .", ".. .", ".. ."]);
    }

    #[test]
    fn only_row_totals_make_only_row_lines() {
        // Column sums are not published (a case may have several charges), so column 2's sum of
        // 3 is not small, and columns are not lines. Row 1's complement skips its zero.
        let g = Grid::new(2, 3, vec![3, 10, 1, 0, 7, 2], true, false);
        assert_eq!(hidden_at_default(&g), ["#.# .", ".## ."]);
    }

    #[test]
    fn without_margins_only_small_cells_are_suppressed() {
        let g = Grid::new(2, 2, vec![1, 7, 4, 0], false, false);
        assert_eq!(hidden_at_default(&g), ["#.", "#."]);
    }

    #[test]
    fn a_small_column_total_is_suppressed_and_protected() {
        let g = Grid::new(1, 2, vec![3, 10], true, true);
        assert_eq!(hidden_at_default(&g), ["## .", "## ."]);
    }

    #[test]
    fn exposed_names_the_line_but_no_count() {
        let g = Grid::one_way(vec![3, 12, 20]);
        let mut s = Suppressed::none(&g);
        s.insert(Entry::Cell { row: 0, col: 0 }, &g);
        let message = g.exposed(&s).unwrap();
        assert!(message.contains("row 0"), "{message}");
        assert!(!message.contains('3'), "{message}");
        assert_eq!(g.derivable(&s), Some(Entry::Cell { row: 0, col: 0 }));
        assert!(witness(&view(&g, &s), 0).is_none());
    }

    #[test]
    fn the_line_rule_alone_leaves_a_derivable_cell() {
        // Two blocks of small cells, joined by the small cell (0, 2): every line has zero or at
        // least two suppressed entries, yet rows 0 and 1 minus columns 0 and 1 give (0, 2) = 3.
        #[rustfmt::skip]
        let cells = vec![
             1,  2,  3, 20,
             2,  1, 30, 40,
            30, 40,  1,  2,
            20, 30,  2,  1,
        ];
        let g = Grid::new(4, 4, cells, true, true);
        let mut primary = Suppressed::none(&g);
        for (i, &n) in g.cells.iter().enumerate() {
            if n > 0 && n < DEFAULT_THRESHOLD {
                primary.insert(
                    Entry::Cell {
                        row: i / 4,
                        col: i % 4,
                    },
                    &g,
                );
            }
        }
        assert_eq!(g.exposed(&primary), None);
        let joint = Entry::Cell { row: 0, col: 2 };
        assert_eq!(g.derivable(&primary), Some(joint));
        assert!(witness(&view(&g, &primary), 2).is_none());

        let s = check(&g, DEFAULT_THRESHOLD);
        assert!(s.count() > primary.count());
        assert!(s.contains(joint, &g));
    }

    /// What primary suppression and the line rule alone would hide.
    fn line_rule_only(g: &Grid, threshold: u64) -> Suppressed {
        let net = Network::new(g);
        let mut hidden: Vec<bool> = net.values.iter().map(|&n| n > 0 && n < threshold).collect();
        net.apply_line_rule(&mut hidden);
        net.suppressed(g, &hidden)
    }

    #[test]
    fn the_cycle_rule_repairs_what_the_line_rule_leaves() {
        // Found by the property test below with the cycle rule switched off: after the line
        // rule no line has a single suppressed entry, yet some suppressed entry is determined.
        let g = Grid::new(3, 4, vec![11, 0, 6, 1, 1, 1, 10, 9, 0, 0, 1, 2], true, true);
        let lines = line_rule_only(&g, 3);
        assert_eq!(g.exposed(&lines), None);
        let determined = g
            .derivable(&lines)
            .expect("the line rule alone is not enough");
        let v = view(&g, &lines);
        let at = v.entries.iter().position(|&e| e == determined).unwrap();
        assert!(witness(&v, at).is_none());
        let s = check(&g, 3);
        assert!(s.count() > lines.count());
    }

    #[test]
    fn non_negativity_is_taken_into_account() {
        // Cell (0, 0) and the totals of row 0 and column 0 are small. Its partners in row 0 and
        // column 0 are zeros, which cannot go down; check() proves every suppressed entry can
        // still move.
        let g = Grid::new(2, 2, vec![3, 0, 0, 9], true, true);
        let s = check(&g, DEFAULT_THRESHOLD);
        assert!(s.cells[0] && s.row_totals[0] && s.col_totals[0]);
        assert!(!s.cells[1] && !s.cells[2]);
    }

    #[test]
    fn zeros_cannot_go_below_zero() {
        // A 2 × 2 block of suppressed cells, three of them zero: moving one case around the
        // block would take a zero below zero in either direction, so the 3 is determined (row 0
        // says it plus its zero neighbour is 3; column 1 says that neighbour is 0).
        #[rustfmt::skip]
        let g = Grid::new(3, 3, vec![
             3, 0, 10,
             0, 0, 10,
            10, 10, 10,
        ], true, true);
        let mut s = Suppressed::none(&g);
        for (row, col) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
            s.insert(Entry::Cell { row, col }, &g);
        }
        assert_eq!(g.exposed(&s), None);
        assert_eq!(g.derivable(&s), Some(Entry::Cell { row: 0, col: 0 }));
        assert!(witness(&view(&g, &s), 0).is_none());
        check(&g, DEFAULT_THRESHOLD);

        // Two suppressed zeros that add up to a published zero.
        let g = Grid::one_way(vec![0, 0, 20]);
        let mut s = Suppressed::none(&g);
        s.insert(Entry::Cell { row: 0, col: 0 }, &g);
        s.insert(Entry::Cell { row: 0, col: 1 }, &g);
        assert_eq!(g.exposed(&s), None);
        assert_eq!(g.derivable(&s), Some(Entry::Cell { row: 0, col: 0 }));
    }

    #[test]
    #[should_panic(expected = "needs")]
    fn new_rejects_a_wrong_number_of_cells() {
        let _ = Grid::new(2, 2, vec![1, 2, 3], true, true);
    }

    #[test]
    fn entries_read_plainly() {
        assert_eq!(
            Entry::Cell { row: 1, col: 2 }.to_string(),
            "cell (row 1, column 2)"
        );
        assert_eq!(Entry::GrandTotal.to_string(), "grand total");
        let g = Grid::new(2, 2, vec![1, 2, 3, 4], true, false);
        assert_eq!(g.published_entries().len(), 6);
        assert!(!g.is_published(Entry::ColTotal(0)));
        assert_eq!(g.value(Entry::ColTotal(1)), 6);
    }

    fn grids() -> impl Strategy<Value = (Grid, u64)> {
        (1usize..=4, 1usize..=4).prop_flat_map(|(rows, cols)| {
            (
                // Counts from 0 to 12, with extra zeros: zeros are where non-negativity bites.
                prop::collection::vec(prop_oneof![1 => Just(0u64), 3 => 0u64..=12], rows * cols),
                any::<bool>(),
                any::<bool>(),
                3u64..=6,
            )
                .prop_map(move |(cells, r, c, t)| (Grid::new(rows, cols, cells, r, c), t))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Small counts are hidden, no line exposes one, and no suppressed entry (cell or
        /// total) is determined by the published ones: a witness table proves it for each.
        #[test]
        fn suppression_leaves_nothing_determined((g, threshold) in grids()) {
            check(&g, threshold);
        }

        /// On any suppression pattern, `derivable` names exactly the first suppressed entry
        /// that the brute-force search finds no other table for.
        #[test]
        fn derivable_agrees_with_brute_force(
            (g, _) in grids(),
            flags in prop::collection::vec(prop::bool::weighted(0.4), 25),
        ) {
            let mut s = Suppressed::none(&g);
            for (entry, &flag) in g.published_entries().iter().zip(&flags) {
                if flag {
                    s.insert(*entry, &g);
                }
            }
            let v = view(&g, &s);
            let expected = (0..v.entries.len())
                .find(|&e| v.hidden[e] && witness(&v, e).is_none())
                .map(|e| v.entries[e]);
            prop_assert_eq!(g.derivable(&s), expected);
        }
    }
}
