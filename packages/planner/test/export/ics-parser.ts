/** A parsed content line: name, parameters and raw (still escaped) value. */
export interface ParsedLine {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

/** Undoes RFC 5545 folding: a CRLF followed by one space or tab is removed. */
export function unfold(text: string): string[] {
  const body = text.endsWith("\r\n") ? text.slice(0, -2) : text;
  return body.replace(/\r\n[ \t]/g, "").split("\r\n");
}

/** Splits an unfolded line at the first colon outside a quoted parameter value. */
export function parseLine(line: string): ParsedLine {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) {
      colon = i;
      break;
    }
  }
  const head = line.slice(0, colon).split(";");
  const params: Record<string, string> = {};
  for (const p of head.slice(1)) {
    const eq = p.indexOf("=");
    params[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return { name: head[0] ?? "", params, value: line.slice(colon + 1) };
}

/** Undoes TEXT escaping: `\\n` is a line break, `\\,` `\\;` `\\\\` the character itself. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The events of a calendar, each as its content lines. */
export function events(text: string): ParsedLine[][] {
  const result: ParsedLine[][] = [];
  let current: ParsedLine[] | undefined;
  for (const line of unfold(text).map(parseLine)) {
    if (line.name === "BEGIN" && line.value === "VEVENT") current = [];
    else if (line.name === "END" && line.value === "VEVENT" && current !== undefined) {
      result.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return result;
}

/** The value of the first property named `name` in an event. */
export function prop(event: readonly ParsedLine[], name: string): ParsedLine | undefined {
  return event.find((l) => l.name === name);
}
