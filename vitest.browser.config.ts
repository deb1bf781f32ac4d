import { defineConfig } from "vitest/config";

// `pnpm test:browser`: the tests that drive Debian's Chromium (apt-get install -y chromium);
// `pnpm test` leaves them out and needs no browser.
export default defineConfig({
  resolve: { conditions: ["@lontar/source"] },
  ssr: { resolve: { conditions: ["@lontar/source"] } },
  test: {
    include: ["packages/*/browser-test/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
