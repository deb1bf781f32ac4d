import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@lontar/source"] },
  ssr: { resolve: { conditions: ["@lontar/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "editors/*/test/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
