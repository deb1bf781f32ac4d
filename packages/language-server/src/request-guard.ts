import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from "vscode-languageserver";
import type { Lang } from "./language/language.js";
import { validParams } from "./request-params.js";
import { say } from "./words.js";

/** A request handler as the guard calls it: the request's params and its cancellation token. */
export type GuardedRequest<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/**
 * What the protocol says of every message, whatever it asks:
 * - once the client has asked the server to shut down (LSP, "Shutdown Request"), every
 *   further request is refused with InvalidRequest, a second `shutdown` and an `initialize`
 *   included, and every notification is ignored (`exit` is vscode-languageserver's own, and
 *   still ends the server);
 * - a request the client cancelled (`$/cancelRequest`, LSP "Cancellation Support") is
 *   answered RequestCancelled, not computed, when it was cancelled before its handler runs,
 *   and not with its result when it was cancelled by the time that result is ready.
 *
 * vscode-jsonrpc reads a `$/cancelRequest` as soon as it arrives: a request still queued
 * behind others is handed a token already cancelled, and a running handler's token turns
 * cancelled while it waits. Work that does not wait cannot see a cancellation meanwhile (the
 * message is read after it), so a handler checks its token after each wait (hover waits for
 * the whole analysis) and may then end early with any answer: the guard replaces it.
 *
 * A request whose params lack what its handler reads (none, `null`, `{}`: see request-params.ts)
 * is answered InvalidParams without running it, not the internal error of a handler reading a
 * field of nothing.
 */
export class RequestGuard {
  private shut = false;

  /** Its answers (refusals, cancellations) are written in the language `lang` gives (the settings', read at each answer). */
  constructor(private readonly lang: () => Lang) {}

  /** Whether the client has asked the server to shut down. */
  get shuttingDown(): boolean {
    return this.shut;
  }

  /** Handles the `shutdown` request: from now on requests are refused and notifications ignored; a second one is refused too. */
  shutDown(): void {
    if (this.shut) throw this.refusal();
    this.shut = true;
  }

  /**
   * A request handler as the protocol wants it answered: refused once the server is shutting down, RequestCancelled once
   * the client cancelled it; with its `method`, InvalidParams when the params are not what that method takes (validParams).
   */
  request<P, R>(handler: GuardedRequest<P, R>, method?: string): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      if (this.shut) throw this.refusal();
      if (token.isCancellationRequested) throw this.cancelled();
      if (method !== undefined && !validParams(method, params)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${method}\` ${say("invalidParams", this.lang())}`);
      const answer = await handler(params, token);
      if (token.isCancellationRequested) throw this.cancelled();
      return answer;
    };
  }

  /** A notification handler that does nothing once the server is shutting down. */
  notification<P>(handler: (params: P) => void): (params: P) => void {
    return (params) => {
      if (!this.shut) handler(params);
    };
  }

  /** The answer to a request of a method the server does not serve: MethodNotFound, InvalidRequest once shutting down. */
  unknownMethod(method: string): ResponseError<void> {
    return this.shut ? this.refusal() : new ResponseError(ErrorCodes.MethodNotFound, `\`${method}\` ${say("unknownMethod", this.lang())}`);
  }

  private cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, say("requestCancelled", this.lang()));
  }

  private refusal(): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidRequest, say("shutDown", this.lang()));
  }
}
