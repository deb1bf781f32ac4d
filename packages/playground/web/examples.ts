import { examplesFromFiles } from "../src/examples.js";
import type { PlaygroundWorkspace } from "../src/protocol.js";

/** The repository's five example workspaces, bundled into the page as text. */
export function bundledExamples(): PlaygroundWorkspace[] {
  return examplesFromFiles(import.meta.glob("../../../examples/*/*.lontar", { query: "?raw", import: "default", eager: true }));
}
