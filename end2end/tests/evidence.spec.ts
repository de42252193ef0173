import * as path from "node:path";
import * as fs from "node:fs";
import { test, expect } from "@playwright/test";
import { browserAs } from "./accounts";

// Issue 19: a volunteer uploads a short video testimony to a testimony of a case, plays it in the
// page and seeks to its middle (range requests, chunks opened one by one on the server); a
// researcher sees only that a video of that size exists.

const video = path.resolve(__dirname, "../fixtures/testimony.webm");

test("a volunteer uploads a video to a testimony, plays it and seeks; a researcher sees only its kind and size", async ({ browser }) => {
  const volunteer = await browserAs(browser, "demo-volunteer");
  const page = volunteer.page;
  await page.goto("/cases/new");
  await page.getByLabel("Testifier's full name").fill("Айгүл Нұрланқызы");
  await page.getByLabel("Relationship to the missing person").selectOption("daughter");
  await page.getByLabel("Consent to publish").selectOption("anonymized");
  await page.getByLabel(/^Full name/).fill("Нұрлан Сейітқали");
  await page.getByLabel("Current status").selectOption("camp");
  await page.getByLabel("Testimony given as").selectOption("video");
  await page.getByLabel("Transcript").fill("Әкем 2018 жылы лагерьге алынды.");
  await page.getByRole("button", { name: "Save testimony" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();

  // Uploading without choosing a file is refused beside the field, nothing stored.
  await page.getByRole("link", { name: "Add a file" }).first().click();
  await expect(page.getByRole("heading", { name: /Add a file/ })).toBeVisible();
  const testimony = await page.locator("select[name=attach] option", { hasText: "Testimony of Айгүл Нұрланқызы" }).getAttribute("value");
  await page.getByLabel("What does it document?").selectOption(testimony!);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator(".field.has-error")).toContainText("Choose a file to upload.");

  await page.getByLabel("What does it document?").selectOption(testimony!);
  await page.getByLabel(/^File/).setInputFiles(video);
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/#evidence-[0-9a-f-]{36}$/);

  const item = page.locator("li.evidence");
  await expect(item).toContainText("testimony.webm");
  await expect(item).toContainText("Testimony of Айгүл Нұрланқызы");
  const size = fs.statSync(video).size;
  const mb = (size / 1e6).toFixed(1).replace(/\.0$/, "");
  await expect(item).toContainText(`video, ${mb} MB`);

  // It plays, and seeking to the middle lands there.
  const player = item.locator("video");
  await expect(player).toBeVisible();
  const seeked = await player.evaluate(async (v: HTMLVideoElement) => {
    if (v.readyState < 1) await new Promise((ok) => v.addEventListener("loadedmetadata", ok, { once: true }));
    const target = v.duration / 2;
    const done = new Promise((ok) => v.addEventListener("seeked", ok, { once: true }));
    v.currentTime = target;
    await done;
    if (v.readyState < 2) await new Promise((ok) => v.addEventListener("loadeddata", ok, { once: true }));
    return { duration: v.duration, at: v.currentTime, ready: v.readyState };
  });
  expect(seeked.duration).toBeGreaterThan(9);
  expect(Math.abs(seeked.at - seeked.duration / 2)).toBeLessThan(1);
  expect(seeked.ready).toBeGreaterThanOrEqual(2);
  await item.screenshot({ path: "evidence.png" });

  // The SHA-256 shown is the file's.
  const hash = (await item.locator(".hash code").innerText()).trim();
  const { createHash } = await import("node:crypto");
  expect(hash).toBe(createHash("sha256").update(fs.readFileSync(video)).digest("hex"));

  // A researcher: only "video, 3.5 MB", no player, no name, and the bytes are refused.
  const researcher = await browserAs(browser, "demo-researcher");
  await researcher.page.goto(caseUrl);
  const theirs = researcher.page.locator("li.evidence");
  await expect(theirs).toContainText(`video, ${mb} MB`);
  await expect(theirs).not.toContainText("testimony.webm");
  await expect(theirs.locator("video")).toHaveCount(0);
  await theirs.screenshot({ path: "evidence-researcher.png" });
  const id = page.url().split("#evidence-")[1];
  const refused = await researcher.page.request.get(`${caseUrl}/evidence/${id}`);
  expect(refused.status()).toBe(403);

  await volunteer.context.close();
  await researcher.context.close();
});
