import { plannerEpoch, plannerOffset } from "../instant.js";
import { zoneClocks } from "../../expand/zone-clock.js";
import type { IcsZone } from "./ics-time.js";
import { sha256HexInto } from "./sha256.js";
import { uidKey } from "./uid.js";

const encoder = new TextEncoder();
const ascii = (text: string): Uint8Array => encoder.encode(text);

/** Longest content line before folding (RFC 5545 §3.1), in octets. */
const MAX_OCTETS = 75;

/** Where the wall-clock digits of `YYYY-MM-DDTHH:mm:ss±HH:MM` stand, in DATE-TIME order (`YYYYMMDDTHHmmss`, the T apart). */
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;
const TIME_DIGITS = [11, 12, 14, 15, 17, 18] as const;

const BEGIN_UID = ascii("BEGIN:VEVENT\r\nUID:");
const CRLF = ascii("\r\n");

/** The most bytes {@link EventHeadBytes.write} writes. */
export const MAX_HEAD_BYTES = 512;

/**
 * The lines of an event that are its occurrence's own (see eventHead: BEGIN, UID, DTSTAMP,
 * DTSTART, DTEND), written as bytes straight into the event's slab, for the case that
 * covers a planner's plan: both times in the planner's form with the offset of the
 * library's zone, which has a VTIMEZONE. The bytes are eventHead's, without a string made
 * per event; anything else is left to eventHead.
 */
export class EventHeadBytes {
  private readonly uidEnd: Uint8Array;
  private readonly starts = new Map<string, Uint8Array | undefined>();
  private readonly ends = new Map<string, Uint8Array | undefined>();
  private readonly clockOf = zoneClocks();

  /** `dtstamp`: the DTSTAMP of every event (see planStamp). */
  constructor(dtstamp: string) {
    this.uidEnd = ascii(`@lontar\r\nDTSTAMP:${dtstamp}\r\n`);
  }

  /**
   * Writes the head of the event of `libraryId`/`programId`/`id` running from `start` to `end` in
   * `ianaZone` (whose VTIMEZONE is `zone`) into `out` from `at` on (room for
   * MAX_HEAD_BYTES needed) and returns where it ends; -1, with nothing written, when this
   * case does not apply (eventHead then writes it).
   */
  write(out: Uint8Array, at: number, libraryId: string, programId: string, id: string, start: string, end: string, ianaZone: string, zone: IcsZone): number {
    const startPrefix = this.prefix(this.starts, "DTSTART", zone);
    const endPrefix = this.prefix(this.ends, "DTEND", zone);
    if (startPrefix === undefined || endPrefix === undefined || !this.inZone(start, ianaZone) || !this.inZone(end, ianaZone)) return -1;
    out.set(BEGIN_UID, at);
    at += BEGIN_UID.length;
    // occurrenceUid: the first 32 hex digits of the hash of library, program and occurrence ids.
    sha256HexInto(uidKey(libraryId, programId, id), out, at, 32);
    at += 32;
    out.set(this.uidEnd, at);
    at += this.uidEnd.length;
    at = stampLine(out, at, startPrefix, start);
    return stampLine(out, at, endPrefix, end);
  }

  /** Whether `iso` is in the planner's form with the offset `zone` has at that instant (localStamp then writes its own digits). */
  private inZone(iso: string, zone: string): boolean {
    const epochMs = plannerEpoch(iso);
    return !Number.isNaN(epochMs) && this.clockOf(zone).offsetAt(epochMs) === plannerOffset(iso);
  }

  /** `NAME;TZID=zone:` as bytes; undefined when the line would need folding or is not ASCII. */
  private prefix(memo: Map<string, Uint8Array | undefined>, name: string, zone: IcsZone): Uint8Array | undefined {
    if (memo.has(zone.tzid)) return memo.get(zone.tzid);
    const text = `${name};TZID=${zone.tzid}:`;
    // (BEGIN, UID and DTSTAMP take well under MAX_HEAD_BYTES - 2 × 77 octets.)
    // eslint-disable-next-line no-control-regex -- any 7-bit character is one octet
    const fits = /^[\u0000-\u007f]*$/.test(text) && text.length + "YYYYMMDDTHHmmss".length <= MAX_OCTETS;
    const bytes = fits ? ascii(text) : undefined;
    memo.set(zone.tzid, bytes);
    return bytes;
  }
}

/** Writes `prefix`, the local DATE-TIME of `iso` (its written digits) and CRLF at `at`; returns the end. */
function stampLine(out: Uint8Array, at: number, prefix: Uint8Array, iso: string): number {
  out.set(prefix, at);
  let k = at + prefix.length;
  for (const i of DATE_DIGITS) out[k++] = iso.charCodeAt(i);
  out[k++] = 0x54; // T
  for (const i of TIME_DIGITS) out[k++] = iso.charCodeAt(i);
  out.set(CRLF, k);
  return k + 2;
}
