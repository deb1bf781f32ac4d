/**
 * Completion of property values the language's tables spell: the kinds of resource a need
 * asks for, the days of opening hours and availability, Indonesia's time zones, and the
 * allowed values of an enum-like property (each from @lontar/dsl's or @lontar/core's tables).
 */
import { indonesianTimeZoneLabels, labelOf, PROVINCES, weekdayLabels, type IndonesianTimeZone } from "@lontar/core";
import { declarationSpec, type NeedNode, type ValueSet } from "@lontar/dsl";
import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from "vscode-languageserver";
import { DECLARATION_KINDS, DECLARATION_TOKENS, spelling, type Lang } from "../language/language.js";
import { WEEKDAY_SPELLINGS, WEEKDAYS, WORDS, type WeekdayCode } from "../language/table-adapter.js";
import { say } from "../words.js";

/** The kinds of resource a need names (`butuh ruang …`, `needs 2 staff …`): the parser's, checked against its AST type. */
const NEED_KINDS: Readonly<Record<NeedNode["resourceKind"], true>> = { room: true, vehicle: true, staff: true, volunteer: true, collection: true, equipment: true };

/** The kinds of resource a need names, in the language table's order (`room` first): what a need, a `prefer` and a party's `provides` name. */
export const NEED_RESOURCE_KINDS: readonly NeedNode["resourceKind"][] = DECLARATION_KINDS.filter((k): k is NeedNode["resourceKind"] => Object.hasOwn(NEED_KINDS, k));

/** The kinds of resource a need may ask for, spelt in the file's language, with their documentation in the reader's. */
export function needKindItems(lang: Lang, uiLang: Lang): CompletionItem[] {
  return NEED_RESOURCE_KINDS.map((kind, i) => ({
    label: spelling(DECLARATION_TOKENS[kind], lang),
    kind: CompletionItemKind.Keyword,
    detail: `${say("resourceKind", uiLang)}: ${spelling(DECLARATION_TOKENS[kind], uiLang)}`,
    documentation: { kind: MarkupKind.Markdown, value: declarationSpec(kind).doc[uiLang] },
    sortText: String(i).padStart(3, "0"),
  }));
}

/** Day ranges offered beside single days, by their first and last day (the working week, a long one, the weekend). */
const DAY_RANGES: readonly (readonly [WeekdayCode, WeekdayCode])[] = [["mon", "fri"], ["mon", "thu"], ["mon", "sat"], ["sat", "sun"]];

/** The canonical spelling of a weekday in a language (`senin`, `mon`). */
const dayWord = (day: WeekdayCode, lang: Lang): string => WEEKDAY_SPELLINGS[day][lang][0] ?? day;

/**
 * The days of opening hours or availability (`buka senin..jumat 08:00-16:00`): each day and a
 * few ranges in the file's language, then the day groups (`hari_kerja`); with `collectiveLeave`,
 * `open on collective leave` as well. Days already `written` on the line (alone or in a range)
 * come after the others: a day may have two windows (`jumat 08:00-11:30, jumat 13:30-16:00`).
 */
export function dayItems(lang: Lang, uiLang: Lang, written: readonly string[], collectiveLeave: boolean): CompletionItem[] {
  const covered = coveredDays(written);
  const later = (days: readonly WeekdayCode[]): string => (days.every((d) => covered.has(d)) ? "1" : "0");
  const days = WEEKDAYS.map((day, i): CompletionItem => ({
    label: dayWord(day, lang),
    kind: CompletionItemKind.EnumMember,
    detail: labelOf(weekdayLabels, day, uiLang),
    sortText: `${later([day])}${String(i).padStart(2, "0")}`,
  }));
  const ranges = DAY_RANGES.map(([from, to], i): CompletionItem => {
    const span = WEEKDAYS.slice(WEEKDAYS.indexOf(from), WEEKDAYS.indexOf(to) + 1);
    return {
      label: `${dayWord(from, lang)}..${dayWord(to, lang)}`,
      kind: CompletionItemKind.EnumMember,
      detail: `${labelOf(weekdayLabels, from, uiLang)} – ${labelOf(weekdayLabels, to, uiLang)}`,
      sortText: `${later(span)}${String(10 + i).padStart(2, "0")}`,
    };
  });
  const groups = (["Weekdays", "Weekends"] as const).map((token, i): CompletionItem => ({ label: spelling(token, lang), kind: CompletionItemKind.Keyword, detail: say(token === "Weekdays" ? "weekdays" : "weekends", uiLang), sortText: `0${20 + i}` }));
  const leave = collectiveLeave ? [{ label: (lang === "en" ? ["On", "Collective", "Leave"] : ["On", "Cuti", "Bersama"]).map((t) => spelling(t, lang)).join(" "), kind: CompletionItemKind.Keyword, detail: say("openOnCollectiveLeave", uiLang), sortText: "030" }] : [];
  return [...days, ...ranges, ...groups, ...leave];
}

/** The weekdays a line's words name, alone or as a range's ends (`senin..kamis` covers Monday to Thursday). */
function coveredDays(written: readonly string[]): ReadonlySet<WeekdayCode> {
  const code = (word: string): WeekdayCode | undefined => {
    const value = WORDS.get(word)?.value;
    return typeof value === "string" && (WEEKDAYS as readonly string[]).includes(value) ? (value as WeekdayCode) : undefined;
  };
  const days = new Set<WeekdayCode>();
  for (const word of written) {
    const [from, to] = word.split("..").map(code);
    if (from === undefined) continue;
    const end = to === undefined ? from : to;
    const first = WEEKDAYS.indexOf(from);
    const last = WEEKDAYS.indexOf(end);
    for (let i = first; ; i = (i + 1) % WEEKDAYS.length) {
      days.add(WEEKDAYS[i] ?? from);
      if (i === last) break;
    }
  }
  return days;
}

/** Each IANA zone of Indonesia's provinces (core's table): its zone (WIB…) and the provinces in it. */
const INDONESIAN_ZONES: ReadonlyMap<string, { readonly zone: IndonesianTimeZone; readonly provinces: readonly string[] }> = (() => {
  const zones = new Map<string, { zone: IndonesianTimeZone; provinces: string[] }>();
  for (const p of PROVINCES) {
    const entry = zones.get(p.ianaZone) ?? { zone: p.zone, provinces: [] };
    entry.provinces.push(p.name);
    zones.set(p.ianaZone, entry);
  }
  return zones;
})();

/**
 * What an IANA zone of Indonesia is, for a hover: `WITA — Waktu Indonesia Tengah` and its
 * provinces, in the reader's language; undefined for a zone elsewhere.
 */
export function zoneDescription(iana: string, uiLang: Lang): string | undefined {
  const entry = INDONESIAN_ZONES.get(iana);
  if (entry === undefined) return undefined;
  return `${entry.zone} — ${labelOf(indonesianTimeZoneLabels, entry.zone, uiLang)}\n\n${say("zoneProvinces", uiLang)}: ${entry.provinces.join(", ")}`;
}

/**
 * The IANA zones of Indonesia's provinces (core's table: Asia/Jakarta, Asia/Pontianak,
 * Asia/Makassar, Asia/Jayapura), quoted as a `timezone` value is written. Inside a string
 * begun (`"As`, `"Asia/Jak‸arta"`, an editor's `"‸"`), `replace` is its whole span, quotes
 * included, which each item's text edit replaces (and filters by, from its opening quote).
 */
export function zoneItems(uiLang: Lang, replace?: Range): CompletionItem[] {
  const order = Object.keys(indonesianTimeZoneLabels);
  return [...INDONESIAN_ZONES]
    .sort(([a, x], [b, y]) => order.indexOf(x.zone) - order.indexOf(y.zone) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([iana, { zone, provinces }], i): CompletionItem => ({
      label: `"${iana}"`,
      kind: CompletionItemKind.Value,
      detail: `${zone} — ${labelOf(indonesianTimeZoneLabels, zone, uiLang)}`,
      documentation: { kind: MarkupKind.Markdown, value: `${say("zoneProvinces", uiLang)}: ${provinces.join(", ")}` },
      ...(replace === undefined ? { insertText: `"${iana}"` } : { textEdit: { range: replace, newText: `"${iana}"` } }),
      filterText: `"${iana}"`,
      sortText: String(i).padStart(3, "0"),
    }));
}

/**
 * The values a property allows, from the language table: each as a planner writes it in the
 * file's language (`mendongeng` in an Indonesian file, `storytelling` in an English one),
 * with core's label in the reader's language and both labels as documentation; those already
 * `written` on the line (in any spelling) left out.
 */
export function valueItems(values: ValueSet, lang: Lang, uiLang: Lang, written: readonly string[] = []): CompletionItem[] {
  const taken = new Set(written);
  return values.values
    .filter((value) => !value.words.some((w) => taken.has(w)) && !taken.has(value.written.en) && !taken.has(value.written.id))
    .map((value) => ({
      label: value.written[lang],
      kind: CompletionItemKind.EnumMember,
      detail: value.label[uiLang],
      documentation: `${value.label.id} / ${value.label.en}`,
      sortText: String(values.values.indexOf(value)).padStart(3, "0"),
    }));
}
