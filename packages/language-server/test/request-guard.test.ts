import { describe, expect, it } from "vitest";
import { CancellationTokenSource, ErrorCodes, ResponseError } from "vscode-languageserver";
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
