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
 * A problem the plan finds (a session no one can lead, a library closed on its day, an
 * agreement not kept…): what `lontar check` reports after the language's own diagnostics,
 * which the language server does not publish. Its message is in the page's language; its
 * place is 0-based, as the language server's are.
 */
export interface PlanProblem {
  /** The file's path in the workspace. */
  readonly path: string;
  /** 0-based line. */
  readonly line: number;
  /** 0-based character in the line (UTF-16 code units). */
  readonly character: number;
  readonly severity: "error" | "warning" | "info";
  /** Its code, e.g. `LON5103`. */
  readonly code: string;
  readonly message: string;
}

/**
 * What the page asks its plan worker. Every request carries the whole workspace (a few
 * files of a few kilobytes), so the worker keeps no state the page could lose track of;
 * `id` pairs the answers with the request, and the page drops answers to requests it has
 * replaced. (The editor's diagnostics, completion, hover and the rest come from the
 * language server in its own worker, over LSP.)
 */
export type WorkerRequest =
  | { readonly kind: "plan"; readonly id: number; readonly files: readonly WorkspaceFile[]; readonly lang: SiteLang }
  | { readonly kind: "export-ics"; readonly id: number; readonly files: readonly WorkspaceFile[]; readonly lang: SiteLang }
  | { readonly kind: "export-xlsx"; readonly id: number; readonly files: readonly WorkspaceFile[]; readonly lang: SiteLang };

/** What the plan worker answers; `elapsedMs` is the worker's own time for the plan, `problems` what the plan finds. */
export type WorkerResponse =
  | { readonly kind: "plan"; readonly id: number; readonly plan: PlanView; readonly problems: readonly PlanProblem[]; readonly elapsedMs: number }
  | { readonly kind: "ics"; readonly id: number; readonly text: string | undefined; readonly reason: string }
  | { readonly kind: "xlsx"; readonly id: number; readonly bytes: Uint8Array | undefined; readonly reason: string };

/** The seam between the page and the plan worker (a test or another host can answer instead). */
export interface PlaygroundBackend {
  /** Sends a request; answers arrive through `onResponse`. */
  post(request: WorkerRequest): void;
  /** Registers the one listener for answers. */
  onResponse(listener: (response: WorkerResponse) => void): void;
  /** Stops the worker. */
  dispose(): void;
}
