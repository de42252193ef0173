//! The time every record, session and audit entry is stamped with. One clock per running app (in
//! [`crate::server::state::AppState`] and [`crate::server::context::Context`]): the system's time,
//! which tests move forward to see sessions, challenges and reveals expire, instead of rewriting
//! stored times.

use chrono::{DateTime, SecondsFormat, Utc};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// The system's time plus an offset that only tests move. Clones share the offset.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    /// Seconds since 1970 (sessions, challenges and the throttle store these).
    pub fn unix(&self) -> i64 {
        self.now().timestamp()
    }

    /// The time as stored in text columns: RFC 3339 UTC with milliseconds (sorts as text).
    pub fn stamp(&self) -> String {
        self.now().to_rfc3339_opts(SecondsFormat::Millis, true)
    }

    /// Moves this clock (and every clone of it) forward by `by`: for tests.
    pub fn advance(&self, by: std::time::Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.offset_ms.fetch_add(ms, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advanced_clock_is_ahead_for_every_clone() {
        let clock = Clock::default();
        let copy = clock.clone();
        let before = copy.unix();
        clock.advance(std::time::Duration::from_secs(3600));
        assert!(copy.unix() - before >= 3600);
        assert!(copy.unix() - before < 3700);
        assert_eq!(copy.stamp().len(), "2026-12-03T07:00:00.000Z".len());
        assert!(copy.stamp().ends_with('Z'));
    }
}
