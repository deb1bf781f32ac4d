import type { ReportSection } from "@lontar/planner";

/** The report's sections the playground shows beside its calendar, in the report's order. */
export const PLAYGROUND_SECTIONS = ["summary", "unplaced", "agreements", "budget", "kpi"] as const satisfies readonly ReportSection[];

/** A section of the report the playground shows. */
export type PlaygroundSection = (typeof PLAYGROUND_SECTIONS)[number];
