/**
 * The horizon written in the file being read (`cakrawala 2027-01-01..2027-12-31`), for the
 * readers that take a date's year from it (`sekali 17 Agustus`: the one 17 August the plan
 * holds). Set by parse.ts for each file it reads with the full reader, as it sets the
 * grammar's `valueLangOf`: reading is synchronous, one file at a time.
 */
import type { IToken } from "chevrotain";
import { DateLiteral, DotDot, K } from "../lexer/tokens.js";

/** A horizon's first and last days, `YYYY-MM-DD`. */
export interface FileHorizon {
  /** The first day. */
  readonly from: string;
  /** The last day. */
  readonly to: string;
}

let current: FileHorizon | undefined;

/** Notes the first horizon written among `tokens` (a file's) as the file's, or none. */
export function readFileHorizon(tokens: readonly IToken[]): void {
  current = undefined;
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [from, dots, to] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (tokens[i]?.tokenType !== K["Horizon"] || from?.tokenType !== DateLiteral || dots?.tokenType !== DotDot || to?.tokenType !== DateLiteral) continue;
    current = { from: from.image, to: to.image };
    return;
  }
}

/** The horizon of the file being read, when it writes one. */
export function fileHorizon(): FileHorizon | undefined {
  return current;
}
