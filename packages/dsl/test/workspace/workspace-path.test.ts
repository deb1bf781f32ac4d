import { describe, expect, it } from "vitest";
import { analyzeWorkspace, WorkspaceSession, workspacePath } from "@lontar/dsl";

// Found by an SDK walk: a diagnostic's `location.file` is not the path the caller gave
// (`sub\main.lontar` comes back `sub/main.lontar`), and nothing said how to map it back.
const TEXT = "room aula at perpus { capacity 30 }\n";

describe("workspacePath: the key a diagnostic's location.file uses", () => {
  it.each([
    ["/ws", "sub\\main.lontar", "sub/main.lontar"],
    ["/ws", "./main.lontar", "main.lontar"],
    ["/ws", "/ws/main.lontar", "main.lontar"],
    ["/ws", "/ws/sub/../main.lontar", "main.lontar"],
    ["C:\\ws", "C:\\ws\\sub\\main.lontar", "sub/main.lontar"],
    ["/ws", "/other/main.lontar", "/other/main.lontar"],
  ])("under %s, %s is %s, as analyzeWorkspace and a session name it", (root, given, key) => {
    expect(workspacePath(root, given)).toBe(key);
    const result = analyzeWorkspace({ root, files: [{ path: given, text: TEXT }] });
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(result.diagnostics.map((d) => d.location.file))).toEqual(new Set([key]));
    expect(new WorkspaceSession({ root }).pathOf(given)).toBe(key);
  });
});
