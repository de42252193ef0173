import { test, expect, type Page, type ConsoleMessage } from "@playwright/test";
import { browserAs, logIn } from "./accounts";

// A volunteer records a testimony, adds events and a source, and reads the timeline.

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg: ConsoleMessage) => {
    // A form sent back with errors is answered 422 on purpose; Chromium logs every 4xx document.
    if (/status of 422/.test(msg.text())) return;
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function waitForHydration(page: Page) {
  // The wasm bundle has loaded and hydrated the page once Leptos has removed its hydration markers'
  // pending state; waiting for network idle is the robust, framework-agnostic signal.
  await page.waitForLoadState("networkidle");
}

async function fillIntake(page: Page, name: string, testifier: string) {
  await page.getByLabel("Testifier's full name").fill(testifier);
  await page.getByLabel("Relationship to the missing person").selectOption("brother");
  await page.getByLabel("Consent to publish").selectOption("named");
  await page.getByLabel(/^Full name/).fill(name);
  await page.getByLabel("Birth year").fill("1976");
  await page.getByLabel("Gender").selectOption("male");
  await page.getByLabel("Ethnicity").selectOption("kazakh");
  await page.getByLabel("Current status").selectOption("sentenced");
  await page.getByLabel("When were they last heard from?").fill("May 2017");
  await page.getByLabel("Where were they then?").selectOption("cn-xj-ili");
  await page.getByLabel("Legal charge").selectOption("extremism");
  await page.getByLabel("Sentence", { exact: true }).fill("10 years");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByLabel("Transcript").fill("Менің інім 2017 жылы Құлжаға барды.");
}

test("a volunteer records a testimony, adds two events and a source, and sees the timeline in order", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-volunteer");
  await page.goto("/cases/new");
  await waitForHydration(page);
  await expect(page.getByRole("heading", { name: "New testimony" })).toBeVisible();

  // First a mistake: the date is nonsense, and the status is missing.
  await fillIntake(page, "Серік Болатұлы", "Айдос Болатұлы");
  await page.getByLabel("Current status").selectOption("");
  await page.getByLabel("When were they last heard from?").fill("2019-13-45");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page.getByText("month must be between 1 and 12")).toBeVisible();
  await expect(page.getByText("choose the person's current status")).toBeVisible();
  // Everything typed is still there.
  await expect(page.getByLabel("Testifier's full name")).toHaveValue("Айдос Болатұлы");
  await expect(page.getByLabel("Transcript")).toHaveValue("Менің інім 2017 жылы Құлжаға барды.");

  await page.getByLabel("Current status").selectOption("sentenced");
  await page.getByLabel("When were they last heard from?").fill("May 2017");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Серік Болатұлы" })).toBeVisible();
  const caseUrl = page.url();

  // Two timeline events with partial dates, entered out of order.
  // Under the date, the page says how Izde reads it as it is typed (the date field's island).
  for (const [kind, date, summary, reading] of [
    ["sentence", "late 2019", "Sentenced to 10 years by the Ghulja court.", "Read as late 2019: 1 Sept 2019 to 31 Dec 2019"],
    ["camp", "c. 2018", "Taken to a camp near Ghulja.", "Read as c. 2018: 1 Jan 2017 to 31 Dec 2019"],
  ]) {
    await page.getByRole("link", { name: "Add event" }).click();
    await expect(page.getByRole("heading", { name: /Add an event/ })).toBeVisible();
    await waitForHydration(page);
    await page.getByRole("combobox", { name: /^What happened/ }).selectOption(kind);
    await page.getByLabel("When it happened").fill("2019-13-45");
    await expect(page.locator("#date-reading")).toHaveText("Not a date Izde can read yet: month must be between 1 and 12");
    await page.getByLabel("When it happened").fill(date);
    await expect(page.locator("#date-reading")).toHaveText(reading);
    if (kind === "sentence") await page.locator("main form").screenshot({ path: "date-reading.png" });
    await page.getByLabel("What happened, in brief").fill(summary);
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}#event-`));
  }

  // A source, linked to the camp event.
  await page.goto(caseUrl);
  await page.getByRole("link", { name: "Add source" }).click();
  await page.getByLabel("Kind of source").selectOption("media_report");
  await page.getByLabel("Title or short description").fill("Report on camps in Ili");
  await page.getByLabel("Reliability of the source").selectOption("B");
  await page.getByLabel("Credibility of the claim").selectOption("2");
  await page.getByRole("checkbox", { name: /^c\. 2018 — / }).check();
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#source-`));

  const timeline = page.locator("ol.timeline > li");
  await expect(timeline.locator("time")).toHaveText(["May 2017", "c. 2018", "late 2019", "date unknown"]);
  const camp = timeline.nth(1);
  await expect(camp.getByRole("link", { name: "Report on camps in Ili" })).toBeVisible();
  await expect(camp.locator(".grade")).toHaveText("B2");

  await page.screenshot({ path: "case-page.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("the same intake works with JavaScript disabled", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-volunteer", false);
  await page.goto("/cases/new");
  await fillIntake(page, "بەختىيار ئابدۇللا", "Gulnar Abdulla");
  await page.getByLabel("When were they last heard from?").fill("before 2018");
  await page.getByLabel("Birth year").fill("nineteen");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page.getByText("the birth year must be a whole number from 1900 to 2100")).toBeVisible();
  await expect(page.getByLabel(/^Full name/)).toHaveValue("بەختىيار ئابدۇللا");
  // The page the server sent back already says how it read the date.
  await expect(page.locator("#last_contact_date-reading")).toHaveText("Read as before 2018: any time up to 31 Dec 2017");

  await page.getByLabel("Birth year").fill("1980");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const casePath = new URL(page.url()).pathname;
  const title = page.getByRole("heading", { level: 1, name: "بەختىيار ئابدۇللا" });
  await expect(title).toBeVisible();
  await expect(title).toHaveAttribute("dir", "auto");
  await expect(page.locator("ol.timeline time").first()).toHaveText("before 2018");

  // The list finds it through a filter, also without JavaScript.
  await page.goto("/cases");
  await page.getByLabel("Status").selectOption("sentenced");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=sentenced/);
  await expect(page.locator(`a.case-name[href="${casePath}"]`)).toHaveText("بەختىيار ئابدۇللا");
  await context.close();
});

test("the case list shows the demo cases with the development-key warning and no console errors", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-admin");
  await page.goto("/cases");
  await waitForHydration(page);
  await expect(page.getByText("Development key — not for real testimonies.")).toBeVisible();
  await expect(page.locator("table.cases tbody tr")).toHaveCount(25);
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator("table.cases tbody tr").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("an admin corrects a case and one of its events, and nothing else changes", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-admin");
  await page.goto("/cases?status=missing");
  const first = page.locator("a.case-name").first();
  const name = (await first.textContent()) ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const caseUrl = page.url();
  const eventsBefore = await page.locator("ol.timeline > li").count();

  await page.getByRole("link", { name: "Edit case" }).click();
  await expect(page.getByLabel(/^Full name/)).toHaveValue(name);
  await page.getByLabel("Current status").selectOption("released");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(caseUrl);
  await expect(page.locator(".case-meta .status")).toHaveText("Released");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("link", { name: "Edit event" }).first().click();
  await page.getByLabel("When it happened").fill("c. 1999");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#event-`));
  await expect(page.locator("ol.timeline > li")).toHaveCount(eventsBefore);
  await expect(page.locator("ol.timeline time").first()).toHaveText("c. 1999");
  expect(problems).toEqual([]);
});
