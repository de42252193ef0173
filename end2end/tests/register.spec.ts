import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { test, expect } from "@playwright/test";
import { logIn } from "./accounts";

// An admin reviews two cases whose families agreed to publication (the record beside the public
// entry), approves them, publishes the register and downloads it; then the register is opened
// from the disk, as whoever hosts it would first look at it: searched, and an entry opened.

test("an admin reviews, approves and publishes the register, which works opened from disk", async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page, "demo-admin");
  await page.goto("/admin/register");
  await expect(page.getByRole("heading", { name: "Cases whose families agreed" })).toBeVisible();

  // Two reviews, side by side, each approved.
  for (let i = 0; i < 2; i++) {
    const row = page.locator("tr.awaiting").first();
    await row.getByRole("link", { name: "Review" }).click();
    await expect(page.getByRole("heading", { name: "Stays in Izde" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Will be public" })).toBeVisible();
    await expect(page.locator("#public-side article.entry h1")).toBeVisible();
    if (i === 0) await page.screenshot({ path: "register-review.png", fullPage: true });
    await page.getByRole("button", { name: "Approve for publication" }).click();
    await expect(page).toHaveURL(/\/admin\/register#case-[0-9a-f-]{36}$/);
  }
  await expect(page.locator("tr.approved").first()).toContainText("Approved, entry IZ-");
  await page.screenshot({ path: "register-admin.png", fullPage: true });

  // Publish and download: a zip, unpacked where a host would put it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Publish and download the register (ZIP)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("izde-register.zip");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "izde-register-"));
  const zip = path.join(dir, "izde-register.zip");
  await download.saveAs(zip);
  execFileSync("python3", ["-m", "zipfile", "-e", zip, dir]);
  const site = path.join(dir, "izde-register");
  expect(fs.existsSync(path.join(site, "manifest.sig"))).toBe(true);

  // From the disk: every approved entry listed; the search finds one by its number.
  await page.goto(pathToFileURL(path.join(site, "en", "index.html")).href);
  const rows = page.locator("#all-entries tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const entryLink = rows.nth(1).locator("a");
  const href = (await entryLink.getAttribute("href")) ?? "";
  const id = /entries\/(IZ-[0-9A-Z-]+)\.html/.exec(href)?.[1] ?? "";
  expect(id).not.toBe("");
  const search = page.getByRole("searchbox");
  await expect(search).toBeVisible();
  await search.fill(id.slice(3, 8).toLowerCase());
  await expect(page.locator("#search-results")).toContainText("Entries found: 1");
  await expect(page.locator("#all-entries")).toBeHidden();
  await page.screenshot({ path: "register-search.png", fullPage: true });
  await search.fill("no such entry anywhere");
  await expect(page.locator("#search-results")).toContainText("No entry matches every word.");
  await search.fill(id.slice(3, 8));
  await page.locator("#search-results a").first().click();

  // The entry: its number, status, timeline and sources.
  await expect(page).toHaveURL(new RegExp(`/en/entries/${id}\\.html$`));
  await expect(page.locator("article.entry")).toContainText(id);
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Claims and their evidence" })).toBeVisible();
  await page.screenshot({ path: "register-entry.png", fullPage: true });

  // The same entry in Uyghur, right to left.
  await page.getByRole("link", { name: "ئۇيغۇرچە" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article.entry")).toContainText(id);
  await page.screenshot({ path: "register-entry-ug.png", fullPage: true });

  // The statistics page, with its charts.
  await page.goto(pathToFileURL(path.join(site, "en", "stats.html")).href);
  await expect(page.locator("figure.chart").first()).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});
