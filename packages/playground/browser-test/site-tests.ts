import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { encodeWorkspace } from "../src/workspace-url.js";
import { ACTIVE_EDITOR, CALENDAR_SESSIONS, WAIT_MS, centreOf, nextPlan, openPlayground, openTab, typeAtEnd, workspaceInUrl } from "./editor-page.js";
import { watchPage } from "./page-watch.js";

/** One browser test of the built site. */
export interface SiteTest {
  readonly name: string;
  run(page: Page, origin: string): Promise<void>;
}

/** The sessions the calendar shows: the occurrence id and the calendar's own title (time, program, place). */
const calendarSessions = (page: Page): Promise<{ id: string; title: string }[]> =>
  page.locator(CALENDAR_SESSIONS).evaluateAll((events) => events.map((event) => ({ id: (event as HTMLElement).dataset["sessionId"] ?? "", title: event.getAttribute("title") ?? "" })));

/** The programs the calendar's program filter offers (every program with a session in the plan). */
const calendarPrograms = (page: Page): Promise<string[]> => page.locator('[data-testid="calendar"] select[data-filter="program"] option').allTextContents();

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
      // The keys' names a screen reader says, in Bahasa Indonesia.
      const keys = await page.locator(".VPLocalSearchBox kbd[aria-label]").evaluateAll((kbds) => kbds.map((kbd) => kbd.getAttribute("aria-label")));
      assert.deepEqual(keys, ["tombol panah atas", "tombol panah bawah", "tombol Enter", "tombol Escape"]);
    },
  },
  {
    name: "the Indonesian pages' own theme words are Indonesian (skip link, appearance switch, page not found)",
    async run(page, origin) {
      await page.goto(`${origin}/id/getting-started.html`);
      assert.equal((await page.locator(".VPSkipLink").textContent())?.trim(), "Langsung ke isi");
      assert.equal(await page.locator(".VPNavBar .VPSwitchAppearance").first().getAttribute("title"), "Ganti ke tema gelap");
      await page.goto(`${origin}/id/tidak-ada.html`);
      await page.locator(".NotFound .title", { hasText: "HALAMAN TIDAK DITEMUKAN" }).waitFor({ timeout: WAIT_MS });
      assert.equal(await page.locator(".NotFound .link").getAttribute("href"), "/id/");
    },
  },
  {
    name: "both home pages, and a page opened with a fragment (a shared link), hydrate without a mismatch or any console error",
    async run(page, origin) {
      for (const [url, shown] of [
        ["/", ".VPHome"],
        ["/id/", ".VPHome"],
        ["/id/playground.html#example=watualang", '[data-testid="calendar"]'],
      ] as const) {
        const watch = watchPage(page);
        await page.goto(`${origin}${url}`, { waitUntil: "networkidle" });
        await page.locator(shown).first().waitFor({ timeout: WAIT_MS });
        assert.deepEqual(watch.errors, [], `${url}: ${watch.errors.join("\n")}`);
        page.removeAllListeners("console");
        page.removeAllListeners("pageerror");
        page.removeAllListeners("request");
      }
    },
  },
  {
    name: "every link of the Indonesian nav and sidebar opens a page of the site; the API reference is labelled English",
    async run(page, origin) {
      await page.goto(`${origin}/id/playground.html`);
      const hrefs = await page.locator(".VPNav a[href^='/'], .VPSidebar a[href^='/']").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
      assert.ok(hrefs.length > 20, `links: ${hrefs.length}`);
      const missing: string[] = [];
      for (const href of new Set(hrefs)) {
        const response = await page.request.get(`${origin}${href.replace(/#.*$/, "")}`);
        if (response.status() !== 200) missing.push(`${href} (${response.status()})`);
      }
      assert.deepEqual(missing, []);
      for (const api of await page.locator(".VPNav a[href='/api/index.html']").allInnerTexts()) assert.match(api, /bahasa Inggris/);
    },
  },
  {
    name: "the diagnostics index pages list every code with its page's title, in each language",
    async run(page, origin) {
      for (const [index, title] of [
        ["/diagnostics/", "session cannot take place"],
        ["/id/diagnostics/", "sesi tidak dapat berlangsung"],
      ] as const) {
        const response = await page.goto(`${origin}${index}`);
        assert.equal(response?.status(), 200, `${index} is not a page`);
        const row = page.locator(".lontar-codes tr", { has: page.locator("a", { hasText: /^LON5103$/ }) });
        assert.equal((await row.locator("td").last().innerText()).trim(), title);
        assert.equal(await row.locator("a").getAttribute("href"), "./LON5103.html");
        assert.ok((await page.locator(".lontar-codes tbody tr").count()) > 50, `${index}: too few codes`);
      }
    },
  },
  {
    name: "the playground shows an example's calendar when it is opened",
    async run(page, origin) {
      const first = await openPlayground(page, origin, "");
      assert.ok((await calendarSessions(page)).length > 0, "the first example's calendar shows no session");
      await page.locator('[data-testid="example-select"]').selectOption("solok-rakor-2019");
      await nextPlan(page, first);
      const programs = await calendarPrograms(page);
      assert.ok(programs.includes("Perpustakaan Keliling ke Perumahan dan Posyandu"), `the mobile library is not on the calendar: ${programs.join(", ")}`);
      assert.ok(programs.includes("Layanan Buku Bergilir"), "Buku Bergilir is not on the calendar");
      assert.ok((await calendarSessions(page)).length > 0, "the calendar shows no session");
      assert.match(await page.locator('[data-testid="plan"] #summary').innerText(), /\d+ of \d+ sessions scheduled/);
      assert.ok((await page.locator('[data-testid="plan"] #agreements h3').count()) > 0, "no agreement status");
      assert.match(page.url(), /#example=solok-rakor-2019$/);
    },
  },
  {
    name: "a shared link that cannot be read says so in a notice that stays until the reader edits or picks an example",
    async run(page, origin) {
      const notice = page.locator('[data-testid="notice"]');
      const version = await openPlayground(page, origin, "#ws=zzzz", "/id/playground.html");
      // After the first plan (the status line has been rewritten by then), the notice is still there.
      assert.equal((await notice.innerText()).trim(), "Ruang kerja di tautan tidak dapat dibaca; contoh pertama dibuka.");
      assert.ok(await notice.isVisible(), "the notice is not in sight");
      await typeAtEnd(page, "\n// catatan\n");
      await nextPlan(page, version);
      assert.equal(await notice.isVisible(), false, "the notice stays after an edit");
      // A link cut short (half of a real one), on the English page.
      const whole = encodeWorkspace({ name: "cut", files: [{ path: "main.lontar", text: "// ".repeat(200) }] });
      await page.goto("about:blank");
      await openPlayground(page, origin, `#ws=${whole.slice(0, Math.floor(whole.length / 2))}`);
      assert.equal((await notice.innerText()).trim(), "The link's workspace could not be read; the first example is open instead.");
      await page.locator('[data-testid="example-select"]').selectOption("langsa");
      await notice.waitFor({ state: "hidden", timeout: WAIT_MS });
    },
  },
  {
    name: "the problem count agrees with `lontar check`: the plan's findings are counted and listed beside the language's",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=ntt-plm-2019", "/id/playground.html");
      // `lontar check examples/ntt-plm-2019`: 0 errors, 1 warning (LON5104, from the planner).
      await page.locator('[data-testid="problem-count"]', { hasText: /^0 galat, 1 peringatan$/ }).waitFor({ timeout: WAIT_MS });
      const item = page.locator('[data-testid="diagnostic"][data-code="LON5104"][data-source="plan"]');
      assert.match(await item.innerText(), /^villages\.lontar:47:1 LON5104 .*\(dari rencana\)$/);
      // Listed once: the language server in the page does not plan too (its plan diagnostics come after a pause; they were a second LON5104).
      await page.waitForTimeout(3_000);
      assert.equal(await page.locator('[data-testid="diagnostic"][data-code="LON5104"]').count(), 1);
    },
  },
  {
    name: "the calendar's session titles keep the calendar's size (not the page's headings'), on a desktop and on a phone",
    async run(page, origin) {
      for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        await openPlayground(page, origin, "#example=watualang", "/id/playground.html");
        const title = page.locator(`${CALENDAR_SESSIONS} .ec-event-title`).first();
        await title.waitFor({ timeout: WAIT_MS });
        const styles = await title.evaluate((node) => {
          const own = getComputedStyle(node);
          const event = getComputedStyle(node.closest(".ec-event") as Element);
          return { size: own.fontSize, eventSize: event.fontSize, weight: own.fontWeight, eventWeight: event.fontWeight, marginTop: own.marginTop, width: node.getBoundingClientRect().width };
        });
        const at = `${viewport.width}×${viewport.height}`;
        assert.equal(styles.size, styles.eventSize, `${at}: the title's font size is not the calendar's`);
        assert.equal(styles.weight, styles.eventWeight, `${at}: the title's weight is not the calendar's`);
        assert.equal(styles.marginTop, "0px", `${at}: the title has a top margin`);
        // The title has room for a few letters beside or under the time, even in a phone's month cell.
        assert.ok(styles.width >= 20, `${at}: the title is ${styles.width}px wide`);
        // The cells write times as the language does: 14:00, not 14.00.
        const times = await page.locator(`${CALENDAR_SESSIONS} .ec-event-time`).allInnerTexts();
        assert.ok(times.length > 0 && times.every((time) => /^\d\d:\d\d/.test(time)), `times: ${times.slice(0, 5).join(" | ")}`);
        await page.goto("about:blank");
      }
    },
  },
  {
    name: "the Indonesian playground speaks plainly: titles in the example picker, a new workspace, no jargon or left/right in its text",
    async run(page, origin) {
      const version = await openPlayground(page, origin, "", "/id/playground.html");
      const prose = await page.locator(".vp-doc > div > :is(p, ul)").allInnerTexts();
      const jargon = prose.filter((text) => /web worker|Language Server Protocol|CodeMirror|sebelah (kiri|kanan)/i.test(text));
      assert.deepEqual(jargon, []);
      const options = await page.locator('[data-testid="example-select"] option').allInnerTexts();
      assert.deepEqual(options, ["Solok: interaksi", "Watualang (Ngawi)", "Langsa", "Solok: Rakor 2019", "NTT: PLM 2019", "Ruang kerja baru"]);
      await page.locator('[data-testid="example-select"]').selectOption({ label: "Ruang kerja baru" });
      await nextPlan(page, version);
      assert.deepEqual(await page.locator('[data-testid="file-tab"]').allInnerTexts(), ["utama.lontar"]);
      await page.locator(`${ACTIVE_EDITOR} .cm-line`, { hasText: /^\/\/ Ruang kerja baru\./ }).waitFor({ timeout: WAIT_MS });
      await page.locator('[data-testid="plan-none"]', { hasText: "Belum ada program" }).waitFor({ timeout: WAIT_MS });
      await page.locator('[data-testid="problem-count"]', { hasText: /^0 galat, 0 peringatan$/ }).waitFor({ timeout: WAIT_MS });
      assert.equal(workspaceInUrl(page.url())?.files[0]?.path, "utama.lontar");
    },
  },
  {
    name: "a misspelt keyword shows the did-you-mean diagnostic, and its quick fix (an LSP code action) repairs it",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang");
      await typeAtEnd(page, "\nprogam uji {\n}\n");
      const diagnostic = page.locator('[data-testid="diagnostic"][data-code="LON1104"]', { hasText: "did you mean `program`" });
      await diagnostic.waitFor({ timeout: WAIT_MS });
      await page.locator(`${ACTIVE_EDITOR} .cm-lint-marker-error`).last().hover();
      const fix = page.locator(".cm-tooltip-lint button", { hasText: "replace with `program`" });
      await fix.click({ timeout: WAIT_MS });
      await page.locator(`${ACTIVE_EDITOR} .cm-line`, { hasText: /^program uji \{$/ }).waitFor({ timeout: WAIT_MS });
      await diagnostic.waitFor({ state: "detached", timeout: WAIT_MS });
    },
  },
  {
    name: "changing a schedule changes the sessions on the calendar",
    async run(page, origin) {
      let version = await openPlayground(page, origin, "#example=watualang");
      const program = '\nprogram uji_jadwal at cemerlang_watualang {\n  title "Uji Jadwal"\n  category storytelling\n  schedule once 2024-03-05 at 09:00 for 1h\n}\n';
      await typeAtEnd(page, program);
      version = await nextPlan(page, version);
      const before = (await calendarSessions(page)).filter((session) => session.title.includes("Uji Jadwal"));
      assert.equal(before.length, 1, `the new program's sessions on the calendar: ${JSON.stringify(before)}`);
      assert.match(before[0]?.id ?? "", /@2024-03-05T09:00/);
      assert.match(before[0]?.title ?? "", /^09:00–10:00 Uji Jadwal/);
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("End");
      await page.keyboard.press("Shift+Home");
      await page.keyboard.insertText("schedule once 2024-03-19 at 14:00 for 1h");
      await nextPlan(page, version);
      const after = (await calendarSessions(page)).filter((session) => session.title.includes("Uji Jadwal"));
      assert.equal(after.length, 1, `after the change: ${JSON.stringify(after)}`);
      assert.match(after[0]?.id ?? "", /@2024-03-19T14:00/);
      assert.match(after[0]?.title ?? "", /^14:00–15:00 Uji Jadwal/);
    },
  },
  {
    name: "completion offers the keywords valid at the cursor, from the language server",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang");
      await typeAtEnd(page, "\n");
      await page.keyboard.type("progr");
      const options = page.locator(".cm-tooltip-autocomplete li");
      await options.first().waitFor({ timeout: WAIT_MS });
      const labels = await options.allInnerTexts();
      assert.ok(labels.some((label) => label.startsWith("program")), `completions: ${labels.join(" | ")}`);
    },
  },
  {
    name: "hover on the Indonesian page shows where a name is declared, in Bahasa Indonesia",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang", "/id/playground.html");
      await openTab(page, "programs.lontar");
      const point = await centreOf(page, "cemerlang_watualang");
      const tooltip = page.locator(".cm-lsp-hover-tooltip");
      // The first hover can come before the server has the workspace: move off and back until it answers.
      for (let attempt = 0; attempt < 20 && (await tooltip.count()) === 0; attempt++) {
        await page.mouse.move(point.x, point.y - 200);
        await page.mouse.move(point.x, point.y);
        await tooltip.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      const text = await tooltip.innerText();
      assert.match(text, /dideklarasikan di/);
      assert.match(text, /libraries\.lontar/);
    },
  },
  {
    name: "hover on a keyword (`jadwal`) shows its documentation in the playground, as in an editor",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=solok-interaksi", "/id/playground.html");
      await openTab(page, "program-anak.lontar");
      const point = await centreOf(page, "jadwal");
      const tooltip = page.locator(".cm-lsp-hover-tooltip");
      for (let attempt = 0; attempt < 20 && (await tooltip.count()) === 0; attempt++) {
        await page.mouse.move(point.x, point.y - 200);
        await page.mouse.move(point.x, point.y);
        await tooltip.waitFor({ timeout: 3_000 }).catch(() => undefined);
      }
      assert.match(await tooltip.innerText(), /jadwal — properti \(program\)/);
    },
  },
  {
    name: "rename (F2) renames a name in every file of the workspace",
    async run(page, origin) {
      const version = await openPlayground(page, origin, "#example=watualang");
      await openTab(page, "libraries.lontar");
      const point = await centreOf(page, "cemerlang_watualang");
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press("F2");
      const input = page.locator(".cm-lsp-rename-panel input[name=name]");
      await input.fill("cemerlang_baru");
      await input.press("Enter");
      await page.locator(`${ACTIVE_EDITOR} .cm-line`, { hasText: "library cemerlang_baru {" }).waitFor({ timeout: WAIT_MS });
      await nextPlan(page, version);
      const workspace = workspaceInUrl(page.url());
      const texts = workspace?.files.map((file) => file.text).join("\n") ?? "";
      assert.ok(!/\bcemerlang_watualang\b/.test(texts), "the old name is left somewhere");
      assert.ok(workspace?.files.find((file) => file.path === "programs.lontar")?.text.includes("at cemerlang_baru"), "programs.lontar still uses the old name");
      await page.locator('[data-testid="problem-count"]', { hasText: /^0 error/ }).waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: "the plan downloads as .ics and .xlsx, in the page's language",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang", "/id/playground.html");
      const downloaded = async (button: string): Promise<{ name: string; bytes: Uint8Array }> => {
        const [download] = await Promise.all([page.waitForEvent("download", { timeout: WAIT_MS }), page.locator(`[data-testid="${button}"]`).click()]);
        const path = await download.path();
        return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
      };
      const ics = await downloaded("download-ics");
      assert.equal(ics.name, "watualang.ics");
      assert.match(strFromU8(ics.bytes), /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);
      const xlsx = await downloaded("download-xlsx");
      assert.equal(xlsx.name, "watualang.xlsx");
      const entries = unzipSync(xlsx.bytes);
      assert.match(strFromU8(entries["xl/workbook.xml"] ?? new Uint8Array()), /name="Semua kegiatan"/);
      assert.ok(Object.keys(entries).filter((entry) => entry.startsWith("xl/worksheets/")).length > 1, "the workbook has one sheet only");
    },
  },
  {
    name: "switching the site's language keeps the workspace being written (the language menu carries it)",
    async run(page, origin) {
      const version = await openPlayground(page, origin, "", "/id/playground.html");
      await typeAtEnd(page, "\n// rencana saya\n");
      await nextPlan(page, version);
      const written = workspaceInUrl(page.url());
      assert.ok(written !== undefined, "the edited workspace is not in the URL");
      await page.locator(".VPNavBarTranslations button").click();
      await page.locator(".VPNavBarTranslations a", { hasText: "English" }).click();
      await page.waitForURL(/\/playground\.html#ws=/, { timeout: WAIT_MS });
      await nextPlan(page, 0);
      assert.deepEqual(workspaceInUrl(page.url()), written);
      await page.locator(`${ACTIVE_EDITOR} .cm-line`, { hasText: "// rencana saya" }).waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: "the playground by keyboard alone: focus shows on the example picker, and Enter on a problem goes to its place",
    async run(page, origin) {
      await openPlayground(page, origin, "#example=watualang", "/id/playground.html");
      await typeAtEnd(page, "\nprogam uji {\n}\n");
      await page.locator('[data-testid="diagnostic"][data-code="LON1104"]').waitFor({ timeout: WAIT_MS });
      await page.locator(".vp-doc a", { hasText: "ruang kerja contoh" }).focus();
      await page.keyboard.press("Tab");
      const picker = await page.evaluate(() => ({ testid: document.activeElement?.getAttribute("data-testid"), outline: getComputedStyle(document.activeElement as Element).outlineStyle }));
      assert.deepEqual(picker, { testid: "example-select", outline: "solid" });
      await page.locator('[data-testid="file-tab"][data-path="kpi.lontar"]').click();
      let onProblem = false;
      for (let presses = 0; presses < 40 && !onProblem; presses++) {
        await page.keyboard.press("Tab");
        onProblem = await page.evaluate(() => document.activeElement?.closest('[data-testid="diagnostic"][data-code="LON1104"]') !== null);
      }
      assert.ok(onProblem, "Tab never reaches the problem");
      await page.keyboard.press("Enter");
      await page.locator(`${ACTIVE_EDITOR}[data-path="main.lontar"] .cm-activeLine`, { hasText: /^progam uji \{$/ }).waitFor({ timeout: WAIT_MS });
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
      await page.locator('[data-testid="format"]').click();
      assert.deepEqual(watch.errors, []);
      assert.deepEqual(watch.requests.filter((request) => request.afterLoad).map((request) => request.url), []);
      const foreign = watch.requests.filter((request) => !request.url.startsWith(origin) && !request.url.startsWith("blob:") && !request.url.startsWith("data:"));
      assert.deepEqual(foreign.map((request) => request.url), []);
    },
  },
];
