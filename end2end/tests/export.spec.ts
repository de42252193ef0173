import * as fs from "node:fs";
import { test, expect } from "@playwright/test";
import { logIn } from "./accounts";

// A researcher exports the current selection: a bad k is named beside its field, then the export
// is prepared, previewed with its risk report, downloaded as CSV, and its report opens.

test("a researcher exports a CSV from the list's selection and opens its report", async ({ page }) => {
  await logIn(page, "demo-researcher");
  await page.goto("/cases");
  const count = page.locator("p.count");
  const selected = Number(/of (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
  expect(selected).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Export this selection" }).click();
  await expect(page).toHaveURL(/\/export/);
  await expect(page.getByRole("heading", { name: "Export an anonymized dataset or report" })).toBeVisible();

  // A public dataset is never less protected than k = 5: a k of 2 is refused, next to the field,
  // with what was typed kept.
  await page.getByLabel("k — the smallest group").fill("2");
  await page.getByRole("button", { name: "Prepare the export" }).click();
  await expect(page.locator("#k-error")).toHaveText("Give a whole number from 5 to 1000.");
  await expect(page.getByLabel("k — the smallest group")).toHaveValue("2");

  await page.getByLabel("k — the smallest group").fill("5");
  await page.getByRole("button", { name: "Prepare the export" }).click();
  await expect(page).toHaveURL(/\/export\/[0-9a-f]{32}$/);
  await expect(page.getByRole("heading", { name: "Risk report" })).toBeVisible();
  const achieved = Number(/^(\d+)/.exec((await page.locator("dd.achieved-k").textContent()) ?? "")?.[1]);
  expect(achieved).toBeGreaterThanOrEqual(5);
  const exportedText = (await page.locator("dt:text('Rows exported') + dd").textContent()) ?? "";
  const [exported, of] = (/(\d+) of (\d+)/.exec(exportedText) ?? []).slice(1).map(Number);
  // The demo's cases whose family gave no consent to publish are left out, and counted.
  const withheldText = (await page.locator("dt:text('Left out for consent') + dd").textContent()) ?? "";
  const withheld = Number(/^(\d+)/.exec(withheldText)?.[1]);
  expect(withheld).toBeGreaterThan(0);
  expect(of + withheld).toBe(selected);
  expect(exported).toBeGreaterThan(0);
  await page.screenshot({ path: "export.png", fullPage: true });

  // The CSV: a header, then one line per exported row, with pseudonymous ids and no names.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "data.csv" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("data.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe(
    "id,status,verification,gender,birth_year,ethnicity,occupation,place,disappeared,detained,charges,sentence,sources",
  );
  expect(lines.length - 1).toBe(exported);
  expect(lines.slice(1).every((l) => /^X-[0-9A-Z]{16},/.test(l))).toBe(true);
  expect(csv).not.toContain("Case K-");

  // The report opens in a new tab: figures with titles, the method, nothing fetched.
  const [report] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: "Open the report" }).click(),
  ]);
  await report.waitForLoadState();
  await expect(report).toHaveTitle(/Izde export report/);
  await expect(report.getByRole("heading", { name: "What this export holds" })).toBeVisible();
  await expect(report.getByRole("img", { name: "Cases by status" })).toBeVisible();
  await expect(report.getByRole("heading", { name: "Method" })).toBeVisible();
  await report.screenshot({ path: "report.png", fullPage: true });
  // It prints: Chromium makes a PDF of it.
  await report.emulateMedia({ media: "print" });
  const pdf = await report.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});
