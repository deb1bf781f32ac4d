import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan, ReportData } from "@lontar/planner";
import { launchChromium, type HeadlessChromium } from "../../../scripts/headless-chromium.js";
import { exampleNamesNow, planExample, type PlannedExample } from "./examples-report.js";
import { dayMonthYear, weekdayName } from "../../planner/src/export/long-date.js";

// Every example's report in Debian's Chromium: it opens cleanly and offline, and its
// calendar agrees with plan.json. Run with `pnpm test:browser` (needs /usr/bin/chromium).
// The browser reads in Asia/Jayapura (UTC+9), east of every example's library: a reader
// there saw a month's counter take the last evening's sessions into the next month (a walk,
// stop 53), while CI's UTC, west of them, counted right.

const EXAMPLES = exampleNamesNow();
let chromium: HeadlessChromium;

beforeAll(async () => {
  chromium = await launchChromium({ timezoneId: "Asia/Jayapura" });
});

afterAll(async () => {
  await chromium?.close();
});

/** A page with the report open, and what it logged and asked for while opening. */
async function openReport(example: PlannedExample): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(example.report).href;
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("request", (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url);
  await page.locator("#calendar-view:not([data-loading]) .ec").waitFor();
  return { page, errors, requests };
}

/** The report's embedded data. */
async function dataOf(page: Page): Promise<ReportData> {
  return JSON.parse((await page.locator("#lontar-report-data").textContent()) ?? "null") as ReportData;
}

/** The sessions the calendar shows (scheduled and not placed) with their local month `YYYY-MM`. */
const shownSessions = (plan: Plan): { month: string; people: string[] }[] =>
  plan.occurrences
    .filter((o) => o.status !== "cancelled")
    .map((o) => ({ month: o.start.slice(0, 7), people: o.assignments.filter((a) => a.kind === "staff" || a.kind === "volunteer").map((a) => a.resourceId) }));

/** The month with most sessions (the earliest of equals). */
function busiestMonth(plan: Plan): string {
  const counts = new Map<string, number>();
  for (const s of shownSessions(plan)) counts.set(s.month, (counts.get(s.month) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? plan.horizon.from.slice(0, 7);
}

/** Moves the calendar from the month it opened on to `month` (`YYYY-MM`) with its arrows, in the list view. */
async function goToMonth(page: Page, initialDate: string, month: string): Promise<void> {
  await page.locator(".ec-toolbar .ec-listMonth").click();
  const steps = (Number(month.slice(0, 4)) - Number(initialDate.slice(0, 4))) * 12 + Number(month.slice(5, 7)) - Number(initialDate.slice(5, 7));
  for (let i = 0; i < Math.abs(steps); i++) await page.locator(steps > 0 ? ".ec-toolbar button.ec-next" : ".ec-toolbar button.ec-prev").click();
  await page.locator(`.ec-day-head time[datetime^="${month}"]`).first().waitFor();
}

describe.each(EXAMPLES)("the report of examples/%s in Chromium", (name) => {
  let example: PlannedExample;
  beforeAll(async () => {
    example = await planExample(name);
  });

  it("opens with no console error and no network request", async () => {
    const { page, errors, requests } = await openReport(example);
    expect({ errors, requests }).toEqual({ errors: [], requests: [] });
    await page.close();
  });

  it("shows the right number of sessions for the busiest month, in the list and the counter", async () => {
    const { page } = await openReport(example);
    const data = await dataOf(page);
    const month = busiestMonth(example.plan);
    const expected = shownSessions(example.plan).filter((s) => s.month === month).length;
    expect(expected).toBeGreaterThan(0);
    await goToMonth(page, data.initialDate, month);
    expect({ month, shown: await page.locator(".ec-event.session").count() }).toEqual({ month, shown: expected });
    expect(await page.locator(".shown").getAttribute("data-count")).toBe(String(expected));
    await page.close();
  });

  it("leaves only a person's sessions when filtered by that person", async () => {
    const { page } = await openReport(example);
    const data = await dataOf(page);
    const month = busiestMonth(example.plan);
    const people = new Map<string, number>();
    for (const s of shownSessions(example.plan)) if (s.month === month) for (const r of s.people) people.set(r, (people.get(r) ?? 0) + 1);
    const [person, expected] = [...people].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0] ?? [];
    // Every example assigns staff in its busiest month.
    expect(person).toBeDefined();
    if (person === undefined || expected === undefined) return;
    const index = personIndex(example, data, person);
    expect(index).toBeGreaterThanOrEqual(0);
    await goToMonth(page, data.initialDate, month);
    await page.locator('select[data-filter="person"]').selectOption(String(index));
    const shown = page.locator(".ec-event.session");
    await expect.poll(() => shown.count()).toBe(expected);
    for (const resources of await shown.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset["resources"] ?? ""))) expect(resources.split(" ")).toContain(String(index));
    await page.close();
  });

  it("names a holiday on its day, and a click opens a session's facts", async () => {
    const { page } = await openReport(example);
    const data = await dataOf(page);
    const holiday = data.closedDays.find((d) => d.kind === "national");
    expect(holiday).toBeDefined();
    if (holiday === undefined) return;
    await goToMonth(page, data.initialDate, holiday.date.slice(0, 7));
    expect(await page.locator(`.ec-day:has(time[datetime="${holiday.date}"]) .ec-event.closed-national`).first().textContent()).toContain(holiday.name);
    // Times as `.lontar` writes them in either language (14:00), not the Indonesian locale's 14.00.
    for (const time of await page.locator(".ec-event.session .ec-event-time").allTextContents()) expect(time).toMatch(/^\d{2}:\d{2}(–\d{2}:\d{2})?$/);
    const session = page.locator(".ec-event.session").first();
    if ((await session.count()) > 0) {
      await session.click();
      // The day in words with its weekday, and the zone of the library's clock (a walk: "Waktu 2024-01-03 15:00–16:00").
      expect(await page.locator("dialog.session[open] dl").textContent()).toMatch(/[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}–.* (WIB|WITA|WIT|[A-Za-z]+\/[A-Za-z_]+)/);
      await page.locator("dialog.session[open] button").click();
    }
    // The list's days in the words the report's lists use: "Kamis" beside "8 Februari 2024".
    const day = page.locator(".ec-list .ec-day-head").first();
    if ((await day.count()) > 0) {
      const date = (await day.locator("time").first().getAttribute("datetime")) ?? "";
      expect((await day.textContent())?.replace(/\s+/g, " ")).toContain(`${weekdayName(date, data.language)}`);
      expect(await day.textContent()).toContain(dayMonthYear(date, data.language));
    }
    await page.close();
  });

  it("prints the calendar's title without its buttons, and tells apart programs that share a title", async () => {
    const { page } = await openReport(example);
    const data = await dataOf(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".ec-toolbar .ec-title").isVisible()).toBe(true);
    expect(await page.locator(".ec-toolbar .ec-button").first().isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    const titles = data.programs.map((p) => p.title);
    const shared = data.programs.filter((p) => titles.filter((t) => t === p.title).length > 1);
    for (const p of shared) expect(p.name).toMatch(new RegExp(`^${p.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(.+\\)$`));
    if (shared.length > 0) {
      const events = await page.locator(".ec-event.session .ec-event-title").allTextContents();
      for (const title of events) expect(shared.map((p) => p.title)).not.toContain(title);
    }
    await page.close();
  });
});

/** The person's index in the report's data: where a session of theirs lists them. */
function personIndex(example: PlannedExample, data: ReportData, person: string): number {
  const occurrence = example.plan.occurrences.find((o) => o.status !== "cancelled" && o.assignments.some((a) => a.resourceId === person));
  const session = data.sessions.find((s) => s.id === occurrence?.id);
  return session?.resources[occurrence?.assignments.findIndex((a) => a.resourceId === person) ?? -1] ?? -1;
}
