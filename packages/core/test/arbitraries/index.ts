/**
 * fast-check arbitraries of the core model, shared by the tests of every package
 * (import by relative path). Each produces values as the schemas output them, defaults
 * filled in, so `Schema.parse(JSON.parse(JSON.stringify(v)))` gives `v` back.
 */
export * from "./agreement.js";
export * from "./condition.js";
export * from "./kpi.js";
export * from "./library.js";
export * from "./partner.js";
export * from "./primitives.js";
export * from "./program.js";
export * from "./resource.js";
export * from "./rule.js";
export * from "./workspace.js";
export * from "./valid-workspace.js";
