import { PublishDiagnosticsNotification, type ProtocolConnection, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";

/** What a test client keeps of the server's published diagnostics, and how it waits for them. */
export interface Published {
  /** Every publication so far, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** The publication for `uri` at `version`, when it comes; rejected with `ended()`'s error once that gives one (a server that stopped). */
  readonly waitFor: (uri: string, version: number, ended?: () => Error | undefined) => Promise<PublishDiagnosticsParams>;
}

/** Listens on `connection` for published diagnostics (before it starts listening). */
export function listenForDiagnostics(connection: ProtocolConnection): Published {
  const published: PublishDiagnosticsParams[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const w of waiters.splice(0)) w();
  });
  const waitFor = (uri: string, version: number, ended?: () => Error | undefined): Promise<PublishDiagnosticsParams> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = published.find((p) => p.uri === uri && p.version === version);
        const failed = found === undefined ? ended?.() : undefined;
        if (found !== undefined) resolve(found);
        else if (failed !== undefined) reject(failed);
        else waiters.push(check);
      };
      check();
    });
  return { published, waitFor };
}
