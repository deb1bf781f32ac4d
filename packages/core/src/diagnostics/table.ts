import type { Labels } from "../primitives/labels.js";
import type { CodeEntry } from "./code-entry.js";
import { AGREEMENT_ENTRIES } from "./codes/agreements.js";
import { NAME_ENTRIES } from "./codes/names.js";
import { NOTE_MESSAGES } from "./codes/notes.js";
import { SCHEDULE_ENTRIES } from "./codes/schedules.js";
import { SYNTAX_ENTRIES } from "./codes/syntax.js";
import { VALUE_ENTRIES } from "./codes/values.js";
import type { MessageArg } from "./diagnostic.js";


/**
 * Every diagnostic code Lontar reports — from the dsl, core's validation and the planner —
 * with its severity, title and description in English and Bahasa Indonesia, and its
 * message templates. Ranges: LON1xxx syntax, LON2xxx names and imports, LON3xxx types and
 * values, LON4xxx schedules, LON5xxx agreements and compliance. Each code has a page
 * `docs/diagnostics/<CODE>.md` and its Indonesian mirror `docs/id/diagnostics/<CODE>.md`.
 *
 * @example DIAGNOSTIC_TABLE.LON2001.title.id // "nama ganda"
 */
export const DIAGNOSTIC_TABLE = { ...SYNTAX_ENTRIES, ...NAME_ENTRIES, ...VALUE_ENTRIES, ...SCHEDULE_ENTRIES, ...AGREEMENT_ENTRIES } as const;

/** The shape of the code table, code by code, with its literal templates. */
export type DiagnosticTable = typeof DIAGNOSTIC_TABLE;

/** A code of the table, e.g. `"LON2001"`. */
export type DiagnosticCode = keyof DiagnosticTable & string;

/** The key of a diagnostic message: `<code>.<message id>`, e.g. `"LON2001.alreadyDeclared"`. */
export type DiagnosticMessageKey = { [C in DiagnosticCode]: `${C}.${keyof DiagnosticTable[C]["messages"] & string}` }[DiagnosticCode];

/** The key of a note (a suggestion's or related location's message): `note.<id>`. */
export type NoteKey = `note.${keyof typeof NOTE_MESSAGES & string}`;

/** The placeholder names of a template, e.g. `"name" | "kind"` for "`{name}` is {kind}". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The English template of a message or note key, as a literal type (its placeholders are the arguments). */
export type MessageTemplateOf<K extends string> = K extends `note.${infer N}`
  ? N extends keyof typeof NOTE_MESSAGES
    ? (typeof NOTE_MESSAGES)[N]["en"]
    : never
  : K extends `${infer C}.${infer M}`
    ? C extends DiagnosticCode
      ? M extends keyof DiagnosticTable[C]["messages"]
        ? DiagnosticTable[C]["messages"][M] extends { readonly en: infer S extends string }
          ? S
          : never
        : never
      : never
    : never;

/** The arguments a message key's template needs, each a text, a number or a {@link Labels} pair. */
export type ArgsOf<K extends DiagnosticMessageKey | NoteKey> = { readonly [P in Placeholders<MessageTemplateOf<K>>]: MessageArg };

/** True when `code` is a code of the table. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_TABLE, code);
}

/** The table entry of `code`, or undefined for an unknown code. */
export function codeEntry(code: string): CodeEntry | undefined {
  return isDiagnosticCode(code) ? (DIAGNOSTIC_TABLE[code] as CodeEntry) : undefined;
}

/** The template of a message or note key in both languages, or undefined for an unknown key. */
export function messageTemplate(key: string): Labels | undefined {
  const dot = key.indexOf(".");
  const head = key.slice(0, dot);
  const id = key.slice(dot + 1);
  if (head === "note") return Object.hasOwn(NOTE_MESSAGES, id) ? (NOTE_MESSAGES as Readonly<Record<string, Labels>>)[id] : undefined;
  const messages = codeEntry(head)?.messages;
  return messages !== undefined && Object.hasOwn(messages, id) ? messages[id] : undefined;
}

/** Every message and note key of the table, in table order. */
export function allMessageKeys(): string[] {
  const keys: string[] = [];
  for (const [code, info] of Object.entries(DIAGNOSTIC_TABLE) as [string, CodeEntry][]) for (const id of Object.keys(info.messages)) keys.push(`${code}.${id}`);
  for (const id of Object.keys(NOTE_MESSAGES)) keys.push(`note.${id}`);
  return keys;
}
