/**
 * Screenshots of the report for the README: one example in each language, planned by the
 * CLI from source and opened in Debian's Chromium (`apt-get install -y chromium`), with a
 * session's facts open. Writes docs/images/report-id.png and docs/images/report-en.png.
 * Usage: `pnpm screenshots`.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { planExample } from "../packages/cli/browser-test/examples-report.js";
import { REPO_ROOT } from "../packages/cli/test/support/spawn.js";
import { launchChromium } from "./headless-chromium.js";

/** Which example shows each language: solok-interaksi is written in Bahasa Indonesia, watualang in English. */
const SHOTS = [
  { example: "solok-interaksi", language: "id", file: "report-id.png" },
  { example: "watualang", language: "en", file: "report-en.png" },
] as const;

const folder = path.join(REPO_ROOT, "docs", "images");
await mkdir(folder, { recursive: true });
const chromium = await launchChromium();
try {
  for (const shot of SHOTS) {
    const planned = await planExample(shot.example, shot.language);
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.goto(pathToFileURL(planned.report).href);
    await page.locator("#calendar-view:not([data-loading]) .ec").waitFor();
    await page.locator(".ec-event.session").nth(3).click();
    await page.locator("dialog.session[open]").waitFor();
    const target = path.join(folder, shot.file);
    await page.screenshot({ path: target, fullPage: false });
    process.stdout.write(`wrote ${path.relative(REPO_ROOT, target)} (examples/${shot.example}, ${shot.language})\n`);
    await page.close();
  }
} finally {
  await chromium.close();
}
