// Counts a browser-test run only if Playwright wrote its report, ran tests, and none failed:
// `cargo leptos end-to-end` exits 0 even when its build fails (a full disk did that in CI).
const path = require("node:path");
const file = path.resolve(__dirname, "../target/e2e-results.json");
let stats;
try {
  stats = require(file).stats;
} catch (e) {
  console.error(`no browser-test report at ${file}: the browser tests did not run`);
  process.exit(1);
}
if (!(stats.expected > 0 && stats.unexpected === 0 && stats.flaky === 0)) {
  console.error("browser tests did not all pass:", stats);
  process.exit(1);
}
console.log(`browser tests: ${stats.expected} passed`);
