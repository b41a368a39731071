// Drives the staff screen of a running daemon in headless Chromium.
// Run by tests/it/web_browser.rs, which seeds the data and starts the daemon.
//
// Environment: BASE_URL, DATE (the seeded school day), OFFICE_USER,
// DSL_USER, PASSWORD; SCREENSHOT_DIR to also save screenshots of Today.
// Exits 0 when every check passes, 1 with the failing check otherwise.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const base = process.env.BASE_URL;
const date = process.env.DATE;
const password = process.env.PASSWORD;
const today = `${base}/today?school=fernhill&date=${date}`;
const millie = "F000000000100";

function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

async function signIn(page, username) {
  await page.goto(`${base}/sign-in`);
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForURL(/\/today/), page.click("button[type=submit]")]);
}

// The daemon processes seeded messages just after it starts.
async function waitFor(page, url, selector) {
  for (let i = 0; i < 40; i++) {
    await page.goto(url);
    if ((await page.locator(selector).count()) > 0) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`check failed: ${selector} never appeared on ${url}`);
}

const profile = mkdtempSync(join(tmpdir(), "absence-line-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
let failed = false;
try {
  const page = context.pages()[0] ?? (await context.newPage());

  // Signed out: sent to sign in.
  await page.goto(today);
  check(new URL(page.url()).pathname === "/sign-in", "a signed-out request is redirected to sign in");

  // Sign in as the office and see the reported absence.
  await signIn(page, process.env.OFFICE_USER);
  const card = `div.card[data-upn="${millie}"]`;
  await waitFor(page, today, card);
  const text = await page.locator(card).innerText();
  check(text.includes("Millie Okafor"), "Today lists Millie as absent");
  check(text.includes("sick in the night"), "Today shows the parent's own words");
  check(text.includes("by sms"), "Today shows the channel");

  // At 9:15 on a Monday the unexplained absences come first.
  const headings = await page.locator("h2").allInnerTexts();
  const unexplainedAt = headings.findIndex((h) => h.startsWith("Unexplained"));
  const reportedAt = headings.findIndex((h) => h.startsWith("Absent or late"));
  check(unexplainedAt >= 0 && unexplainedAt < reportedAt, `Unexplained comes before Absent or late (${headings})`);

  // Each session's form offers only the codes that fit it.
  const offered = (session) =>
    page
      .locator(`${card} form[action="/actions/amend"]:has(input[name=session][value=${session}]) select[name=code] option`)
      .evaluateAll((options) => options.map((o) => o.value));
  const am = await offered("am");
  check(am.includes("/") && !am.includes("\\"), "the morning's form offers / and not \\");
  const pm = await offered("pm");
  check(pm.length === 0 || (pm.includes("\\") && !pm.includes("/")), "the afternoon's form offers \\ and not /");

  // Amend her morning code with a reason.
  await page.locator(`${card} summary`, { hasText: "Confirm or amend am" }).click();
  const form = page.locator(`${card} form[action="/actions/amend"]`).first();
  await form.locator("select[name=code]").selectOption("M");
  await form.locator("input[name=reason]").fill("appointment card seen by the office");
  await Promise.all([page.waitForURL(/\/today/), form.locator("button[type=submit]").click()]);

  // The amendment is on her page, with who made it.
  await page.click(`${card} h3 a`);
  const amendments = await page.locator("#amendments").innerText();
  check(amendments.includes("appointment card seen by the office"), "the pupil's page shows the amendment's reason");
  check(amendments.includes("staff:office1"), "the amendment says who made it");

  // A POST without the CSRF token is refused, even with the session cookie.
  const forged = await page.request.post(`${base}/actions/amend`, {
    form: { school: "fernhill", upn: millie, date, session: "pm", code: "G", reason: "forged" },
    maxRedirects: 0,
  });
  check(forged.status() === 403, `a CSRF-less POST is refused (${forged.status()})`);

  // The office does not see safeguarding; the DSL does.
  await page.goto(today);
  const officeToday = await page.content();
  check(!officeToday.includes("scared to come home"), "the office does not see the safeguarding message");
  check((await page.locator('[data-kind="safeguarding"]').count()) === 0, "the office has no safeguarding item");
  check(officeToday.includes("withheld"), "the office sees that a message is withheld");

  if (process.env.SCREENSHOT_DIR) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(today);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "today.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(today);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "today-phone.png"), fullPage: true });
    await page.goto(`${base}/pupils/${millie}?school=fernhill`);
    await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, "pupil-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  await page.click("header form button");
  await page.waitForURL(/\/sign-in/);
  await signIn(page, process.env.DSL_USER);
  await waitFor(page, today, '[data-kind="safeguarding"]');
  check((await page.content()).includes("scared to come home"), "the DSL sees the safeguarding message");
} catch (error) {
  console.error(error.message ?? error);
  failed = true;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
