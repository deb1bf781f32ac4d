import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@lontar/source"] },
  ssr: { resolve: { conditions: ["@lontar/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "editors/*/test/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    // Both cores of a 2-core machine (vitest's default is one fewer than the cores: one
    // worker there). Forks, one process per test file: the CLI, language-server and
    // planning-worker tests start processes and threads of their own.
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    // Generous: the limits catch a hang, not slowness; on a machine shared with other
    // CPU-bound work a test may take several times its idle time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
