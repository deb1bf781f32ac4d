import type { Labels } from "@lontar/core";
/**
 * Reads a file's items with recovery at the level a planner thinks in: after a syntax
 * error the reader goes on at the next property (a property keyword starting a line), at
 * `}`, or at the next declaration, so one mistake gives one error. A declaration with an
 * error keeps its name (so it is declared once, and references to it resolve) and
 * records what it could not read in `broken`.
 */
import { tokenMatcher, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import type { Position, Range } from "../../diagnostics/diagnostic.js";
import type { BrokenNode, Declaration, DeclarationKind, FileNode, KeywordLanguage, KeywordNode, Property, Reference } from "../ast.js";
import { declarationSpec, propertySpec, propertySyntax, takesAtLibrary } from "../../language/table.js";
import { KEY_OF_TOKEN, takesKey } from "./property-keys.js";
import type { PropertySpec } from "../../language/shapes.js";
import { endOf, spanTokens, startOf, tokenRange } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { spell, WORDS } from "../keywords.js";
import { conditionBetweenAt } from "./written-between.js";
import { isListProperty, isWindowsProperty } from "./written-list.js";
import { definiteKeywordLanguage, keywordLanguage } from "../keyword-language.js";
import { AnyResourceKind, Comma, K, LBrace as T_LBRACE, isNameText } from "../lexer/tokens.js";
import { closeKeywords, contextLanguage, isPropertySynonym, prefixKeywords, propertySynonyms } from "./keyword-suggestions.js";
import { meantProperty } from "./meant-property.js";
import { allowedValuesOf, missingValueMessage } from "./missing-value.js";
import { concat, describeToken, END_OF_FILE, expectedTokens, joinTexts, keywordLanguageAt, nameExpected, NOT_A_PROPERTY, parserMessage, stringAfter, topLevel, unreadErrors } from "./messages.js";
import { MAX_SYNTAX_DIAGNOSTICS } from "../limits.js";
import { readPropertyFast } from "./fast-property.js";
import { notationAt, type NotationMistake } from "./notation.js";
import { UNFINISHED_KINDS } from "./written-unfinished.js";
import { lastOnLine, writtenText } from "./written-tokens.js";
import { holidayLineAt, partnerHolidayLineAt } from "./holiday-line.js";
import { durationLineAt } from "./duration-line.js";
import { infoLineAt } from "./info-line.js";
import { breakLineAt } from "./break-line.js";
import { regionLineAt } from "./region-line.js";
import { hostedCountAt } from "./hosted-count.js";
import { validityTailAt } from "./validity-tail.js";
import type { LineHint } from "./line-hint.js";
import { boundWordAt, hyphenNameAt, quotedLevelAt, quotedNameAt, spacedHeadNameAt, startsBoundWords } from "./written-words.js";
import { spacedValueHolds } from "./written-values.js";
import { validityAt } from "./written-validity.js";
import { displayNameHeadAt } from "./written-display-name.js";
import { PARTY_TOKENS, PARTY_VERBS, startsPartyObligation } from "./party-obligation.js";
import { everyWindowAt, type EveryWindow } from "./written-every-window.js";
import { readMended, type MendedRun } from "./notation-reader.js";
import { braceDeletion, bracesDeletions, earlyCloseAt, earlyCloseMessage, strayBraceMessage } from "./early-close.js";
import { indentAt, lineBreakOf } from "../../text/lines.js";
import { tableOfTokens, type TokenTable } from "../lexer/token-table.js";
import { grammar, runOver, type RuleRun } from "./parser.js";
import type { TokenIndex } from "./token-index.js";
import { joinedDateRanges, saidMistakes } from "./written-date-range.js";

type Item = FileNode["items"][number];

/** A resource's name for each kind, in the messages' examples of a provided resource (`menyediakan koleksi paket_sekolah setiap bulan`). */
const RESOURCE_EXAMPLES: ReadonlyMap<string, string> = new Map([["Room", "aula"], ["Vehicle", "mobil_keliling"], ["Staff", "budi"], ["Volunteer", "ani"], ["Collection", "paket_sekolah"], ["Equipment", "proyektor"]]);

/** A declaration's head as read: its `at` place, where its body starts, and what was broken in it. */
interface Head {
  readonly at?: IToken;
  readonly body: number;
  readonly broken: readonly BrokenNode[];
  /** The name as meant when it was written another way (`kelas-menulis` for `kelas_menulis`), and where. */
  readonly name?: { readonly text: string; readonly range: Range };
}


/** No file is being read: its language is not known. */
const NO_LANGUAGE = (): undefined => undefined;

/** At most this many values after commas are read as a property written again (`sasaran a, b, c`); the rest is the grammar's error. */
const MAX_REPEATED = 64;
/** An unfinished property of at most this many tokens is asked of the grammar what may come next (`expectedAfter`); a longer one says "a value". */
const MAX_ASSISTED_TOKENS = 40;
/** At most this many kinds of token are listed as what may come next; more say "a value". */
const MAX_EXPECTED_LISTED = 10;

/** A `,` (or a word for one: `and`, `dan`) at the end of a line, after a whole property: one error naming it, deleted by its fix. */
function trailingComma(comma: IToken): ItemError {
  const range = tokenRange(comma);
  const message: Labels = { en: `\`${comma.image}\` ends the line with no value after it`, id: `\`${comma.image}\` mengakhiri baris tanpa nilai sesudahnya` };
  return { kind: "MismatchedTokenException", message, range, suggestions: [], fix: { note: "deleteIt", shown: "", edits: [{ range, text: "" }] } };
}

/** A syntax error found while reading items. */
export interface ItemError {
  /** How the error arose: a parser exception's name, or `MissingBrace` / `TopLevel` / `DisplayNameInHead`. */
  readonly kind: string;
  /** The message, in English and Bahasa Indonesia. */
  readonly message: Labels;
  /** Where. */
  readonly range: Range;
  /** Keywords that would fit where the error is (closest first), and the range to replace. */
  readonly suggestions: readonly string[];
  /** A time or date written another way (`09.00`, `17-08-2026`): reported as LON1106, with its fix. */
  readonly notation?: NotationMistake;
  /**
   * A certain fix: its edits, said by the note `note` with `shown` (a comma that ends a line:
   * deleted; a second value of a property that takes one: put on a line of its own; `di selasa`:
   * `di` replaced by `pada`; a missing `}` added, a `}` in the wrong place deleted or moved).
   * `offered` when the fix is only offered, not certain (see early-close.ts).
   */
  readonly fix?: { readonly note: "deleteIt" | "putOnOwnLine" | "replaceWith" | "closeIt" | "moveBrace"; readonly shown: string; readonly edits: readonly { readonly range: Range; readonly text: string }[]; readonly offered?: true };
}

const DECLARATION_KINDS: Readonly<Record<string, DeclarationKind>> = {
  Library: "library", Partner: "partner", Room: "room", Vehicle: "vehicle", Staff: "staff", Volunteer: "volunteer", Collection: "collection",
  Budget: "budget", Equipment: "equipment", Program: "program", Agreement: "agreement", Rule: "rule", Kpi: "kpi",
};

const DECLARATION_TYPES: readonly TokenType[] = Object.keys(DECLARATION_KINDS).flatMap((name) => K[name] ?? []);
/** The grammar's rules of a line that may be left unfinished: a property, an `import`, a `horizon`. */
type ItemRule = "property" | "importItem" | "horizon";

const TOP_LEVEL_TYPES: readonly TokenType[] = [...DECLARATION_TYPES, ...["Import", "Horizon"].flatMap((name) => K[name] ?? [])];

let propertyStarts: ReadonlySet<TokenType> | undefined;
/** The token types a property can start with (the grammar's first set of `property`). */
function propertyStartTypes(): ReadonlySet<TokenType> {
  propertyStarts ??= new Set(grammar().computeContentAssist("property", []).map((p) => p.nextTokenType));
  return propertyStarts;
}

/** Which reader reads properties: the hand-written one with the grammar behind it (the default), or the grammar alone. */
export type PropertyReader = "fast" | "grammar";

/**
 * Reads the items of a file from its tokens (`index`: each token's index by its start offset); errors go to `errors`.
 * With `reader` "fast" (the default) each property is first tried by fast-property.ts; "grammar" is the reference a test compares it with.
 * `comments` are the lexer's, in text order: a fix that would move or lose one is only offered.
 * `table`, the token table of `tokens` when the caller has it (see lexer.ts's `tableOfScan`), spares building it.
 */
export function readItems(text: string, tokens: IToken[], index: TokenIndex, errors: ItemError[], reader: PropertyReader = "fast", seen: ItemsSeen = {}, comments: readonly IToken[] = [], table?: TokenTable): Item[] {
  return new ItemReader(tokens, index, errors, reader === "fast" ? (table ?? tableOfTokens(text, tokens)) : undefined, seen, text, comments).read();
}

/** What reading the items saw beyond the items: a `horizon` written whose dates could not be read. */
export interface ItemsSeen {
  /** Set when a `horizon` / `cakrawala` item was written and not read (a syntax error in its dates). */
  unreadHorizon?: boolean;
}

class ItemReader {
  private readonly indexOf = (token: IToken): number => this.index.get(token.startOffset) ?? this.tokens.length;
  /** The resources the file declares, by name (see `declaredResources`), once an error asks. */
  private resourcesByName: Map<string, string> | undefined;
  /** The roles the file's staff have, once an error asks (see `declaredRoles`). */
  private rolesDeclared: Set<string> | undefined;
  /** The declaration read last at the top level, with where it started and ended (see {@link misplacedBrace}). */
  /** A declaration's `}` found missing where another declaration's head starts, indented inside it: the error's index, for `misplacedBrace` (see `nestedDeclaration`). */
  private openAround: { readonly error: number; readonly outer: number; readonly inner: number } | undefined;
  private lastRead: { readonly at: number; readonly kind: DeclarationKind; readonly lang: KeywordLanguage; readonly head: Head; readonly next: number; readonly node: Declaration } | undefined;

  constructor(
    private readonly tokens: IToken[],
    private readonly index: TokenIndex,
    private readonly errors: ItemError[],
    private readonly fast: TokenTable | undefined,
    private readonly seen: ItemsSeen,
    private readonly text: string,
    private readonly comments: readonly IToken[],
  ) {}

  read(): Item[] {
    const items: Item[] = [];
    let i = 0;
    while (i < this.tokens.length) {
      const t = this.tokens[i];
      if (t === undefined) break;
      const type = t.tokenType.name;
      if (type === "Import" || type === "Horizon") {
        const rule: () => Item | undefined = type === "Import" ? grammar().importItem : grammar().horizon;
        const run = this.run(rule, i);
        const mended = run.error === undefined ? undefined : this.readMendedItem(rule, run, i);
        if (mended !== undefined) {
          if (mended.value !== undefined) items.push(mended.value);
          else if (type === "Horizon") this.seen.unreadHorizon = true;
          i = mended.next;
          continue;
        }
        if (run.value !== undefined && run.error === undefined) items.push(run.value);
        else {
          this.reportRun(run, i, false);
          if (type === "Horizon") this.seen.unreadHorizon = true;
        }
        i = run.error === undefined ? run.next : this.nextItem(Math.max(run.next, i + 1));
        continue;
      }
      const kind = DECLARATION_KINDS[type];
      // `mitra sd_1` (`partners x`) right after a declaration's `}`, with no `{`: the program's property, after a `}` too early.
      const early = kind !== undefined && this.lastRead?.next === i && this.headerLength(i) === 0 ? this.misplacedBrace(i, items) : undefined;
      if (early !== undefined) {
        i = early;
        continue;
      }
      // `program` typed on a line above another declaration: its head ends where that one starts.
      const cut = kind === undefined ? undefined : this.nextItemInHead(i);
      if (kind !== undefined && cut !== undefined) {
        i = this.unfinishedHead(i, kind, cut);
        continue;
      }
      const head = kind === undefined ? undefined : this.headerLength(i) > 0 ? this.head(i) : this.damagedHead(i);
      if (kind !== undefined && head !== undefined) {
        const read = this.declaration(i, kind, keywordLanguage(t), head);
        items.push(read.node);
        this.lastRead = { at: i, kind, lang: keywordLanguage(t), head, next: read.next, node: read.node };
        i = read.next;
        continue;
      }
      const name = this.tokens[i + 1];
      if (kind !== undefined && !isName(name)) {
        // `room {`: the name is missing.
        const found = name === undefined ? END_OF_FILE : describeToken(name);
        const range = name === undefined ? this.endRange(i + 1) : tokenRange(name);
        const message = concat(nameExpected(t), { en: ", found ", id: ", ditemukan " }, found);
        this.errors.push({ kind: "MismatchedTokenException", message, range, suggestions: [] });
        i = this.nextItem(i + 1);
        continue;
      }
      if (kind !== undefined) {
        i = this.unfinishedHead(i, kind);
        continue;
      }
      i = this.misplacedBrace(i, items) ?? this.junk(i, items);
    }
    return items;
  }

  /**
   * A `}` in the wrong place at token `i` (see early-close.ts): a property line after the `}`
   * that closed the declaration read last, up to a second `}` (the early `}` is the error, and
   * the lines are read as that declaration's), or a `}` that closes nothing. Where to go on, or
   * undefined when neither is at `i`.
   */
  private misplacedBrace(i: number, items: Item[]): number | undefined {
    const t = this.tokens[i];
    const last = this.lastRead;
    // Only after a declaration whose braces are plain (no `{` inside it, as in `kepala { … }`): there, which `}` is extra is a guess.
    const read = last !== undefined && last.next === i && items[items.length - 1] === last.node && !this.tokens.slice(last.head.body, last.next - 1).some((k) => k.tokenType.name === "LBrace") ? last : undefined;
    if (read === undefined || t === undefined) return undefined;
    const named = `${this.tokens[read.at]?.image ?? ""} ${this.tokens[read.at + 1]?.image ?? ""}`;
    if (t.tokenType.name === "RBrace") {
      // The `}` of a declaration another was written inside: one error, at the missing `}` (see nestedDeclaration).
      if (this.openAround?.inner === read.at && this.tokens[i + 1]?.tokenType.name !== "RBrace" && this.nestedDeclaration(this.openAround, i)) return i + 1;
      // Right after a closed declaration, nothing was opened since: this `}` and any right after it close nothing.
      let end = i;
      while (this.tokens[end + 1]?.tokenType.name === "RBrace") end++;
      const edits = bracesDeletions(this.text, this.tokens.slice(i, end + 1));
      this.errors.push({ kind: "TopLevel", message: strayBraceMessage(named), range: spanTokens(t, this.tokens[end]) ?? tokenRange(t), suggestions: [], fix: { note: "deleteIt", shown: "", edits } });
      return end + 1;
    }
    if (!this.startsLine(i)) return undefined;
    const early = earlyCloseAt(this.tokens, i, (k) => propertyStartTypes().has(this.tokens[k]?.tokenType as TokenType), (k) => this.startsLine(k) && this.startsItem(k));
    const brace = early === undefined ? undefined : this.tokens[early.brace];
    const lastToken = early === undefined ? undefined : this.tokens[early.last];
    if (early === undefined || brace === undefined || lastToken === undefined) return undefined;
    // The lines after the early `}` are the declaration's: read them as its body, and join the two readings. Their errors
    // follow this one; with no `}` after them, their "`}` missing" is this error's, said once here.
    const errorsBefore = this.errors.length;
    const rest = this.declaration(read.at, read.kind, read.lang, { ...read.head, body: i });
    const restErrors = this.errors.splice(errorsBefore);
    const close = early.close === undefined ? undefined : this.tokens[early.close];
    const deletion = { range: braceDeletion(this.text, brace), text: "" };
    const end = endOf(lastToken);
    const edits = close === undefined ? [deletion, { range: packRange(end, end), text: `${lineBreakOf(this.text)}${indentAt(this.text, brace.startOffset)}}` }] : [deletion];
    // Certain unless the lines say again what the declaration says: then they may be what is left of another declaration, whose head was deleted.
    const said = new Set(read.node.properties.map((p) => p.key));
    const certain = !rest.node.properties.some((p) => said.has(p.key));
    const message = earlyCloseMessage(named, t, close, lastToken.endLine ?? lastToken.startLine ?? 0);
    this.errors.push({ kind: "TopLevel", message, range: tokenRange(brace), suggestions: [], fix: { note: close === undefined ? "moveBrace" : "deleteIt", shown: "", edits, ...(certain ? {} : { offered: true }) } });
    for (const e of restErrors) if (close !== undefined || e.kind !== "MissingBrace") this.errors.push(e);
    const broken = [...(read.node.broken ?? []), ...(rest.node.broken ?? [])];
    const joined: Declaration = { ...read.node, range: packRange(read.node.range.start, rest.node.range.end), properties: [...read.node.properties, ...rest.node.properties], ...(broken.length > 0 ? { broken } : {}) };
    items[items.length - 1] = joined;
    this.lastRead = { ...read, next: rest.next, node: joined };
    return rest.next;
  }

  /** Whether token `k` starts an item: a declaration's whole head, an `import` or a `horizon`. */
  private startsItem(k: number): boolean {
    const name = this.tokens[k]?.tokenType.name ?? "";
    return name === "Import" || name === "Horizon" || (DECLARATION_KINDS[name] !== undefined && this.headerLength(k) > 0);
  }

  /** Something at the top level that starts no item: a misspelt declaration keyword, or junk to skip. */
  private junk(i: number, items: Item[]): number {
    const t = this.tokens[i];
    if (t === undefined) return i + 1;
    const lang = contextLanguage(this.tokens, i);
    const close = isWord(t) ? closeKeywords(t.image, TOP_LEVEL_TYPES, lang) : [];
    const only = close.length === 1 ? close[0] : undefined;
    const meant = only === undefined ? undefined : WORDS.get(only);
    const kind = meant === undefined ? undefined : DECLARATION_KINDS[meant.token];
    this.errors.push({ kind: "TopLevel", message: withSuggestion(topLevel(t), close), range: tokenRange(t), suggestions: close });
    if (kind !== undefined && this.headerLength(i) > 0) {
      // `progam kelas { … }`: a declaration with a misspelt keyword still declares its name.
      const head = this.head(i);
      const read = this.declaration(i, kind, meant?.lang ?? lang, { ...head, broken: [{ kind: "Broken", range: tokenRange(t) }] });
      items.push(read.node);
      return read.next;
    }
    if ((meant?.token === "Horizon" || meant?.token === "Import") && only !== undefined) {
      // `hoirzon 2019-01-01..2019-12-31`: read it as the keyword meant, so that what depends on it stays quiet.
      const item = this.readAs(i, meant.token);
      if (item !== undefined) {
        items.push(item.node);
        return item.next;
      }
    }
    return this.nextItem(i + 1);
  }

  /**
   * A head being typed: `room aula`, `room aula at`, `room aula at lib` with no `{` after it before the
   * end of the file or the next declaration. Reported as what is still to come (it said "unexpected
   * `room`: expected a declaration …"); reading goes on at the next item.
   */
  private unfinishedHead(i: number, kind: DeclarationKind, end = this.tokens.length): number {
    const token = (k: number): IToken | undefined => (k < end ? this.tokens[k] : undefined);
    if (token(i + 1) === undefined) {
      // `program` alone on its line, the next declaration below it.
      const message = nameExpected(this.tokens[i] as IToken);
      this.errors.push({ kind: "MismatchedTokenException", message, range: this.endRange(i + 1), suggestions: [] });
      return i + 1;
    }
    const at = token(i + 2)?.tokenType.name === "At";
    const last = at ? (isName(token(i + 3)) ? i + 3 : i + 2) : i + 1;
    const next = token(last + 1);
    const expected: Labels =
      at && last === i + 2
        ? { en: "expected a name like `dispusip_solok` after ", id: "diharapkan nama seperti `dispusip_solok` setelah " }
        : at || !takesAtLibrary(kind)
          ? { en: "expected `{` after ", id: "diharapkan `{` setelah " }
          : { en: "expected `at` or `{` after ", id: "diharapkan `di` atau `{` setelah " };
    const before = describeToken(this.tokens[last] as IToken);
    const sameLine = next !== undefined && !this.startsLine(last + 1);
    const found = next === undefined ? (last + 1 >= this.tokens.length ? END_OF_FILE : undefined) : sameLine ? describeToken(next) : undefined;
    const message = found === undefined ? concat(expected, before) : concat(expected, before, { en: ", found ", id: ", ditemukan " }, found);
    this.errors.push({ kind: "MismatchedTokenException", message, range: sameLine ? tokenRange(next) : this.endRange(last + 1), suggestions: [] });
    return Math.min(end, this.nextItem(last + 1));
  }

  /**
   * Where a declaration's whole head (`program p {`), an `import` or a `horizon` starts a line among the three tokens
   * after the keyword at `i` (`program` typed above `program story_hour …`): the head at `i` ends
   * there, and that item is read on its own (its keyword was taken for the name, and the
   * declaration below lost). Undefined when there is none.
   */
  private nextItemInHead(i: number): number | undefined {
    for (let k = i + 1; k <= i + 3 && k < this.tokens.length; k++) {
      const name = this.tokens[k]?.tokenType.name ?? "";
      // Past the head's `{` a line may start with `library` / `partner` (an obligation, a property).
      if (name === "LBrace") return undefined;
      if (this.startsLine(k) && ((DECLARATION_KINDS[name] !== undefined && this.headerLength(k) > 0) || name === "Import" || name === "Horizon")) return k;
    }
    return undefined;
  }

  /** The head `kind name [at ref] {` at `i`, which {@link headerLength} has found whole. */
  private head(i: number): Head {
    const at = this.tokens[i + 2]?.tokenType.name === "At" ? this.tokens[i + 3] : undefined;
    return { ...(at === undefined ? {} : { at }), body: i + this.headerLength(i), broken: [] };
  }

  /**
   * A head with a mistake after the name (`room aula a dispusip {`, or no `{` before the
   * first property): reported, and the declaration is read from its `{` (or its first
   * property) so that its name is still declared.
   */
  private damagedHead(i: number): Head | undefined {
    const name = this.tokens[i + 1];
    const written = this.writtenNameHead(i) ?? this.displayNameHead(i);
    if (written !== undefined) return written;
    // `room aula at lib` with no `{`: the mistake is after the place.
    const placed = this.tokens[i + 2]?.tokenType.name === "At" && isName(this.tokens[i + 3]);
    const w = placed ? i + 4 : i + 2;
    const wrong = this.tokens[w];
    if (!isName(name) || wrong === undefined || name === undefined) return undefined;
    let body: number | undefined;
    for (let k = w; k < Math.min(this.tokens.length, i + 8); k++) {
      const t = this.tokens[k] as IToken;
      if (t.tokenType.name === "LBrace" && !this.startsLine(k)) {
        body = k + 1;
        break;
      }
      if (this.startsLine(k)) {
        if (this.startsProperty(k)) body = k;
        break;
      }
    }
    if (body === undefined) return undefined;
    const expected = [K["At"], T_LBRACE].filter((x): x is TokenType => x !== undefined);
    const missingBrace = body === w;
    const close = isWord(wrong) && !missingBrace ? closeKeywords(wrong.image, placed ? [T_LBRACE] : expected, contextLanguage(this.tokens, i)) : [];
    const range = missingBrace ? this.endRange(w) : tokenRange(wrong);
    const before = describeToken(this.tokens[w - 1] ?? name);
    const message = missingBrace
      ? concat({ en: "expected `{` after ", id: "diharapkan `{` setelah " }, before)
      : concat(placed ? { en: "expected `{` after ", id: "diharapkan `{` setelah " } : { en: "expected `at` or `{` after ", id: "diharapkan `di` atau `{` setelah " }, before, { en: ", found ", id: ", ditemukan " }, describeToken(wrong));
    this.errors.push({ kind: "MismatchedTokenException", message: withSuggestion(message, close), range, suggestions: close });
    const place = this.tokens[i + 3];
    const at = placed || (close.length > 0 && body === i + 5) ? (isName(place) ? place : undefined) : undefined;
    return { ...(at === undefined ? {} : { at }), body, broken: [{ kind: "Broken", range }] };
  }

  /**
   * `program kelas-menulis {`, `ruang "Ruang Rapat" di p {` (or `… at lib {`): a name written
   * with `-` between its words or in quotes, one LON1106 error whose fix writes `kelas_menulis`,
   * `Ruang_Rapat`, and the declaration read under that name, so references to it resolve.
   */
  private writtenNameHead(i: number): Head | undefined {
    const run = hyphenNameAt(this.tokens, i + 1) ?? quotedNameAt(this.tokens, i + 1) ?? spacedHeadNameAt(this.tokens, i + 1);
    if (run === undefined || run.first !== i + 1 || run.mistake.fixed === undefined) return undefined;
    // Words with spaces only between them: a character the lexer could not read (`bu_maría`) is its own error,
    // and a word between them spelt nearly as `di`/`at` (`program lomba dii p {`) is that keyword misspelt.
    if (run.mistake.kind === "spacedHeadName" && (!/^[A-Za-z0-9_ \t]+$/.test(this.text.slice(run.mistake.range.start.offset, run.mistake.range.end.offset)) || this.atMisspelt(run.first + 1, run.last))) return undefined;
    const k = run.last + 1;
    const after = this.tokens[k]?.tokenType.name;
    const placed = after === "At" && isName(this.tokens[k + 1]) && this.tokens[k + 2]?.tokenType.name === "LBrace";
    if (after !== "LBrace" && !placed) return undefined;
    this.errors.push(notationError(run.mistake));
    const at = placed ? this.tokens[k + 1] : undefined;
    return { ...(at === undefined ? {} : { at }), body: placed ? k + 3 : k + 1, broken: [], name: { text: run.mistake.fixed, range: run.mistake.range } };
  }

  /** Whether a token from `from` to before `last` is spelt nearly as `di`/`at` (in either language). */
  private atMisspelt(from: number, last: number): boolean {
    const at = K["At"];
    if (at === undefined) return false;
    for (let k = from; k < last; k++) {
      const word = this.tokens[k]?.image ?? "";
      if (closeKeywords(word, [at], "id").length > 0 || closeKeywords(word, [at], "en").length > 0) return true;
    }
    return false;
  }

  /** `perpustakaan pusdes_maju "Perpustakaan Desa Maju" {`: the name for people in the head (LON1106, moved into the body by its fix). */
  private displayNameHead(i: number): Head | undefined {
    const keyword = this.tokens[i] as IToken;
    const kind = DECLARATION_KINDS[keyword.tokenType.name];
    if (kind === undefined) return undefined;
    const read = displayNameHeadAt(this.tokens, i, kind, definiteKeywordLanguage(keyword) ?? contextLanguage(this.tokens, i));
    if (read === undefined) return undefined;
    const fix: ItemError["fix"] | undefined = read.fix === undefined ? undefined : { note: "putOnOwnLine", ...read.fix };
    this.errors.push({ kind: "DisplayNameInHead", message: read.message, range: read.range, suggestions: [], ...(fix === undefined ? {} : { fix }) });
    return { ...(read.at === undefined ? {} : { at: read.at }), body: read.body, broken: [] };
  }

  /** Reads the item at `i` as if its first word were the keyword `token` (a misspelt `import` or `horizon`). */
  private readAs(i: number, token: string): { node: Item; next: number } | undefined {
    const written = this.tokens[i] as IToken;
    const type = K[token];
    if (type === undefined) return undefined;
    this.tokens[i] = { ...written, tokenType: type, tokenTypeIdx: type.tokenTypeIdx ?? written.tokenTypeIdx };
    try {
      const rule: () => Item | undefined = token === "Import" ? grammar().importItem : grammar().horizon;
      const run = this.run(rule, i);
      return run.error === undefined && run.value !== undefined ? { node: run.value, next: run.next } : undefined;
    } finally {
      this.tokens[i] = written;
    }
  }

  /** Reads a declaration from its keyword at `i`, its head already read. */
  private declaration(i: number, kind: DeclarationKind, lang: KeywordLanguage, head: Head): { node: Declaration; next: number } {
    const kw = this.tokens[i] as IToken;
    const nameToken = this.tokens[i + 1] as IToken;
    const broken: BrokenNode[] = [...head.broken];
    const at: Reference | undefined = head.at === undefined ? undefined : { kind: "Reference", range: tokenRange(head.at), name: head.at.image };
    let j = head.body;
    const properties: Property[] = [];
    let last = j - 1;
    for (;;) {
      const t = this.tokens[j];
      if (t === undefined) {
        this.missingBrace(kw, nameToken, last, broken);
        break;
      }
      if (t.tokenType.name === "RBrace") {
        last = j++;
        break;
      }
      if (this.startsLine(j) && this.headerLength(j) > 0) {
        // A head indented inside this declaration (`ruang aula {` within `perpustakaan p {`) may be one written inside it.
        if ((t.startColumn ?? 0) > (kw.startColumn ?? 0)) this.openAround = { error: this.errors.length, outer: i, inner: j };
        this.missingBrace(kw, nameToken, last, broken);
        break;
      }
      const otherwise = this.writtenOtherwiseAt(j, kind);
      const meant = otherwise === undefined ? undefined : this.readMendedProperty(otherwise, j, properties, broken, kind);
      if (meant !== undefined) {
        last = meant - 1;
        j = meant;
        continue;
      }
      const quick = this.fast === undefined ? undefined : readPropertyFast(this.fast, j);
      const quickCrossed = quick === undefined ? undefined : this.propertyLineBelow(j, quick.next - 1);
      if (quickCrossed !== undefined) {
        // Read on into the next line's property (`ketika hari ==`, then `maka larang …`): see `propertyLineBelow`.
        j = this.unfinishedUntil(j, quickCrossed, broken, kind);
        last = j - 1;
        continue;
      }
      if (quick !== undefined) {
        properties.push(quick.value);
        last = quick.next - 1;
        j = quick.next;
        continue;
      }
      // `sasaran anak_anak, remaja`: a second value of a property that takes one, read as the same property again.
      const repeated = this.readRepeatedValue(j, kind, properties);
      if (repeated !== undefined) {
        last = repeated - 1;
        j = repeated;
        continue;
      }
      // `open mon..fri 08.00-16.00` after `open mon..fri`: no property starts with a number or
      // a separator, so the grammar's failure there (costly to build) is not waited for. A
      // property keyword here starts the next property, unless it is a word of the value before
      // (`kategori pinjam paket koleksi`).
      // `ketika jam antara 11:30-13:00`: `antara` continues the condition before it (a span written as a sentence writes it), not a property.
      const spanInCondition = (): boolean => t.tokenType === K["Between"] && (conditionBetweenAt(this.tokens, j - 1) ?? conditionBetweenAt(this.tokens, j - 3)) !== undefined;
      const written = this.startsLine(j) || (propertyStartTypes().has(t.tokenType) && !spacedValueHolds(this.tokens, j, kind) && !spanInCondition()) ? undefined : this.readMendedProperty(j, j, properties, broken, kind);
      if (written !== undefined) {
        last = written - 1;
        j = written;
        continue;
      }
      // An agreement's party obligation is read as one even where its own tokens go wrong (`mitra menyediakan 2 guru`):
      // the grammar's lookahead would otherwise take `mitra menyediakan` as the `mitra <name>` property of a program.
      const obligation = kind === "agreement" && startsPartyObligation(this.tokens[j]?.tokenType.name, this.tokens[j + 1]?.tokenType.name);
      const run = this.run(obligation ? grammar().partyObligation : grammar().property, j);
      // (The fast reader declines such a property: the grammar's reading of it is checked here.)
      const swallowed = run.error === undefined && run.value !== undefined ? this.swallowedProperty(j, run.next) : undefined;
      if (swallowed !== undefined) {
        broken.push(this.missingValue(j, swallowed, kind));
        last = j;
        j = swallowed;
        continue;
      }
      // `cakupan program.kategori ==`, then `maka larang …`: read on into the next line's property (`maka` as the value), it "succeeded".
      const crossed = run.error === undefined && run.value !== undefined ? this.propertyLineBelow(j, run.next - 1) : undefined;
      if (crossed !== undefined) {
        j = this.unfinishedUntil(j, crossed, broken, kind);
        last = j - 1;
        continue;
      }
      if (run.error === undefined && run.value !== undefined && run.next > j) {
        properties.push(run.value);
        last = run.next - 1;
        j = run.next;
        continue;
      }
      const trimmed = run.error === undefined ? undefined : this.readWithoutTrailingComma(run.next, j, properties);
      if (trimmed !== undefined) {
        last = trimmed - 1;
        j = trimmed;
        continue;
      }
      const mended = run.error === undefined ? undefined : this.readMendedProperty(run.next, j, properties, broken, kind);
      if (mended !== undefined) {
        last = mended - 1;
        j = mended;
        continue;
      }
      const start = j;
      // `jadwal setiap minggu pada selasa antara 09:00-12:00`: the hours of a recurring schedule as a flexible one's window.
      const hours = this.everyBetween(j, properties);
      if (hours !== undefined) {
        this.errors.push(notationError(hours.mistake));
        last = hours.last;
        j = hours.last + 1;
        continue;
      }
      // A property keyword of another kind (`jumlah 2` in a staff member): the checker says so (LON3006), not what its value lacks.
      // An agreement's party obligation (`mitra menyediakan …`) with a mistake in it is the grammar's error, not a `mitra` property.
      if (this.startsProperty(j) && !takesKey(kind, KEY_OF_TOKEN.get(t.tokenType.name)) && !obligation) {
        j = this.resync(Math.max(run.next, j + 1));
        last = j - 1;
        broken.push({ ...this.brokenProperty(start, j - 1, undefined), notInKind: true });
        continue;
      }
      // `partner hots story_hour`: read as `partner hots` (a partner named `hots`), then failing at `story_hour`; the verb is the mistake.
      const verb = kind === "agreement" ? this.misspeltVerb(properties, j) : undefined;
      if (verb !== undefined) {
        properties.pop();
        this.errors.push(verb.error);
        j = this.resync(Math.max(run.next, j + 1));
        last = j - 1;
        broken.push(this.brokenProperty(verb.start, j - 1, undefined));
        continue;
      }
      // `mitra` / `perpustakaan` alone on the last line of a program: a keyword it takes, with no value (the grammar, which reads
      // those words as declarations' too, failed at the keyword itself: "expected a property of `program`" said it was none).
      if (run.next === j && this.startsProperty(j) && takesKey(kind, KEY_OF_TOKEN.get(t.tokenType.name)) && !obligation && ["RBrace", "EOF", undefined].includes(this.tokens[j + 1]?.tokenType.name)) {
        const message = concat({ en: "expected a value after ", id: "diharapkan nilai setelah " }, describeToken(t));
        this.errors.push({ kind: "MismatchedTokenException", message, range: tokenRange(t), suggestions: [] });
        broken.push(this.brokenProperty(j, j, undefined));
        last = j;
        j += 1;
        continue;
      }
      // A line left unfinished above a finished one (`perpustakaan menyediakan`, then `mitra menjadi_tuan_rumah d`): the grammar read on
      // into the next line's property and failed there. The error is this line's, after its last word; the next line is read on its own.
      const below = this.propertyLineBelow(j, run.next);
      if (below !== undefined) {
        j = this.unfinishedUntil(start, below, broken, kind);
        last = j - 1;
        continue;
      }
      const previousStart = properties.length > 0 ? this.previousPropertyStart(properties, j) : undefined;
      // `untuk untuk lomba`: the property before read the second `untuk` as its last name, and this one fails at `lomba`; the
      // error is the word written twice, and the property before is broken too (its name `untuk` is no reference to report).
      const twice = run.next === j && previousStart !== undefined ? this.writtenTwice(run) : undefined;
      if (twice !== undefined && twice[1] === j - 1) {
        properties.pop();
        broken.push(this.brokenProperty(previousStart as number, j - 1, undefined));
      }
      const suggested = this.reportRun(run, j, true, previousStart, kind);
      j = this.resync(Math.max(run.next, j + 1));
      last = j - 1;
      broken.push(this.brokenProperty(start, j - 1, suggested));
    }
    const range = spanTokens(kw, this.tokens[last]) ?? tokenRange(kw);
    // A declaration keyword spelled alike in both languages (`program`) takes the language of
    // its own head's `at`/`di` before its context's: the formatter writes that `at` in the
    // declaration's language, so taking it from the keyword before would change it on every pass.
    // The head's `at`/`di` stands before its place (third in the head, unless the name was written in several tokens).
    const atIndex = head.at === undefined ? i + 2 : (this.index.get(head.at.startOffset) ?? i + 3) - 1;
    const atKeyword = head.at === undefined || definiteKeywordLanguage(kw) !== undefined ? undefined : this.tokens[atIndex];
    const headLang = atKeyword === undefined ? lang : (definiteKeywordLanguage(atKeyword) ?? lang);
    const written = this.tokens[atIndex];
    const atLang = at !== undefined && written?.tokenType.name === "At" ? definiteKeywordLanguage(written) : undefined;
    const node: Declaration = {
      kind: "Declaration", range, declarationKind: kind, lang: headLang, name: head.name === undefined ? { kind: "Name", range: tokenRange(nameToken), text: nameToken.image } : { kind: "Name", ...head.name },
      ...(at === undefined ? {} : { at }), ...(atLang === undefined ? {} : { atLang }), doc: [], properties, leadingComments: [], ...(broken.length > 0 ? { broken } : {}),
    };
    return { node, next: j };
  }

  /** The number of tokens of a declaration head `kind name [at ref] {` at `i`, or 0. */
  private headerLength(i: number): number {
    const after = this.tokens[i + 2]?.tokenType.name;
    // The cheap test first: most lines are properties, with no `{` or `at` as their third token.
    if (after !== "LBrace" && after !== "At") return 0;
    const name = this.tokens[i + 1];
    if (name === undefined || !isName(name)) return 0;
    if (after === "LBrace") return 3;
    if (after === "At" && isName(this.tokens[i + 3]) && this.tokens[i + 4]?.tokenType.name === "LBrace") return 5;
    return 0;
  }

  private missingBrace(kw: IToken, name: IToken, last: number, broken: BrokenNode[]): void {
    const end = endOf(this.tokens[last] ?? name);
    const range = packRange(end, end);
    // The `}` goes on a line of its own after the last property, indented as the declaration's keyword: a declaration
    // holds properties only, so the next declaration's head (or the file's end) is where this one ended.
    const fix = { note: "closeIt" as const, shown: `${kw.image} ${name.image}`, edits: [{ range, text: `${lineBreakOf(this.text)}${indentAt(this.text, kw.startOffset)}}` }] };
    this.errors.push({ kind: "MissingBrace", message: { en: `expected \`}\` to close \`${kw.image} ${name.image}\``, id: `diharapkan \`}\` untuk menutup \`${kw.image} ${name.image}\`` }, range, suggestions: [], fix });
    broken.push({ kind: "Broken", range });
  }

  /**
   * A declaration written inside another (`perpustakaan p { … ruang aula { … } }`): the outer
   * one's missing `}` (error `open.error`, before the inner head `open.inner`) and the `}` at
   * `brace` after the inner one, which closes nothing, are one mistake. The first error says
   * so, and its fix closes the outer declaration before the inner one and deletes `brace`; no
   * error is made of `brace`. False (nothing changed) when the error is not the one expected.
   */
  private nestedDeclaration(open: { readonly error: number; readonly outer: number; readonly inner: number }, brace: number): boolean {
    this.openAround = undefined;
    const error = this.errors[open.error];
    const [kw, name, innerKw, innerName, closing] = [this.tokens[open.outer], this.tokens[open.outer + 1], this.tokens[open.inner], this.tokens[open.inner + 1], this.tokens[brace]];
    if (error?.kind !== "MissingBrace" || error.fix === undefined || kw === undefined || name === undefined || innerKw === undefined || innerName === undefined || closing === undefined) return false;
    const outer = `${kw.image} ${name.image}`;
    const inner = `${innerKw.image} ${innerName.image}`;
    const innerKind = DECLARATION_KINDS[innerKw.tokenType.name];
    // A room (staff, vehicle…) written inside its library: it names the library with `di` / `at` instead.
    const at = DECLARATION_KINDS[kw.tokenType.name] === "library" && innerKind !== undefined && takesAtLibrary(innerKind) && this.tokens[open.inner + 2]?.tokenType.name === "LBrace"
      ? `\`${inner} ${keywordLanguage(innerKw) === "en" ? "at" : "di"} ${name.image} {\``
      : undefined;
    const message: Labels = {
      en: `\`${inner}\` is declared inside \`${outer}\`: declarations do not nest; close \`${outer}\` with \`}\` before it${at === undefined ? "" : `, and name the library in its head: ${at}`}`,
      id: `\`${inner}\` dideklarasikan di dalam \`${outer}\`: deklarasi tidak bersarang; tutup \`${outer}\` dengan \`}\` sebelumnya${at === undefined ? "" : `, lalu sebut perpustakaannya di kepalanya: ${at}`}`,
    };
    this.errors[open.error] = { ...error, message, fix: { ...error.fix, edits: [...error.fix.edits, ...bracesDeletions(this.text, [closing])] } };
    return true;
  }

  /**
   * The written forms of a property whose keyword (token `start`, a keyword as written) is
   * followed by a text in quotes, when the property reads to its end with them put back, each
   * certain; undefined otherwise.
   */
  private quotedValue(start: number, kind: DeclarationKind | undefined): readonly NotationMistake[] | undefined {
    const keyword = this.tokens[start];
    if (keyword === undefined || keyword.tokenType.name === "Identifier" || !isWord(keyword) || quotedNameAt(this.tokens, start + 1) === undefined) return undefined;
    const tokens = this.tokens.slice(start, this.resync(start + 1));
    const mended = this.inFileLanguage(() => readMended(grammar().property, tokens, 0, 1, tokens.length, kind));
    if (mended === undefined || !mended.certain || mended.run.error !== undefined || mended.run.next < tokens.length) return undefined;
    const said = mended.mistakes.filter((m) => m.silent !== true);
    return said.length > 0 ? said : undefined;
  }

  /** The index where reading goes on after an error at `from`: a property keyword (or a word for one) starting a line, `}`, or the next declaration. */
  private resync(from: number): number {
    let depth = 0;
    for (let k = from; k < this.tokens.length; k++) {
      const name = this.tokens[k]?.tokenType.name;
      if (name === "RBrace") {
        if (depth === 0) return k;
        depth--;
        continue;
      }
      // A line that starts with a word for a property's keyword (`jam_layanan`, `setidaknya 2 sesi`) is that property's: its own error.
      if (this.startsLine(k) && (this.startsProperty(k) || this.headerLength(k) > 0 || isPropertySynonym(this.tokens[k]?.image ?? "") || startsBoundWords(this.tokens, k))) return k;
      if (name === "LBrace") depth++;
    }
    return this.tokens.length;
  }

  /** The next index from `from` where an item starts: an import or horizon at the start of a line, or a declaration head. */
  private nextItem(from: number): number {
    for (let k = from; k < this.tokens.length; k++) {
      const name = this.tokens[k]?.tokenType.name;
      if ((name === "Import" || name === "Horizon") && this.startsLine(k)) return k;
      if (this.headerLength(k) > 0 && (DECLARATION_KINDS[name ?? ""] !== undefined || this.startsLine(k))) return k;
    }
    return this.tokens.length;
  }

  private startsProperty(k: number): boolean {
    const t = this.tokens[k];
    if (t === undefined || !propertyStartTypes().has(t.tokenType)) return false;
    // `at` starts a property only as `at least` / `at most`; elsewhere it is a schedule's time.
    if (t.tokenType.name !== "At") return true;
    const next = this.tokens[k + 1]?.tokenType.name;
    return next === "Least" || next === "Most";
  }

  /**
   * `… setiap minggu pada selasa antara 09:00-12:00 [selama 1 jam]` (`every week on tue between 09:00-12:00 [for 1h]`)
   * at `k`, on the line of a recurring schedule just read: its sessions' hours written as a flexible schedule's window
   * (see written-every-window.ts). The mistake, and the last token of its line.
   */
  private everyBetween(k: number, properties: readonly Property[]): EveryWindow | undefined {
    const previous = properties[properties.length - 1];
    if (previous?.value.kind !== "EverySchedule" || this.tokens[k]?.tokenType.name !== "Between") return undefined;
    const first = this.index.get(previous.value.range.start.offset);
    return first === undefined ? undefined : everyWindowAt(this.tokens, k, previous.value, first, (at) => this.run(grammar().scheduleTail, at), (at) => this.startsProperty(at));
  }

  private startsLine(k: number): boolean {
    const t = this.tokens[k];
    const before = this.tokens[k - 1];
    return t !== undefined && (before === undefined || (before.endLine ?? 0) < (t.startLine ?? 0));
  }

  private previousPropertyStart(properties: readonly Property[], j: number): number | undefined {
    const previous = properties[properties.length - 1];
    const start = previous === undefined ? undefined : this.index.get(previous.range.start.offset);
    return start !== undefined && j - start <= 200 ? start : undefined;
  }

  /**
   * A property read as its keyword and a one-token value (`j`..`next`) whose token is the first
   * of the next line and starts a property there: `category` left without its value, then
   * `audience children`. The word is that property's, not a value: its index, else undefined.
   */
  private swallowedProperty(j: number, next: number): number | undefined {
    if (next !== j + 2) return undefined;
    return this.startsLine(j + 1) && this.startsProperty(j + 1) ? j + 1 : undefined;
  }

  /**
   * The start of a line after property `j`'s own, up to the token `failed` its reading failed at,
   * that starts a property (`mitra`, `minimal`, `maka`; not a fact such as `perpustakaan.tahap`
   * continuing a condition); undefined when the reading failed on property `j`'s own lines.
   */
  private propertyLineBelow(j: number, failed: number): number | undefined {
    for (let k = j + 1; k <= failed && k < this.tokens.length; k++) {
      if (this.startsLine(k) && this.startsProperty(k) && this.tokens[k + 1]?.tokenType.name !== "Dot") return k;
      // A declaration's head (`program lomba {`) below a line being typed (`antara perpus dan`): its keyword is no name there.
      if (this.startsDeclarationLine(k)) return k;
    }
    return undefined;
  }

  /** Whether a declaration's head starts a line at `k` (`program lomba {`, `ruang aula di p {`). */
  private startsDeclarationLine(k: number): boolean {
    return this.startsLine(k) && DECLARATION_KINDS[this.tokens[k]?.tokenType.name ?? ""] !== undefined && this.headerLength(k) > 0;
  }

  /** The error of a line left unfinished before line start `next` (see `propertyLineBelow`): at its last word, which a value should follow. */
  private unfinishedLine(next: number, start: number, rule: ItemRule = "property"): ItemError {
    const lastWord = this.tokens[next - 1] as IToken;
    const following = this.tokens[next] as IToken;
    const message = concat({ en: "expected ", id: "diharapkan " }, this.expectedAfter(start, next, rule), { en: " after ", id: " setelah " }, describeToken(lastWord), { en: " (", id: " (" }, describeToken(following), this.startsOwn(next));
    return { kind: "MismatchedTokenException", message, range: tokenRange(lastWord), suggestions: [] };
  }

  /**
   * What may come after the tokens `start` up to `next` (not included) of a property or a
   * top-level item (`rule`), as the grammar tells (`per` after `biaya Rp 50.000`), in the language of the file there; "a
   * value" when it tells nothing short, and when the file's errors go unreported from here.
   */
  private expectedAfter(start: number, next: number, rule: ItemRule): Labels {
    const value = { en: "a value", id: "nilai" };
    if (this.errorsUnread() || next - start > MAX_ASSISTED_TOKENS) return value;
    const types = [...new Set(grammar().computeContentAssist(rule, this.tokens.slice(start, next)).map((p) => p.nextTokenType))];
    if (types.length === 0 || types.length > MAX_EXPECTED_LISTED) return value;
    return (types.length === 1 && types[0]?.name === "StringLiteral" ? stringAfter(this.tokens[next - 1]) : undefined) ?? expectedTokens(types, contextLanguage(this.tokens, next - 1));
  }

  /** The property at `j`, unfinished where the next line's property starts at `below`: its error and broken node; returns `below`, where reading goes on. */
  private unfinishedUntil(j: number, below: number, broken: BrokenNode[], kind: DeclarationKind): number {
    // A keyword alone above a declaration's head (`kategori`, then `program lomba {`), of a property this kind takes whose values are a list:
    // they are named, as above a property (`swallowedProperty`); else the grammar's words (`valid`: `to`, `for` or a date).
    const keyword = this.tokens[j];
    if (below === j + 1 && keyword !== undefined && this.startsProperty(j) && this.startsDeclarationLine(below)) {
      // A keyword of another kind (`kategori` in an agreement): the checker says so (LON3006), as of one with its value.
      if (!takesKey(kind, KEY_OF_TOKEN.get(keyword.tokenType.name))) {
        broken.push({ ...this.brokenProperty(j, j, undefined), notInKind: true });
        return below;
      }
      if (allowedValuesOf(keyword, kind, contextLanguage(this.tokens, j + 1)) !== undefined) {
        broken.push(this.missingValue(j, below, kind));
        return below;
      }
    }
    this.errors.push(this.unfinishedLine(below, j));
    broken.push(this.brokenProperty(j, below - 1, undefined));
    return below;
  }

  /** What the line at `next`, below an unfinished one, starts: a declaration (its head) or a property. */
  private startsOwn(next: number): Labels {
    const name = this.tokens[next]?.tokenType.name;
    if (this.startsDeclarationLine(next)) return { en: " on the next line starts a declaration of its own)", id: " di baris berikutnya memulai deklarasi tersendiri)" };
    if (name === "Import") return { en: " on the next line starts an import of its own)", id: " di baris berikutnya memulai impor tersendiri)" };
    if (name === "Horizon") return { en: " on the next line starts a horizon of its own)", id: " di baris berikutnya memulai cakrawala tersendiri)" };
    return { en: " on the next line starts a property of its own)", id: " di baris berikutnya memulai properti tersendiri)" };
  }

  /** The error of a property keyword at `j` left without its value (the next line, from `next`, is read on its own), and its node. */
  private missingValue(j: number, next: number, kind: DeclarationKind | undefined): BrokenNode {
    const keyword = this.tokens[j] as IToken;
    const following = this.tokens[next] as IToken;
    const allowed = allowedValuesOf(keyword, kind, contextLanguage(this.tokens, j + 1));
    const message = concat({ en: "expected ", id: "diharapkan " }, allowed?.value ?? { en: "a value", id: "nilai" }, allowed?.all === true ? "," : "", { en: " after ", id: " setelah " }, describeToken(keyword), { en: " (", id: " (" }, describeToken(following), this.startsOwn(next), allowed?.more ?? "");
    this.errors.push({ kind: "MismatchedTokenException", message, range: tokenRange(keyword), suggestions: [] });
    return this.brokenProperty(j, j, undefined);
  }

  private brokenProperty(start: number, end: number, suggested: string | undefined): BrokenNode {
    const first = this.tokens[start] as IToken;
    const range = spanTokens(first, this.tokens[Math.max(start, end)]) ?? tokenRange(first);
    const starts = this.startsProperty(start);
    const own = starts ? first.tokenType.name : suggested === undefined ? undefined : WORDS.get(suggested)?.token;
    const key = own === undefined ? undefined : KEY_OF_TOKEN.get(own);
    // A property whose value is broken keeps its keyword, so that completion and hover have something to stand on.
    const lang = WORDS.get(first.image)?.lang;
    const keyword: KeywordNode | undefined = starts ? { kind: "Keyword", range: tokenRange(first), text: first.image, ...(lang === undefined ? {} : { lang }) } : undefined;
    return { kind: "Broken", range, ...(key === undefined ? {} : { key }), ...(keyword === undefined ? {} : { keyword }) };
  }

  /**
   * A property that fails (at token `k`; `j` is where it starts) at a time or date written another way (`pukul 09.00`,
   * `mulai 17-08-2026`), read again with each put back (see notation-reader.ts): each is one
   * LON1106 error, and the property stands when every fix is certain. Returns where reading
   * goes on, or undefined when the failure is no such thing. `kind` is the declaration's.
   */
  private readMendedProperty(k: number, j: number, properties: Property[], broken: BrokenNode[], kind: DeclarationKind): number | undefined {
    // Past the errors reported, a written form is the grammar's error: one per property, counted by LON1006 and never shown,
    // where reading it again tries every reading at each of its tokens (a file of 50,000 such lines took seconds).
    // Not the school level in quotes, the docs' own form (`tingkat "SMP/MTs"`): it is read as ever, with no error.
    if (this.errorsUnread() && quotedLevelAt(this.tokens, k) === undefined) return undefined;
    // `open mon..fri 08.00-16.00` reads as `open mon..fri` (whole days) and then fails at `08`,
    // `when hour >= 09.00` as `when hour >= 09` and then fails at `.`: the property before is read again.
    const before = k === j ? this.previousOnLine(properties, j) : undefined;
    // Read again, the property before must take the written form it failed at, or it is not what
    // failed: then the written form starts a property of its own (`… berlaku 2026-01-01..2026-12-31
    // paling sedikit 4 sesi …` on one line), read from there, as a property that fails at its first word is.
    const readFrom = (from: number): MendedRun<Property | undefined> | undefined => {
      const found = notationAt(this.tokens, k, from, kind);
      if (found === undefined) return undefined;
      const read = this.inFileLanguage(() => readMended(grammar().property, this.tokens, from, k, this.resync(k + 1) + 1, kind, found));
      return read === undefined || (from !== j && !read.spans.some(([a, b]) => a <= k && k <= b)) ? undefined : read;
    };
    const again = before === undefined ? undefined : readFrom(before);
    const mended = again ?? readFrom(j);
    if (mended === undefined) return undefined;
    const from = again === undefined ? j : (before ?? j);
    for (const mistake of saidMistakes(mended.mistakes, this.text)) if (mistake.silent !== true) this.errors.push(notationError(mistake));
    if (again !== undefined) properties.pop();
    const read = mended.run;
    if (read.error === undefined && read.value !== undefined && mended.certain) {
      properties.push(read.value);
      return read.next;
    }
    let next = read.next;
    if (read.error !== undefined) {
      if (!errorAfterUnfinished(mended)) this.reportRun(read, from, true);
      next = this.resync(Math.max(next, from + 1));
    }
    broken.push(this.brokenProperty(from, Math.max(from, next - 1), undefined));
    return next;
  }

  /**
   * Where a property starting at `j` is written another way though its first words read as
   * another property, so that the grammar would not fail at them: `berlaku kepada perpusnas` in
   * an agreement (a KPI's `berlaku untuk`), `maks 2 sesi …` (a staff member's `maks`). The index of
   * the written form, or undefined.
   */
  private writtenOtherwiseAt(j: number, kind: DeclarationKind): number | undefined {
    const t = this.tokens[j];
    if (t?.tokenType === K["Valid"] && validityAt(this.tokens, j + 1, kind) !== undefined) return j + 1;
    return boundWordAt(this.tokens, j) !== undefined ? j : undefined;
  }

  /** An `import` or `horizon` that fails at a date written another way (`cakrawala 01-01-2026..31-12-2026`), read again as {@link readMendedProperty} does. */
  private readMendedItem(rule: () => Item | undefined, run: RuleRun<Item | undefined>, i: number): { value: Item | undefined; next: number } | undefined {
    if (this.errorsUnread() || notationAt(this.tokens, run.next, i + 1) === undefined) return undefined;
    const mended = this.inFileLanguage(() => readMended(rule, this.tokens, i, run.next, this.nextItem(run.next + 1) + 1));
    if (mended === undefined) return undefined;
    for (const mistake of saidMistakes(mended.mistakes, this.text)) if (mistake.silent !== true) this.errors.push(notationError(mistake));
    const read = mended.run;
    if (read.error === undefined) return { value: mended.certain ? read.value : undefined, next: read.next };
    if (!errorAfterUnfinished(mended)) this.reportRun(read, i, false);
    return { value: undefined, next: this.nextItem(Math.max(read.next, i + 1)) };
  }

  /**
   * A `,` right after a property on its line, when the property takes one value but may be
   * given again (`sasaran anak_anak, remaja`, or more), and what follows each comma reads as
   * its value: each value is read as the property written again (so nothing else is
   * reported), with one error whose certain fix puts each on a line of its own. A `,` that
   * ends the line after a whole property is one error too, deleted by its fix. Returns where
   * reading goes on, or undefined when this is no such comma.
   */
  private readRepeatedValue(j: number, kind: DeclarationKind, properties: Property[]): number | undefined {
    const comma = this.tokens[j];
    const from = isValueSeparator(comma) ? this.previousOnLine(properties, j) : undefined;
    const previous = properties[properties.length - 1];
    const keyword = from === undefined ? undefined : this.tokens[from];
    if (comma === undefined || keyword === undefined || previous === undefined) return undefined;
    const after = this.tokens[j + 1];
    if (after === undefined || this.startsLine(j + 1) || after.tokenType.name === "RBrace") {
      this.errors.push(trailingComma(comma));
      return j + 1;
    }
    if (propertySpec(kind, previous.key)?.repeatable !== true) return undefined;
    // In a list (`butuh staf rina dan staf budi`) the word is a comma written another way (LON1106), not a second property.
    if (comma.tokenType.name !== "Comma" && isListProperty(previous.key)) return undefined;
    const end = this.resync(j + 1);
    const values: { readonly comma: number; readonly next: number; readonly value: Property }[] = [];
    for (let at = j; values.length < MAX_REPEATED && isValueSeparator(this.tokens[at]) && at < end; ) {
      const separator = this.tokens[at] as IToken;
      // The keyword again, standing where the comma stands: the value's property starts there.
      const again: IToken = { ...keyword, startOffset: separator.startOffset, endOffset: separator.startOffset + keyword.image.length - 1, startLine: separator.startLine ?? 1, endLine: separator.startLine ?? 1, startColumn: separator.startColumn ?? 1, endColumn: (separator.startColumn ?? 1) + keyword.image.length - 1 };
      const run = runOver(grammar().property, [again, ...this.tokens.slice(at + 1, end)]);
      if (run.error !== undefined || run.value === undefined || run.next < 2) break;
      const next = at + run.next;
      values.push({ comma: at, next, value: { ...run.value, range: spanTokens(separator, this.tokens[next - 1]) ?? run.value.range } });
      at = next;
    }
    const first = values[0];
    if (first === undefined) return undefined;
    // `buka senin..jumat 08:00-16:00 dan sabtu 08:00-12:00`: days and hours joined as a sentence joins them, where Lontar lists them with `,` (a walk of stop 56).
    if (comma.tokenType.name !== "Comma" && isWindowsProperty(previous.key)) {
      for (const v of values) {
        const join = this.tokens[v.comma] as IToken;
        const range = packRange(endOf(this.tokens[v.comma - 1] as IToken), endOf(join));
        this.errors.push(notationError({ kind: "listJoin", text: join.image, fixed: ",", range }));
      }
      // Read as the one property the fix makes, each word a `,`: `buka senin dan selasa 08:00-12:00` is Monday and Tuesday 08:00-12:00,
      // not a Monday with no hours (a false LON3009, the review of stop 56).
      const end = values[values.length - 1]?.next ?? j + 1;
      const joins = new Set(values.map((v) => v.comma));
      const start = from ?? j;
      const listed = this.tokens.slice(start, end).map((t, i) => (joins.has(start + i) ? { ...t, image: ",", tokenType: Comma, tokenTypeIdx: Comma.tokenTypeIdx ?? t.tokenTypeIdx } : t));
      const whole = runOver(grammar().property, listed);
      if (whole.error === undefined && whole.value !== undefined && whole.next === listed.length) properties[properties.length - 1] = { ...whole.value, range: spanTokens(keyword, this.tokens[end - 1]) ?? whole.value.range };
      else for (const v of values) properties.push(v.value);
      return end;
    }
    const written = `${keyword.image} ${writtenText(this.tokens, j + 1, first.next - 1)}`;
    const line = `\n${" ".repeat(Math.max(0, (keyword.startColumn ?? 1) - 1))}${keyword.image} `;
    // Each comma and the space after it become a line break and the keyword: one edit per value.
    // A word (`dan`) takes the space before it too, so that no line ends in a space.
    const separatorStart = (k: number): Position => (this.tokens[k]?.tokenType.name === "Comma" ? startOf(this.tokens[k] as IToken) : endOf(this.tokens[k - 1] as IToken));
    const edits = values.map((v) => ({ range: packRange(separatorStart(v.comma), startOf(this.tokens[v.comma + 1] as IToken)), text: line }));
    this.errors.push({
      kind: "MismatchedTokenException",
      message: {
        en: `\`${keyword.image}\` takes one value: each other one goes on a line of its own, \`${written}\``,
        id: `\`${keyword.image}\` berisi satu nilai: nilai lainnya masing-masing ditulis pada barisnya sendiri, \`${written}\``,
      },
      range: edits[0]?.range ?? tokenRange(comma),
      suggestions: [],
      fix: { note: "putOnOwnLine", shown: written, edits },
    });
    for (const v of values) properties.push(v.value);
    return values[values.length - 1]?.next ?? j + 1;
  }

  /**
   * A property from token `j` that fails at token `k` only because a list of it ends its line
   * with a `,` (`butuh ruang aula, 1 staf,`): read without that comma, it stands, with one
   * error at the comma whose certain fix deletes it. Returns where reading goes on (`k`), or
   * undefined when this is not what failed.
   */
  private readWithoutTrailingComma(k: number, j: number, properties: Property[]): number | undefined {
    const comma = this.tokens[k - 1];
    const failed = this.tokens[k];
    if (k - 1 <= j || comma?.tokenType.name !== "Comma" || !(failed === undefined || this.startsLine(k) || failed.tokenType.name === "RBrace")) return undefined;
    const run = runOver(grammar().property, this.tokens.slice(j, k - 1));
    if (run.error !== undefined || run.value === undefined || run.next !== k - 1 - j) return undefined;
    properties.push(run.value);
    this.errors.push(trailingComma(comma));
    return k;
  }

  /**
   * An agreement's party and a misspelt verb (`partner hots`, `library provdes`), read as the
   * property that names a partner or library, when the line fails right after it at `j`: the
   * error at the verb with the verbs meant, and where that line starts. Undefined otherwise.
   */
  private misspeltVerb(properties: readonly Property[], j: number): { readonly error: ItemError; readonly start: number } | undefined {
    const start = this.previousOnLine(properties, j);
    const party = start === undefined ? undefined : this.tokens[start];
    const word = start === undefined ? undefined : this.tokens[start + 1];
    if (start === undefined || party === undefined || word === undefined || start + 2 !== j || !isWord(word)) return undefined;
    if (!PARTY_TOKENS.has(party.tokenType.name)) return undefined;
    const verbs = [...PARTY_VERBS].flatMap((name) => K[name] ?? []);
    const close = closeKeywords(word.image, verbs, contextLanguage(this.tokens, start));
    if (close.length === 0) return undefined;
    const message = concat({ en: "unexpected ", id: "tak terduga: " }, describeToken(word), { en: " after ", id: " setelah " }, describeToken(party));
    return { error: { kind: "MismatchedTokenException", message: withSuggestion(message, close), range: tokenRange(word), suggestions: close }, start };
  }

  /** The start of the last property read when it ends right before token `j`, on `j`'s line. */
  private previousOnLine(properties: readonly Property[], j: number): number | undefined {
    const previous = properties[properties.length - 1];
    const before = this.tokens[j - 1];
    if (previous === undefined || before === undefined || !this.sameLineAsPrevious(j)) return undefined;
    if (previous.range.end.offset !== endOf(before).offset) return undefined;
    return this.index.get(previous.range.start.offset);
  }

  private run<T>(rule: () => T, at: number): RuleRun<T> {
    unreadErrors.on = this.errorsUnread();
    keywordLanguageAt.of = this.languageAt;
    try {
      return grammar().runAt(rule, this.tokens, at, this.indexOf);
    } finally {
      unreadErrors.on = false;
      keywordLanguageAt.of = NO_LANGUAGE;
    }
  }

  /** Reports the parser's error `message` at `range` with a line's hint after it, and its fix where certain (a holiday, break, length or details line, …). */
  private pushHint(kind: string, message: Labels, range: Range, line: LineHint): void {
    this.errors.push({ kind, message: concat(message, line.hint), range, suggestions: [], ...(line.fix === undefined ? {} : { fix: line.fix }) });
  }

  /** `read` with the grammar's messages in the file's words (a mended run's errors, as {@link run}'s). */
  private inFileLanguage<T>(read: () => T): T {
    const outer = keywordLanguageAt.of;
    keywordLanguageAt.of = this.languageAt;
    try {
      return read();
    } finally {
      keywordLanguageAt.of = outer;
    }
  }

  /** The language of the keywords before a token of this file (its messages' words). */
  private readonly languageAt = (token: IToken): KeywordLanguage => contextLanguage(this.tokens, Number.isNaN(token.startOffset) ? this.tokens.length : this.indexOf(token));

  /** Whether further errors of this file go unreported (parse.ts keeps the first {@link MAX_SYNTAX_DIAGNOSTICS}): then they are not described. */
  private errorsUnread(): boolean {
    return this.errors.length >= MAX_SYNTAX_DIAGNOSTICS;
  }

  /**
   * Where a run failed right after or at words written twice on one line (`pukul pukul 09:00`,
   * `paling sedikit paling sedikit 2`), or read the second of them as a name and failed after it
   * (`untuk untuk lomba`): the index of the first word of each copy, when deleting the second
   * copy lets the line go on (the token after it is one the grammar expected there, or the name
   * it read the copy as). Keywords in any case, names only as written.
   */
  private writtenTwice(run: RuleRun<unknown>): readonly [number, number] | undefined {
    const k = run.next;
    // A keyword in any case; a name only as written (`lokasi sekolah_solok sekolah_solok`: the same name twice is no list missing its comma).
    const same = (a: IToken | undefined, b: IToken | undefined): boolean =>
      a !== undefined && b !== undefined && a.tokenType === b.tokenType && isWord(a) && (a.tokenType.name === "Identifier" ? a.image === b.image : a.image.toLowerCase() === b.image.toLowerCase()) && a.endLine === b.startLine;
    const copies = (first: number, length: number): boolean => {
      for (let i = 0; i < length; i++) if (!same(this.tokens[first + i], this.tokens[first + length + i])) return false;
      return (this.tokens[first + length - 1] as IToken).endLine === (this.tokens[first + length] as IToken).startLine;
    };
    for (let length = 1; length <= 3; length++) {
      // The run failed at the second copy: the token after it is one the grammar expected.
      const beyond = this.tokens[k + length];
      // Or a name copied at the end of its line (`sasaran remaja remaja`, then `}`): the name before it ended the property.
      const copy = this.tokens[k];
      const endsLine = length === 1 && copy?.tokenType.name === "Identifier" && beyond !== undefined && ((beyond.startLine ?? 0) > (copy.endLine ?? 0) || beyond.tokenType.name === "RBrace");
      if (k - length >= 0 && copies(k - length, length) && beyond !== undefined && (endsLine || run.expected.some((type) => tokenMatcher(beyond, type)))) return [k - length, k];
    }
    // `untuk untuk lomba`, `1 sesi sesi dari`: the second word read as a name, the run failing at the word after it.
    const after = this.tokens[k];
    if (k - 2 >= 0 && after !== undefined && after.tokenType.name !== "EOF" && copies(k - 2, 1) && (this.tokens[k - 1] as IToken).endLine === after.startLine) return [k - 2, k - 1];
    return undefined;
  }

  /**
   * Reports a run's error with the keywords that would fit there; when the error is at the
   * start of a property, the words that could have continued the property before it count
   * too (`every week o tue`: `on`). Returns the single suggested keyword, if any.
   */
  private reportRun(run: RuleRun<unknown>, start: number, inBody: boolean, previousStart?: number, declarationKind?: DeclarationKind): string | undefined {
    const e = run.error as IRecognitionException;
    const token = e.token;
    if (this.errorsUnread()) {
      // Counted, placed, never shown: no words are looked for.
      this.errors.push({ kind: e.name, message: parserMessage(e.message), range: token.tokenType.name === "EOF" ? this.endRange(run.next) : tokenRange(token), suggestions: [] });
      return undefined;
    }
    // `partners "cemerlang"`, `library "lib"`: the keyword is right and its value a name in
    // quotes; the grammar fails at the keyword (its alternative is chosen by the token after
    // it), so no other keyword is offered: the name's own fix is the error (LON1106).
    const quotedValue = inBody && run.next === start ? this.quotedValue(start, declarationKind) : undefined;
    if (quotedValue !== undefined) {
      for (const mistake of joinedDateRanges(quotedValue)) this.errors.push(notationError(mistake));
      return undefined;
    }
    // `perpustakaan menyelenggarakan kunjungan minimal 1 kali setiap bulan`: a count of sessions after the program hosted, its own line.
    const hosted = inBody && previousStart !== undefined && declarationKind === "agreement" ? hostedCountAt(this.tokens, previousStart, start) : undefined;
    if (hosted !== undefined) {
      this.errors.push(notationError(hosted));
      return undefined;
    }
    // `pukul pukul 09:00`, `paling sedikit paling sedikit 2`, `untuk untuk lomba`: words typed twice, where deleting the second lets the line go on; that one is the error, and its fix deletes it.
    const twice = this.writtenTwice(run);
    if (twice !== undefined) {
      const [first, second] = twice;
      const shown = this.tokens.slice(second, second + (second - first)).map((t) => t.image).join(" ");
      const [opening, closing] = [this.tokens[second - 1] as IToken, this.tokens[second + (second - first) - 1] as IToken];
      const message = { en: `\`${shown}\` is written twice: delete one`, id: `\`${shown}\` tertulis dua kali: hapus salah satunya` };
      const range = spanTokens(this.tokens[second] as IToken, closing) ?? tokenRange(closing);
      this.errors.push({ kind: "MismatchedTokenException", message, range, suggestions: [], fix: { note: "deleteIt", shown, edits: [{ range: packRange(endOf(opening), endOf(closing)), text: "" }] } });
      return undefined;
    }
    // `horizon 2025-01-01..`, then a declaration's head below: the item's line is unfinished, and its error belongs after its last word.
    if (!inBody && run.next > start && this.startsLine(run.next) && this.startsItem(run.next)) {
      this.errors.push(this.unfinishedLine(run.next, start, this.tokens[start]?.tokenType.name === "Import" ? "importItem" : "horizon"));
      return undefined;
    }
    const lang = contextLanguage(this.tokens, run.next);
    let expected = run.expected;
    let continuation = false;
    if (previousStart !== undefined && run.next === start && this.sameLineAsPrevious(start)) {
      const follow = grammar().computeContentAssist("property", this.tokens.slice(previousStart, start)).map((p) => p.nextTokenType);
      if (isWord(token) && closeKeywords(token.image, run.expected, lang).length === 0 && closeKeywords(token.image, follow, lang).length > 0) {
        expected = follow;
        continuation = true;
      }
    }
    // A property that fails at its first token: that word starts no property.
    const notAProperty = inBody && run.next === start;
    // `at lest 2 sessions …`: an obligation's `at` is right; the word after it is the mistake (`least` / `most`).
    const bound = this.tokens[run.next + 1];
    const boundWords = [K["Least"], K["Most"]].filter((x): x is TokenType => x !== undefined);
    const meantBound = notAProperty && token.tokenType.name === "At" && bound !== undefined && isWord(bound) && !this.startsLine(run.next + 1) ? closeKeywords(bound.image, boundWords, lang) : [];
    if (meantBound.length > 0 && bound !== undefined) {
      const message = concat({ en: "unexpected ", id: "tak terduga: " }, describeToken(bound), { en: " after ", id: " setelah " }, describeToken(token));
      this.errors.push({ kind: "MismatchedTokenException", message: withSuggestion(message, meantBound), range: tokenRange(bound), suggestions: meantBound });
      return undefined;
    }
    // `provinsi "Jawa Barat"`, then `kabupaten "Bandung"` below: a region's parts on lines of their own, one `wilayah` line (the first line's error; the others are part of it).
    const region = notAProperty && (declarationKind === "library" || declarationKind === "partner") ? regionLineAt(this.tokens, start, lang, this.bodyAround(start), this.comments, () => this.lineStartsWith(start, K["Region"])) : undefined;
    if (region === "covered") return undefined;
    if (region !== undefined && declarationKind !== undefined) {
      const message = concat(notAPropertyOf(declarationKind, lang), { en: ", found ", id: ", ditemukan " }, describeToken(token), region.hint);
      this.errors.push({ kind: "MismatchedTokenException", message, range: tokenRange(token), suggestions: [], ...(region.fix === undefined ? {} : { fix: region.fix }) });
      return undefined;
    }
    const meantWords = isWord(token) ? this.keywordsMeant(token.image, expected, lang, notAProperty ? declarationKind : undefined) : [];
    // `pada` / `on` is `pukul` / `at` only before a time: before a day (`… 16:00 pada selasa`) that fix makes no sense.
    // `durasi 2 jam` in a program: a session's length, which its schedule gives after `selama` (`lama` is no typo of `nama` there).
    const length = notAProperty && declarationKind === "program" ? durationLineAt(this.tokens, start, lang, this.bodyAround(start), this.comments) : undefined;
    const close = length !== undefined ? [] : token.tokenType.name === "On" && this.tokens[run.next + 1]?.tokenType.name !== "TimeLiteral" ? meantWords.filter((w) => !AT_WORDS.has(w)) : meantWords;
    const previous = this.tokens[run.next - 1];
    const after = previous === undefined || (previous.endLine ?? 0) < (token.startLine ?? 0) ? "" : concat({ en: " after ", id: " setelah " }, describeToken(previous));
    const message =
      close.length > 0 || continuation
        ? concat({ en: "unexpected ", id: "tak terduga: " }, describeToken(token), after)
        : notAProperty
          ? concat(declarationKind === undefined ? NOT_A_PROPERTY : notAPropertyOf(declarationKind, lang), { en: ", found ", id: ", ditemukan " }, describeToken(token))
          : parserMessage(e.message);
    const kind = notAProperty ? "MismatchedTokenException" : e.name;
    // `… pukul 09:00 selama 2 jam di p`: after a schedule's `at` / `di` comes a time; a place is said elsewhere.
    const placeHint = previous?.tokenType.name === "At" && close.length === 0 && token.tokenType.name === "Identifier" && !TIMES_OF_DAY.has(token.image.toLowerCase()) && expected.some((t) => t.name === "TimeLiteral") ? AT_PLACE_HINT : undefined;
    // A property that stops at the end of its line (`title`, then `category class` below): what is missing belongs after its last word, not on the next line.
    // Not when a word is meant for the token (`setiap` for `per`): the error and its fix are the token's (helper-142: `per` replaced the name before it).
    const endsLine = inBody && !notAProperty && previous !== undefined && after === "" && run.next > start && close.length === 0;
    const range = token.tokenType.name === "EOF" ? this.endRange(run.next) : endsLine ? tokenRange(previous) : tokenRange(token);
    // `libur sekolah 2027-06-21..2027-07-10` in a library: a closure written as a holiday (`tutup … "Libur sekolah"`).
    const holiday = notAProperty && declarationKind === "library" && close.length === 0 ? holidayLineAt(this.tokens, start, lang, () => this.lineStartsWith(start, K["Closed"], K["On"]), this.text) : undefined;
    if (holiday !== undefined) {
      this.pushHint(kind, message, range, holiday);
      return undefined;
    }
    // `libur sekolah 2027-06-21..2027-07-10` in a partner (a school): a program's `kecuali`, which the hint says.
    const partnerHoliday = notAProperty && declarationKind === "partner" && close.length === 0 ? partnerHolidayLineAt(this.tokens, start, lang) : undefined;
    if (partnerHoliday !== undefined) {
      this.pushHint(kind, message, range, partnerHoliday);
      return undefined;
    }
    // `istirahat 12:00-13:00` in a library: a break, which splits the opening hours.
    const pause = notAProperty && declarationKind === "library" && close.length === 0 ? breakLineAt(this.tokens, start, lang, this.bodyAround(start), this.comments) : undefined;
    if (pause !== undefined) {
      this.pushHint(kind, message, range, pause);
      return undefined;
    }
    // `telepon "0812…"`: details Lontar keeps none of, kept as a comment.
    const info = notAProperty && close.length === 0 ? infoLineAt(this.tokens, start) : undefined;
    if (info !== undefined) {
      this.pushHint(kind, message, range, info);
      return undefined;
    }
    if (length !== undefined) {
      this.pushHint(kind, message, range, length);
      return undefined;
    }
    // `minimal 1 sesi kunjungan per bulan selama masa berlaku`: an obligation holds while its agreement does; the words go.
    const tail = declarationKind === "agreement" && close.length === 0 ? validityTailAt(this.tokens, run.next, lang) : undefined;
    if (tail !== undefined) {
      this.pushHint(kind, message, range, tail);
      return undefined;
    }
    // `larang "…"` in a rule, without `maka`; `larang ketika …`: the effect written before its condition.
    const effect = notAProperty && declarationKind === "rule" && close.length === 0 ? this.effectWithoutThen(run.next, lang) : undefined;
    if (effect !== undefined) {
      this.pushHint(kind, message, range, effect);
      return undefined;
    }
    // `tingkat sd, smp`: a school library of a one-roof school (satu atap) has one level.
    const levelAt = (i: number | undefined): boolean => i !== undefined && this.tokens[i]?.tokenType === K["Level"];
    if (declarationKind === "library" && token.tokenType.name === "Comma" && (levelAt(start) || (levelAt(previousStart) && this.sameLineAsPrevious(start)))) {
      const hint = {
        en: "; a school library has one school level: for a one-roof school (satu atap) write the level of the pupils it serves most, or declare a library for each level",
        id: "; perpustakaan sekolah punya satu jenjang sekolah: untuk sekolah satu atap tulis jenjang murid yang paling banyak dilayaninya, atau deklarasikan satu perpustakaan untuk setiap jenjang",
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [] });
      return undefined;
    }
    // `ketika hari == jumat maka tutup`: a rule's effect written as the library closing, which its `tutup` lines say; a rule forbids sessions.
    if (declarationKind === "rule" && previous?.tokenType === K["Then"] && CLOSING_WORDS.has(token.image.toLowerCase())) {
      // `maka tutup "Salat Jumat"`: the reason written stays; the word alone is replaced.
      const reason = this.tokens[run.next + 1];
      const hasReason = reason?.tokenType.name === "StringLiteral" && reason.startLine === token.startLine;
      const forbid = hasReason ? spell("Forbid", lang) : `${spell("Forbid", lang)} "${lang === "en" ? "Closed" : "Tutup"}"`;
      const hint = {
        en: `; a rule forbids (\`${spell("Forbid", lang)}\`), requires or warns of sessions: \`${spell("Then", lang)} ${forbid}\` keeps sessions off what the condition holds for; the days a library is closed are its own \`${spell("Closed", lang)}\` lines (\`${spell("Closed", lang)} 2027-03-09 "…"\`)`,
        id: `; aturan melarang (\`${spell("Forbid", lang)}\`), mewajibkan, atau memperingatkan sesi: \`${spell("Then", lang)} ${forbid}\` menjauhkan sesi dari yang dipenuhi kondisinya; hari perpustakaan tutup ditulis pada baris \`${spell("Closed", lang)}\`-nya sendiri (\`${spell("Closed", lang)} 2027-03-09 "…"\`)`,
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [forbid] });
      return undefined;
    }
    // `indikator kegiatan target 4 per bulan`: an indicator's weight, left out, comes before its target.
    if (previous !== undefined && token.tokenType === K["Target"] && expected.length === 1 && expected[0] === K["Weight"]) {
      const written = (l: KeywordLanguage): string => `\`${previous.image} ${spell("Weight", l)} … ${spell("Target", l)}\``;
      const hint = {
        en: `; every indicator has a weight, how much it counts in the KPI's score, written before its target: ${written(lang)}`,
        id: `; setiap indikator punya bobot, seberapa besar ia dihitung dalam nilai KPI, yang ditulis sebelum targetnya: ${written(lang)}`,
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [] });
      return undefined;
    }
    // `2 kali per minggu pada selasa, jumat pukul 09:00` (or `jam 8`, as a time is said): a flexible schedule takes a window, not a time.
    const timeNext = ["TimeLiteral", "NumberLiteral"].includes(this.tokens[run.next + 1]?.tokenType.name ?? "");
    if ((token.tokenType.name === "At" || (token.image.toLowerCase() === "jam" && timeNext)) && this.timesBeforeOnLine(run.next)) {
      this.errors.push({ kind, message: concat(message, FLEXIBLE_AT_HINT), range, suggestions: [] });
      return undefined;
    }
    // `setiap minggu di selasa`: `di` is also `pukul`, so a time was expected; a day follows `pada`.
    const onDay = previous?.tokenType.name === "At" && close.length === 0 && (token.tokenType.name === "WeekdayName" || token.tokenType.name === "Minggu") && expected.some((t) => t.name === "TimeLiteral") ? spell("On", lang) : undefined;
    if (onDay !== undefined && previous !== undefined) {
      const hint = { en: `; a day follows \`${onDay}\`: \`${onDay} ${token.image}\``, id: `; hari ditulis setelah \`${onDay}\`: \`${onDay} ${token.image}\`` };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [], fix: { note: "replaceWith", shown: `${onDay} ${token.image}`, edits: [{ range: tokenRange(previous), text: onDay }] } });
      return undefined;
    }
    // `at perpus` on a line of its own: the head's `at <library>` written as a property (after a
    // schedule's line, read on as that schedule's `at` and its time).
    const atLine = notAProperty ? start : inBody && previous?.tokenType.name === "At" && this.startsLine(run.next - 1) ? run.next - 1 : undefined;
    const atLibrary = atLine !== undefined && close.length === 0 && declarationKind !== undefined ? this.atLibraryLine(atLine, declarationKind, lang) : undefined;
    if (atLibrary !== undefined && atLine !== undefined) {
      this.errors.push({ kind, message: concat(message, atLibrary.hint), range: tokenRange(this.tokens[atLine] ?? token), suggestions: [], ...(atLibrary.fix === undefined ? {} : { fix: atLibrary.fix }) });
      return undefined;
    }
    // `butuh 2 pustakawan`: people counted by their role, which a need writes as staff with that role.
    const counted = close.length === 0 && !notAProperty ? this.needCountedRole(run.next, lang) : undefined;
    if (counted !== undefined) {
      this.pushHint(kind, message, range, counted);
      return undefined;
    }
    // `butuh aula`: a need names its kind before the resource (`butuh ruang aula`).
    const kindless = close.length === 0 && !notAProperty ? this.needWithoutKind(run.next, lang) : undefined;
    if (kindless !== undefined) {
      this.pushHint(kind, message, range, kindless);
      return undefined;
    }
    // `perpustakaan membayar Rp 500.000 per sesi`: a payment is one amount; a cost per session is the program's.
    if (previous?.tokenType.name === "Money" && token.tokenType.name === "Per" && this.tokens[run.next - 2]?.tokenType.name === "Pays") {
      const cost = (l: KeywordLanguage): string => `\`${spell("Costs", l)} ${previous.image} ${spell("Per", l)} ${spell("Session", l)}\``;
      const hint = {
        en: `; a payment is one amount, for a program or the whole agreement; a cost per session is the program's own, ${cost("en")}`,
        id: `; pembayaran adalah satu jumlah, untuk sebuah program atau seluruh kesepakatan; biaya per sesi adalah milik programnya, ${cost("id")}`,
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [] });
      return undefined;
    }
    // `antara perpus dan uny dan pkk`: a third party; an agreement is between one library and one partner.
    const between = this.tokens[run.next - 4];
    if (previous !== undefined && between !== undefined && token.tokenType.name === "And" && between.tokenType.name === "Between" && this.tokens[run.next - 2]?.tokenType.name === "And" && between.startLine === token.startLine) {
      const library = this.tokens[run.next - 3]?.image ?? "";
      const third = this.tokens[run.next + 1];
      const others = [previous.image, ...(third !== undefined && third.startLine === token.startLine && isName(third) ? [third.image] : [])];
      const each = others.map((partner) => `\`${between.image} ${library} ${token.image} ${partner}\``).join(", ");
      const parties = {
        en: `an agreement has two parties, a library and one partner (or another library): write an agreement with each partner, ${each}`,
        id: `kesepakatan memiliki dua pihak, satu perpustakaan dan satu mitra (atau perpustakaan lain): tulis satu kesepakatan dengan setiap mitra, ${each}`,
      };
      this.errors.push({ kind, message: parties, range: tokenRange(token), suggestions: [] });
      return undefined;
    }
    // `perpustakaan menyediakan koleksi setiap bulan`: a kind of resource and no name, `setiap` read as the name.
    const kindWord = this.tokens[run.next - 2];
    if (previous !== undefined && kindWord !== undefined && (previous.tokenType.name === "Every" || previous.tokenType.name === "Per") && tokenMatcher(kindWord, AnyResourceKind) && this.tokens[run.next - 3]?.tokenType.name === "Provides") {
      const example = RESOURCE_EXAMPLES.get(kindWord.tokenType.name) ?? "paket_sekolah";
      // The line's own words, in the file's language, whichever language the message is read in.
      const form = `\`${this.tokens[run.next - 3]?.image ?? spell("Provides", lang)} ${kindWord.image} ${example} ${previous.image} ${token.image}\``;
      const named = {
        en: `expected the name of the resource after \`${kindWord.image}\`, found \`${previous.image}\`: an agreement provides a declared resource by its name, as in ${form}`,
        id: `diharapkan nama sumber daya setelah \`${kindWord.image}\`, ditemukan \`${previous.image}\`: kesepakatan menyediakan sumber daya yang dideklarasikan dengan namanya, seperti ${form}`,
      };
      this.errors.push({ kind, message: named, range: tokenRange(previous), suggestions: [] });
      return undefined;
    }
    // `mitra menyediakan 2 guru_pendamping`: a count before the resource, which an obligation's number does not count.
    // `menyediakan 2 orang relawan`: a counter word (`orang`) before what is counted is skipped.
    const afterCount = this.tokens[run.next + 1];
    const countFirst = previous?.tokenType.name === "Provides" && token.tokenType.name === "NumberLiteral"
      ? (COUNTER_WORDS.has(afterCount?.image.toLowerCase() ?? "") && isName(this.tokens[run.next + 2]) && this.tokens[run.next + 2]?.startLine === afterCount?.startLine ? this.tokens[run.next + 2] : afterCount)
      : undefined;
    if (countFirst !== undefined && isName(countFirst) && PEOPLE_WORDS.has(countFirst.image.toLowerCase())) {
      // `mitra menyediakan 20 peserta`: people are no resource; how many come is the program's.
      const participants = (l: KeywordLanguage): string => `\`${spell("Participants", l)} ${token.image}\``;
      const hint = {
        en: `; people are not a resource an agreement provides: how many take part in each session is the program's ${participants("en")}`,
        id: `; orang bukan sumber daya yang disediakan dalam kesepakatan: berapa orang yang ikut tiap sesi ditulis di programnya, ${participants("id")}`,
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [] });
      return undefined;
    }
    if (countFirst !== undefined && isName(countFirst)) {
      const form = (l: KeywordLanguage): string => `\`${spell("Provides", l)} ${countFirst.image} ${token.image} ${spell("Every", l)} ${spell("MonthUnit", l)}\``;
      const hint = {
        en: `; the resource comes first, then how many sessions use it in each period: ${form("en")} (a number of items is the resource's \`${spell("Quantity", "en")}\`)`,
        id: `; sumber dayanya ditulis lebih dulu, lalu berapa sesi memakainya tiap periode: ${form("id")} (banyaknya barang adalah \`${spell("Quantity", "id")}\` sumber daya itu)`,
      };
      this.errors.push({ kind, message: concat(message, hint), range, suggestions: [] });
      return undefined;
    }
    // `unsam menyelenggarakan kelas`: an obligation's party written by its name, not as `mitra`.
    const party = notAProperty && declarationKind === "agreement" && close.length === 0 ? this.partyByName(start, lang) : undefined;
    if (party !== undefined) {
      this.pushHint(kind, message, range, party);
      return undefined;
    }
    // `zona Asia/Jakarta`: read with the keyword meant, the value too is written another way; the one fix mends both.
    const only = notAProperty && close.length === 1 ? close[0] : undefined;
    const meant = only === undefined ? undefined : meantProperty(this.tokens.slice(start, this.resync(start + 1)), only, declarationKind);
    if (meant !== undefined) {
      this.errors.push({ kind, message: concat(withSuggestion(message, close), { en: " Also: ", id: " Juga: " }, meant.note), range, suggestions: close, fix: { note: "replaceWith", shown: meant.shown, edits: meant.edits } });
      return only;
    }
    // `kategori` alone on its line: what its value is, and some of the allowed values.
    const missing = !notAProperty && close.length === 0 && expected.some((t) => t.name === "Identifier" || t.name === "Name") ? missingValueMessage(previous, token, declarationKind, lang) : undefined;
    if (missing !== undefined) {
      this.errors.push({ kind, message: missing, range, suggestions: [] });
      return undefined;
    }
    this.errors.push({ kind, message: withSuggestion(placeHint === undefined ? message : concat(message, placeHint), close), range, suggestions: close });
    return close.length === 1 ? close[0] : undefined;
  }

  /** Whether a line of the declaration around token `k` starts with the keyword `first`, then `second` when given (`tutup pada`, `maka`). */
  private lineStartsWith(k: number, first: TokenType | undefined, second?: TokenType): boolean {
    const { open, close } = this.bodyAround(k);
    for (let i = open + 1; i < close; i++) {
      if (this.tokens[i]?.tokenType === first && (second === undefined || this.tokens[i + 1]?.tokenType === second) && this.startsLine(i)) return true;
    }
    return false;
  }

  /**
   * The declaration body around token `k`: the index of its `{` and of its `}` (a body holds no
   * other braces), each looked for at most {@link BODY_SCAN} tokens away; the start or the end
   * of the file where there is none.
   */
  private bodyAround(k: number): { readonly open: number; readonly close: number } {
    let open = k;
    while (open > 0 && k - open < BODY_SCAN && this.tokens[open]?.tokenType.name !== "LBrace") open--;
    let close = k;
    while (close < this.tokens.length && close - k < BODY_SCAN && this.tokens[close]?.tokenType.name !== "RBrace") close++;
    return { open, close };
  }

  /**
   * A rule's effect (`larang`, `wajib`, `peringatkan`) at `k`, starting a line without `maka`:
   * followed by its message, `maka` is all it lacks (the certain fix); followed by `ketika`,
   * the effect was written before its condition (a hint of the order). Undefined otherwise.
   */
  private effectWithoutThen(k: number, lang: KeywordLanguage): LineHint | undefined {
    const effect = this.tokens[k];
    const next = this.tokens[k + 1];
    if (effect === undefined || next === undefined || !EFFECT_TOKENS.has(effect.tokenType.name)) return undefined;
    const then = spell("Then", lang);
    if (next.tokenType.name === "StringLiteral" && next.startLine === effect.startLine) {
      const shown = `${then} ${effect.image}`;
      const hint = { en: `; a rule's effect follows \`${then}\`: \`${shown} ${next.image}\``, id: `; akibat sebuah aturan ditulis setelah \`${then}\`: \`${shown} ${next.image}\`` };
      // A rule with its `maka` line already would have two effects, the last one winning: the fix is certain only without one.
      if (this.lineStartsWith(k, K["Then"])) return { hint };
      return { hint, fix: { note: "replaceWith", shown, edits: [{ range: tokenRange(effect), text: shown }] } };
    }
    if (next.tokenType === K["When"] && next.startLine === effect.startLine) {
      const when = next.image;
      return {
        hint: {
          en: `; a rule gives its condition first, \`${when} <condition>\`, then on its own line its effect, \`${then} ${effect.image} "<reason>"\``,
          id: `; aturan menyebut kondisinya lebih dulu, \`${when} <kondisi>\`, lalu pada barisnya sendiri akibatnya, \`${then} ${effect.image} "<alasan>"\``,
        },
      };
    }
    return undefined;
  }

  /**
   * The keywords `word` may be meant as where the grammar expected `expected`: at the start of a
   * property of a declaration of `kind`, the one of that kind's property keywords it is a synonym
   * of (`jam_buka` for `buka`); else those it is a typo or a synonym of; else, at the start of a
   * property, the one of that kind's property keywords it is the start of (`zona` for `zona_waktu`).
   */
  private keywordsMeant(word: string, expected: readonly TokenType[], lang: KeywordLanguage, kind: DeclarationKind | undefined): string[] {
    const own = kind === undefined ? undefined : expected.filter((type) => takesKey(kind, KEY_OF_TOKEN.get(type.name)) && (type.name !== "At" || atStartsLineOf(kind, lang)));
    const synonym = own === undefined ? [] : propertySynonyms(word, own, lang);
    if (synonym.length > 0) return synonym;
    // Where a property starts, the keywords of the declaration's own lines: `kap` in a room is not a budget's `batas`.
    const close = closeKeywords(word, own ?? expected, lang);
    if (close.length > 0 || own === undefined) return close;
    return prefixKeywords(word, own, lang);
  }

  /**
   * `at perpus` / `di perpus`, alone on its line in the body of a declaration of `kind`: the
   * library its head takes (`program kelas at perpus {`) written as a property. The hint says
   * where it goes; a program, which also takes it as a property, gets `library perpus` as the
   * fix (in `lang`, the file's keywords). Undefined for any other line, or a kind with no library.
   */
  private atLibraryLine(start: number, kind: DeclarationKind, lang: KeywordLanguage): LineHint | undefined {
    const at = this.tokens[start];
    const name = this.tokens[start + 1];
    const after = this.tokens[start + 2];
    if (at?.tokenType.name !== "At" || name === undefined || !isName(name) || name.startLine !== at.startLine || !takesAtLibrary(kind)) return undefined;
    if (after !== undefined && after.startLine === at.startLine && after.tokenType.name !== "RBrace") return undefined;
    const spec = declarationSpec(kind);
    const head = (l: KeywordLanguage): string => `\`${spec.keyword[l][0] ?? kind} <${l === "en" ? "name" : "nama"}> ${l === "en" ? "at" : "di"} ${name.image} {\``;
    if (propertySpec(kind, "library") === undefined) {
      return { hint: { en: `; the library goes in the first line, after the name: ${head("en")}`, id: `; perpustakaannya ditulis di baris pertama, setelah nama: ${head("id")}` } };
    }
    const keyword = spell("Library", lang);
    const property = (l: KeywordLanguage): string => `\`${spell("Library", l)} ${name.image}\``;
    return {
      hint: { en: `; the library goes after the name, ${head("en")}, or in the property ${property("en")}`, id: `; perpustakaannya ditulis setelah nama, ${head("id")}, atau dalam properti ${property("id")}` },
      fix: { note: "replaceWith", shown: `${keyword} ${name.image}`, edits: [{ range: tokenRange(at), text: keyword }] },
    };
  }

  /**
   * `butuh aula`, `butuh ruang aula, pustakawan_a`: a resource named in a need without its
   * kind, where a need reads `butuh ruang aula`. When this file declares a resource of that
   * name, its kind is certain and is the fix (in `lang`); else the hint shows the form.
   * Undefined unless token `k` is a name right after `butuh` / `needs`, or after a comma of
   * such a line.
   */
  private needWithoutKind(k: number, lang: KeywordLanguage): LineHint | undefined {
    const name = this.tokens[k];
    const previous = this.tokens[k - 1];
    if (name === undefined || previous === undefined || !isName(name) || !this.inNeeds(k - 1)) return undefined;
    const declared = this.declaredResources().get(name.image);
    if (declared === undefined) {
      const example = (l: KeywordLanguage): string => `\`${spell("Needs", l)} ${spell("Room", l)} ${name.image}\``;
      return { hint: { en: `; a need names the resource's kind before it, as ${example("en")}`, id: `; kebutuhan menyebut jenis sumber dayanya lebih dulu, seperti ${example("id")}` } };
    }
    const written = `${spell(declared, lang)} ${name.image}`;
    const as = (l: KeywordLanguage): string => `\`${spell(declared, l)} ${name.image}\``;
    return {
      hint: {
        en: `; \`${name.image}\` is declared in this file as ${as("en")}, and a need names the kind before the name: \`${spell("Needs", "en")} ${spell(declared, "en")} ${name.image}\``,
        id: `; \`${name.image}\` dideklarasikan di berkas ini sebagai ${as("id")}, dan kebutuhan menyebut jenisnya sebelum nama: \`${spell("Needs", "id")} ${spell(declared, "id")} ${name.image}\``,
      },
      fix: { note: "replaceWith", shown: written, edits: [{ range: tokenRange(name), text: written }] },
    };
  }

  /**
   * `butuh 2 pustakawan`, `needs 1 driver`: a count, then a word that is no resource kind, in a
   * need. People are counted by role: `2 staf dengan peran pustakawan`. Certain when the word is
   * a role a staff member of this file has, or a word for one ({@link ROLE_WORDS}), and no
   * resource of this file is named so; else only the hint.
   */
  private needCountedRole(k: number, lang: KeywordLanguage): LineHint | undefined {
    const [count, word] = [this.tokens[k - 1], this.tokens[k]];
    if (count?.tokenType.name !== "NumberLiteral" || word === undefined || !isName(word) || word.startLine !== count.startLine || !this.inNeeds(k - 2)) return undefined;
    const role = word.image;
    const written = (l: KeywordLanguage): string => `${count.image} ${spell("Staff", l)} ${spell("With", l)} ${spell("Role", l)} ${role}`;
    const hint = {
      en: `; a need counts people by their role, as staff with that role: \`${written("en")}\``,
      id: `; kebutuhan menghitung orang menurut perannya, sebagai staf dengan peran itu: \`${written("id")}\``,
    };
    // A clause after the word (`2 pustakawan dengan keahlian mendongeng`) would follow the role's own `dengan`: only offered.
    const clause = this.tokens[k + 1]?.tokenType.name === "With" && this.tokens[k + 1]?.startLine === word.startLine;
    const certain = !clause && !this.declaredResources().has(role) && (ROLE_WORDS.has(role.toLowerCase()) || this.declaredRoles().has(role));
    if (!certain) {
      return {
        hint: {
          en: `; if \`${role}\` is a role, a need counts people as staff with that role: \`${written("en")}\``,
          id: `; bila \`${role}\` adalah peran, kebutuhan menghitung orang sebagai staf dengan peran itu: \`${written("id")}\``,
        },
      };
    }
    const range = spanTokens(count, word) ?? tokenRange(word);
    return { hint, fix: { note: "replaceWith", shown: written(lang), edits: [{ range, text: written(lang) }] } };
  }

  /** The roles this file's staff have (`peran pustakawan, sopir`); read once. */
  private declaredRoles(): ReadonlySet<string> {
    if (this.rolesDeclared !== undefined) return this.rolesDeclared;
    const found = new Set<string>();
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.tokens[i]?.tokenType.name !== "Role" || !this.startsLine(i)) continue;
      for (let j = i + 1; j < this.tokens.length && this.sameLineAsPrevious(j) && j - i < NEEDS_SCAN; j++) {
        const t = this.tokens[j] as IToken;
        if (isName(t)) found.add(t.image);
        else if (t.tokenType.name !== "Comma") break;
      }
    }
    this.rolesDeclared = found;
    return found;
  }

  /** Whether token `k` is `butuh` / `needs`, or a comma of a line that `butuh` / `needs` starts (at most {@link NEEDS_SCAN} tokens back). */
  private inNeeds(k: number): boolean {
    const token = this.tokens[k];
    if (token?.tokenType.name === "Needs") return true;
    if (token?.tokenType.name !== "Comma") return false;
    for (let i = k - 1; i >= 0 && k - i < NEEDS_SCAN; i--) {
      const t = this.tokens[i];
      if (t === undefined || t.startLine !== token.startLine) return false;
      if (t.tokenType.name === "Needs") return true;
    }
    return false;
  }

  /** The resources this file declares, by name, with their declaration's keyword token (`Room`…); read once. */
  private declaredResources(): ReadonlyMap<string, string> {
    if (this.resourcesByName !== undefined) return this.resourcesByName;
    const found = new Map<string, string>();
    for (let i = 0; i + 1 < this.tokens.length; i++) {
      const t = this.tokens[i] as IToken;
      const next = this.tokens[i + 1];
      if (RESOURCE_TOKENS.has(t.tokenType.name) && next !== undefined && isName(next) && this.startsLine(i) && !found.has(next.image)) found.set(next.image, t.tokenType.name);
    }
    this.resourcesByName = found;
    return found;
  }

  /**
   * `unsam menyelenggarakan kelas` in an agreement: a name, then on its line an obligation's
   * verb (`provides`, `hosts`, `pays`): the party written by its name, where the line names it
   * by its role, `library` or `partner`. When the name is one of the parties of the agreement's
   * `between`, the role is certain and is the fix (in `lang`, the file's keywords); else the
   * hint says which words the line takes. Undefined for any other line.
   */
  private partyByName(start: number, lang: KeywordLanguage): LineHint | undefined {
    const name = this.tokens[start];
    const verb = this.tokens[start + 1];
    if (name === undefined || !isName(name) || verb === undefined || verb.startLine !== name.startLine || !PARTY_VERBS.has(verb.tokenType.name)) return undefined;
    const role = this.partyRole(start, name.image);
    const roles = (l: KeywordLanguage): string => `\`${spell("Library", l)}\` ${l === "en" ? "or" : "atau"} \`${spell("Partner", l)}\``;
    if (role === undefined) {
      return { hint: { en: `; an obligation's line starts with the party's role, ${roles("en")}, not its name: \`${spell("Partner", "en")} ${verb.image} …\``, id: `; baris kewajiban diawali peran pihaknya, ${roles("id")}, bukan namanya: \`${spell("Partner", "id")} ${verb.image} …\`` } };
    }
    const word = spell(role, lang);
    return {
      hint: {
        en: `; an obligation's line starts with the party's role, not its name: \`${name.image}\` is this agreement's ${role === "Library" ? "library" : "partner"}, \`${word} ${verb.image} …\``,
        id: `; baris kewajiban diawali peran pihaknya, bukan namanya: \`${name.image}\` adalah ${role === "Library" ? "perpustakaan" : "mitra"} kesepakatan ini, \`${word} ${verb.image} …\``,
      },
      fix: { note: "replaceWith", shown: word, edits: [{ range: tokenRange(name), text: word }] },
    };
  }

  /**
   * The role of `name` in the `between <library> and <partner>` of the declaration around token
   * `k` (looked for between its braces, see {@link bodyAround}); undefined
   * when the declaration has no such line or `name` is neither party.
   */
  private partyRole(k: number, name: string): "Library" | "Partner" | undefined {
    const { open, close } = this.bodyAround(k);
    for (let i = open; i < close; i++) {
      const t = this.tokens[i];
      if (t === undefined || t.tokenType.name !== "Between") continue;
      const library = this.tokens[i + 1];
      const partner = this.tokens[i + 3];
      if (library !== undefined && isName(library) && library.image === name) return "Library";
      if (partner !== undefined && isName(partner) && partner.image === name && this.tokens[i + 2]?.tokenType.name === "And") return "Partner";
      return undefined;
    }
    return undefined;
  }

  /** Whether a `kali`/`times` stands before token `k` on its line (a flexible schedule's count). */
  private timesBeforeOnLine(k: number): boolean {
    return lastOnLine(this.tokens, k, (t) => t.tokenType.name === "Times", TIMES_LOOKBACK) >= 0;
  }

  private sameLineAsPrevious(k: number): boolean {
    return !this.startsLine(k);
  }

  private endRange(k: number): Range {
    const before = this.tokens[Math.min(k, this.tokens.length) - 1];
    const end = before === undefined ? { line: 1, column: 1, offset: 0 } : endOf(before);
    return packRange(end, end);
  }
}

/**
 * Whether a line of a declaration of `kind` may start with `at` / `di` / `pukul`: the library
 * of a program or a resource written as a property (`di perpus`, see `atLibraryLine`), and an
 * English agreement's `at least …` (in Bahasa Indonesia that obligation is `minimal …`).
 */
function atStartsLineOf(kind: DeclarationKind, lang: KeywordLanguage): boolean {
  return takesAtLibrary(kind) || (kind === "agreement" && lang === "en");
}

/** "expected a property of an agreement (such as `between`, `valid` or `kind`) or `}` to close it": the kind's own keywords, not another kind's. */
function notAPropertyOf(kind: DeclarationKind, lang: KeywordLanguage): Labels {
  const spec = declarationSpec(kind);
  // The keywords as the file writes them, whichever language the message is in.
  const word = (p: PropertySpec): string => `\`${propertySyntax(p.key)?.written[lang] ?? p.keyword[lang][0] ?? p.key}\``;
  const some = joinTexts(spec.properties.filter((p) => p.key !== "name").slice(0, 3).map((p) => ({ en: word(p), id: word(p) })));
  // The kind as a word of the sentence, not in code quotes: "a property of `program`" read as if `program` were the word expected.
  const en = spec.keyword.en[0] ?? kind;
  return {
    en: `expected a property of ${/^[aeiou]/.test(en) ? "an" : "a"} ${en} (such as ${some.en}) or \`}\` to close it`,
    id: `diharapkan properti ${spec.keyword.id[0] ?? kind} (seperti ${some.id}) atau \`}\` untuk menutupnya`,
  };
}

/** The spellings of `at` / `pukul`, a time's keyword. */
const AT_WORDS: ReadonlySet<string> = new Set([spell("At", "en"), spell("At", "id")]);

/** The keywords of the resources a need may name: `room`, `vehicle`, `staff`, `volunteer`, `collection`, `equipment`. */
const RESOURCE_TOKENS: ReadonlySet<string> = new Set(["Room", "Vehicle", "Staff", "Volunteer", "Collection", "Equipment"]);

/** A comma between values, or the word a sentence joins the last two with (`sasaran anak, remaja dan umum`). */
function isValueSeparator(t: IToken | undefined): boolean {
  return t !== undefined && (t.tokenType.name === "Comma" || ["dan", "and", "serta"].includes(t.image.toLowerCase()));
}

/** How far back, in tokens, a comma's `butuh` / `needs` is looked for on its line (`inNeeds`). */
const NEEDS_SCAN = 4096;

/** Words for a time of day (`at noon`, `pukul pagi`): a time written in words, not a place. */
const TIMES_OF_DAY: ReadonlySet<string> = new Set(["noon", "midday", "midnight", "morning", "afternoon", "evening", "night", "pagi", "siang", "sore", "petang", "malam", "tengah_hari", "tengah_malam"]);

/** At most this many tokens back on its line are looked at for a flexible schedule's `kali` / `times`. */
const TIMES_LOOKBACK = 64;

/** At most this many tokens either side of a line are looked at for its declaration's braces (`bodyAround`). */
const BODY_SCAN = 4096;

/** Words for a staff role that a need may count (`butuh 2 pustakawan`): the fix writes them as staff with that role. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  // A speaker or a teacher (`narasumber`, `guru`) most often comes from a partner: not here, only offered.
  "pustakawan", "sopir", "pengemudi", "fasilitator", "instruktur", "pendongeng", "pelatih", "tutor", "pendamping", "petugas", "operator", "teknisi",
  "librarian", "librarians", "driver", "drivers", "facilitator", "facilitators", "instructor", "instructors", "storyteller", "storytellers", "trainer", "trainers", "technician", "technicians",
]);

/** Words for people after `menyediakan <count>` (`20 peserta`): the program's participants, not a resource. */
const PEOPLE_WORDS: ReadonlySet<string> = new Set(["peserta", "participants", "participant", "siswa", "murid", "students", "pelajar", "pengunjung", "visitors", "anak", "children", "warga"]);

/** Counter words between a count and what it counts (`2 orang relawan`), lower case. */
const COUNTER_WORDS: ReadonlySet<string> = new Set(["orang", "people", "persons", "buah", "unit", "units"]);

/** The effects of a rule, by token name: `larang`, `wajib`, `peringatkan`. */
const EFFECT_TOKENS: ReadonlySet<string> = new Set(["Forbid", "Require", "Warn"]);

/** What `pukul` after a flexible schedule (`2 kali per minggu … pukul 09:00`) most likely meant. */
const FLEXIBLE_AT_HINT: Labels = {
  en: "; a schedule of a number of times per period takes a window (`between 08:00-12:00`); for sessions on set days at a set time write `every week on tue, fri at 09:00`",
  id: "; jadwal beberapa kali per periode memakai rentang jam (`antara 08:00-12:00`); untuk sesi pada hari dan jam tertentu tulis `setiap minggu pada selasa, jumat pukul 09:00`",
};

/** What `at <name>` in a schedule most likely meant: the program's library or its place. */
const AT_PLACE_HINT: Labels = {
  en: "; in a schedule `at` takes a time: to hold the program at a library write `program <name> at <library> {`, for a place `sites <name>`",
  id: "; dalam jadwal `di` diikuti jam: untuk mengadakan program di sebuah perpustakaan tulis `program <nama> di <perpustakaan> {`, untuk tempatnya `lokasi <nama>`",
};

function isName(t: IToken | undefined): boolean {
  if (t === undefined) return false;
  const c = t.image.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) && (t.tokenType.name === "Identifier" || WORDS.has(t.image));
}

function isWord(t: IToken): boolean {
  return t.tokenType.name !== "EOF" && isNameText(t.image);
}

/** A written form's error: parse.ts makes its diagnostic from `notation` (LON1106); the message is only the text written. */
/**
 * Whether a mended run fails right after a value being typed (`buka senin..jumat 08:` asks for
 * `-` and the hours' end): the planner has not got that far, and the value's own error says what
 * is missing, so the rule's error is not reported.
 */
function errorAfterUnfinished(mended: MendedRun<unknown>): boolean {
  const { run, mistakes, spans } = mended;
  return run.error !== undefined && mistakes.some((m, i) => UNFINISHED_KINDS.has(m.kind) && run.next <= (spans[i]?.[1] ?? -2) + 1);
}

/** Words for a library closing, written as a rule's effect (`maka tutup`, `then closed`), lower case. */
const CLOSING_WORDS: ReadonlySet<string> = new Set(["tutup", "libur", "ditutup", "tidak_buka", "closed", "close", "holiday"]);

function notationError(mistake: NotationMistake): ItemError {
  return { kind: "Notation", message: { en: mistake.text, id: mistake.text }, range: mistake.range, suggestions: [], notation: mistake };
}

function withSuggestion(message: Labels, close: readonly string[]): Labels {
  if (close.length === 0) return message;
  const list = joinTexts(close.map((c) => ({ en: `\`${c}\``, id: `\`${c}\`` })));
  return concat(message, { en: "; did you mean ", id: "; maksud Anda " }, list, "?");
}

