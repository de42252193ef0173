import * as fs from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { browserAs, logIn } from "./accounts";

// An admin prepares a UN submission to the WGEID from a demo case: the family's consent first,
// then each element the checklist says is missing, filled through its "Fill in" link, then the
// printable pack (screenshot) and its PDF.

/// Fills the checklist item `code` of the pack page through its "Fill in" link (a detention's
/// form, the profile's last contact, an event's form or a new event), then comes back.
async function fill(page: Page, packUrl: string, code: string) {
  const item = page.locator(`#check-${code}`);
  if ((await item.getByRole("link", { name: "Fill in" }).count()) === 0) return;
  await item.getByRole("link", { name: "Fill in" }).click();
  const url = page.url();
  if (code === "responsible_forces") {
    await page.getByLabel("Who carried out the arrest, as the family believes").selectOption("public_security");
    await page.getByLabel("Was a warrant shown?").selectOption("not_shown");
    await page.getByRole("button", { name: "Save detention" }).click();
  } else if (/\/edit#last_contact_date$/.test(url)) {
    // The date the person was last heard from, known to the month.
    await page.getByLabel("When were they last heard from?").fill("May 2017");
    await page.getByRole("button", { name: "Save changes" }).click();
  } else if (/\/events\/[0-9a-f-]{36}\/edit/.test(url)) {
    await page.getByLabel("When it happened").fill("May 2017");
    await page.getByRole("button", { name: "Save event" }).click();
  } else {
    // A new event: the family's step, or the disappearance with its date and place.
    const [kind, date, summary] =
      code === "steps"
        ? ["appeal_to_embassy", "March 2019", "His sister wrote to the embassy in Astana."]
        : ["disappearance", "May 2017", "Did not come home from the bazaar."];
    await page.getByLabel("What happened", { exact: true }).selectOption(kind);
    await page.getByLabel("When it happened").fill(date);
    await page.getByLabel("Where", { exact: true }).selectOption("cn-xj-ili");
    await page.getByLabel("What happened, in brief").fill(summary);
    await page.getByRole("button", { name: "Save event" }).click();
  }
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}(#.*)?$/);
  await page.goto(packUrl);
}

test("an admin prepares a WGEID communication, filling what its checklist asks", async ({ page }) => {
  // Six forms filled and saved one after the other, each page loaded again.
  test.setTimeout(180_000);
  await logIn(page, "demo-admin");
  // A demo case whose record lacks the forces believed responsible (other specs add cases, and
  // change the order of the list, before this one runs).
  await page.goto("/cases?page_size=100");
  await page.locator("a.case-name", { hasText: "Abdukerim Rozi" }).click();
  const caseUrl = page.url();

  // Every testifier's consent to publish with names: a communication names the person.
  const testifiers = await page.getByRole("link", { name: "Change consent" }).count();
  for (let i = 0; i < testifiers; i++) {
    await page.getByRole("link", { name: "Change consent" }).nth(i).click();
    await page.getByLabel("Consent to publish").selectOption("named");
    await page.getByRole("button", { name: "Save consent" }).click();
    await expect(page).toHaveURL(new RegExp(caseUrl.replace(/[/.]/g, "\\$&")));
  }

  await page.getByRole("link", { name: "Prepare for the WGEID (disappearance)" }).click();
  await expect(page.getByRole("heading", { name: /Communication to the WGEID/ })).toBeVisible();
  const packUrl = page.url();
  // Nothing of a record names who arrested him yet: the checklist says so, with a link.
  await expect(page.locator("#check-responsible_forces")).toContainText("Missing:");
  await page.screenshot({ path: "pack-checklist.png", fullPage: true });

  // A date known only to the year may need a second look (another date may then be earliest).
  for (const code of ["date", "date", "date", "place", "responsible_forces", "steps"]) {
    await fill(page, packUrl, code);
  }
  for (const code of ["name", "date", "place", "responsible_forces", "steps"]) {
    await expect(page.locator(`#check-${code}`)).toContainText("Recorded:");
  }

  // Refused without the submitter, which is said next to its field.
  await page.getByRole("button", { name: "Prepare the printable pack" }).click();
  await expect(page.locator("#submitter_organisation-error")).toBeVisible();

  await page.getByLabel("Submitting organisation or person").fill("Atajurt Volunteers (test)");
  await page.getByLabel("Contact for the working group (postal address, e-mail)").fill("PO Box 1, Almaty");
  await page.getByLabel("Ask the working group to keep the submitter's identity confidential").check();
  await page.getByRole("button", { name: "Prepare the printable pack" }).click();
  const pack = page.getByRole("article", {
    name: "Communication to the Working Group on Enforced or Involuntary Disappearances",
  });
  await expect(pack).toBeVisible();
  await expect(pack).toContainText("Police (Public Security Bureau)");
  // Partial dates as they are known, never more precise.
  await expect(pack).toContainText("(month known, day not)");
  await expect(pack.getByRole("heading", { name: "4. Steps taken by the family to find the person" })).toBeVisible();
  await page.screenshot({ path: "pack.png", fullPage: true });
  // Printed, the communication stands alone.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { name: "What the working group needs" })).toBeHidden();
  await page.screenshot({ path: "pack-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // The same as a PDF, made on the server, named by the case's pseudonym.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^izde-wgeid-k-[0-9a-z-]+\.pdf$/);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a researcher's dossier carries the pseudonym, the sentence clock and the claims, never a name", async ({ browser }) => {
  const { context, page } = await browserAs(browser, "demo-researcher");
  await page.goto("/cases");
  await page.locator("a.case-name").first().click();
  await page.getByRole("link", { name: "Dossier for an advocacy meeting (printable, PDF)" }).click();
  const dossier = page.getByRole("article", { name: /^Case dossier: Case K-/ });
  const refused = page.getByText("gave no consent to publish");
  // A demo case whose family gave no consent has no dossier: that is said instead.
  await expect(dossier.or(refused)).toBeVisible();
  if (await refused.isVisible()) {
    await context.close();
    return;
  }
  await expect(dossier.getByRole("heading", { name: "2. Sentence clock" })).toBeVisible();
  await expect(dossier.getByRole("heading", { name: "5. Claims and their evidence" })).toBeVisible();
  await page.screenshot({ path: "dossier-researcher.png", fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^izde-dossier-k-[0-9a-z-]+\.pdf$/);
  await context.close();
});
