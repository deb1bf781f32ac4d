/**
 * @lontar/dsl/node — the language on Node: reading a workspace's `.lontar` files from the
 * disk. The main entry (`@lontar/dsl`) stays free of Node built-ins so it runs in a browser.
 *
 * @packageDocumentation
 */
export { findLontarFiles, MAX_WALK_DEPTH, skippedByWalk, type FindLimits, type FoundFiles, type UnreadableFolder } from "./node/find-files.js";
export { analyzeFolder, readLontarFiles, readTextFile } from "./node/read-files.js";
export { containedFileReader, readContainedFile } from "./workspace/read-contained.js";
