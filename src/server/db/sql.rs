//! Statements built at run time, with numbered placeholders that both backends read.
//!
//! sqlx's `QueryBuilder` writes `?` placeholders for the `Any` driver, which PostgreSQL rejects;
//! [`Sql`] writes `$1, $2, …` for PostgreSQL and plain `?` for SQLite. (SQLite would read `$1` too,
//! but keeps named and numbered parameters in a list that sqlx searches once per parameter: a batch
//! INSERT of 30 000 values spent seconds there. Anonymous `?` parameters, bound in order, cost
//! nothing, and [`Sql`] numbers its placeholders in order of appearance, each used once.)

use super::{Conn, Db, Pool};
use sqlx::any::{AnyArguments, AnyQueryResult, AnyRow};
use sqlx::{Arguments, Encode, FromRow, Type};
use std::fmt::Write;

/// A statement and its arguments, built piece by piece.
#[derive(Default)]
pub struct Sql<'q> {
    text: String,
    /// Byte offsets of the `$` of every placeholder (SQLite gets `?` there).
    marks: Vec<usize>,
    args: AnyArguments<'q>,
    count: usize,
    /// Spans of `text` (PostgreSQL's wording) that SQLite reads otherwise: (offset, length, SQLite's
    /// text).
    alternatives: Vec<(usize, usize, String)>,
    error: Option<sqlx::error::BoxDynError>,
}

/// Statements with more bound values than this are not kept prepared on the connection: a bulk
/// insert of a thousand rows (a different statement for every row count) would otherwise keep up
/// to a hundred large prepared statements alive on each connection, hundreds of megabytes.
const CACHED_PARAMS: usize = 64;

impl<'q> Sql<'q> {
    /// Whether the statement is worth keeping prepared (see [`CACHED_PARAMS`]).
    fn cached(&self) -> bool {
        self.count <= CACHED_PARAMS
    }

    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// Appends SQL text.
    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends SQL text that differs between the backends (no placeholders inside).
    pub fn push_either(&mut self, sqlite: &str, postgres: &str) -> &mut Self {
        self.alternatives
            .push((self.text.len(), postgres.len(), sqlite.to_string()));
        self.text.push_str(postgres);
        self
    }

    /// Appends a placeholder for `value`.
    pub fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'q + Encode<'q, Db> + Type<Db>,
    {
        if let Err(e) = self.args.add(value) {
            self.error.get_or_insert(e);
        }
        self.count += 1;
        self.marks.push(self.text.len());
        let _ = write!(self.text, "${}", self.count);
        self
    }

    /// Appends `(v1, v2, …)`: a placeholder per value, for `IN` lists.
    pub fn bind_list<T>(&mut self, values: impl IntoIterator<Item = T>) -> &mut Self
    where
        T: 'q + Encode<'q, Db> + Type<Db>,
    {
        self.text.push('(');
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.bind(value);
        }
        self.text.push(')');
        self
    }

    /// Appends ` VALUES (…), (…)`, one group per row, with `bind_row` adding the row's values.
    pub fn values<R>(&mut self, rows: &'q [R], bind_row: impl Fn(&mut Values<'_, 'q>, &'q R)) {
        self.text.push_str(" VALUES ");
        for (i, row) in rows.iter().enumerate() {
            self.text.push_str(if i == 0 { "(" } else { ", (" });
            let mut values = Values {
                sql: self,
                first: true,
            };
            bind_row(&mut values, row);
            self.text.push(')');
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The statement in the dialect of `backend` ("SQLite" or "PostgreSQL"), and its arguments.
    pub(crate) fn ready(self, backend: &str) -> sqlx::Result<(String, AnyArguments<'q>)> {
        if let Some(e) = self.error {
            return Err(sqlx::Error::Encode(e));
        }
        if backend != "SQLite" {
            return Ok((self.text, self.args));
        }
        // Every edit replaces a span of the PostgreSQL text: `$n` by `?`, alternatives by SQLite's.
        let mut edits: Vec<(usize, usize, &str)> = self
            .marks
            .iter()
            .map(|&at| {
                let digits = self.text[at + 1..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                (at, 1 + digits, "?")
            })
            .collect();
        edits.extend(
            self.alternatives
                .iter()
                .map(|(at, len, sqlite)| (*at, *len, sqlite.as_str())),
        );
        edits.sort_by_key(|e| e.0);
        let mut text = String::with_capacity(self.text.len());
        let mut from = 0;
        for (at, len, with) in edits {
            text.push_str(&self.text[from..at]);
            text.push_str(with);
            from = at + len;
        }
        text.push_str(&self.text[from..]);
        Ok((text, self.args))
    }

    pub async fn execute(self, conn: &mut Conn) -> sqlx::Result<AnyQueryResult> {
        let persistent = self.cached();
        let (text, args) = self.ready(conn.backend_name())?;
        sqlx::query_with(&text, args)
            .persistent(persistent)
            .execute(conn)
            .await
    }

    pub async fn fetch_all<T>(self, pool: &Pool) -> sqlx::Result<Vec<T>>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        let mut conn = pool.acquire().await?;
        let persistent = self.cached();
        let (text, args) = self.ready(conn.backend_name())?;
        sqlx::query_as_with(&text, args)
            .persistent(persistent)
            .fetch_all(&mut *conn)
            .await
    }

    /// The rows as they come, for a statement whose columns are known only at run time.
    pub async fn fetch_rows(self, pool: &Pool) -> sqlx::Result<Vec<AnyRow>> {
        self.fetch_rows_in(&mut *pool.acquire().await?).await
    }

    /// Like [`Sql::fetch_rows`], on a connection or inside a transaction.
    pub async fn fetch_rows_in(self, conn: &mut Conn) -> sqlx::Result<Vec<AnyRow>> {
        let persistent = self.cached();
        let (text, args) = self.ready(conn.backend_name())?;
        sqlx::query_with(&text, args)
            .persistent(persistent)
            .fetch_all(conn)
            .await
    }

    /// Like [`Sql::fetch_all`], on a connection or inside a transaction.
    pub async fn fetch_all_in<T>(self, conn: &mut Conn) -> sqlx::Result<Vec<T>>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        let persistent = self.cached();
        let (text, args) = self.ready(conn.backend_name())?;
        sqlx::query_as_with(&text, args)
            .persistent(persistent)
            .fetch_all(conn)
            .await
    }

    pub async fn fetch_one<T>(self, pool: &Pool) -> sqlx::Result<T>
    where
        T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
    {
        let mut conn = pool.acquire().await?;
        let persistent = self.cached();
        let (text, args) = self.ready(conn.backend_name())?;
        sqlx::query_as_with(&text, args)
            .persistent(persistent)
            .fetch_one(&mut *conn)
            .await
    }
}

/// The values of one row inside [`Sql::values`], separated by commas.
pub struct Values<'a, 'q> {
    sql: &'a mut Sql<'q>,
    first: bool,
}

impl<'q> Values<'_, 'q> {
    pub fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'q + Encode<'q, Db> + Type<Db>,
    {
        if !self.first {
            self.sql.text.push_str(", ");
        }
        self.first = false;
        self.sql.bind(value);
        self
    }
}

/// SQLite's default limit on bound parameters in one statement (PostgreSQL allows 65 535).
const MAX_PARAMS: usize = 32_766;

/// Inserts `rows` into `table`, as many per statement as the parameter limit allows.
pub(crate) async fn insert_rows<'r, T: 'r>(
    conn: &mut Conn,
    table: &str,
    columns: &[&str],
    rows: &'r [T],
    bind: impl Fn(&mut Values<'_, 'r>, &'r T),
) -> sqlx::Result<()> {
    for chunk in rows.chunks((MAX_PARAMS / columns.len()).max(1)) {
        let mut q = Sql::new(format!("INSERT INTO {table} ({})", columns.join(", ")));
        q.values(chunk, &bind);
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A row type written with [`insert`]: its table, its columns, and how one row binds them.
pub trait Insert {
    const TABLE: &'static str;
    const COLUMNS: &'static [&'static str];
    fn bind<'r>(&'r self, values: &mut Values<'_, 'r>);
}

/// Implements [`Insert`] from one list of columns, each named as the row's field of the same
/// name, so the column list and the values bound cannot drift apart.
macro_rules! insert_into {
    ($table:literal, $row:ty, [$($column:ident),+ $(,)?]) => {
        impl $crate::server::db::sql::Insert for $row {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static [&'static str] = &[$(stringify!($column)),+];
            fn bind<'r>(&'r self, values: &mut $crate::server::db::sql::Values<'_, 'r>) {
                values$(.bind(&self.$column))+;
            }
        }
    };
}
pub(crate) use insert_into;

/// Inserts `rows` of a table, as many per statement as the parameter limit allows.
pub async fn insert<T: Insert>(conn: &mut Conn, rows: &[T]) -> sqlx::Result<()> {
    insert_rows(conn, T::TABLE, T::COLUMNS, rows, |values, row| {
        row.bind(values)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let rows = [("a", 1i64), ("b", 2i64)];
        let mut q = Sql::new("INSERT INTO t (x, y)");
        q.values(&rows, |v, r| {
            v.bind(r.0).bind(r.1);
        });
        q.push(" RETURNING x WHERE y > ").bind(0i64);
        assert_eq!(
            q.text(),
            "INSERT INTO t (x, y) VALUES ($1, $2), ($3, $4) RETURNING x WHERE y > $5"
        );
        let (sqlite, _) = q.ready("SQLite").unwrap();
        assert_eq!(
            sqlite,
            "INSERT INTO t (x, y) VALUES (?, ?), (?, ?) RETURNING x WHERE y > ?"
        );
    }
}
