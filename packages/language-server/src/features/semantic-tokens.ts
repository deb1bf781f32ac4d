import { LANGUAGE, type DeclarationKind } from "@lontar/dsl";
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend } from "vscode-languageserver";
import type { Snapshot } from "../analysis/snapshot.js";
import type { WalkedNode } from "../analysis/syntax-walk.js";
import { isKeyword } from "../language/language.js";
import { scan, type PieceKind } from "../language/scan.js";

/** The token types the server reports; `date`, `time`, `duration` and `money` are Lontar's own (the extension declares them). */
export const TOKEN_TYPES = ["keyword", "comment", "string", "number", "operator", "enumMember", "namespace", "class", "variable", "function", "interface", "event", "type", "date", "time", "duration", "money"] as const;
/** Modifiers: `declaration` on a declared name, `documentation` on doc comments. */
export const TOKEN_MODIFIERS = ["declaration", "documentation"] as const;

/** The legend announced at initialize. */
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];

/** The token type of a name by the kind of what it names. */
const NAME_TYPES: Readonly<Record<DeclarationKind, TokenType>> = {
  library: "namespace",
  partner: "class",
  room: "variable",
  vehicle: "variable",
  staff: "variable",
  volunteer: "variable",
  collection: "variable",
  equipment: "variable",
  budget: "type",
  program: "function",
  agreement: "interface",
  rule: "event",
  kpi: "type",
};

const PIECE_TYPES: Partial<Record<PieceKind, TokenType>> = {
  docComment: "comment",
  comment: "comment",
  string: "string",
  number: "number",
  date: "date",
  time: "time",
  duration: "duration",
  money: "money",
};

const typeIndex = (t: TokenType): number => TOKEN_TYPES.indexOf(t);

/** How far above a reference its property is looked for (`sasaran anak_anak`: the audience, then the property). */
const PROPERTY_DEPTH = 3;

/**
 * Whether a reference stands for one of its property's allowed values (`kategori kelas`,
 * `sasaran anak_anak`, `kategori program` in a budget): coloured as a value, as the same word
 * is in a condition (`program.kategori == kelas`), not as a name.
 */
function isAllowedValue(node: WalkedNode): boolean {
  let property = node.parent;
  for (let depth = 0; property !== undefined && property.kind !== "Property" && depth < PROPERTY_DEPTH; depth++) property = property.parent;
  const declaration = property?.kind === "Property" ? property.parent : undefined;
  const key = property?.node["key"];
  const kind = declaration?.kind === "Declaration" ? declaration.node["declarationKind"] : undefined;
  const spec = typeof kind === "string" ? LANGUAGE.find((d) => d.kind === kind) : undefined;
  return typeof key === "string" && spec?.properties.find((p) => p.key === key)?.values !== undefined;
}

/** Semantic tokens of one file, as the builder's data (before encoding). */
function build(snapshot: Snapshot, path: string, builder: SemanticTokensBuilder): void {
  const text = snapshot.texts.get(path) ?? "";
  const lines = snapshot.lines(path);
  const names = new Map<number, { kind: DeclarationKind | "value" | undefined; declares: boolean }>();
  for (const node of snapshot.nodes(path)) {
    if (node.kind === "Reference") {
      const name = node.node["name"];
      const declared = typeof name === "string" ? snapshot.symbols.get(name)?.declaration.declarationKind : undefined;
      names.set(node.range.start.offset, { kind: declared ?? (isAllowedValue(node) ? "value" : undefined), declares: false });
    } else if (node.kind === "Name" && node.parent?.kind === "Declaration") {
      const name = node.node["text"];
      names.set(node.range.start.offset, { kind: typeof name === "string" ? snapshot.symbols.get(name)?.declaration.declarationKind : undefined, declares: true });
    }
  }
  for (const piece of scan(text)) {
    let type: TokenType | undefined = PIECE_TYPES[piece.kind];
    let modifiers = piece.kind === "docComment" ? 2 : 0;
    if (piece.kind === "word") {
      const name = names.get(piece.start);
      if (name !== undefined) {
        type = name.kind === undefined ? "variable" : name.kind === "value" ? "enumMember" : NAME_TYPES[name.kind];
        modifiers = name.declares ? 1 : 0;
      } else type = isKeyword(piece.text) ? "keyword" : "enumMember";
    } else if (piece.kind === "punctuation" && /[=!<>&|]/.test(piece.text)) type = "operator";
    if (type === undefined) continue;
    const start = lines.position(piece.start);
    builder.push(start.line, start.character, piece.end - piece.start, typeIndex(type), modifiers);
  }
}

/** Keeps the last tokens sent per document, for deltas. */
export class SemanticTokenCache {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  /** All tokens of a file. */
  full(snapshot: Snapshot, uri: string, path: string): SemanticTokens {
    const builder = new SemanticTokensBuilder();
    this.builders.set(uri, builder);
    build(snapshot, path, builder);
    return builder.build();
  }

  /** The change since `previousResultId`, or all tokens when that result is not the last one sent. */
  delta(snapshot: Snapshot, uri: string, path: string, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.builders.get(uri);
    if (builder === undefined) return this.full(snapshot, uri, path);
    builder.previousResult(previousResultId);
    build(snapshot, path, builder);
    return builder.canBuildEdits() ? builder.buildEdits() : builder.build();
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.builders.delete(uri);
  }
}
