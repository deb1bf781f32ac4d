import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { watchPage } from "./page-watch.js";

/** One browser test of the built site. */
export interface SiteTest {
  readonly name: string;
  run(page: Page, origin: string): Promise<void>;
}

/** How long a test waits for the page (the worker plans on a shared, busy machine). */
const WAIT_MS = 60_000;

const sessionTitles = (page: Page): Promise<string[]> => page.locator('[data-testid="sessions"] [data-testid="session"] td:nth-child(3)').allTextContents();
const sessionRows = (page: Page): Promise<string[]> => page.locator('[data-testid="sessions"] [data-testid="session"]').allInnerTexts();

/** Waits until the plan pane has drawn a plan newer than `version` (data-plan-version on the playground). */
async function nextPlan(page: Page, version: number): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const root = document.querySelector('[data-testid="playground"]') as HTMLElement | null;
      const current = Number(root?.dataset["planVersion"] ?? "0");
      return current > previous ? current : false;
    },
    version,
    { timeout: WAIT_MS },
  );
  return (await handle.jsonValue()) as number;
}

async function openPlayground(page: Page, origin: string, hash: string): Promise<number> {
  await page.goto(`${origin}/playground.html${hash}`);
  return nextPlan(page, 0);
}

/** Types at the end of the open file, as a person would (CodeMirror gets real key events). */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(text);
}

/** The tests `pnpm test:site` runs, in order. */
export const SITE_TESTS: readonly SiteTest[] = [
  {
    name: "the Indonesian search finds the page on perpustakaan keliling",
    async run(page, origin) {
      await page.goto(`${origin}/id/`);
      await page.locator(".VPNavBarSearch button").first().click();
      const input = page.locator(".VPLocalSearchBox input");
      await input.fill("perpustakaan keliling");
      const results = page.locator(".VPLocalSearchBox .results a");
      await results.first().waitFor({ timeout: WAIT_MS });
      const links = await results.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      assert.ok(links.some((href) => href.startsWith("/id/examples/solok-rakor-2019")), `results: ${links.join(", ")}`);
      assert.ok(links.every((href) => href.startsWith("/id/")), `an English page among the Indonesian results: ${links.join(", ")}`);
    },
  },
  {
    name: "the playground shows an example's sessions when it is opened",
    async run(page, origin) {
      const first = await openPlayground(page, origin, "");
      assert.ok((await sessionTitles(page)).length > 0, "the first example shows no session");
      await page.locator('[data-testid="example-select"]').selectOption("solok-rakor-2019");
      await nextPlan(page, first);
      const titles = await sessionTitles(page);
      assert.ok(titles.includes("Perpustakaan Keliling ke Perumahan dan Posyandu"), "the mobile library's sessions are missing");
      assert.ok(titles.includes("Layanan Buku Bergilir"), "Buku Bergilir's sessions are missing");
      assert.match(page.url(), /#example=solok-rakor-2019$/);
    },
  },
  {
    name: "a misspelt keyword shows the did-you-mean diagnostic, and its quick fix repairs it",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang");
      await typeAtEnd(page, "\nprogam uji {\n}\n");
      const diagnostic = page.locator('[data-testid="diagnostic"][data-code="LON1104"]', { hasText: "did you mean `program`" });
      await diagnostic.waitFor({ timeout: WAIT_MS });
      await page.locator(".cm-lint-marker-error").last().hover();
      const fix = page.locator(".cm-tooltip-lint button", { hasText: "replace with `program`" });
      await fix.click({ timeout: WAIT_MS });
      assert.match(await page.locator(".cm-content").innerText(), /\nprogram uji \{/);
      await diagnostic.waitFor({ state: "detached", timeout: WAIT_MS });
    },
  },
  {
    name: "changing a schedule changes the sessions",
    async run(page, origin) {
      let version = await openPlayground(page, origin, "#example=watualang");
      const program = '\nprogram uji_jadwal at cemerlang_watualang {\n  title "Uji Jadwal"\n  category storytelling\n  schedule once 2024-03-05 at 09:00 for 1h\n}\n';
      await typeAtEnd(page, program);
      version = await nextPlan(page, version);
      const before = (await sessionRows(page)).filter((row) => row.includes("Uji Jadwal"));
      assert.equal(before.length, 1, `sessions of the new program: ${before.join(" | ")}`);
      assert.match(before[0] ?? "", /2024-03-05\s+09:00/);
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("End");
      await page.keyboard.press("Shift+Home");
      await page.keyboard.insertText("schedule once 2024-03-19 at 14:00 for 1h");
      await nextPlan(page, version);
      const after = (await sessionRows(page)).filter((row) => row.includes("Uji Jadwal"));
      assert.equal(after.length, 1);
      assert.match(after[0] ?? "", /2024-03-19\s+14:00/);
    },
  },
  {
    name: "the playground logs no error and makes no request once loaded (nothing leaves the page)",
    async run(page, origin) {
      const watch = watchPage(page);
      let version = await openPlayground(page, origin, "");
      watch.markLoaded();
      for (const example of ["langsa", "solok-interaksi", "solok-rakor-2019", "ntt-plm-2019"]) {
        await page.locator('[data-testid="example-select"]').selectOption(example);
        version = await nextPlan(page, version);
      }
      await typeAtEnd(page, "\n// catatan\n");
      await nextPlan(page, version);
      await page.locator('[data-testid="file-tab"]').last().click();
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.requests.filter((request) => request.afterLoad).map((request) => request.url), []);
      const foreign = watch.requests.filter((request) => !request.url.startsWith(origin) && !request.url.startsWith("blob:") && !request.url.startsWith("data:"));
      assert.deepEqual(foreign.map((request) => request.url), []);
    },
  },
];
