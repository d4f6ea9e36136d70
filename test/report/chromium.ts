// Opens a report file in headless Chromium (Debian's, installed by scripts/setup-chromium.mjs) with
// no network, for the tests that check what a reader sees.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { expect } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** `fn` on the page of `file`; fails on any request that is not the file itself, and on any dialog (a script that ran). */
export async function inChromium(file: string, fn: (page: Page) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), "runnerlint-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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
    viewport: { width: 1400, height: 900 },
  });
  try {
    const requests: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    await fn(page);
    expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
    expect(dialogs).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** What an auditor reads first: the findings above the matrix, the matrix above the evidence, the evidence collapsed, no catalogue-internal wording or wrong plurals. */
export async function expectAuditLayout(page: Page): Promise<void> {
  const top = (id: string) => page.locator(`section#${id}`).evaluate((el) => (el as unknown as { offsetTop: number }).offsetTop);
  const [findings, matrix, requirements] = [await top("findings"), await top("matrix"), await top("requirements")];
  expect(findings).toBeLessThan(matrix);
  expect(matrix).toBeLessThan(requirements);
  await expect(page.locator("section#requirements table.evidence").first().isVisible()).resolves.toBe(false);
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees, without hidden text.
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(
    /coveredBy|catalogue tests|recorded under|\b00[0-3]\b|\b1 (inputs|errors|warnings|notes|findings)\b|ami-0{17}|runnerlint-unknown/,
  );
}
