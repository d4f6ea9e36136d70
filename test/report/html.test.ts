import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { esc, renderHtml } from "../../src/report/html.js";
import { check, defaultEngine } from "../../src/check.js";
import { expectAuditLayout, hasChromium, inChromium } from "./chromium.js";
import { ENGINE, HOSTILE, realisticResult, resultWithError, suppressedFindings } from "./fixtures.js";

const OUT = resolve("test-output");
const GENERATED = new Date("2026-11-02T10:00:00Z");

function report(): string {
  const r = { ...resultWithError(), suppressed: suppressedFindings() };
  r.findings[0]!.message = `${HOSTILE} (port 22999)`;
  return renderHtml(r, ENGINE, { generatedAt: GENERATED });
}

describe("html", () => {
  it("is one self-contained file: inline CSS, no scripts, no external assets", () => {
    const html = report();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    // Links are only to the vendor documents, never to assets.
    for (const m of html.matchAll(/href="([^"]+)"/g)) expect(m[1]).toMatch(/^(#|https:\/\/)/);
  });

  it("HTML-escapes every message", () => {
    const html = report();
    expect(html).not.toContain(`<script>alert`);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).not.toContain("<b>bold</b>");
    expect(esc(`<a href='x'>&</a>`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("has the requirement × input matrix, evidence, remediation, waivers and unreadable inputs", () => {
    const html = report();
    const matrix = html.slice(html.indexOf(`<table class="matrix"`), html.indexOf("</table>", html.indexOf(`<table class="matrix"`)));
    expect(matrix.match(/<tr>/g)).toHaveLength(1 + realisticResult().requirements.length);
    expect(matrix.match(/<th class="input"/g)).toHaveLength(realisticResult().inputs.length);
    expect(matrix).toContain(
      `<td class="cell st-violated" title="securitygroup/runner-port-exposed: TCP 22000-30000 (includes 22999) is open to 0.0.0.0/0 and ::/0">✖ violated</td>`,
    );
    expect(html).toContain(`<article class="req" id="req-sg.runner-port-exposed">`);
    expect(html).toContain(
      "<strong>Remediation</strong></p><ul><li><code>securitygroup/runner-port-exposed</code>: Restrict the TCP 22999 ingress rule",
    );
    expect(html).toContain(`<section id="waivers">`);
    expect(html).toContain("sandbox account, users connect from anywhere");
    expect(html).toContain("bad indentation of a mapping entry");
    // The code frame of the real fixture file, around the finding's line.
    expect(html).toMatch(/&gt; 20 \| {9}- IpProtocol: tcp/);
  });

  it.skipIf(!hasChromium)(
    "renders in headless Chromium with the matrix and no network, and writes a screenshot",
    async () => {
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, "report.html");
      writeFileSync(file, report());
      await inChromium(file, async (page) => {
        const matrix = page.locator("table#requirement-matrix");
        await expect(matrix.isVisible()).resolves.toBe(true);
        const rows = await matrix.locator("tbody tr").count();
        expect(rows).toBe(realisticResult().requirements.length);
        const headers = await matrix.locator("thead th").allTextContents();
        expect(headers.slice(0, 3)).toEqual(["Requirement", "Title", "Overall"]);
        expect(headers.slice(3)).toEqual(realisticResult().inputs.map((i) => i.file));
        const overall = await matrix.locator("tbody tr").first().locator("td").nth(2).textContent();
        expect(overall).toBe("✖ violated");
        // The styles applied (inline CSS works with the CSP), the hostile message is text, no script ran.
        // (The callback runs in the page; the test's tsconfig has no DOM types, hence the cast.)
        const color = await page
          .locator("td.cell.st-violated")
          .first()
          .evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color);
        expect(color).toBe("rgb(180, 35, 24)");
        await expect(page.getByText('<script>alert("x")</script>', { exact: false }).count()).resolves.toBeGreaterThan(0);

        await page.screenshot({ path: join(OUT, "html-report-top.png") });
        const png = join(OUT, "html-report.png");
        await page.screenshot({ path: png, fullPage: true });
        expect(statSync(png).size).toBeGreaterThan(10_000);
      });
    },
    60_000,
  );

  it.skipIf(!hasChromium)(
    "a folder check, in Chromium: findings first, evidence collapsed, no internal wording; screenshot",
    async () => {
      mkdirSync(OUT, { recursive: true });
      const result = check(["fixtures/cloudformation"], { config: { runner: "standard", region: "eu-west-1" } });
      const file = join(OUT, "html-folder-check.html");
      writeFileSync(file, renderHtml(result, defaultEngine(), { generatedAt: GENERATED }));
      await inChromium(file, async (page) => {
        await expectAuditLayout(page);
        await page.screenshot({ path: join(OUT, "html-folder-check.png") });
      });
    },
    60_000,
  );
});
