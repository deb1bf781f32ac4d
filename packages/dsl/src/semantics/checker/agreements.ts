import type { Declaration } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";
import { isValidDateText } from "./literals.js";
import { countText } from "../message-words.js";
import { MAX_WINDOW_YEARS, yearsTooMany } from "./schedules.js";

/**
 * Checks an agreement's validity: LON5003 when it ends before it starts, LON4012 when it spans
 * more than a hundred years (a mistyped year; with no horizon, the plan would cover it), LON5004
 * when it does not overlap the workspace horizon (the plan could never meet it): ended before
 * the horizon starts (to renew), or starting after it ends.
 */
export function checkAgreement(declaration: Declaration, horizon: { from: string; to: string } | undefined, reporter: FileReporter): void {
  for (const property of declaration.properties) {
    const value = property.value;
    if (property.key !== "valid" || value.kind !== "DateRange") continue;
    if (!isValidDateText(value.from.text) || !isValidDateText(value.to.text)) continue;
    const from = value.from.text.slice(0, 10);
    const to = value.to.text.slice(0, 10);
    const years = to < from ? undefined : yearsTooMany(from, to);
    if (to < from) {
      reporter.report("LON5003.endsBeforeStart", { to, from }, value.range);
    } else if (years !== undefined) {
      reporter.report("LON4012.validity", { years: countText(years), from, to, max: MAX_WINDOW_YEARS }, value.range);
    } else if (horizon !== undefined && to < horizon.from) {
      reporter.report("LON5004.endedBeforeHorizon", { from, to, horizonFrom: horizon.from, horizonTo: horizon.to }, value.range);
    } else if (horizon !== undefined && from > horizon.to) {
      reporter.report("LON5004.outsideHorizon", { from, to, horizonFrom: horizon.from, horizonTo: horizon.to }, value.range);
    }
  }
}

