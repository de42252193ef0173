import { test, expect } from "@playwright/test";
import { browserAs } from "./accounts";

// The read API (issue 21) as a researcher meets it: a personal token made on "Your account" (shown
// once), used by a script (here Playwright's request client, as curl or Python would), which reads
// the case list with pseudonyms and no sealed field; then revoked on the same page, after which the
// API refuses it. Screenshots of the account page in English and Russian.

test("a researcher makes a token, reads the API with it, and revokes it", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-researcher");
  await page.goto("/account");
  const panel = page.getByRole("region", { name: "API tokens" });
  // A name of its own: the demo data directory may hold tokens of earlier runs.
  const name = `R notebook ${Date.now()}`;
  await panel.getByLabel("Name").fill(name);
  await panel.getByRole("button", { name: "Make token" }).click();
  const shown = page.locator(".api-token-value");
  await expect(shown).toBeVisible();
  const token = (await shown.textContent())?.trim() ?? "";
  expect(token.length).toBeGreaterThan(30);
  await page.screenshot({ path: "screenshots/api-token-made.png", fullPage: true });

  // Shown once: the account page does not show it again.
  await page.goto("/account");
  await expect(page.locator(".api-token-value")).toHaveCount(0);
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();

  // A script with the token: no cookie, only the header.
  const api = await (await import("@playwright/test")).request.newContext({
    baseURL: test.info().project.use.baseURL,
  });
  const answer = await api.get("/api/v1/cases?limit=5", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body.items.length).toBe(5);
  expect(body.next_cursor).toBeTruthy();
  // A researcher reads pseudonyms: no demo name is in the answer.
  const text = JSON.stringify(body);
  for (const name of ["Ерболат", "Жанар Бекболатқызы", "گۈلنار", "Gulnar Yaqup", "Serikbol"]) {
    expect(text).not.toContain(name);
  }
  const doc = await api.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toMatch(/^3\.1/);

  // Revoked on the page: the API refuses the token at once.
  await page.getByRole("button", { name: `Revoke the token ${name}` }).click();
  const refused = await api.get("/api/v1/cases", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("invalid_token");

  // The page in Russian (the header's switch keeps the choice on the account), then back.
  const header = page.getByRole("banner");
  await header.getByRole("combobox", { name: "Language" }).selectOption("ru");
  await header.getByRole("button", { name: "Change" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("region", { name: "API-токены" })).toBeVisible();
  await page.screenshot({ path: "screenshots/api-tokens-ru.png", fullPage: true });
  await header.getByRole("combobox", { name: "Язык" }).selectOption("en");
  await header.getByRole("button", { name: "Сменить" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await api.dispose();
  await context.close();
});
