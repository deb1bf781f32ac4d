import { FACTS, type FactDefinition, type FactType, findFunction, suggestion, type Labels } from "@lontar/core";
import type { ExprNode, KeywordLanguage } from "../../syntax/ast.js";
import { calleeAsWritten, factAsWritten } from "../../syntax/condition-names.js";
import { monthNumber, spell } from "../../syntax/keywords.js";
import { resolveWord, vocabularyOfFact } from "../condition-words.js";
import { valueName } from "../message-words.js";
import type { FileReporter } from "../report.js";
import { STAGE_VALUES } from "../../language/values.js";
import { writtenValues } from "../vocabulary.js";
import { reportUnknown } from "./unknown-value.js";

/** The type of a sub-expression as the checker sees it. */
type Typed =
  | { readonly kind: "fact"; readonly type: FactType; readonly name: string }
  | { readonly kind: "value"; readonly type: FactType }
  | { readonly kind: "word"; readonly text: string; readonly node: ExprNode }
  | { readonly kind: "unknown" };

/** Where a condition is evaluated: `static` has no occurrence (agreement conditions, program gates). */
export type ConditionContextKind = "static" | "occurrence";

/** Each fact as each language names it, for the list of allowed facts in the file's language. */
const FACT_LABELS: readonly Labels[] = FACTS.map((f) => ({ en: f.name, id: f.nameId }));
const FACT_NAMES = FACT_LABELS.flatMap((f) => [f.en, f.id]);

/** Core's facts by English and Indonesian name (the first of a name, as core's findFact finds it). */
const FACTS_BY_NAME: ReadonlyMap<string, FactDefinition> = (() => {
  const byName = new Map<string, FactDefinition>();
  for (const fact of FACTS) {
    if (!byName.has(fact.name)) byName.set(fact.name, fact);
    if (!byName.has(fact.nameId)) byName.set(fact.nameId, fact);
  }
  return byName;
})();

function factNamed(path: string): FactDefinition | undefined {
  return FACTS_BY_NAME.get(path);
}

/** The objects of a session's facts and its program's, in both languages. */
const ACTIVITY_OBJECTS: ReadonlySet<string> = new Set(FACTS.flatMap((f) => [f.name, f.nameId]).map(objectOf).filter((o) => o !== "" && o !== "library" && o !== "perpustakaan"));

/** The object of a fact's path (`program` of `program.kategori`). */
function objectOf(path: string): string {
  return path.slice(0, Math.max(0, path.indexOf(".")));
}

/**
 * The one fact whose field is the written path's, or the written word (`tanggal`), in the
 * language the field is written in (`kegiatan.kategori`: `program.kategori`; `program.start`:
 * `occurrence.start`; `tanggal`: `kegiatan.tanggal`); undefined when no fact or several have it.
 */
function factOfField(written: string): string | undefined {
  const field = `.${written.slice(written.indexOf(".") + 1)}`;
  const named = new Set<string>();
  for (const fact of FACTS) {
    if (fact.nameId.endsWith(field)) named.add(fact.nameId);
    else if (fact.name.endsWith(field)) named.add(fact.name);
  }
  const [only, ...others] = named;
  return others.length === 0 ? only : undefined;
}

function describe(t: Typed): Labels {
  if (t.kind === "fact") {
    const type = typeName(t.type);
    return { en: `\`${t.name}\` (${type.en})`, id: `\`${t.name}\` (${type.id})` };
  }
  if (t.kind === "value") {
    const type = typeName(t.type);
    return { en: `a ${type.en}`, id: type.id };
  }
  if (t.kind === "word") return { en: `\`${t.text}\``, id: `\`${t.text}\`` };
  return { en: "an unknown value", id: "nilai yang tidak diketahui" };
}

function typeName(type: FactType): Labels {
  if (type.kind === "list") {
    const of = typeName(type.of);
    return { en: `list of ${of.en}`, id: `daftar ${of.id}` };
  }
  return valueName(type.kind === "enum" ? type.name : type.kind);
}

class ConditionChecker {
  constructor(
    private readonly reporter: FileReporter,
    private readonly context: ConditionContextKind,
    /** The language of the condition's keyword: lists and close words are given in it. */
    private readonly language: KeywordLanguage,
  ) {}

  typeOf(node: ExprNode): Typed {
    switch (node.kind) {
      case "Literal":
        if (typeof node.value === "string") return { kind: "word", text: node.value, node };
        return { kind: "value", type: { kind: typeof node.value === "number" ? "number" : "boolean" } };
      case "TimeValue":
        return { kind: "value", type: { kind: "time" } };
      case "Fact":
        return this.fact(node);
      case "Paren":
        return this.typeOf(node.inner);
      case "Not":
        this.condition(node.operand);
        return { kind: "value", type: { kind: "boolean" } };
      case "Binary":
        if (this.valuesJoined(node)) return { kind: "value", type: { kind: "boolean" } };
        this.condition(node.left);
        this.condition(node.right);
        return { kind: "value", type: { kind: "boolean" } };
      case "Compare":
        this.compare(node.op, node.left, node.right);
        return { kind: "value", type: { kind: "boolean" } };
      case "Match":
        this.match(node);
        return { kind: "value", type: { kind: "boolean" } };
      case "In":
        this.membership(node.subject, node.collection);
        return { kind: "value", type: { kind: "boolean" } };
      case "ListExpr":
        for (const item of node.items) this.typeOf(item);
        return { kind: "value", type: { kind: "list", of: { kind: "string" } } };
      case "Call":
        this.call(node);
        return { kind: "value", type: { kind: "boolean" } };
    }
  }

  /**
   * `hari == jumat || sabtu`: a fact compared with a value, then further values joined by `||`,
   * each a bare word (no condition): meant as a list, `hari dalam [jumat, sabtu]`. LON3101 at the
   * first bare value, with the list as the fix, when every value is one of the fact's.
   * True when reported (the operands are then not checked again).
   */
  private valuesJoined(node: Extract<ExprNode, { kind: "Binary" }>): boolean {
    const words: ExprNode[] = [];
    let left: ExprNode = node;
    for (let i = 0; i < 50 && left.kind === "Binary" && left.op === "||"; i++) {
      if (left.right.kind !== "Fact" || left.right.path.includes(".") || factNamed(left.right.path) !== undefined) return false;
      words.unshift(left.right);
      left = left.left;
    }
    if (left.kind !== "Compare" || left.op !== "==" || left.left.kind !== "Fact" || words.length === 0) return false;
    const fact = factNamed(left.left.path);
    const first = left.right;
    if (fact === undefined || (first.kind !== "Fact" && first.kind !== "Literal") || (first.kind === "Fact" && (first.path.includes(".") || factNamed(first.path) !== undefined))) return false;
    const written = (n: ExprNode): string => (n.kind === "Fact" ? factAsWritten(n) : n.kind === "Literal" ? JSON.stringify(n.value) : "");
    const values = [first, ...words].map(written);
    const type = fact.type;
    // Only values of the fact (`sabtu` of `hari`): another word (`libur`, `sabtuu`) is told as an unknown fact, as before.
    if (type.kind !== "enum" || ![first, ...words].every((n) => n.kind === "Fact" && resolveWord(type, factAsWritten(n)) !== undefined)) return false;
    const fixed = `${factAsWritten(left.left)} ${spell("In", this.language)} [${values.join(", ")}]`;
    const bare = words[0] as Extract<ExprNode, { kind: "Fact" }>;
    const fix = suggestion("note.replaceWith", { text: fixed }, [{ location: { file: this.reporter.file, range: node.range }, text: fixed }], true);
    this.reporter.report("LON3101.valueAlone", { name: factAsWritten(bare), fixed }, bare.range, { suggestions: [fix] });
    return true;
  }

  /** A whole condition or an operand of `!`, `&&`, `||`: a bare word there is an unknown fact. */
  condition(node: ExprNode): void {
    const t = this.typeOf(node);
    if (t.kind === "word" && node.kind === "Fact") this.unknownFact(node);
  }

  private fact(node: Extract<ExprNode, { kind: "Fact" }>): Typed {
    const fact = factNamed(node.path);
    if (fact === undefined) {
      // A dotless name is a bare word (an enum value or stage) until a comparison says otherwise.
      // As written (`jumat`, not the `fri` the tree keeps), for every message that quotes it.
      if (!node.path.includes(".")) return { kind: "word", text: factAsWritten(node), node };
      this.unknownFact(node);
      return { kind: "unknown" };
    }
    if (this.context === "static" && !fact.static) {
      this.reporter.report("LON3106.occurrenceFact", { path: factAsWritten(node) }, node.range);
    }
    return { kind: "fact", type: fact.type, name: factAsWritten(node) };
  }

  /** LON3101 for a name that is no fact, quoted as written (`jumat`, not the tree's `fri`). */
  private unknownFact(node: Extract<ExprNode, { kind: "Fact" }>): void {
    const written = factAsWritten(node);
    const meant = factOfField(written);
    if (meant !== undefined) {
      // `kegiatan.kategori`: the field is another object's (the category is the program's), the one fact of that name.
      // Certain for a field written alone (`tanggal`), and between a session and its program, which planners say alike
      // (`kegiatan`); a library's field meant of a program is a guess.
      const certain = objectOf(written) === "" || (ACTIVITY_OBJECTS.has(objectOf(written)) && ACTIVITY_OBJECTS.has(objectOf(meant)));
      const fix = suggestion("note.replaceWith", { text: meant }, [{ location: { file: this.reporter.file, range: node.range }, text: meant }], certain);
      this.reporter.report("LON3101.otherObject", { name: written, meant }, node.range, { suggestions: [fix] });
      return;
    }
    reportUnknown(this.reporter, {
      message: { key: "LON3101.notFactAllowed" }, text: factAsWritten(node), range: node.range, values: FACT_LABELS, candidates: FACT_NAMES,
      fileLanguage: this.language, meaningOf: (candidate) => factNamed(candidate)?.name,
    });
  }

  private compare(op: string, left: ExprNode, right: ExprNode): void {
    const l = this.typeOf(left);
    const r = this.typeOf(right);
    if (l.kind === "unknown" || r.kind === "unknown") return;
    if (l.kind === "word" && r.kind === "word") {
      if (left.kind === "Fact") this.unknownFact(left);
      else if (right.kind === "Fact") this.unknownFact(right);
      return;
    }
    const [typed, other] = l.kind === "fact" ? [l, r] : r.kind === "fact" ? [r, l] : [l, r];
    const type = typed.kind === "fact" || typed.kind === "value" ? typed.type : undefined;
    if (type === undefined) return;
    if (type.kind === "stage") return this.stageComparison(typed, other, rangeOf(left, right));
    if (other.kind === "word") return this.wordComparison(type, typed, other, op);
    const otherType = other.kind === "fact" || other.kind === "value" ? other.type : undefined;
    if (otherType === undefined) return;
    if (otherType.kind === "stage") return this.stageComparison(other, typed, rangeOf(left, right));
    if (typeName(type).en !== typeName(otherType).en) {
      this.reporter.report("LON3102.cannotCompare", { left: describe(typed), right: describe(other) }, rangeOf(left, right));
    } else if (type.kind === "enum" && !["==", "!="].includes(op)) {
      this.reporter.report("LON3102.noOrder", { op, type: valueName(type.name) }, rangeOf(left, right));
    }
  }

  private wordComparison(type: FactType, typed: Typed, word: Extract<Typed, { kind: "word" }>, op: string): void {
    if (type.kind === "enum") {
      if (resolveWord(type, word.text) === undefined) {
        const vocabulary = vocabularyOfFact(type);
        reportUnknown(this.reporter, {
          message: { key: "LON3004.unknownValueAllowed", what: valueName(type.name) }, text: word.text, range: word.node.range,
          values: vocabulary === undefined ? type.values : writtenValues(vocabulary), candidates: vocabulary?.words.keys() ?? type.values,
          fileLanguage: this.language, ...(vocabulary === undefined ? {} : { meaningOf: (candidate: string) => vocabulary.words.get(candidate) }),
        });
      } else if (!["==", "!="].includes(op)) {
        this.reporter.report("LON3102.noOrder", { op, type: valueName(type.name) }, word.node.range);
      }
      return;
    }
    if (type.kind === "string" || type.kind === "date") return;
    // `bulan == agustus`: the month is a number, and its name says which.
    const month = typed.kind === "fact" && factNamed(typed.name)?.name === "month" ? monthNumber(word.text) : undefined;
    if (month !== undefined && typed.kind === "fact") {
      const fixed = String(month);
      const fix = suggestion("note.replaceWith", { text: fixed }, [{ location: { file: this.reporter.file, range: word.node.range }, text: fixed }], true);
      this.reporter.report("LON3102.monthName", { name: word.text, fact: typed.name, fixed }, word.node.range, { suggestions: [fix] });
      return;
    }
    this.reporter.report("LON3102.cannotCompare", { left: describe(typed), right: describe(word) }, word.node.range);
  }

  private stageComparison(stage: Typed, other: Typed, range: ExprNode["range"]): void {
    if (other.kind === "fact" && other.type.kind === "stage") return;
    if (other.kind === "word") {
      if (resolveWord({ kind: "stage" }, other.text) === undefined) {
        reportUnknown(this.reporter, {
          message: { key: "LON3005.notStageAllowed" }, text: other.text, range: other.node.range,
          values: STAGE_VALUES.values.map((v) => v.written), candidates: STAGE_VALUES.vocabulary.words.keys(),
          fileLanguage: this.language, meaningOf: (candidate) => STAGE_VALUES.vocabulary.words.get(candidate),
        });
      }
      return;
    }
    const node = other.kind === "fact" ? other.name : describe(other);
    this.reporter.report("LON3105.stageOnly", { stage: describe(stage), other: node }, range);
  }

  private match(node: Extract<ExprNode, { kind: "Match" }>): void {
    const subject = this.typeOf(node.subject);
    const type = subject.kind === "fact" || subject.kind === "value" ? subject.type : undefined;
    if (type !== undefined && type.kind !== "string" && type.kind !== "enum") {
      this.reporter.report("LON3103.needsString", { subject: describe(subject) }, node.subject.range);
    }
    // The pattern's own validity is the parser's (LON1005, at the pattern, in the reader's
    // language): it reads every `=~` pattern, so checking it again here would report one
    // mistake twice, the second time in the JavaScript engine's English.
  }

  private membership(subject: ExprNode, collection: ExprNode): void {
    const s = this.typeOf(subject);
    if (collection.kind !== "ListExpr") {
      this.typeOf(collection);
      return;
    }
    const type = s.kind === "fact" ? s.type : undefined;
    for (const item of collection.items) {
      const t = this.typeOf(item);
      if (type !== undefined && t.kind === "word") this.wordComparison(type, s, t, "==");
    }
  }

  private call(node: Extract<ExprNode, { kind: "Call" }>): void {
    const fn = findFunction(node.callee);
    if (fn === undefined) {
      this.reporter.report("LON3104.notFunction", { name: node.callee }, node.range);
      return;
    }
    // The function as the planner wrote it (`tumpang`), in every message about it.
    const name = calleeAsWritten(node);
    if (this.context === "static") {
      this.reporter.report("LON3106.occurrenceFunction", { name }, node.range);
    }
    if (node.args.length !== fn.params.length) {
      this.reporter.report("LON3104.argCount", { name, expected: fn.params.length, actual: node.args.length }, node.range);
      return;
    }
    node.args.forEach((arg, i) => {
      const t = this.typeOf(arg);
      const want = fn.params[i];
      const got = t.kind === "fact" || t.kind === "value" ? t.type : undefined;
      if (want !== undefined && (got === undefined || typeName(got).en !== typeName(want).en)) {
        this.reporter.report("LON3104.argType", { index: i + 1, name, type: typeName(want), actual: describe(t) }, arg.range);
      }
    });
  }
}

function rangeOf(left: ExprNode, right: ExprNode): ExprNode["range"] {
  return { start: left.range.start, end: right.range.end };
}

/**
 * Type-checks a condition against core's facts and functions: unknown facts (LON3101),
 * mismatched comparisons (LON3102), `=~` on non-strings (LON3103), wrong calls (LON3104),
 * stages compared with non-stages (LON3105), occurrence facts where only static ones are
 * known (LON3106), unknown enum words and stages (LON3004, LON3005). An invalid pattern is
 * the parser's LON1005. Lists of allowed words and close words are in `language`, the condition keyword's.
 */
export function checkCondition(expr: ExprNode, context: ConditionContextKind, reporter: FileReporter, language: KeywordLanguage = "en"): void {
  new ConditionChecker(reporter, context, language).condition(expr);
}
