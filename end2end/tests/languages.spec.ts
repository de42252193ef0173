import * as fs from "node:fs";
import * as path from "node:path";
import { test, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { browserAs, logIn, passwordOf, type DemoUser } from "./accounts";

// Languages and access (issue 20): an intake in Kazakh and in Uyghur (right to left), with errors
// beside their fields in that language; statistics in Chinese; the language kept in the account
// across log-out and log-in; and axe-core on every page of the app, in English and in Uyghur.
//
// Every language is chosen as a person would, with the switch in the page's header. The words
// expected on a page are read from locales/<language>/*.ftl, the same messages translators edit.

// Each test logs in two or three times (argon2 on a debug build): more than the default minute.
test.describe.configure({ timeout: 180_000 });

type Lang = "en" | "kk" | "ru" | "ug" | "zh";
const LANGS: Lang[] = ["en", "kk", "ru", "ug", "zh"];

const localesDir = path.resolve(__dirname, "../../locales");
const catalogs = new Map<Lang, Map<string, string>>();

/// The message `id` of `lang`, as its .ftl file writes it (simple messages: no variables).
function t(lang: Lang, id: string): string {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalog = new Map();
    const dir = path.join(localesDir, lang);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
      let current: string | undefined;
      for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
        const message = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
        if (message) {
          current = message[1];
          catalog.set(current, message[2].trim());
        } else if (current && /^\s+\S/.test(line) && !/^\s+[.[*]/.test(line)) {
          catalog.set(current, `${catalog.get(current)} ${line.trim()}`.trim());
        } else if (!/^\s/.test(line)) {
          current = undefined;
        }
      }
    }
    catalogs.set(lang, catalog);
  }
  const text = catalog.get(id);
  if (!text || text.includes("{")) throw new Error(`no simple message ${id} in locales/${lang}`);
  return text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/// A field's label as read out: its words, then perhaps "(encrypted…)" after them.
const label = (lang: Lang, id: string) => new RegExp(`^${escape(t(lang, id))}(?!\\p{L})`, "u");

/// The header's switch: choose `lang` and apply it; the same page comes back in that language.
async function chooseLanguage(page: Page, lang: Lang) {
  const path = new URL(page.url()).pathname;
  const names = LANGS.map((l) => escape(t(l, "language-label"))).join("|");
  const applies = LANGS.map((l) => escape(t(l, "language-apply"))).join("|");
  const header = page.getByRole("banner");
  await header.getByRole("combobox", { name: new RegExp(`^(${names})$`) }).selectOption(lang);
  await header.getByRole("button", { name: new RegExp(`^(${applies})$`) }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page).toHaveURL((url) => url.pathname === path);
}

/// Puts `user`'s language back to English in a browser of its own, so that the other specs (which
/// read English labels) find it as they expect, even after a failure here.
async function backToEnglish(browser: Browser, user: DemoUser) {
  const { context, page } = await browserAs(browser, user);
  if ((await page.locator("html").getAttribute("lang")) !== "en") await chooseLanguage(page, "en");
  await context.close();
}

const KK_NAME = "Жомарт Тілеубердіұлы";
const UG_NAME = "قۇربانجان ئوسمان";

/// Fills the intake in `lang`, finding each field by its label in that language.
async function fillIntake(page: Page, lang: Lang, values: { testifier: string; name: string; transcript: string }) {
  await page.getByLabel(label(lang, "intake-testifier-name")).fill(values.testifier);
  await page.getByLabel(label(lang, "intake-relationship")).selectOption("brother");
  await page.getByLabel(label(lang, "intake-consent")).selectOption("named");
  await page.getByLabel(label(lang, "intake-name")).fill(values.name);
  await page.getByLabel(label(lang, "intake-birth-year")).fill("1979");
  await page.getByLabel(label(lang, "intake-gender")).selectOption("male");
  await page.getByLabel(label(lang, "intake-status")).selectOption("camp");
  await page.getByLabel(label(lang, "intake-last-contact-location")).selectOption("cn-xj-ili");
  await page.getByLabel(label(lang, "intake-testimony-medium")).selectOption("video");
  await page.locator("#transcript").fill(values.transcript);
}

test("an intake in Kazakh: the switch in the header, errors beside their fields in Kazakh, the case page in Kazakh", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-volunteer");
  try {
    await page.goto("/cases/new");
    await chooseLanguage(page, "kk");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1, name: t("kk", "intake-title") })).toBeVisible();

    // A mistake: no status, and a month that does not exist.
    await fillIntake(page, "kk", { testifier: "Айбек Тілеубердіұлы", name: KK_NAME, transcript: "Інім 2018 жылы лагерьге алынды." });
    await page.getByLabel(label("kk", "intake-status")).selectOption("");
    await page.getByLabel(label("kk", "intake-last-contact-date")).fill("2019-13-45");
    await page.getByRole("button", { name: t("kk", "intake-save") }).click();
    await expect(page.locator("#status-error")).toHaveText(t("kk", "error-status-required"));
    await expect(page.locator("#last_contact_date-error")).toHaveText(t("kk", "error-date-month-range"));
    await expect(page.getByLabel(label("kk", "intake-status"))).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(label("kk", "intake-name"))).toHaveValue(KK_NAME);
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await page.screenshot({ path: "intake-kk.png", fullPage: true });

    // Fixed (the date as a Kazakh volunteer writes it), and saved.
    await page.getByLabel(label("kk", "intake-status")).selectOption("camp");
    await page.getByLabel(label("kk", "intake-last-contact-date")).fill("мамыр 2017");
    await page.getByRole("button", { name: t("kk", "intake-save") }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: KK_NAME })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await expect(page.getByRole("link", { name: t("kk", "case-edit") })).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("kk", "nav-main") }).getByRole("link", { name: t("kk", "nav-cases") })).toBeVisible();
    await expect(page.locator("ol.timeline time").first()).toContainText("2017");
    await expect(page.getByText(t("en", "case-edit"), { exact: true })).toHaveCount(0);
  } finally {
    await context.close();
    await backToEnglish(browser, "demo-volunteer");
  }
});

test("an intake in Uyghur: the page is right to left, its errors are in Uyghur, and a case page reads right to left", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-volunteer-2");
  try {
    await page.goto("/cases/new");
    await chooseLanguage(page, "ug");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: t("ug", "intake-title") })).toBeVisible();

    await fillIntake(page, "ug", { testifier: "ئابلەت ئوسمان", name: UG_NAME, transcript: "ئىنىم 2018-يىلى لاگېرغا ئېلىپ كېتىلدى." });
    await page.getByLabel(label("ug", "intake-status")).selectOption("");
    await page.getByLabel(label("ug", "intake-last-contact-date")).fill("2019-13-45");
    await page.getByRole("button", { name: t("ug", "intake-save") }).click();
    await expect(page.locator("#status-error")).toHaveText(t("ug", "error-status-required"));
    await expect(page.locator("#last_contact_date-error")).toHaveText(t("ug", "error-date-month-range"));
    await expect(page.getByLabel(label("ug", "intake-name"))).toHaveValue(UG_NAME);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    await page.getByLabel(label("ug", "intake-status")).selectOption("camp");
    await page.getByLabel(label("ug", "intake-last-contact-date")).fill("2017");
    await page.getByRole("button", { name: t("ug", "intake-save") }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: UG_NAME })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ug");
    await expect(page.getByRole("link", { name: t("ug", "case-edit") })).toBeVisible();

    // A demo case with names in three scripts, a timeline, sources and claims, in Uyghur.
    await page.goto("/cases");
    await page.getByLabel(label("ug", "search-field")).fill("Nurmemet Hesen");
    await page.getByRole("button", { name: t("ug", "search-submit"), exact: true }).click();
    await page.getByRole("link", { name: "نۇرمەمەت ھەسەن" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "نۇرمەمەت ھەسەن" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText("努尔买买提·艾山")).toBeVisible();
    expect(await page.locator("ol.timeline > li").count()).toBeGreaterThan(2);
    await page.screenshot({ path: "case-ug.png", fullPage: true });
  } finally {
    await context.close();
    await backToEnglish(browser, "demo-volunteer-2");
  }
});

test("the statistics in Chinese", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-researcher");
  try {
    await page.goto("/statistics");
    await chooseLanguage(page, "zh");
    await expect(page.getByRole("heading", { level: 1, name: t("zh", "stats-title") })).toBeVisible();
    await expect(page.getByText(t("zh", "stats-suppressed"))).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: t("en", "stats-title") })).toHaveCount(0);
    await page.screenshot({ path: "statistics-zh.png", fullPage: true });
  } finally {
    await context.close();
    await backToEnglish(browser, "demo-researcher");
  }
});

test("the language chosen is kept after logging out and in, and follows the account to another browser", async ({ browser }) => {
  const user: DemoUser = "demo-volunteer";
  const { context, page } = await browserAs(browser, user);
  try {
    await chooseLanguage(page, "ru");
    const nav = page.getByRole("navigation", { name: t("ru", "nav-main") });
    await expect(nav.getByRole("link", { name: t("ru", "nav-cases") })).toBeVisible();

    await page.getByRole("button", { name: t("ru", "log-out") }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1, name: t("ru", "login-heading") })).toBeVisible();

    await page.getByLabel(t("ru", "login-username")).fill(user);
    await page.getByLabel(t("ru", "login-password")).fill(passwordOf(user));
    await page.getByRole("button", { name: t("ru", "login-submit") }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.goto("/statistics");
    await expect(page.getByRole("heading", { level: 1, name: t("ru", "stats-title") })).toBeVisible();

    // Another browser, which never chose: its log-in page follows the browser (English), and once
    // logged in, the account's Russian.
    const other = await browser.newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto("/login");
    await expect(elsewhere.locator("html")).toHaveAttribute("lang", "en");
    await logIn(elsewhere, user);
    await expect(elsewhere.locator("html")).toHaveAttribute("lang", "ru");
    await expect(elsewhere.getByRole("navigation", { name: t("ru", "nav-main") }).getByRole("link", { name: t("ru", "nav-cases") })).toBeVisible();
    await other.close();
  } finally {
    await context.close();
    await backToEnglish(browser, user);
  }
});

// --- axe-core on every page ---

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// axe-core's WCAG 2.1 A and AA violations on the page, one line per rule and its elements.
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // axe-core ran its rules on this page (a check that checked nothing would pass too).
  expect(results.passes.length, `axe-core checked ${where}`).toBeGreaterThan(10);
  return results.violations.map((v) => {
    const nodes = v.nodes.map((n) => `      ${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`);
    return `${where}: ${v.id} (${v.impact}): ${v.help}\n${nodes.join("\n")}`;
  });
}

/// What kind of page a path is: ids (uuids, tokens, numbers) replaced by ":id".
function kindOf(pathname: string): string {
  return pathname
    .split("/")
    .map((s) => (/^\d+$/.test(s) || (/\d/.test(s) && /^[0-9a-f-]{16,}$/i.test(s)) ? ":id" : s))
    .join("/");
}

/// Links that are not pages: logging out, static files, the API, files to download, evidence bytes.
function notAPage(pathname: string): boolean {
  return (
    pathname === "/logout" ||
    pathname === "/favicon.svg" ||
    pathname.startsWith("/pkg/") ||
    pathname.startsWith("/api/") ||
    /^\/export\/[^/]+\/(files\/|izde-export\.zip)/.test(pathname) ||
    /^\/cases\/[^/]+\/evidence\/(?!new$)/.test(pathname) ||
    /\.(zip|csv|json|html|pdf|png|svg)$/.test(pathname)
  );
}

/// How many pages of a kind are opened: one, but several cases, since each case links to the pages
/// of what it holds (a detention, a source, a testimony…) and not every case holds everything.
const visits = (kind: string) => (kind === "/cases/:id" ? 8 : 1);

/// Every kind of page reachable by links from /cases, once each, checked with axe-core.
async function crawl(page: Page, lang: Lang): Promise<{ kinds: string[]; problems: string[] }> {
  const origin = new URL(page.url()).origin;
  const seen = new Map<string, number>();
  const done = (kind: string) => (seen.get(kind) ?? 0) >= visits(kind);
  const queue = ["/cases"];
  const opened = new Set<string>();
  const problems: string[] = [];
  while (queue.length > 0 && opened.size < 150) {
    const next = queue.shift()!;
    const kind = kindOf(new URL(next, origin).pathname);
    if (done(kind) || opened.has(next)) continue;
    seen.set(kind, (seen.get(kind) ?? 0) + 1);
    opened.add(next);
    const response = await page.goto(next);
    const status = response?.status() ?? 0;
    if (status >= 500) problems.push(`${next}: answered ${status}`);
    if (!(response?.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    if ((await page.locator("html").getAttribute("lang")) !== lang) problems.push(`${next}: not in ${lang}`);
    problems.push(...(await violations(page, next)));
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin || notAPage(url.pathname)) continue;
      if (!done(kindOf(url.pathname))) queue.push(url.pathname + url.search);
    }
  }
  return { kinds: [...seen.keys()].sort(), problems };
}

for (const lang of ["en", "ug"] as const) {
  for (const user of ["demo-admin", "demo-researcher"] as const) {
    test(`axe-core finds no WCAG 2.1 A or AA violation on any page ${user} reaches, in ${lang}`, async ({ browser }) => {
      test.setTimeout(360_000);
      const { context, page } = await browserAs(browser, user);
      try {
        if (lang !== "en") await chooseLanguage(page, lang);
        const { kinds, problems } = await crawl(page, lang);
        // The crawl reached the pages that matter, not just the list.
        for (const kind of ["/cases", "/cases/:id", "/cases/:id/history", "/statistics", "/timeline", "/account"]) {
          expect(kinds, `the crawl reached ${kind}`).toContain(kind);
        }
        if (user === "demo-admin") {
          for (const kind of ["/cases/new", "/cases/:id/edit", "/cases/:id/events/new", "/admin/accounts", "/admin/audit"]) {
            expect(kinds, `the crawl reached ${kind}`).toContain(kind);
          }
        }

        // Forms sent back with their errors beside the fields, and the export's risk report.
        if (user === "demo-admin") {
          await page.goto("/cases/new");
          await page.getByRole("button", { name: t(lang, "intake-save") }).click();
          await expect(page.locator("#status-error")).toBeVisible();
          problems.push(...(await violations(page, "/cases/new with errors")));
        }
        await page.goto("/export");
        await page.getByRole("button", { name: t(lang, "export-submit") }).click();
        await expect(page).toHaveURL(/\/export\/[0-9a-f]{32}$/);
        problems.push(...(await violations(page, "/export/:token")));

        expect(problems, `axe-core (${kinds.length} kinds of page: ${kinds.join(", ")}):\n${problems.join("\n")}`).toEqual([]);
      } finally {
        await context.close();
        await backToEnglish(browser, user);
      }
    });
  }

  test(`axe-core finds no WCAG 2.1 A or AA violation on the log-in page, in ${lang}, also with its error`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto("/login");
      if (lang !== "en") await chooseLanguage(page, lang);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ug" ? "rtl" : "ltr");
      const problems = await violations(page, "/login");
      // An unknown name: no demo account's failed log-ins are counted.
      await page.getByLabel(t(lang, "login-username")).fill("nobody-of-izde");
      await page.getByLabel(t(lang, "login-password")).fill("not the password");
      await page.getByRole("button", { name: t(lang, "login-submit") }).click();
      await expect(page.locator(".form-message, .field-error").first()).toBeVisible();
      problems.push(...(await violations(page, "/login with an error")));
      expect(problems, problems.join("\n")).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
