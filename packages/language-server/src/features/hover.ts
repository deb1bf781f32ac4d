import { countLabels, findFact, findFunction, formatRupiah, labelOf, messageLabels, WEEKDAYS, weekdayLabels, weekdayWord } from "@lontar/core";
import { agreementStatusWord, cancelledBy, expectedText, type ComplianceFinding, type PlannedOccurrence } from "@lontar/planner";
import { allowedValue, declarationSpec, explainKeyword, propertySpec, propertySyntax, resolveImport, type DeclarationKind, type Range } from "@lontar/dsl";
import type { Hover, Position } from "vscode-languageserver";
import { horizonOf, programOccurrences, type PlanCache, type PlanDates } from "../analysis/planning.js";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { declarationsOf, type WalkedNode } from "../analysis/syntax-walk.js";
import { DECLARATION_KINDS, DECLARATION_TOKENS, fileLanguage, spelling, propertyToken, type Lang } from "../language/language.js";
import { ACCEPTED_KEYS, WORDS } from "../language/table-adapter.js";
import { say, sayWith } from "../words.js";
import { capitalize, weekdayOf } from "./inlay-hints.js";
import { propertyFacts } from "./property-docs.js";
import { declarationKeywordDoc } from "./keyword-docs.js";
import { zoneDescription } from "./value-completion.js";
import { nameAt } from "./navigation.js";

/** What hover needs besides the snapshot. */
export interface HoverContext {
  /** The language of the texts. */
  readonly lang: Lang;
  /** Today (next dates start here) and the settings' horizon. */
  readonly dates: PlanDates;
  /** The plan, for agreements. */
  readonly plans: PlanCache;
}

/** The hover at a position: a name, a property keyword, a schedule. */
export function hover(snapshot: Snapshot, path: string, position: Position, context: HoverContext): Hover | undefined {
  const name = nameAt(snapshot, path, position);
  if (name !== undefined) {
    const value = nameHover(snapshot, name.name, context);
    // A word that names no declaration may be one of a property's values (`kategori mendongeng`).
    if (value !== undefined) return { contents: { kind: "markdown", value }, range: toRange(name.range) };
  }
  const offset = snapshot.lines(path).offset(position);
  const around = snapshot.nodes(path).filter((n) => n.range.start.offset <= offset && offset <= n.range.end.offset);
  const declared = declarationKeywordHover(snapshot, path, around, offset, context.lang);
  if (declared !== undefined) return declared;
  // `impor "…"` and `cakrawala …`: the statement's keyword, as the language's tables document it; not a word of the imported
  // file's name (`./mitra.lontar` showed the doc of `mitra`: an editor walk), which definition opens instead.
  const imported = around.find((n) => n.kind === "Import" && insidePath(n, offset));
  if (imported !== undefined) return importHover(snapshot, path, imported, context.lang);
  if (around.some((n) => n.kind === "Import" || n.kind === "Horizon")) return keywordHover(snapshot, path, offset, context.lang);
  const schedule = around.find((n) => n.kind.endsWith("Schedule"));
  if (schedule !== undefined) return { contents: { kind: "markdown", value: scheduleHover(snapshot, path, schedule, context) }, range: toRange(schedule.range) };
  const property = around.find((n) => n.kind === "Property");
  if (property !== undefined) return propertyHover(snapshot, path, property, offset, context.lang);
  return undefined;
}

/**
 * An import's path: the file it reads, from the workspace's root, and what that file declares,
 * by kind (an editor walk of stop 59: no hover at all). Undefined for a file the workspace did
 * not read (its import's error says why).
 */
function importHover(snapshot: Snapshot, path: string, node: WalkedNode, lang: Lang): Hover | undefined {
  const written = node.node["path"] as { readonly value?: unknown; readonly range: Range } | undefined;
  if (written === undefined || typeof written.value !== "string") return undefined;
  const target = resolveImport(path, written.value);
  const file = target.ok ? snapshot.files.get(target.path) : undefined;
  if (!target.ok || file === undefined) return undefined;
  const byKind = new Map<DeclarationKind, number>();
  for (const declared of declarationsOf(file)) byKind.set(declared.declarationKind, (byKind.get(declared.declarationKind) ?? 0) + 1);
  const kinds = DECLARATION_KINDS.filter((k) => byKind.has(k)).map((k) => `${countLabels(byKind.get(k) ?? 0)[lang]} \`${spelling(DECLARATION_TOKENS[k], lang)}\``);
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const declares = total === 0 ? say("declaresNothing", lang) : sayWith("declares", lang, { count: countLabels(total)[lang], kinds: kinds.join(", ") });
  return { contents: { kind: "markdown", value: `\`${target.path}\` — ${declares}` }, range: toRange(written.range) };
}

/** True when `offset` is within an import's quoted path (its quotes included). */
function insidePath(node: WalkedNode, offset: number): boolean {
  const written = node.node["path"];
  if (typeof written !== "object" || written === null || !("range" in written)) return false;
  const range = (written as { readonly range: Range }).range;
  return range.start.offset <= offset && offset <= range.end.offset;
}

function nameHover(snapshot: Snapshot, name: string, context: HoverContext): string | undefined {
  const declared = snapshot.symbols.get(name);
  if (declared === undefined) return undefined;
  const d = declared.declaration;
  const parts = [`\`\`\`lontar\n${spelling(kindToken(d.declarationKind), context.lang)} ${name}\n\`\`\``];
  if (d.doc.length > 0) parts.push(d.doc.map((l) => l.trim()).join("\n"));
  parts.push(`*${spelling(kindToken(d.declarationKind), context.lang)}* — ${say("declaredIn", context.lang)} \`${declared.path}\`, ${say("line", context.lang)} ${d.name.range.start.line}`);
  if (d.declarationKind === "agreement") parts.push(agreementLines(snapshot, name, context));
  return parts.join("\n\n");
}

/**
 * The hover of a declaration's keyword (`perpustakaan`, `kesepakatan`): what the kind
 * declares, from the language's table, and the properties it requires, each in the
 * reader's language `lang`.
 */
function declarationKeywordHover(snapshot: Snapshot, path: string, around: readonly WalkedNode[], offset: number, lang: Lang): Hover | undefined {
  const declaration = around.find((n) => n.kind === "Declaration");
  const kind = declaration?.node["declarationKind"];
  if (declaration === undefined || typeof kind !== "string" || !Object.hasOwn(DECLARATION_TOKENS, kind)) return undefined;
  const start = declaration.range.start.offset;
  const word = /^[A-Za-z_]+/.exec((snapshot.texts.get(path) ?? "").slice(start, start + 40))?.[0];
  if (word === undefined || offset > start + word.length || WORDS.get(word)?.token !== kindToken(kind)) return undefined;
  const lineIndex = snapshot.lines(path);
  return { contents: { kind: "markdown", value: declarationKeywordDoc(kind as DeclarationKind, lang) }, range: { start: lineIndex.position(start), end: lineIndex.position(start + word.length) } };
}

/** The keyword token of a declaration kind (`Library`), from the table the editor's other features read. */
const kindToken = (kind: string): string => (Object.hasOwn(DECLARATION_TOKENS, kind) ? DECLARATION_TOKENS[kind as DeclarationKind] : kind);

function agreementLines(snapshot: Snapshot, id: string, context: HoverContext): string {
  const plan = context.plans.planWhileTyping(snapshot, context.dates);
  // No plan: the workspace has errors, or (without) it is too large to plan while the user types.
  if (plan === undefined) return say(snapshot.result.workspace === undefined ? "notChecked" : "notPlannedHover", context.lang);
  const report = plan.agreements.find((a) => a.agreementId === id);
  if (report === undefined) return say("notChecked", context.lang);
  // Each row names its obligation by number, as `lontar check` does (`kewajiban 2`): an agreement's obligations share the periods.
  const rows = report.findings.map((f) => `- ${say("obligation", context.lang)} ${f.obligationIndex + 1}, ${f.period.from}..${f.period.to}: ${plannedText(f, context.lang)} / ${expectedText(f.expected, context.lang)} — ${f.ok ? say("holds", context.lang) : say("fails", context.lang)}`);
  return [`**${say("agreementHolds", context.lang)}** (${agreementStatusWord(report.status, context.lang)})`, ...rows].join("\n");
}

/** A finding's planned value as its expected one beside it is written: a budget share's money as rupiah (`Rp 18.000.000`), a count as a number. */
function plannedText(finding: ComplianceFinding, lang: Lang): string {
  return finding.kind === "budget_share" ? formatRupiah(finding.planned, lang) : String(finding.planned);
}

function scheduleHover(snapshot: Snapshot, path: string, schedule: WalkedNode, context: HoverContext): string {
  const text = snapshot.texts.get(path) ?? "";
  const written = text.slice(schedule.range.start.offset, schedule.range.end.offset);
  const inWords = scheduleInLanguage(snapshot, text, path, schedule, context.lang) ?? written;
  const parts = [`\`\`\`lontar\n${inWords}\n\`\`\``];
  const workspace = snapshot.result.workspace;
  let declaration: WalkedNode | undefined = schedule;
  while (declaration !== undefined && declaration.kind !== "Declaration") declaration = declaration.parent;
  const programId = declaration?.node["name"];
  const id = typeof programId === "object" && programId !== null ? (programId as { text?: unknown }).text : undefined;
  if (workspace === undefined || typeof id !== "string") {
    parts.push(say("notChecked", context.lang));
    return parts.join("\n\n");
  }
  const occurrences = programOccurrences(workspace, id, context.dates);
  const upcoming = occurrences.filter((o) => o.localDate >= context.dates.today);
  const shown = (upcoming.length > 0 ? upcoming : occurrences).slice(0, 5);
  const zone = occurrences[0]?.zone ?? "";
  const title = upcoming.length > 0 ? say("nextDates", context.lang) : say("firstDates", context.lang);
  if (shown.length === 0) parts.push(cancelledLines(snapshot, id, context) ?? say("noDates", context.lang));
  else {
    const horizon = horizonOf(workspace, context.dates);
    const rows = shown.map((o) => `- ${o.localDate} (${weekdayName(o.localDate, context.lang)}) ${o.localStart}–${o.localEnd}`);
    parts.push([`**${title}** (${say("zone", context.lang)} ${zone}; ${horizon.from}..${horizon.to}; ${say("skipped", context.lang)})`, ...rows].join("\n"));
  }
  return parts.join("\n\n");
}

/** The most cancelled sessions a schedule's hover lists, before saying how many more there are. */
const CANCELLED_LISTED = 5;

/**
 * Why a program has no date to show although its schedule gives some in the horizon: each of
 * those sessions is cancelled (a holiday, a closure, an excepted day, a rule). The first few with
 * their reason, as LON5104 names them (`2024-08-17 … — dibatalkan: Hari Kemerdekaan …`), then how
 * many more; undefined when the plan holds no session of it at all.
 */
function cancelledLines(snapshot: Snapshot, programId: string, context: HoverContext): string | undefined {
  const plan = context.plans.planWhileTyping(snapshot, context.dates);
  const cancelled = (plan?.occurrences ?? []).filter((o) => o.programId === programId && o.status === "cancelled");
  if (plan === undefined || cancelled.length === 0) return undefined;
  const lang = context.lang;
  // The plan's occurrences are in time order already; the same words as `lontar check` (LON5104).
  const heading = cancelled.length === 1 ? messageLabels({ key: "LON5104.oneSession", args: {} }) : messageLabels({ key: "LON5104.allSessions", args: { count: countLabels(cancelled.length) } });
  const title = capitalize(heading[lang]);
  const rows = cancelled.slice(0, CANCELLED_LISTED).map((o) => `- ${cancelledRow(o, lang)}`);
  if (cancelled.length > CANCELLED_LISTED) rows.push(`- ${sayWith("andMore", lang, { count: cancelled.length - CANCELLED_LISTED })}`);
  return [`**${title}** (${plan.horizon.from}..${plan.horizon.to})`, ...rows].join("\n");
}

/** One cancelled session as a hover lists it: `2024-08-17 (Sabtu) 09:00–11:00 — dibatalkan: Hari Kemerdekaan …` (its start and end carry the library's offset: local times). */
function cancelledRow(o: PlannedOccurrence, lang: Lang): string {
  const date = o.start.slice(0, 10);
  return `${date} (${weekdayName(date, lang)}) ${o.start.slice(11, 16)}–${o.end.slice(11, 16)} — ${say("cancelled", lang)}: ${cancelledBy(o.reasons?.[0])[lang]}`;
}

function weekdayName(date: string, lang: Lang): string {
  const day = weekdayOf(date);
  if (day === undefined) return "";
  // English short (`Sat`), Indonesian whole (`Sabtu`), from core's one table of the names.
  return weekdayWord(WEEKDAYS.indexOf(day), lang) ?? day;
}

/** The schedule written again with every keyword in `lang` (the formatter's rewrite of the file, the same property). */
function scheduleInLanguage(snapshot: Snapshot, text: string, path: string, schedule: WalkedNode, lang: Lang): string | undefined {
  const formatted = snapshot.formatted(path, lang);
  if (formatted.diagnostics.some((d) => d.severity === "error")) return undefined;
  const written = text.slice(schedule.range.start.offset, schedule.range.end.offset);
  // The formatter keeps line order: the schedule's line index among lines starting with the same key is kept.
  const keyBefore = text.slice(0, schedule.range.start.offset).split("\n").length - 1;
  const originalLines = text.split("\n");
  const formattedLines = formatted.text.split("\n");
  const nth = originalLines.slice(0, keyBefore).filter((l) => l.trim().length > 0).length;
  const candidate = formattedLines.filter((l) => l.trim().length > 0)[nth];
  return candidate === undefined || originalLines.length !== formattedLines.length ? written : candidate.trim();
}

function propertyHover(snapshot: Snapshot, path: string, property: WalkedNode, offset: number, lang: Lang): Hover | undefined {
  const key = property.node["key"];
  if (typeof key !== "string") return undefined;
  const text = snapshot.texts.get(path) ?? "";
  const keyEnd = text.slice(property.range.start.offset).search(/[^A-Za-z_]/) + property.range.start.offset;
  let declaration: WalkedNode | undefined = property.parent;
  while (declaration !== undefined && declaration.kind !== "Declaration") declaration = declaration.parent;
  const kind = declaration?.node["declarationKind"];
  if (offset > keyEnd && key === "timezone") return zoneHover(snapshot, path, property, lang);
  if (offset > keyEnd) return (typeof kind === "string" && Object.hasOwn(DECLARATION_TOKENS, kind) ? valueHover(snapshot, path, kind as DeclarationKind, key, offset, lang) : undefined) ?? (propertySyntax(key)?.shape === "condition" ? factHover(snapshot, path, offset, lang) : keywordHover(snapshot, path, offset, lang));
  // The word written names the line (`minimal 3 sesi …`, `at least 3 sessions …` are obligations, whose key is their sessions).
  const first = text.slice(property.range.start.offset, keyEnd);
  const bound = WORDS.get(first)?.token === "At" ? /^\s+(least|most)\b/.exec(text.slice(keyEnd))?.[1] : undefined;
  const writtenWord = bound ?? first;
  const token = WORDS.get(writtenWord)?.token ?? propertyToken(key);
  const title = bound !== undefined ? `at ${bound}` : token === undefined ? key : spelling(token, lang);
  // An agreement's obligation line (`minimal …`, `mitra menjadi_tuan_rumah …`) is no property of it.
  const what = kind === "agreement" && !ACCEPTED_KEYS.agreement.includes(key) ? "obligation" : "property";
  const lines = [`**${title}** — ${say(what, lang)}${typeof kind === "string" ? ` (${spelling(kindToken(kind), lang)})` : ""}`];
  // What it is: the property's documentation, else the statement's (`minimal`, from the language's tables).
  const spec = typeof kind === "string" && Object.hasOwn(DECLARATION_TOKENS, kind) ? propertySpec(kind as DeclarationKind, key) : undefined;
  const doc = spec !== undefined && WORDS.get(writtenWord)?.token === propertyToken(key) ? spec.doc[lang] : explainKeyword(writtenWord, lang)?.split("\n\n")[1];
  if (doc !== undefined) lines.push(doc);
  // What it expects; a property with a list of values: each as the file writes it (its language), with its label in the reader's.
  lines.push(...propertyFacts(spec === undefined ? undefined : (kind as DeclarationKind), key, lang, fileLanguage(text, lang)));
  return { contents: { kind: "markdown", value: lines.join("\n\n") }, range: { start: snapshot.lines(path).position(property.range.start.offset), end: snapshot.lines(path).position(keyEnd) } };
}

/** The word around `offset` (letters, digits, `_`; and `.` for a fact's path when `dotted`) and where it starts; no word where it would start with a digit. */
function wordAt(text: string, offset: number, dotted: boolean): { readonly start: number; readonly word: string | undefined } {
  const [tail, head] = dotted ? [/[A-Za-z0-9_.]*$/, /^[A-Za-z_][A-Za-z0-9_.]*/] : [/[A-Za-z0-9_]*$/, /^[A-Za-z_][A-Za-z0-9_]*/];
  const start = offset - (tail.exec(text.slice(Math.max(0, offset - 200), offset))?.[0].length ?? 0);
  return { start, word: head.exec(text.slice(start, start + 200))?.[0] };
}

/**
 * The hover of a fact (`program.kategori`, `hari`) or a function (`tumpang`) in a condition:
 * what it means, in the reader's language, from core's table; whether only a rule sees it.
 */
function factHover(snapshot: Snapshot, path: string, offset: number, lang: Lang): Hover | undefined {
  const text = snapshot.texts.get(path) ?? "";
  const { start, word } = wordAt(text, offset, true);
  if (word === undefined) return undefined;
  const fact = findFact(word);
  const call = fact === undefined ? findFunction(word) : undefined;
  const found = fact ?? call;
  if (found === undefined) return undefined;
  const lines = [`**${word}** — ${say(fact === undefined ? "function" : "fact", lang)}`, found.description[lang]];
  if (fact?.static === false) lines.push(`*${say("occurrenceOnly", lang)}*`);
  const lineIndex = snapshot.lines(path);
  return { contents: { kind: "markdown", value: lines.join("\n\n") }, range: { start: lineIndex.position(start), end: lineIndex.position(start + word.length) } };
}

/**
 * The hover of a keyword inside a property's value that the value's own hover does not know
 * (`menjadi_tuan_rumah`, `pukul`, `setiap`, `untuk`): what the language's tables say of it (a
 * condition's words are facts: {@link factHover}).
 */
function keywordHover(snapshot: Snapshot, path: string, offset: number, lang: Lang): Hover | undefined {
  const text = snapshot.texts.get(path) ?? "";
  const { start, word } = wordAt(text, offset, false);
  const token = word === undefined ? undefined : WORDS.get(word)?.token;
  if (word === undefined || token === undefined) return undefined;
  const doc = explainKeyword(word, lang)?.split("\n\n")[1];
  if (doc === undefined) return undefined;
  const lineIndex = snapshot.lines(path);
  return { contents: { kind: "markdown", value: `**${word}** — ${doc}` }, range: { start: lineIndex.position(start), end: lineIndex.position(start + word.length) } };
}

/** The properties whose words are a person's role or skill or a room's feature, held or asked for. */
const HELD_KEYS: ReadonlySet<string> = new Set(["role", "skills", "features", "needs"]);

/** The most names a hover lists of those holding or asking for a word. */
const MOST_LISTED = 6;

/**
 * Who holds a role, skill or feature (`mendongeng`) and which programs ask for it, from the
 * compiled workspace: why a need finds no one, or a person no session. Undefined while the
 * workspace has errors, or for a word no one holds or asks for.
 */
function heldHover(snapshot: Snapshot, word: string, lang: Lang): string | undefined {
  const workspace = snapshot.result.workspace;
  if (workspace === undefined) return undefined;
  const holders = workspace.resources.filter((r) => ("roles" in r && r.roles.includes(word)) || ("skills" in r && r.skills.includes(word)) || ("features" in r && r.features.includes(word))).map((r) => r.id);
  const askers = workspace.programs.filter((p) => p.needs.some((n) => n.role === word || n.skill === word || n.features.includes(word))).map((p) => p.id);
  if (holders.length === 0 && askers.length === 0) return undefined;
  const list = (ids: readonly string[]): string => (ids.length === 0 ? say("nobody", lang) : `${ids.slice(0, MOST_LISTED).map((id) => `\`${id}\``).join(", ")}${ids.length > MOST_LISTED ? ` (+${ids.length - MOST_LISTED})` : ""}`);
  return `${say("heldBy", lang)} ${list(holders)}; ${say("askedBy", lang)} ${list(askers)}`;
}

/** The hover of a `timezone`'s zone (`"Asia/Makassar"`): WITA, its name and Indonesia's provinces in it. */
function zoneHover(snapshot: Snapshot, path: string, property: WalkedNode, lang: Lang): Hover | undefined {
  const value = property.node["value"];
  if (typeof value !== "object" || value === null || (value as { kind?: unknown }).kind !== "String") return undefined;
  const { value: iana, range } = value as { value?: unknown; range: { start: { offset: number }; end: { offset: number } } };
  const what = typeof iana === "string" ? zoneDescription(iana, lang) : undefined;
  if (what === undefined || typeof iana !== "string") return undefined;
  const lineIndex = snapshot.lines(path);
  return { contents: { kind: "markdown", value: `**${iana}** — ${what}` }, range: { start: lineIndex.position(range.start.offset), end: lineIndex.position(range.end.offset) } };
}

/**
 * The hover of a word in a property's value that the language's tables know: an allowed value
 * (`kategori mendongeng`, `sasaran anak`), a day (`tersedia senin..jumat`) or the kind of
 * resource of a need (`butuh ruang …`), with its label and the property's documentation in
 * the reader's language `lang`.
 */
function valueHover(snapshot: Snapshot, path: string, kind: DeclarationKind, key: string, offset: number, lang: Lang): Hover | undefined {
  const text = snapshot.texts.get(path) ?? "";
  const { start, word } = wordAt(text, offset, false);
  const spec = propertySpec(kind, key);
  if (word === undefined || spec === undefined) return undefined;
  const meaning = WORDS.get(word);
  let what: string | undefined;
  const allowed = spec.values?.values.find((v) => v.value === allowedValue(kind, key, word));
  if (spec.values !== undefined && allowed !== undefined) what = `${spec.values.title[lang]}: ${allowed.label[lang]}`;
  else if ((meaning?.token === "WeekdayName" || meaning?.token === "Minggu") && typeof meaning.value === "string" && Object.hasOwn(weekdayLabels, meaning.value)) {
    what = `${say("weekday", lang)}: ${labelOf(weekdayLabels, meaning.value as keyof typeof weekdayLabels, lang)}`;
  } else if (spec.shape === "needs") {
    const resource = DECLARATION_KINDS.find((k) => DECLARATION_TOKENS[k] === meaning?.token);
    if (resource !== undefined) what = `${say("resourceKind", lang)}: ${declarationSpec(resource).doc[lang]}`;
  }
  if (what === undefined && HELD_KEYS.has(key)) what = heldHover(snapshot, word, lang);
  if (what === undefined) return undefined;
  const lines = [`**${word}** — ${what}`, `**${spelling(spec.keyword.token, lang)}** — ${spec.doc[lang]}`];
  const lineIndex = snapshot.lines(path);
  return { contents: { kind: "markdown", value: lines.join("\n\n") }, range: { start: lineIndex.position(start), end: lineIndex.position(start + word.length) } };
}
