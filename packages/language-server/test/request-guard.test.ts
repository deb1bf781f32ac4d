import { describe, expect, it } from "vitest";
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes, ResponseError } from "vscode-languageserver";
import { RequestGuard } from "../src/request-guard.js";
import { say } from "../src/words.js";

const token = new CancellationTokenSource().token;

describe("RequestGuard after shutdown", () => {
  it("answers requests until shutdown, then refuses them with InvalidRequest in the settings' language", async () => {
    let lang: "en" | "id" = "en";
    const guard = new RequestGuard(() => lang);
    const twice = guard.request((n: number) => n * 2);
    expect(await twice(2, token)).toBe(4);
    guard.shutDown();
    expect(guard.shuttingDown).toBe(true);
    lang = "id";
    await expect(twice(2, token)).rejects.toMatchObject({ code: ErrorCodes.InvalidRequest, message: say("shutDown", "id") });
    expect(() => guard.shutDown()).toThrow(ResponseError);
  });

  it("ignores notifications once shutting down", () => {
    const guard = new RequestGuard(() => "en");
    const seen: string[] = [];
    const note = guard.notification((s: string) => void seen.push(s));
    note("before");
    guard.shutDown();
    note("after");
    expect(seen).toEqual(["before"]);
  });

  it("answers a method it does not serve with MethodNotFound, InvalidRequest once shutting down", () => {
    const guard = new RequestGuard(() => "en");
    expect(guard.unknownMethod("x/y")).toMatchObject({ code: ErrorCodes.MethodNotFound, message: `\`x/y\` ${say("unknownMethod", "en")}` });
    guard.shutDown();
    expect(guard.unknownMethod("x/y").code).toBe(ErrorCodes.InvalidRequest);
  });
});

describe("RequestGuard and cancellation", () => {
  it("answers a request cancelled before it is handled with RequestCancelled, without running its handler", async () => {
    const guard = new RequestGuard(() => "id");
    let ran = false;
    const handler = guard.request(() => (ran = true));
    const source = new CancellationTokenSource();
    source.cancel();
    await expect(handler(undefined, source.token)).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled, message: say("requestCancelled", "id") });
    expect(ran).toBe(false);
  });

  it("answers RequestCancelled, not the result, when the request is cancelled while its handler waits", async () => {
    const guard = new RequestGuard(() => "en");
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handler = guard.request(async (_: undefined, token) => {
      await gate;
      return token.isCancellationRequested ? null : "computed";
    });
    const source = new CancellationTokenSource();
    const answer = handler(undefined, source.token);
    source.cancel();
    release();
    await expect(answer).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
  });

  it("passes a result and a handler's own error through when nothing is cancelled", async () => {
    const guard = new RequestGuard(() => "en");
    expect(await guard.request(() => "computed")(undefined, token)).toBe("computed");
    const refusal = new ResponseError(ErrorCodes.InvalidParams, "no");
    await expect(
      guard.request(() => {
        throw refusal;
      })(undefined, token),
    ).rejects.toBe(refusal);
  });
});
