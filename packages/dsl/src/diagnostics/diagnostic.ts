/**
 * The diagnostic types, shared with @lontar/core (the one model of core, dsl, planner and
 * cli), re-exported here so that dsl users need one import.
 */
export type { Diagnostic, Location, MessageArg, MessageArgs, MessageRef, Position, Range, RelatedLocation, Severity, Suggestion, TextEdit } from "@lontar/core";
