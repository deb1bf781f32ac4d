import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";

/** The built site's folder (`pnpm docs:build` writes it). */
export const SITE_DIR = path.resolve(import.meta.dirname, "../../../docs/.vitepress/dist");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** A running server of the built site on 127.0.0.1. */
export interface SiteServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port: files as they are, `/x` as `/x.html` and
 * `/dir/` as `/dir/index.html` (as a static host does for VitePress), never outside `root`;
 * anything else is the site's 404.html with the 404 status.
 */
export function serveSite(root: string = SITE_DIR): Promise<SiteServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = resolveFile(root, decodeURIComponent(url.pathname));
    if (file === undefined) {
      // As a static host does: the site's own 404 page, with the 404 status.
      const notFound = path.join(root, "404.html");
      if (!existsSync(notFound)) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(404, { "content-type": TYPES[".html"] ?? "text/html", "cache-control": "no-store" });
      createReadStream(notFound).pipe(response);
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function resolveFile(root: string, pathname: string): string | undefined {
  const wanted = path.resolve(root, `.${pathname}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return undefined;
  for (const candidate of [wanted, `${wanted}.html`, path.join(wanted, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
