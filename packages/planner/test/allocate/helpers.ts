import { type Workspace, validateWorkspace } from "@lontar/core";
import { DateTime } from "luxon";
import type { Occurrence, Slot } from "../../src/expand/occurrence.js";

/** A slot from a local start `YYYY-MM-DDTHH:mm` and a length in minutes, in `zone`. */
export function slotAt(localStart: string, minutes: number, zone = "Asia/Jakarta"): Slot {
  const start = DateTime.fromISO(localStart, { zone });
  const end = start.plus({ minutes });
  return {
    start: start.toISO({ suppressMilliseconds: true }) ?? "",
    end: end.toISO({ suppressMilliseconds: true }) ?? "",
    startMs: start.toMillis(),
    endMs: end.toMillis(),
    localDate: start.toISODate() ?? "",
    localStart: start.toFormat("HH:mm"),
    localEnd: end.toFormat("HH:mm"),
  };
}

/** An occurrence of `programId` at `libraryId` from a local start and length. */
export function occurrenceAt(
  programId: string,
  libraryId: string,
  localStart: string,
  minutes: number,
  extra: { zone?: string; site?: string; candidates?: readonly string[] } = {},
): Occurrence {
  const zone = extra.zone ?? "Asia/Jakarta";
  const slot = slotAt(localStart, minutes, zone);
  const flexible =
    extra.candidates === undefined
      ? undefined
      : { period: { from: slot.localDate, to: slot.localDate }, candidates: extra.candidates.map((c) => slotAt(c, minutes, zone)) };
  return {
    ...slot,
    id: `${programId}@${localStart}`,
    programId,
    libraryId,
    zone,
    scheduleIndex: 0,
    ...(extra.site === undefined ? {} : { site: extra.site }),
    ...(flexible === undefined ? {} : { flexible }),
  };
}

/** Validates a hand-made workspace, failing the test when it does not hold together. */
export function workspaceOf(input: Record<string, unknown>): Workspace {
  const result = validateWorkspace({ version: 1, ...input });
  if (!result.ok) throw new Error(`invalid test workspace: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** A village library in Jakarta time, declaring no opening hours (open every day, at any hour). */
export const library = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  name: `Perpustakaan ${id}`,
  tier: "desa",
  region: { province: "Jawa Barat" },
  timeZone: "Asia/Jakarta",
  ...extra,
});
