import { test, expect } from "@playwright/test";
import { browserAs, passwordOf } from "./accounts";

// Roles in a real browser: a volunteer's case is a pseudonym to a researcher until an admin grants
// a reveal; the audit log shows it; another site cannot post into Izde; a stale edit keeps its input.

const NAME = "Жанар Сейілқызы";

test("a researcher sees a pseudonym, asks to see the names, an admin grants it, and the log shows it", async ({ browser }) => {
  // The volunteer enters a case.
  const volunteer = await browserAs(browser, "demo-volunteer");
  let page = volunteer.page;
  await page.goto("/cases/new");
  await page.getByLabel("Testifier's full name").fill("Айжан Сейілқызы");
  await page.getByLabel("Relationship to the missing person").selectOption("sister");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  await page.getByLabel(/^Full name/).fill(NAME);
  await page.getByLabel("Current status").selectOption("camp");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByLabel("Transcript").fill("Апам 2018 жылы лагерьге апарылды.");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  const casePath = new URL(page.url()).pathname;
  await volunteer.context.close();

  // The researcher sees the pseudonym only, no transcript, and asks for a reveal.
  const researcher = await browserAs(browser, "demo-researcher");
  page = researcher.page;
  await page.goto(casePath);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(/^Case K-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const pseudonym = (await title.textContent()) ?? "";
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expect(page.getByText("Апам 2018")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit case" })).toHaveCount(0);
  await page.getByLabel("Why do you need the names of this case?").fill("Matching against the list of names our Almaty office received.");
  await page.getByRole("button", { name: "Request to see names" }).click();
  await expect(page.getByText(/You asked to see the names of this case on/)).toBeVisible();
  await expect(page.getByText(NAME)).toHaveCount(0);

  // An admin grants it.
  const admin = await browserAs(browser, "demo-admin");
  await admin.page.goto("/admin/reveals");
  const request = admin.page.locator("li.reveal-request", { hasText: pseudonym });
  await expect(request.getByText("Matching against the list of names our Almaty office received.")).toBeVisible();
  await request.getByRole("button", { name: "Grant for 7 days" }).click();
  await expect(admin.page.locator("li.reveal-request", { hasText: pseudonym })).toHaveCount(0);

  // The researcher now sees the name (and still cannot edit).
  await page.goto(casePath);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText("Апам 2018 жылы лагерьге апарылды.")).toBeAttached();
  await expect(page.getByRole("link", { name: "Edit case" })).toHaveCount(0);
  await researcher.context.close();

  // The audit page lists the request, the grant and the researcher's reading, and the chain holds.
  await admin.page.goto("/admin/audit?who=demo-researcher");
  await expect(admin.page.locator('tr[data-action="reveal.request"]')).toHaveCount(1);
  await expect(admin.page.locator('tr[data-action="case.read"]').first()).toBeVisible();
  await admin.page.goto("/admin/audit?action=reveal.grant");
  await expect(admin.page.locator('tr[data-action="reveal.grant"]').first()).toContainText("demo-admin");
  await expect(admin.page.getByText(/Chain intact: \d+ entries verified just now/)).toBeVisible();
  await admin.page.screenshot({ path: "audit-log.png", fullPage: true });

  // A list of named cases is one reading entry, listing every case it showed.
  await admin.page.goto("/cases");
  const shown = await admin.page.locator(".case-name").count();
  expect(shown).toBeGreaterThan(1);
  await admin.page.goto("/admin/audit?who=demo-admin&action=case.read");
  const reads = admin.page.locator('tr[data-action="case.read"] details.read-cases').first();
  await expect(reads.locator("summary")).toHaveText(`${shown} cases`);
  await reads.locator("summary").click();
  await expect(reads.getByRole("link")).toHaveCount(shown);
  await admin.page.screenshot({ path: "audit-reads.png", fullPage: true });
  await admin.context.close();
});

test("a form posted from another site is refused and saves nothing", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-admin");
  // A page on another origin, in the same browser as a logged-in admin, posting into Izde.
  await page.route("http://evil.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><form method="post" action="http://127.0.0.1:3000/cases/new">
        <input name="testifier_name" value="Forged"><input name="relationship" value="sister">
        <input name="consent" value="named"><input name="name" value="Forged Person">
        <input name="status" value="camp"><input name="testimony_medium" value="video">
        <input name="not_duplicate" value="yes"><button>Send</button></form>`,
    }),
  );
  await page.goto("http://evil.test/attack");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("did not come from Izde's own pages")).toBeVisible();

  // Nothing was saved.
  await page.goto("/cases/search");
  await page.getByLabel("Find a person by name or ID number").fill("Forged Person");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No case matches this name or ID number.")).toBeVisible();
  await context.close();
});

test("a second browser saving a stale edit is told so and keeps what it typed", async ({ browser }) => {
  const first = await browserAs(browser, "demo-admin");
  const second = await browserAs(browser, "demo-admin");
  await first.page.goto("/cases?status=camp");
  await first.page.locator("a.case-name").first().click();
  const casePath = new URL(first.page.url()).pathname;

  // Both open the edit form.
  await first.page.goto(`${casePath}/edit`);
  await second.page.goto(`${casePath}/edit`);
  await first.page.getByLabel("Aliases").fill("Saved by the first browser");
  await first.page.getByRole("button", { name: "Save changes" }).click();
  await expect(first.page).toHaveURL(new RegExp(`${casePath}$`));

  await second.page.getByLabel("Aliases").fill("Typed in the second browser");
  await second.page.getByLabel("Their story, in brief").fill("A long narrative the second volunteer must not lose.");
  await second.page.getByRole("button", { name: "Save changes" }).click();
  await expect(second.page.getByText(/This case was changed by demo-admin at .* after you opened this form/)).toBeVisible();
  await expect(second.page.getByLabel("Aliases")).toHaveValue("Typed in the second browser");
  await expect(second.page.getByLabel("Their story, in brief")).toHaveValue("A long narrative the second volunteer must not lose.");
  await second.page.screenshot({ path: "stale-edit.png", fullPage: true });

  // Saving again, knowingly, replaces the first version, which the history keeps.
  await second.page.getByRole("button", { name: "Save changes" }).click();
  await expect(second.page).toHaveURL(new RegExp(`${casePath}$`));
  await expect(second.page.getByText("Typed in the second browser")).toBeVisible();
  await second.page.getByRole("link", { name: "History" }).click();
  await expect(second.page.getByText("Aliases changed.").first()).toBeVisible();
  await first.context.close();
  await second.context.close();
});

test("the demo accounts file lists a password for every role", async () => {
  for (const user of ["demo-admin", "demo-volunteer", "demo-researcher"] as const) {
    expect(passwordOf(user)).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  }
});
