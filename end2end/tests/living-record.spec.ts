import { test, expect, type Page } from "@playwright/test";
import { browserAs } from "./accounts";

// Issue 18: a case grows after intake. A volunteer records one testimony about two missing
// brothers (each becomes a case, sharing the testifier and the testimony), later adds a detention
// with a sentence learned a year on to the first, corrects its court, and adds a second testimony
// — with JavaScript on, and with it off (every form posts, the "add a relative" button too).

async function recordCase(page: Page, name: string) {
  await page.goto("/cases/new");
  await page.getByLabel("Testifier's full name").fill("Гүлнар Сейітова");
  await page.getByLabel("Relationship to the missing person").selectOption("wife");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  await page.getByLabel(/^Full name/).fill(name);
  await page.getByLabel("Current status").selectOption("camp");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByLabel("Transcript").fill("Күйеуім 2018 жылы лагерьге алынды.");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  return page.url();
}

async function recordTwoRelatives(page: Page, first: string, second: string) {
  await page.goto("/cases/new");
  await page.getByLabel("Testifier's full name").fill("Гүлнар Сейітова");
  await page.getByLabel("Relationship to the missing person").selectOption("mother");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  const one = page.locator("#relative-1");
  await one.getByLabel(/^Full name/).fill(first);
  await one.getByLabel("Current status").selectOption("camp");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByLabel("Transcript").fill("Екі ұлым 2018 жылы лагерьге алынды.");

  // The second brother: the form comes back with his steps, everything typed kept.
  await page.getByRole("button", { name: "Add another missing relative" }).click();
  const two = page.locator("#relative-2");
  await expect(two.getByRole("heading", { name: "Missing relative 2" })).toBeVisible();
  await expect(one.getByLabel(/^Full name/)).toHaveValue(first);
  await expect(page.getByLabel("Transcript")).toHaveValue("Екі ұлым 2018 жылы лагерьге алынды.");

  // Saved without his name: the error stands by his field, nothing is saved.
  await two.getByLabel("Relationship to this missing relative").selectOption("mother");
  await two.getByLabel("Current status").selectOption("camp");
  await page.getByRole("button", { name: "Save testimony", exact: true }).click();
  await expect(two.locator("#r2-name-error")).toBeVisible();
  await expect(page.locator("#name-error")).toHaveCount(0);

  await two.getByLabel(/^Full name/).fill(second);
  await two.getByLabel("When were they last heard from?").fill("March 2018");
  if (first === "Ерлан Сейітұлы") await two.screenshot({ path: "intake-relatives.png" });
  await page.getByRole("button", { name: "Save testimony", exact: true }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await expect(page.getByRole("heading", { name: first })).toBeVisible();

  // The testimony leads to the brother's case, with the same testifier.
  await page.getByRole("link", { name: "relative 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: second })).toBeVisible();
  await expect(page.getByText("Гүлнар Сейітова").first()).toBeVisible();
  await page.goto(caseUrl);
  return caseUrl;
}

for (const javaScriptEnabled of [true, false]) {
  test(`one testimony about two brothers; a detention and a second testimony are added and corrected after intake (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const { context, page } = await browserAs(browser, "demo-volunteer", javaScriptEnabled);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const [name, brother] = javaScriptEnabled
      ? ["Ерлан Сейітұлы", "Данияр Сейітұлы"]
      : ["Бауыржан Сейітұлы", "Серік Сейітұлы"];
    const caseUrl = await recordTwoRelatives(page, name, brother);

    // A sentence learned a year later: first mistyped, then right.
    await page.getByRole("link", { name: "Add detention" }).click();
    await expect(page.getByRole("heading", { name: /Add a detention/ })).toBeVisible();
    await page.getByLabel("Held in").selectOption("prison");
    await page.getByLabel("Legal charge").selectOption("separatism");
    await page.getByLabel("Sentence").fill("a long time");
    await page.getByLabel("Court").fill("Ili Intermediate Court");
    await page.getByRole("button", { name: "Save detention" }).click();
    await expect(page.getByText(/write the sentence as years and months/)).toBeVisible();
    await expect(page.getByLabel("Court")).toHaveValue("Ili Intermediate Court");
    await page.getByLabel("Sentence").fill("9 years");
    await page.getByRole("button", { name: "Save detention" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}#detention-`));
    const detentions = page.locator("section[aria-labelledby='detention-h']");
    await expect(detentions.getByText("9 years")).toBeVisible();

    // The court was wrong: corrected.
    await detentions.getByRole("link", { name: "Correct this detention" }).last().click();
    await expect(page.getByLabel("Court")).toHaveValue("Ili Intermediate Court");
    await page.getByLabel("Court").fill("Ili Kazakh Autonomous Prefecture Intermediate Court");
    await page.getByRole("button", { name: "Save detention" }).click();
    await expect(detentions.getByText("Ili Kazakh Autonomous Prefecture Intermediate Court")).toBeVisible();
    await expect(detentions.getByText("Ili Intermediate Court", { exact: true })).toHaveCount(0);

    // A second testimony, written this time.
    await page.getByRole("link", { name: "Add testimony" }).click();
    await expect(page.getByRole("heading", { name: /Add a testimony/ })).toBeVisible();
    await page.getByLabel("Testimony given as").selectOption("written");
    await page.getByLabel("Recorded on").fill("2019");
    await page.getByLabel("Transcript").fill("Екінші хат: сот 9 жыл берді.");
    await page.getByRole("button", { name: "Save testimony" }).click();
    await expect(page).toHaveURL(new RegExp(`${caseUrl}#testimony-`));
    const testimonies = page.locator("section[aria-labelledby='testimonies-h']");
    await expect(testimonies.locator("li.testimony")).toHaveCount(2);
    await expect(testimonies.getByText("Written · 2019")).toBeVisible();
    if (javaScriptEnabled) await page.locator("main").screenshot({ path: "living-record.png" });

    // The history says what each save did.
    await page.goto(`${caseUrl}/history`);
    for (const line of ["Detention added.", "Detention changed.", "Testimony added."]) {
      await expect(page.getByText(line).first()).toBeVisible();
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}

// A family withdraws consent (the case leaves every export), then asks for the case to be
// erased: an admin erases it and only the tombstone remains.
test("consent is withdrawn, an event removed with a reason, then the case is erased", async ({ browser }) => {
  const volunteer = await browserAs(browser, "demo-volunteer");
  const problems: string[] = [];
  volunteer.page.on("pageerror", (error) => problems.push(error.message));
  const caseUrl = await recordCase(volunteer.page, "Асқар Withdrawn");
  const page = volunteer.page;

  await page.getByRole("link", { name: "Change consent" }).click();
  await page.getByLabel("Consent to publish").selectOption("none");
  await page.getByLabel("How the family gave or withdrew it").fill("By phone to the coordinator");
  await page.getByRole("button", { name: "Save consent" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#testifier-`));
  await expect(page.getByText(/left out of every export/)).toBeVisible();
  await expect(page.getByText("By phone to the coordinator")).toBeVisible();

  // An event added twice by mistake, one removed with a reason (which is asked for first).
  const timeline = page.locator("section[aria-labelledby='timeline-h']");
  for (let i = 0; i < 2; i++) {
    await page.getByRole("link", { name: "Add event" }).click();
    await page.getByRole("combobox", { name: /^What happened/ }).selectOption("proof_of_life");
    await page.getByLabel("When it happened").fill("2021-05");
    await page.getByRole("button", { name: "Save event" }).click();
    await expect(timeline.locator("li.event")).toHaveCount(i + 1);
  }
  const events = 2;
  await timeline.getByRole("link", { name: "Remove" }).first().click();
  await expect(page.getByRole("heading", { name: /Remove an event/ })).toBeVisible();
  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(/Say why/)).toBeVisible();
  await page.getByLabel("Why is it removed?").fill("Entered twice");
  await page.getByRole("button", { name: "Remove" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#timeline`));
  await expect(timeline.locator("li.event")).toHaveCount(events - 1);
  await page.goto(`${caseUrl}/history`);
  await expect(page.getByText("Reason for removing the event: “Entered twice”")).toBeVisible();
  await volunteer.context.close();

  const admin = await browserAs(browser, "demo-admin");
  admin.page.on("pageerror", (error) => problems.push(error.message));
  await admin.page.goto(caseUrl);
  await admin.page.getByRole("link", { name: "Erase this case…" }).click();
  await admin.page.getByLabel("Why is the case erased?").fill("The family asked");
  await admin.page.getByRole("button", { name: "Erase the case" }).click();
  await expect(admin.page.getByText(/Tick the box/)).toBeVisible();
  await admin.page.getByLabel("I understand that an erased case cannot be brought back").check();
  await admin.page.getByRole("button", { name: "Erase the case" }).click();
  await expect(admin.page.getByRole("heading", { name: "This case was erased" })).toBeVisible();
  await expect(admin.page.getByText("Reason: The family asked")).toBeVisible();
  await admin.page.locator("main").screenshot({ path: "erased.png" });
  expect(problems).toEqual([]);
  await admin.context.close();
});

test("a source is corrected, then retracted with a reason, and stays on the case marked", async ({ browser }) => {
  const volunteer = await browserAs(browser, "demo-volunteer");
  const page = volunteer.page;
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  const caseUrl = await recordCase(page, "Нұрлан Retracted");
  await page.getByRole("link", { name: "Add source" }).click();
  await page.getByLabel("Kind of source").selectOption("media_report");
  await page.getByLabel("Title or short description").fill("Report on arrests in Tekes");
  await page.getByLabel("Reliability of the source").selectOption("C");
  await page.getByLabel("Credibility of the claim").selectOption("3");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#source-`));

  const sources = page.locator('section[aria-labelledby="sources-h"]');
  await sources.getByRole("link", { name: "Correct this source" }).click();
  await expect(page.getByRole("heading", { name: /Correct a source/ })).toBeVisible();
  await expect(page.getByLabel("Title or short description")).toHaveValue("Report on arrests in Tekes");
  await page.getByLabel("Title or short description").fill("Report on arrests in Tekes county, 2018");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#source-`));
  await expect(sources.locator(".card-title")).toHaveText("Report on arrests in Tekes county, 2018");

  await sources.getByRole("link", { name: "Retract" }).click();
  await expect(page.getByRole("heading", { name: /Retract a source/ })).toBeVisible();
  await page.getByRole("button", { name: "Retract" }).click();
  await expect(page.getByText(/Say why/)).toBeVisible();
  await page.getByLabel("Why is it retracted?").fill("The report confused him with a namesake from Zhaosu");
  await page.getByRole("button", { name: "Retract" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#source-`));
  const retracted = sources.locator("li.source.retracted");
  await expect(retracted.locator(".retraction")).toContainText("no longer counted as evidence");
  await expect(retracted.locator(".retraction")).toContainText("a namesake from Zhaosu");
  await expect(sources.getByRole("link", { name: "Correct this source" })).toHaveCount(0);
  await sources.screenshot({ path: "source-retracted.png" });
  await page.goto(`${caseUrl}/history`);
  await expect(page.getByText(/Source retracted: “Report on arrests in Tekes county, 2018”/)).toBeVisible();
  expect(problems).toEqual([]);
  await volunteer.context.close();
});

test("a relative already recorded for one case is found by name and linked to another, not typed again", async ({ browser }) => {
  const volunteer = await browserAs(browser, "demo-volunteer");
  const page = volunteer.page;
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  // The wife (Гүлнар Сейітова) testified about her husband; now a brother-in-law's case.
  await recordCase(page, "Серік Linked");
  const caseUrl = await recordCase(page, "Бақыт Linked");
  await page.getByRole("link", { name: "Add testifier" }).click();
  await page.getByLabel("Testifier's name", { exact: false }).fill("Гүлнар Сейітова");
  await page.getByRole("button", { name: "Find" }).click();
  // Posted: the name is not in the address.
  await expect(page).toHaveURL(/\/testifiers\/find$/);
  await expect(page.getByText(/recorded testifiers? found/)).toBeVisible();
  const who = page.getByRole("group", { name: "Who testifies" });
  const serik = who.locator("label").filter({ hasText: "wife of Серік Linked" });
  await expect(who.locator("label").filter({ hasText: "already a testifier of this case" }).first()).toBeVisible();
  await serik.first().getByRole("radio").check();
  await page.getByLabel("Relationship to the missing person").selectOption("in_law");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  await page.locator("main").screenshot({ path: "link-testifier.png" });
  await page.getByRole("button", { name: "Add testifier" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#testifier-`));
  const testifiers = page.locator('section[aria-labelledby="testifiers-h"]');
  await expect(testifiers.getByText("Гүлнар Сейітова")).toHaveCount(2);
  expect(problems).toEqual([]);
  await volunteer.context.close();
});

test("an admin adds a village the gazetteer lacks; a volunteer names another place in its county", async ({ browser }) => {
  const admin = await browserAs(browser, "demo-admin");
  const problems: string[] = [];
  admin.page.on("pageerror", (error) => problems.push(error.message));
  await admin.page.goto("/admin/places");
  await admin.page.locator('select[name="parent"]').selectOption("cn-xj-ili-tekes");
  await admin.page.getByLabel("Name in Latin letters").fill("Qaraqara");
  await admin.page.getByLabel("Name in Kazakh (Cyrillic)").fill("Қарақара");
  await admin.page.getByRole("button", { name: "Add place" }).click();
  await expect(admin.page).toHaveURL(/\/admin\/places#place-cn-xj-ili-tekes-qaraqara$/);
  await expect(admin.page.locator("#place-cn-xj-ili-tekes-qaraqara")).toContainText("Қарақара");
  await admin.page.locator("main").screenshot({ path: "places.png" });
  await admin.context.close();

  const volunteer = await browserAs(browser, "demo-volunteer");
  volunteer.page.on("pageerror", (error) => problems.push(error.message));
  const page = volunteer.page;
  const caseUrl = await recordCase(page, "Ержан Placed");
  await page.goto(`${caseUrl}/events/new`);
  await page.locator('select[name="kind"]').selectOption("proof_of_life");
  // The new village is offered; a place still missing is named inside its county.
  await expect(page.locator('select[name="location"] option[value="cn-xj-ili-tekes-qaraqara"]')).toHaveCount(1);
  await page.locator('select[name="location"]').selectOption("cn-xj-ili-tekes");
  await page.getByLabel("Not in the list? The place itself").fill("Aqsu winter pasture");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(new RegExp(`${caseUrl}#`));
  await expect(page.getByText("another place: Aqsu winter pasture")).toBeVisible();
  expect(problems).toEqual([]);
  await volunteer.context.close();
});
