/**
 * The playground's environment-free parts: the worker protocol, the analysis and planning
 * it runs, the plan pane's view, the examples, the workspace in a link, and the downloads.
 * The page itself (editor, panes, worker glue) is in ../web.
 *
 * @packageDocumentation
 */
export type { PlaygroundBackend, PlaygroundWorkspace, SiteLang, WorkerRequest, WorkerResponse, WorkspaceFile } from "./protocol.js";
export { planView, type AgreementView, type NoPlanReason, type PlanView, type SessionView } from "./plan-view.js";
export { playgroundHorizon } from "./horizon.js";
export { PLAYGROUND_MAX_OCCURRENCES, checkFiles, icsOf, planOf, type CalendarRenderer } from "./run-analysis.js";
export { handleRequest } from "./worker-handler.js";
export { EXAMPLE_ORDER, examplesFromFiles, largestExample } from "./examples.js";
export { MAX_SHARED_BYTES, MAX_SHARED_FILES, WORKSPACE_HASH_KEY, decodeWorkspace, encodeWorkspace, isWorkspacePath, type DecodedWorkspace, type WorkspaceLinkProblem } from "./workspace-url.js";
export { fileSafeName, workspaceZip } from "./downloads.js";
