import path from "node:path";
import type { Workspace } from "@lontar/core";
import { analyzeFiles } from "../../src/engine/analyze.js";
import { workspaceLanguage } from "@lontar/dsl";
import { collectLontarFiles, readSources } from "../../src/files/collect.js";
import { REPO_ROOT } from "./spawn.js";

/** The core workspace of examples/<name> as `lontar plan` reads it, and the language it is written in; throws when it has errors. */
export function exampleWorkspace(name: string): { readonly workspace: Workspace; readonly language: "en" | "id" } {
  const paths = [path.join("examples", name)];
  const sources = readSources(REPO_ROOT, collectLontarFiles(REPO_ROOT, paths));
  const { result } = analyzeFiles(REPO_ROOT, paths, sources);
  if (result.workspace === undefined) throw new Error(`examples/${name} has errors`);
  return { workspace: result.workspace, language: workspaceLanguage(result.files) };
}

/** Every name a reader may see for a place, person, thing or program of a workspace. */
export function workspaceNames(workspace: Workspace): Set<string> {
  return new Set([
    ...workspace.libraries.map((l) => l.name),
    ...workspace.partners.map((p) => p.name),
    ...workspace.resources.flatMap((r) => (r.name === undefined ? [] : [r.name])),
    ...workspace.programs.map((p) => p.title),
  ]);
}
