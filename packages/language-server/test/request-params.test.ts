/**
 * A request sent without the params its method takes (`"params": null`, `{}`, a document without
 * its URI) is answered InvalidParams (-32602) in the settings' language, not an internal error
 * (-32603) of a handler reading a field of nothing: `null` failed in vscode-languageserver's own
 * helpers, before any handler. Over a byte stream, as an editor writes the messages.
 */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { CancellationTokenSource, ErrorCodes } from "vscode-languageserver";
import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { nodeHost } from "../src/node.js";
import { RequestGuard } from "../src/request-guard.js";
import { validParams } from "../src/request-params.js";
import { startLontarServer } from "../src/server.js";
import { say } from "../src/words.js";

/** A JSON-RPC answer as it comes over the wire. */
interface Answer {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

/** A server on in-process streams, and a way to send it raw messages and read its answers by id. */
function rawServer(): { send(message: object): void; answer(id: number): Promise<Answer>; close(): void } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLontarServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), nodeHost());
  let buffer = "";
  const answers = new Map<number, Answer>();
  toClient.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    for (let match = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer); match !== null; match = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer)) {
      const length = Number(match[1]);
      const body = Buffer.from(buffer.slice(match[0].length));
      if (body.length < length) return;
      const message = JSON.parse(body.subarray(0, length).toString("utf8")) as Partial<Answer>;
      if (typeof message.id === "number") answers.set(message.id, message as Answer);
      buffer = body.subarray(length).toString("utf8");
    }
  });
  return {
    send(message) {
      const text = JSON.stringify({ jsonrpc: "2.0", ...message });
      toServer.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
    },
    answer: (id) =>
      new Promise((resolve) => {
        const look = (): void => {
          const found = answers.get(id);
          if (found === undefined) setTimeout(look, 5);
          else resolve(found);
        };
        look();
      }),
    close() {
      toServer.end();
      toClient.end();
    },
  };
}

let server: ReturnType<typeof rawServer> | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

describe("requests without the params their method takes", () => {
  it("are answered InvalidParams in the settings' language, `null`, `{}` and a document without its URI alike; a whole request still works", async () => {
    const s = (server = rawServer());
    s.send({ id: 0, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, locale: "id" } });
    expect((await s.answer(0)).error).toBeUndefined();
    const methods = ["textDocument/completion", "completionItem/resolve", "textDocument/hover", "textDocument/formatting", "textDocument/rangeFormatting", "textDocument/semanticTokens/full", "textDocument/inlayHint", "textDocument/codeAction", "workspace/symbol", "workspace/executeCommand"];
    let id = 1;
    const sent: { id: number; method: string }[] = [];
    for (const method of methods) {
      for (const params of [null, {}, { textDocument: {} }]) {
        s.send({ id, method, params });
        sent.push({ id: id++, method });
      }
    }
    for (const { id: asked, method } of sent) {
      const { error } = await s.answer(asked);
      expect(error, `${method} #${asked}`).toEqual({ code: ErrorCodes.InvalidParams, message: `\`${method}\` ${say("invalidParams", "id")}` });
    }
    s.send({ id, method: "workspace/symbol", params: { query: "" } });
    expect(await s.answer(id)).toMatchObject({ result: [] });
  });
});

describe("validParams", () => {
  it("takes an object holding what the method's handler reads, any object for a method it does not list", () => {
    const at = { textDocument: { uri: "file:///a.lontar" }, position: { line: 0, character: 3 } };
    expect(validParams("textDocument/hover", at)).toBe(true);
    expect(validParams("textDocument/hover", { ...at, position: { line: "0", character: 3 } })).toBe(false);
    expect(validParams("textDocument/hover", { textDocument: at.textDocument })).toBe(false);
    expect(validParams("textDocument/hover", [at])).toBe(false);
    expect(validParams("textDocument/rename", { ...at, newName: "b" })).toBe(true);
    expect(validParams("textDocument/rename", at)).toBe(false);
    expect(validParams("x/unlisted", {})).toBe(true);
    expect(validParams("x/unlisted", null)).toBe(false);
  });

  it("makes the guard refuse such a request without running its handler", async () => {
    const guard = new RequestGuard(() => "en");
    let ran = false;
    const hover = guard.request(() => (ran = true), "textDocument/hover");
    await expect(hover(null, new CancellationTokenSource().token)).rejects.toMatchObject({ code: ErrorCodes.InvalidParams, message: `\`textDocument/hover\` ${say("invalidParams", "en")}` });
    expect(ran).toBe(false);
  });
});
