import { test, expect, type Page, type ConsoleMessage } from "@playwright/test";
import { logIn } from "./accounts";

// Finding a person by name in any script, and the intake's warning about a person already recorded.
// The demo (fictional) holds "Ерболат Мұхаметқали".

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (msg: ConsoleMessage) => {
    // The duplicate warning is answered 409 on purpose; Chromium logs every 4xx document.
    if (/status of 409/.test(msg.text())) return;
    if (msg.type() === "error" || msg.type() === "warning") problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test("the search box finds a demo person from an Arabic-script spelling, and the name stays out of the URL", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-admin");
  await page.goto("/cases");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Find a person by name or ID number").fill("ەربولات مۇحامەتقالي");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Ерболат Мұхаметқали" })).toBeVisible();
  await expect(page.getByText("1 case found")).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/cases/search");
  expect(page.url()).not.toContain("%D9");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.getByLabel("Find a person by name or ID number")).toHaveValue("ەربولات مۇحامەتقالي");

  await page.getByRole("link", { name: "Ерболат Мұхаметқали" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ерболат Мұхаметқали" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("an intake of a person already recorded asks first, then saves when told it is someone else", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-admin");
  await page.goto("/cases/new");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Testifier's full name").fill("Test Testifier");
  await page.getByLabel("Relationship to the missing person").selectOption("brother");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  await page.getByLabel(/^Full name/).fill("Mukhametkali Yerbolat");
  await page.getByLabel("Current status").selectOption("missing");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByRole("button", { name: "Save testimony" }).click();

  await expect(page.getByRole("heading", { name: "Possibly already recorded" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ерболат Мұхаметқали" })).toBeVisible();
  await expect(page.getByLabel(/^Full name/)).toHaveValue("Mukhametkali Yerbolat");
  await page.screenshot({ path: "duplicate-warning.png", fullPage: true });

  await page.getByLabel("This is a different person: save the testimony anyway").check();
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mukhametkali Yerbolat" })).toBeVisible();

  // The pair waits in the admins' duplicate review with that answer; an admin compares the two
  // and decides they are different people.
  await page.getByRole("link", { name: "Duplicates" }).click();
  await expect(page.getByRole("heading", { name: "Possible duplicates" })).toBeVisible();
  const pair = page.locator("li.duplicate-pair").filter({ hasText: "Mukhametkali Yerbolat" });
  await expect(pair.getByRole("link", { name: "Ерболат Мұхаметқали" })).toBeVisible();
  await expect(pair.getByText("said this is a different person")).toBeVisible();
  await page.locator("main").screenshot({ path: "duplicates.png" });
  await pair.getByRole("button", { name: "Different people" }).click();
  await expect(page.getByRole("heading", { name: "Possible duplicates" })).toBeVisible();
  await expect(page.locator("li.duplicate-pair").filter({ hasText: "Mukhametkali Yerbolat" })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("an admin merges two records of one person from the review queue, field by field", async ({ page }) => {
  const problems = watchConsole(page);
  await logIn(page, "demo-admin");
  // One person recorded twice: first in Latin letters, then (told it is someone else) in Cyrillic.
  const record = async (name: string, status: string, different: boolean) => {
    await page.goto("/cases/new");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Testifier's full name").fill("Merge Testifier");
    await page.getByLabel("Relationship to the missing person").selectOption("sister");
    await page.getByLabel("Consent to publish").selectOption("anonymized");
    await page.getByLabel(/^Full name/).fill(name);
    await page.getByLabel("Current status").selectOption(status);
    await page.getByLabel("Testimony given as").selectOption("video");
    await page.getByRole("button", { name: "Save testimony" }).click();
    if (different) {
      await expect(page.getByRole("heading", { name: "Possibly already recorded" })).toBeVisible();
      await page.getByLabel("This is a different person: save the testimony anyway").check();
      await page.getByRole("button", { name: "Save testimony" }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    return new URL(page.url()).pathname;
  };
  const first = await record("Qasymbek Tursyn", "sentenced", false);
  const second = await record("Қасымбек Тұрсын", "missing", true);

  await page.getByRole("link", { name: "Duplicates" }).click();
  const pair = page.locator("li.duplicate-pair").filter({ hasText: "Қасымбек Тұрсын" });
  await pair.getByRole("link", { name: "Compare and merge…" }).click();
  await expect(page.getByRole("heading", { name: "Merge two records of one person" })).toBeVisible();
  // Keep the first record's address, the Cyrillic name, the first record's status.
  await expect(page.getByLabel("Keep this case's address").nth(1)).toBeChecked();
  await page.getByRole("row", { name: /^Name/ }).getByLabel("Қасымбек Тұрсын").check();
  await page.getByRole("row", { name: /^Current status/ }).getByLabel("Sentenced / in prison").check();
  await page.getByLabel(/Why are these one person/).fill("Same person: the sister recorded him twice.");
  await page.locator("main").screenshot({ path: "merge.png" });
  await page.getByRole("button", { name: "Merge into one case" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Қасымбек Тұрсын" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(first);
  await expect(page.locator(".case-meta .status")).toHaveText("Sentenced / in prison");
  await expect(page.getByRole("heading", { name: "Merged records" })).toBeVisible();
  await expect(page.getByText("Same person: the sister recorded him twice.")).toBeVisible();
  // The other record's address leads here; its history before the merge is still there.
  await page.goto(second);
  expect(new URL(page.url()).pathname).toBe(first);
  await page.goto(`${second}/history`);
  await expect(page.getByText("This record was merged into another case")).toBeVisible();
  expect(problems).toEqual([]);
});
