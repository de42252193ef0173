import { test, expect } from "@playwright/test";
import { logIn } from "./accounts";

// A researcher narrows the list with a facet: the list, the counts and the statistics change together.

test("a facet narrows the list and its counts, and the statistics follow the same selection", async ({ page }) => {
  await logIn(page, "demo-researcher");
  await page.goto("/cases");
  const count = page.locator("p.count");
  const before = (await count.textContent()) ?? "";
  const kazakh = page.locator('section.facet[data-facet="ethnicity"] a', { hasText: "Kazakh" });
  const kazakhCount = Number(await kazakh.locator(".facet-count").textContent());
  expect(kazakhCount).toBeGreaterThan(0);
  await kazakh.click();
  await expect(page).toHaveURL(/ethnicity=kazakh/);
  await expect(count).not.toHaveText(before);
  await expect(count).toContainText(`of ${kazakhCount}`);
  await expect(page.locator('section.facet[data-facet="ethnicity"] li.selected')).toContainText("Kazakh");
  // Every name is a pseudonym to a researcher.
  await expect(page.locator("a.case-name").first()).toHaveText(/^Case K-/);

  await page.getByRole("link", { name: "Statistics of this selection" }).click();
  await expect(page).toHaveURL(/\/statistics\?ethnicity=kazakh/);
  await expect(page.getByText(new RegExp(`^${kazakhCount} cases in this selection: Ethnicity: Kazakh`))).toBeVisible();
  await expect(page.getByRole("img", { name: "Cases by status" })).toBeVisible();
  await expect(page.getByText(/Counts under 5 are shown as “<5”/)).toBeVisible();
  await page.screenshot({ path: "statistics.png", fullPage: true });

  // Back to the list of the same selection.
  await page.getByRole("link", { name: "The cases of this selection" }).click();
  await expect(page).toHaveURL(/\/cases\?ethnicity=kazakh/);
  await expect(count).toContainText(`of ${kazakhCount}`);
});

test("words narrow the list, and the timeline of the selection draws its cases", async ({ page }) => {
  await logIn(page, "demo-researcher");
  await page.goto("/cases");
  const count = page.locator("p.count");
  const before = (await count.textContent()) ?? "";
  await page.getByLabel("Words").fill("camp");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=camp/);
  await expect(count).not.toHaveText(before);
  const selected = Number(/of (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
  expect(selected).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Timeline of this selection" }).click();
  await expect(page).toHaveURL(/\/timeline\?q=camp/);
  await expect(page.getByText(new RegExp(`of \\d+ cases \\(${selected} in this selection: Words: “camp”\\)`))).toBeVisible();
  await expect(page.getByRole("figure", { name: /Events per month, by kind/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Sent to a camp · / })).toBeVisible();
  // One lane per case, each a pseudonym linking to the case.
  const lanes = page.locator("#chart-lanes ol.lanes li");
  await expect(lanes.first().locator("a")).toHaveText(/^Case K-/);
  expect(await lanes.count()).toBeGreaterThan(0);
  await page.screenshot({ path: "timeline.png", fullPage: true });
});

test("a volunteer cites a source for a claim, with a timecode checked beside the field", async ({ page }) => {
  await logIn(page, "demo-volunteer");
  await page.getByLabel("Find a person by name or ID number").fill("Yerbolat Mukhametkali");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Ерболат Мұхаметқали" }).first().click();
  const claims = page.getByRole("region", { name: "Claims and their evidence" });
  // The embassy's denial disputes the status the family reports.
  const status = claims.locator("#claim-status");
  await expect(status.locator(".disputed")).toContainText("Sources disagree");
  const place = claims.locator("#claim-last_location");
  await expect(place.locator(".level")).toHaveText("No source cited");

  await place.getByText("Cite a source").click();
  await place.getByLabel("Source", { exact: true }).selectOption({ label: "Video testimony of the sister (demo) (Video testimony, timecode possible)" });
  await place.getByLabel("Timecode in the recording").fill("4:75");
  await place.getByRole("button", { name: "Cite" }).click();
  const again = page.locator("#claim-last_location");
  await expect(again.locator(".field-error")).toContainText("59");
  await expect(again.getByLabel("Timecode in the recording")).toHaveValue("4:75");

  await again.getByLabel("Timecode in the recording").fill("4:15");
  await again.getByRole("button", { name: "Cite" }).click();
  await expect(page).toHaveURL(/#claim-last_location$/);
  const cited = page.locator("#claim-last_location");
  await expect(cited.locator(".level")).toHaveText("Reported (one source)");
  await expect(cited.locator(".backing")).toContainText("at 4:15");
  await page.locator('section[aria-labelledby="claims-h"]').screenshot({ path: "provenance.png" });
});
