/**
 * @lontar/planner's iCalendar exporter builds its events with Node's `Buffer.from` and
 * `Buffer.concat`, although its main entry is meant to run in browsers. Until the planner
 * uses TextEncoder and Uint8Array there, the worker gives it these two functions (and
 * nothing else of Buffer); it installs nothing where a Buffer exists.
 */
export function installBufferShim(scope: Record<string, unknown>): void {
  if (scope["Buffer"] !== undefined) return;
  const encoder = new TextEncoder();
  scope["Buffer"] = {
    from: (text: string): Uint8Array => encoder.encode(text),
    concat: (parts: readonly Uint8Array[]): Uint8Array => {
      const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    },
  };
}
