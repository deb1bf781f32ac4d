/**
 * The fast path for a whole file: imports, horizons, declaration heads and bodies read by
 * hand from a token table, each property by the fast property reader. It builds exactly
 * the tree the full path (items.ts and the Chevrotain grammar) builds for a file without
 * errors, and gives up (undefined) at the first thing it is not sure of — a syntax error,
 * a construct it leaves to the grammar — so that the full path reads that file and every
 * diagnostic, suggestion and recovery still comes from the grammar. A test requires both
 * paths to give the same tree and diagnostics on examples, generated sources and mutants.
 */
import type { TokenType } from "chevrotain";
import type { Declaration, DeclarationKind, FileNode, Property } from "../ast.js";
import { definiteLangAt, isWordAt, type TokenTable } from "../lexer/token-table.js";
import * as T from "../lexer/tokens.js";
import { FastReader, NO_COMMENTS } from "./fast-property.js";
import { takesValidDates } from "./written-validity.js";
import { DeclarationNode, NameNode, ReferenceNode } from "../ast-builder/node-classes.js";

type Item = FileNode["items"][number];

const k = T.keyword;
const IMPORT = k("Import");
const HORIZON = k("Horizon");
const AT = k("At");
/** The declaration each declaration keyword token starts (as items.ts reads them). */
const DECLARATION_KINDS: ReadonlyMap<TokenType, DeclarationKind> = new Map(
  ([
    ["Library", "library"], ["Partner", "partner"], ["Room", "room"], ["Vehicle", "vehicle"], ["Staff", "staff"], ["Volunteer", "volunteer"],
    ["Collection", "collection"], ["Budget", "budget"], ["Equipment", "equipment"], ["Program", "program"], ["Agreement", "agreement"],
    ["Rule", "rule"], ["Kpi", "kpi"],
  ] as const).map(([token, kind]) => [k(token), kind]),
);

/** Thrown when the file reader gives up; caught at its entry. */
class GiveUp {}
const GIVE_UP = new GiveUp();

/** Reads a file's items from its token table, or undefined when the full path must read it. */
export function readFileFast(table: TokenTable): Item[] | undefined {
  try {
    return new FileReader(table).items();
  } catch {
    // A decline of a value, or a fault (never the user's): the full path reads the file.
    return undefined;
  }
}

class FileReader extends FastReader {
  constructor(table: TokenTable) {
    super(table, 0);
  }

  items(): Item[] {
    const items: Item[] = [];
    const count = this.t.count;
    while (this.p < count) {
      const type = this.t.types[this.p] as TokenType;
      this.start = this.p;
      if (type === IMPORT) items.push(this.importItem());
      else if (type === HORIZON) items.push(this.horizon());
      else {
        const kind = DECLARATION_KINDS.get(type);
        if (kind === undefined) throw GIVE_UP;
        items.push(this.declaration(kind));
      }
    }
    return items;
  }

  private importItem(): Item {
    const kw = this.p++;
    const path = this.string();
    return { kind: "Import", range: this.rangeFrom(kw), lang: this.langOf(kw), path, leadingComments: NO_COMMENTS };
  }

  private horizon(): Item {
    const kw = this.p++;
    const dates = this.dateRange();
    return { kind: "Horizon", range: this.rangeFrom(kw), lang: this.langOf(kw), dates, leadingComments: NO_COMMENTS };
  }

  /** `kind name [at place] { properties }`, as items.ts reads a declaration with a whole head. */
  private declaration(kind: DeclarationKind): Declaration {
    const kw = this.p;
    const length = this.headerLength(kw);
    if (length === 0) throw GIVE_UP;
    const nameToken = kw + 1;
    const atToken = length === 5 ? kw + 3 : undefined;
    this.p = kw + length;
    const mark = this.mark();
    const types = this.t.types;
    for (;;) {
      const type = types[this.p];
      if (type === undefined) throw GIVE_UP;
      if (type === T.RBrace) break;
      if (this.startsLine(this.p) && this.headerLength(this.p) > 0) throw GIVE_UP;
      this.start = this.p;
      const read = this.property();
      // An agreement's `berlaku kepada …` is its validity written another way (items.ts reports it).
      if (read === undefined || (read.value.key === "appliesTo" && takesValidDates(kind))) throw GIVE_UP;
      this.hold(read.value);
    }
    const properties = this.collect<Property>(mark);
    this.p++;
    const lang = this.langOf(kw);
    // A declaration keyword spelled alike in both languages takes its own head's `at`/`di` language (items.ts).
    const headLang = atToken === undefined || definiteLangAt(this.t, kw) !== undefined ? lang : (definiteLangAt(this.t, kw + 2) ?? lang);
    const atLang = atToken === undefined ? undefined : definiteLangAt(this.t, kw + 2);
    const name = new NameNode(this.t.places, nameToken, nameToken, this.image(nameToken));
    const at = atToken === undefined ? undefined : new ReferenceNode(this.t.places, atToken, atToken, this.image(atToken));
    return new DeclarationNode(this.t.places, kw, this.p - 1, kind, headLang, name, at, atLang, NO_COMMENTS, properties, NO_COMMENTS);
  }

  /** The number of tokens of a declaration head `kind name [at ref] {` at `i`, or 0 (items.ts's `headerLength`). */
  private headerLength(i: number): number {
    const types = this.t.types;
    const after = types[i + 2];
    if (after !== T.LBrace && after !== AT) return 0;
    if (!isWordAt(this.t, i + 1)) return 0;
    if (after === T.LBrace) return 3;
    return isWordAt(this.t, i + 3) && types[i + 4] === T.LBrace ? 5 : 0;
  }

  private startsLine(i: number): boolean {
    return i === 0 || (this.t.places.lines[i - 1] ?? 0) < (this.t.places.lines[i] ?? 0);
  }
}
