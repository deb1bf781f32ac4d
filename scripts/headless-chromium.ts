import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); playwright-core never downloads a browser. */
export const CHROMIUM_PATH = process.env["LONTAR_CHROMIUM"] ?? "/usr/bin/chromium";

/** A headless Chromium with a fresh profile, and a way to close it and remove the profile. */
export interface HeadlessChromium {
  /** The browser's one context (its profile is the fresh folder). */
  readonly context: BrowserContext;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/** How the browser is set up beyond its profile. */
export interface ChromiumOptions {
  /** The IANA zone the pages see (`Asia/Jayapura`); the host's when absent. */
  readonly timezoneId?: string;
}

/**
 * Starts Debian's Chromium headless through playwright-core, with no network chatter of
 * its own (no sync, component updates or background requests) and a fresh
 * `--user-data-dir`, so every run starts from the same empty profile.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<HeadlessChromium> {
  const profile = await mkdtemp(path.join(tmpdir(), "lontar-chromium-"));
  const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  // Playwright passes the fresh profile as --user-data-dir itself.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, args: flags, headless: true, viewport: { width: 1280, height: 900 }, ...(options.timezoneId === undefined ? {} : { timezoneId: options.timezoneId }) });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
