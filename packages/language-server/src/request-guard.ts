import { ErrorCodes, ResponseError, type CancellationToken } from "vscode-languageserver";
import type { Lang } from "./language/language.js";
import { say } from "./words.js";

/** A request handler as the guard calls it: the request's params and its cancellation token. */
export type GuardedRequest<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

/**
 * What the protocol says of every message, whatever it asks (LSP, "Shutdown Request"): once
 * the client has asked the server to shut down, every further request is refused with
 * InvalidRequest, a second `shutdown` and an `initialize` included, and every notification is
 * ignored (`exit` is vscode-languageserver's own, and still ends the server).
 */
export class RequestGuard {
  private shut = false;

  /** Refusals are written in the language `lang` gives (the settings', read at each refusal). */
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

  /** A request handler as the protocol wants it answered: refused once the server is shutting down. */
  request<P, R>(handler: GuardedRequest<P, R>): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      if (this.shut) throw this.refusal();
      return await handler(params, token);
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

  private refusal(): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidRequest, say("shutDown", this.lang()));
  }
}
