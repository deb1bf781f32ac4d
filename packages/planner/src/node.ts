/**
 * @lontar/planner/node — the planner on Node: planning on worker threads and writing a
 * plan's files. The main entry (`@lontar/planner`) stays free of Node built-ins.
 *
 * @packageDocumentation
 */
export { PARALLEL_MIN_PROGRAMS, planWorkspaceInParallel, type ParallelPlanOptions } from "./parallel/plan-in-parallel.js";
export { isPlanOutputPath, writePlanOutputs, type WriteOptions } from "./export/write-plan-outputs.js";
export { clearLeftovers } from "./export/whole-folder.js";
export { exportXlsx, MAX_WORKBOOK_OCCURRENCES, type XlsxOptions } from "./export/xlsx/export-xlsx.js";
