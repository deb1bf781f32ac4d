import type { Page } from "playwright-core";

/** What a page did that a test forbids: console errors, uncaught errors, requests. */
export interface PageWatch {
  readonly errors: string[];
  /** Every request, with whether it came after {@link PageWatch.markLoaded}. */
  readonly requests: { readonly url: string; readonly afterLoad: boolean }[];
  /** From now on, any request counts as one after load. */
  markLoaded(): void;
}

/** Starts recording a page's console errors, uncaught errors and requests. */
export function watchPage(page: Page): PageWatch {
  let loaded = false;
  const watch: PageWatch = {
    errors: [],
    requests: [],
    markLoaded: () => {
      loaded = true;
    },
  };
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.errors.push(`uncaught: ${error.message}`));
  page.on("request", (request) => watch.requests.push({ url: request.url(), afterLoad: loaded }));
  return watch;
}
