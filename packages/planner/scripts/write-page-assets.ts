import { renameSync, writeFileSync } from "node:fs";
import { PAGE_ASSETS_PATH, renderPageAssets } from "./page-assets.js";

// Run as `npx -y pnpm@10 --filter @lontar/planner run page-assets`; a test fails when the
// committed file differs from what this writes. Atomic: temp file, then rename.
const temp = `${PAGE_ASSETS_PATH}.${process.pid}.tmp`;
writeFileSync(temp, await renderPageAssets(), "utf8");
renameSync(temp, PAGE_ASSETS_PATH);
process.stdout.write(`wrote ${PAGE_ASSETS_PATH}\n`);
