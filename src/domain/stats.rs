//! The statistics page's figures: counts of the filtered cases, with small cells hidden from
//! researchers (a count under 5 of a narrow selection can point at a family).

use serde::{Deserialize, Serialize};

/// Counts under this are shown to researchers as "<5".
pub const SMALL_CELL: u64 = 5;

/// A count as a reader may see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Count {
    Exact(u64),
    /// Between 1 and `SMALL_CELL - 1`, not said which.
    Few,
    /// Withheld by an aggregate report's disclosure control: small, or derivable from the cells
    /// around it (which of the two is not said either).
    Suppressed,
}

impl Count {
    /// `n`, hidden when small and the reader is a researcher.
    pub fn of(n: u64, suppress: bool) -> Self {
        if suppress && (1..SMALL_CELL).contains(&n) {
            Count::Few
        } else {
            Count::Exact(n)
        }
    }

    /// How long a bar to draw (a hidden count is drawn as nothing: its size is the secret).
    pub fn drawn(self) -> u64 {
        match self {
            Count::Exact(n) => n,
            Count::Few | Count::Suppressed => 0,
        }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::Few => write!(f, "<{SMALL_CELL}"),
            Count::Suppressed => f.write_str("x"),
        }
    }
}

/// One bar: what it counts and how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub count: Count,
}

/// One figure: a title, what it counts, and its bars in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chart {
    /// For ids in the page (`status`, `years`, …).
    pub id: String,
    pub title: String,
    /// What one bar counts, for the data table's header.
    pub unit: String,
    pub bars: Vec<Bar>,
}

/// Every figure of the statistics page for one selection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub total: Count,
    pub charts: Vec<Chart>,
    /// Small counts are hidden (the reader is a researcher).
    pub suppressed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_hidden_from_researchers_only() {
        assert_eq!(Count::of(3, true), Count::Few);
        assert_eq!(Count::of(3, true).to_string(), "<5");
        assert_eq!(Count::of(3, false), Count::Exact(3));
        assert_eq!(Count::of(5, true), Count::Exact(5));
        assert_eq!(
            Count::of(0, true),
            Count::Exact(0),
            "nothing is not a small cell"
        );
        assert_eq!(Count::Few.drawn(), 0);
    }
}
