/**
 * What each request's params must hold for the server's handler to read them: a request sent
 * with none of it (`"params": null`, `{}`, a document without its URI) is answered InvalidParams,
 * not the internal error of a handler reading a field of nothing.
 */

/** Whether the params of a request hold one thing its handler reads. */
type Holds = (params: Readonly<Record<string, unknown>>) => boolean;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);
const isPosition = (value: unknown): boolean => isRecord(value) && Number.isInteger(value["line"]) && Number.isInteger(value["character"]);
const isRange = (value: unknown): boolean => isRecord(value) && isPosition(value["start"]) && isPosition(value["end"]);

const DOCUMENT: Holds = (p) => isRecord(p["textDocument"]) && typeof p["textDocument"]["uri"] === "string";
const POSITION: Holds = (p) => isPosition(p["position"]);
const RANGE: Holds = (p) => isRange(p["range"]);
const string = (field: string): Holds => (p) => typeof p[field] === "string";
const record = (field: string): Holds => (p) => isRecord(p[field]);

/** By method, what its params hold beyond being an object (LSP 3.17's required fields the handlers read). */
const REQUIRED: Readonly<Record<string, readonly Holds[]>> = {
  "textDocument/completion": [DOCUMENT, POSITION],
  "completionItem/resolve": [string("label")],
  "textDocument/hover": [DOCUMENT, POSITION],
  "textDocument/definition": [DOCUMENT, POSITION],
  "textDocument/references": [DOCUMENT, POSITION, record("context")],
  "textDocument/documentHighlight": [DOCUMENT, POSITION],
  "textDocument/prepareRename": [DOCUMENT, POSITION],
  "textDocument/rename": [DOCUMENT, POSITION, string("newName")],
  "textDocument/documentSymbol": [DOCUMENT],
  "workspace/symbol": [string("query")],
  "textDocument/formatting": [DOCUMENT],
  "textDocument/rangeFormatting": [DOCUMENT, RANGE],
  "textDocument/semanticTokens/full": [DOCUMENT],
  "textDocument/semanticTokens/full/delta": [DOCUMENT, string("previousResultId")],
  "textDocument/codeAction": [DOCUMENT, RANGE, (p) => isRecord(p["context"]) && Array.isArray(p["context"]["diagnostics"])],
  "textDocument/codeLens": [DOCUMENT],
  "textDocument/inlayHint": [DOCUMENT, RANGE],
  "textDocument/foldingRange": [DOCUMENT],
  "textDocument/selectionRange": [DOCUMENT, (p) => Array.isArray(p["positions"]) && p["positions"].every(isPosition)],
  "workspace/executeCommand": [string("command")],
};

/**
 * Whether `params` are what request `method` takes: an object, holding what the table says the
 * method's handler reads (any object for a method it does not list).
 *
 * @example validParams("textDocument/hover", null) // false
 * @example validParams("textDocument/hover", { textDocument: { uri: "file:///a.lontar" }, position: { line: 0, character: 0 } }) // true
 */
export function validParams(method: string, params: unknown): boolean {
  return isRecord(params) && (REQUIRED[method] ?? []).every((holds) => holds(params));
}
