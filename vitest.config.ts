import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@lontar/source"] },
  ssr: { resolve: { conditions: ["@lontar/source"] } },
  test: {
    include: ["packages/*/test/**/*.test.ts", "editors/*/test/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    // Both cores of a 2-core machine (vitest's default is one fewer than the cores: one
    // worker there). Forks, processes rather than threads: the CLI, language-server and
    // planning-worker tests start processes and threads of their own.
    pool: "forks",
    // A fork runs one test file after another with the modules it has loaded (vitest's
    // isolation would start a new process for each test file, and loading the
    // sources there was two thirds of the command's time: 292 s against 137 s without).
    // Tests restore what they change of the process (TZ, timers).
    poolOptions: { forks: { isolate: false } },
    maxWorkers: 2,
    minWorkers: 1,
    // Generous: the limits catch a hang, not slowness; on a machine shared with other
    // CPU-bound work a test may take several times its idle time.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
