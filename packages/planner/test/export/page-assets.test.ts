import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGE_ASSETS_PATH, renderPageAssets } from "../../scripts/page-assets.js";

describe("the report's inlined script and styles", () => {
  it("are what the renderer and event-calendar bundle to (run `pnpm --filter @lontar/planner run page-assets` after a change)", async () => {
    const committed = readFileSync(PAGE_ASSETS_PATH, "utf8");
    expect(committed === (await renderPageAssets())).toBe(true);
  });

  it("hold nothing that ends a script element or opens a comment", () => {
    const committed = readFileSync(PAGE_ASSETS_PATH, "utf8");
    expect(committed).not.toMatch(/<\/script|<!--/i);
  });
});
