# Izde's two commands (see README): `make run` and `make test`. Both set up what they need.
SHELL := /bin/bash
export PATH := $(CURDIR)/end2end/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Let `cargo test` reuse cargo-leptos's server build instead of rebuilding every dependency.
TEST_ENV := LEPTOS_OUTPUT_NAME=izde RUSTFLAGS="--cfg erase_components"
E2E_DATA := $(CURDIR)/target/e2e-data

.PHONY: run test setup build lint unit unit-both e2e bench-data bench bench-load bench-load-pg bench-export bench-pg bench-crypto bench-evidence bench-import bench-import-pg clean-e2e

## Install the toolchain pieces (wasm target, cargo-leptos, wasm-bindgen, chromium, npm packages).
setup:
	./scripts/install-tools.sh

## Build the release app and serve http://127.0.0.1:3000 with the fictional demo loaded on first run.
## The release bundle goes through wasm-opt: npm's binaryen (end2end/node_modules/.bin, first on PATH),
## never Debian's, which breaks hydration. --precompress writes .br and .gz beside every static file.
run: setup
	@case "$$(command -v wasm-opt)" in */end2end/node_modules/.bin/wasm-opt) ;; \
	  *) echo "wasm-opt is not npm's binaryen in end2end/node_modules (run make setup)" >&2; exit 1;; esac
	cargo leptos build --release --precompress
	LEPTOS_SITE_ROOT=target/site LEPTOS_OUTPUT_NAME=izde ./target/release/izde serve --demo

## Every test: formatting and lints, unit and integration (against SQLite files and a throwaway
## PostgreSQL server), and the browser.
test: setup lint unit e2e

lint:
	cargo fmt --all --check
	$(TEST_ENV) cargo clippy --all-targets --features ssr -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

## Unit and integration tests on SQLite, then every integration test file again on PostgreSQL:
## a new file in tests/ runs on both without editing this. A file that cannot say why in a line
## starting `//! Not run again on PostgreSQL:` (operations.rs: its tests pick their backends).
PG_SKIP_MARK := ^//! Not run again on PostgreSQL:
PG_TESTS = $(foreach f,$(wildcard tests/*.rs),$(if $(shell grep -l '$(PG_SKIP_MARK)' $(f)),,--test $(basename $(notdir $(f)))))

## The evidence locker's tests run once more on each database with the files in S3-compatible
## object storage: a throwaway s3s-fs server (scripts/with-s3.sh, built from the crate registry).
unit:
	./scripts/with-s3.sh ./scripts/with-postgres.sh $(MAKE) --no-print-directory unit-both

unit-both:
	$(TEST_ENV) cargo test --features ssr
	IZDE_TEST_BACKEND=postgres $(TEST_ENV) cargo test --features ssr $(PG_TESTS)
	IZDE_TEST_BLOBS=s3 $(TEST_ENV) cargo test --features ssr --test evidence --test link_rot
	IZDE_TEST_BLOBS=s3 IZDE_TEST_BACKEND=postgres $(TEST_ENV) cargo test --features ssr --test evidence --test link_rot

## The browser tests: cargo-leptos builds, starts the server on a fresh data dir, runs Playwright.
## cargo-leptos exits 0 even when its build fails (a full disk did that in CI), so the run counts
## only if Playwright wrote its report, ran tests, and none failed.
e2e: clean-e2e
	rm -f target/e2e-results.json
	IZDE_DATA_DIR=$(E2E_DATA) IZDE_DEMO=true cargo leptos end-to-end
	node scripts/check-e2e-results.js

clean-e2e:
	rm -rf $(E2E_DATA)

## 100k synthetic cases in a scratch data dir, for the benchmarks in README.
bench-data:
	cargo build --release --features ssr
	rm -rf target/bench-data && time ./target/release/izde generate --cases 100000 --data-dir target/bench-data

## Time the case list pages over the generated cases (a load script; see README).
bench: bench-data
	./scripts/bench-list.sh target/bench-data 30

## Load: Izde's pages at 1 and 32 connections beside a bare axum + sqlx handler running the same list
## queries (examples/bare_list.rs), with wrk (installed from Debian if missing); see README.
bench-load: bench-data
	command -v wrk >/dev/null || apt-get install -y wrk
	cargo build --release --features ssr --example bare_list
	./scripts/bench-load.sh target/bench-data 10

## The same on a throwaway PostgreSQL server (2 GB of shared buffers), cases generated into it.
bench-load-pg:
	command -v wrk >/dev/null || apt-get install -y wrk
	cargo build --release --features ssr --example bare_list
	cargo build --release --features ssr
	IZDE_PG_OPTIONS="-c shared_buffers=2GB" ./scripts/with-postgres.sh ./scripts/bench-load-postgres.sh 100000 10

## Time izde export (public CSV, researcher JSON, aggregate) over the generated cases (see README).
bench-export: bench-data
	./scripts/bench-export.sh target/bench-data

## The same over PostgreSQL (a throwaway server with 2 GB of shared buffers, as a deployment of this
## size would have), plus backup and restore of 100k cases.
bench-pg:
	cargo build --release --features ssr
	IZDE_PG_OPTIONS="-c shared_buffers=2GB" ./scripts/with-postgres.sh ./scripts/bench-postgres.sh 100000 30

## The evidence locker: a 1 GiB upload (throughput, server peak RSS), seeks into it, a download and
## izde evidence verify, beside cp and sha256sum on the same file (see README).
bench-evidence:
	cargo build --release --features ssr
	./scripts/bench-evidence.sh 1024

## Bulk import: a 100 000-row CSV (names in four scripts) into an empty installation, again, and
## with 1 % of its rows changed: rows per second and peak memory, and the same rows written by the
## database alone (see README).
bench-import:
	cargo build --release --features ssr
	command -v sqlite3 >/dev/null || (apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null)
	./scripts/bench-import.sh 100000

## The same into a throwaway PostgreSQL server.
bench-import-pg:
	cargo build --release --features ssr
	IZDE_PG_OPTIONS="-c shared_buffers=2GB" ./scripts/with-postgres.sh ./scripts/bench-import.sh 100000

## Criterion: seal/open per field and per case, and a KEK rotation over 100k cases (see README).
bench-crypto:
	cargo bench --features ssr --bench crypto
