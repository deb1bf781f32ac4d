/**
 * The playground's environment-free parts: the plan worker's protocol, the check and plan
 * it runs, the plan pane's view, the examples, the workspace in a link, and the downloads.
 * The page itself (editor, panes, worker glue) is in ../web.
 *
 * @packageDocumentation
 */
export type { PlanProblem, PlaygroundBackend, PlaygroundWorkspace, SiteLang, WorkerRequest, WorkerResponse, WorkspaceFile } from "./protocol.js";
export { planView, type NoPlanReason, type PlanView } from "./plan-view.js";
export { PLAYGROUND_SECTIONS, type PlaygroundSection } from "./report-sections.js";
export { playgroundHorizon } from "./horizon.js";
export { PLAYGROUND_MAX_OCCURRENCES, checkFiles, icsOf, planOf, planWithProblems, xlsxOf } from "./run-analysis.js";
export { handleRequest } from "./worker-handler.js";
export { EXAMPLE_ORDER, EXAMPLE_TITLES, exampleTitle, newWorkspace, examplesForLang, examplesFromFiles, largestExample } from "./examples.js";
export { MAX_SHARED_BYTES, MAX_SHARED_FILES, WORKSPACE_HASH_KEY, decodeWorkspace, encodeWorkspace, isWorkspacePath, type DecodedWorkspace, type WorkspaceLinkProblem } from "./workspace-url.js";
export { fileSafeName, workspaceZip } from "./downloads.js";
export { withLocale } from "./initialize-locale.js";
