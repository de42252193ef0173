import * as fs from "node:fs";
import * as path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";

// The demo accounts: `izde serve --demo` writes them, with generated passwords, to
// demo-accounts.txt in the data directory (see README, "Logging in to the demo").
const dataDir = process.env.IZDE_DATA_DIR ?? path.resolve(__dirname, "../../target/e2e-data");

export type DemoUser = "demo-admin" | "demo-volunteer" | "demo-volunteer-2" | "demo-researcher";

export function passwordOf(user: DemoUser): string {
  const file = fs.readFileSync(path.join(dataDir, "demo-accounts.txt"), "utf8");
  for (const line of file.split("\n")) {
    const [name, , password] = line.trim().split(/\s+/);
    if (name === user && password) return password;
  }
  throw new Error(`${user} is not in ${dataDir}/demo-accounts.txt`);
}

export async function logIn(page: Page, user: DemoUser) {
  await page.goto("/login");
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill(passwordOf(user));
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/cases$/);
}

/// A new browser (its own cookies) logged in as `user`.
export async function browserAs(browser: Browser, user: DemoUser, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await logIn(page, user);
  return { context, page };
}
