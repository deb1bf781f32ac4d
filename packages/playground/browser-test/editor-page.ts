import type { Page } from "playwright-core";
import type { PlaygroundWorkspace } from "../src/protocol.js";
import { decodeWorkspace, WORKSPACE_HASH_KEY } from "../src/workspace-url.js";

/** How long a test waits for the page (the workers check and plan on a shared, busy machine). */
export const WAIT_MS = 60_000;

/** The editor of the file whose tab is open. */
export const ACTIVE_EDITOR = '[data-testid="editor"] .lp-file[data-active="true"]';

/** The sessions the report's calendar draws (one element per session in view). */
export const CALENDAR_SESSIONS = '[data-testid="calendar"] .ec-event.session';

/** Waits until the plan pane has drawn a plan newer than `version` (data-plan-version on the playground). */
export async function nextPlan(page: Page, version: number): Promise<number> {
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

/** Opens the playground (`path` is /playground.html or /id/playground.html) and waits for its first plan. */
export async function openPlayground(page: Page, origin: string, hash: string, path = "/playground.html"): Promise<number> {
  await page.goto(`${origin}${path}${hash}`);
  return nextPlan(page, 0);
}

/** Types at the end of the open file, as a person would (CodeMirror gets real key events). */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator(`${ACTIVE_EDITOR} .cm-content`).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.insertText(text);
}

/** Opens a file's tab. */
export async function openTab(page: Page, path: string): Promise<void> {
  await page.locator(`[data-testid="file-tab"][data-path="${path}"]`).click();
  await page.locator(`${ACTIVE_EDITOR}[data-path="${path}"]`).waitFor({ timeout: WAIT_MS });
}

// In-page code as text: tsx would wrap a named function in a helper the page does not have.
const CENTRE_OF_TEXT = `(([selector, needle]) => {
  const content = document.querySelector(selector);
  if (content === null) return null;
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = (node.textContent ?? "").indexOf(needle);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
})`;

/** The centre of the first place `needle` is written in the open file's editor (in sight). */
export async function centreOf(page: Page, needle: string): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`${CENTRE_OF_TEXT}(${JSON.stringify([`${ACTIVE_EDITOR} .cm-content`, needle])})`)) as { x: number; y: number } | null;
  if (point === null) throw new Error(`\`${needle}\` is not in sight in the open file`);
  return point;
}

/** The workspace the page keeps in its URL (`#ws=…`, written with each plan request). */
export function workspaceInUrl(url: string): PlaygroundWorkspace | undefined {
  const value = new URLSearchParams(new URL(url).hash.slice(1)).get(WORKSPACE_HASH_KEY);
  if (value === null) return undefined;
  const decoded = decodeWorkspace(value);
  return decoded.ok ? decoded.workspace : undefined;
}
