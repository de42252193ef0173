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
  await expect(page.getByText(new RegExp(`^${kazakhCount} cases in this selection: ethnicity = kazakh`))).toBeVisible();
  await expect(page.getByRole("img", { name: "Cases by status" })).toBeVisible();
  await expect(page.getByText(/Counts under 5 are shown as “<5”/)).toBeVisible();
  await page.screenshot({ path: "statistics.png", fullPage: true });

  // Back to the list of the same selection.
  await page.getByRole("link", { name: "The cases of this selection" }).click();
  await expect(page).toHaveURL(/\/cases\?ethnicity=kazakh/);
  await expect(count).toContainText(`of ${kazakhCount}`);
});
