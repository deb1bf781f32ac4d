// `pnpm test:site`: builds the site, serves it on 127.0.0.1 and runs the browser tests in
// Debian's headless Chromium. `--no-build` tests the site as last built.
import { spawn } from "node:child_process";
import path from "node:path";
import { launchChromium } from "./chromium.js";
import { SITE_TESTS } from "./site-tests.js";
import { serveSite } from "./static-server.js";

const REPO = path.resolve(import.meta.dirname, "../../..");

function buildSite(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["vitepress", "build", "docs"], { cwd: REPO, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`vitepress build exited with ${code}`))));
  });
}

if (!process.argv.includes("--no-build")) await buildSite();
const server = await serveSite();
const chromium = await launchChromium();
let failed = 0;
try {
  for (const test of SITE_TESTS) {
    const page = await chromium.context.newPage();
    try {
      await test.run(page, server.origin);
      console.log(`✓ ${test.name}`);
    } catch (error) {
      failed += 1;
      console.log(`✗ ${test.name}\n  ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await chromium.close();
  await server.close();
}
console.log(`${SITE_TESTS.length - failed} of ${SITE_TESTS.length} browser tests passed`);
process.exitCode = failed === 0 ? 0 : 1;
