import type { Diagnostic } from "@lontar/dsl";
import type { PlanView } from "./plan-view.js";

/** The languages of the site and of the playground's words. */
export type SiteLang = "en" | "id";

/** One `.lontar` file of a playground workspace, by its path inside the workspace. */
export interface WorkspaceFile {
  readonly path: string;
  readonly text: string;
}

/** The workspace the playground edits: a name (an example's, or the user's) and its files. */
export interface PlaygroundWorkspace {
  readonly name: string;
  readonly files: readonly WorkspaceFile[];
}

/**
 * What the page asks its worker. Every request carries the whole workspace (a few files of
 * a few kilobytes), so the worker keeps no state the page could lose track of; `id` pairs
 * the answers with the request, and the page drops answers to requests it has replaced.
 */
export type WorkerRequest =
  | { readonly kind: "analyze"; readonly id: number; readonly files: readonly WorkspaceFile[]; readonly lang: SiteLang }
  | { readonly kind: "export-ics"; readonly id: number; readonly files: readonly WorkspaceFile[]; readonly lang: SiteLang };

/**
 * What the worker answers. An `analyze` request gets two answers: the diagnostics as soon as
 * the language has checked the text, then the plan (the slow part), so the editor's marks
 * never wait for the planner. `elapsedMs` is the worker's own time for that step.
 */
export type WorkerResponse =
  | { readonly kind: "diagnostics"; readonly id: number; readonly diagnostics: readonly Diagnostic[]; readonly elapsedMs: number }
  | { readonly kind: "plan"; readonly id: number; readonly plan: PlanView; readonly elapsedMs: number }
  | { readonly kind: "ics"; readonly id: number; readonly text: string | undefined; readonly reason: string };

/**
 * The seam between the page and whatever answers it: the analysis worker today; a worker
 * that also runs the language server (the `lsp` branch's web-worker entry) can implement the
 * same interface and take LSP messages on another channel.
 */
export interface PlaygroundBackend {
  /** Sends a request; answers arrive through `onResponse`. */
  post(request: WorkerRequest): void;
  /** Registers the one listener for answers. */
  onResponse(listener: (response: WorkerResponse) => void): void;
  /** Stops the worker. */
  dispose(): void;
}
