import { FORMAT_NAMES } from "../format/format-names.js";

/** The overview printed by `lontar help` and `lontar --help`. */
export const MAIN_USAGE = `Usage: lontar <command> [options]

Commands:
  check <paths…>     check .lontar files and report problems
  fmt <paths…>       format .lontar files (--check or --write)
  plan <paths…>      plan a workspace and write calendars (--out DIR)
  explain <CODE|KW>  explain a diagnostic code or a keyword, e.g. lontar explain LON2001
  init [dir]         create a starter workspace (--lang en|id)
  demo <dir>         plan an example workspace and show where the results are
  lsp --stdio        run the language server for editors (VS Code, Neovim, Helix, Zed)
  help [command]     show help for a command

Options:
  -h, --help         show help
  -v, --version      print the version

Exit codes: 0 clean, 1 problems found, 2 usage or I/O error.
`;

/** Usage text of each command, printed by `lontar <command> --help` and on usage errors. */
export const COMMAND_USAGE = {
  check: `Usage: lontar check <paths…> [options]

Check .lontar files (folders are searched for *.lontar) and report problems.

Options:
  -f, --format <name>     ${FORMAT_NAMES.join(" | ")} (default: stylish)
  -q, --quiet             report errors only
      --max-warnings <n>  exit 1 when there are more than n warnings
      --static            language checks only, without planning compliance
      --max-occurrences <n>
                          refuse to plan compliance for a workspace of more
                          than n occurrences in the horizon (default 2,000,000)
      --color, --no-color force colour on or off
      --lang <en|id>      language of the messages (default: from LC_ALL,
                          LC_MESSAGES or LANG; id_* gives Bahasa Indonesia)
  -h, --help              show this help
`,
  fmt: `Usage: lontar fmt <paths…> [--check | --write]

Format .lontar files. Without an option, print the formatted text.

Options:
      --check         list the files that would change; exit 1 if any would
      --write         rewrite the files in place
      --lang <en|id>  language of the messages (default: from LC_ALL,
                      LC_MESSAGES or LANG)
  -h, --help          show this help
`,
  plan: `Usage: lontar plan <paths…> --out <dir> [options]

Plan a workspace and write plan.json, calendar.ics, CSV and HTML into <dir>.

Options:
  -o, --out <dir>     where to write the results (required)
      --from <date>   first day of the horizon (YYYY-MM-DD)
      --to <date>     last day of the horizon (YYYY-MM-DD)
      --seed <n>      seed for the search (default 1)
      --threads <n>   worker threads (1-64; the plan is the same for any n).
                      Default: one fewer than the cores, at most 8, for
                      workspaces of 500+ programs; else this thread only
      --max-occurrences <n>
                      refuse a workspace whose schedules give more than n
                      occurrences in the horizon (default 2,000,000)
      --lang <en|id>  language of the report, calendars and spreadsheets
                      (default: the language the workspace is written in),
                      and of the messages (default: from LC_ALL, LC_MESSAGES
                      or LANG)
      --csv-separator <,|;|tab>
                      field separator of occurrences.csv (default: ';'
                      for a workspace in Bahasa Indonesia, ',' otherwise)
  -h, --help          show this help
`,
  explain: `Usage: lontar explain <CODE|KEYWORD>

Show the documentation of a diagnostic code, e.g. lontar explain LON2001, or of a
declaration or property keyword in either language, with its allowed values, e.g.
lontar explain tier or lontar explain jenjang.

Options:
  -h, --help    show this help
`,
  init: `Usage: lontar init [dir] [--lang en|id]

Create a starter workspace (a library, a partner, a program and an agreement) in dir
(default: the current folder). Existing files are never overwritten.

Options:
  -l, --lang <en|id>  keyword language: English or Bahasa Indonesia (default: en)
  -h, --help          show this help
`,
  demo: `Usage: lontar demo <dir> [--out <dir>]

Plan the example workspace in <dir>, print a summary and where the calendar and the
HTML page were written.

Options:
  -o, --out <dir>   where to write the results (default: a new temporary folder)
  -h, --help        show this help
`,
  lsp: `Usage: lontar lsp --stdio

Run the Lontar language server over stdin and stdout, for editors that speak the
Language Server Protocol (VS Code, Neovim, Helix, Zed). It serves the workspace folder
the editor opens.

Options:
      --stdio   talk over stdin and stdout (the only transport)
  -h, --help    show this help
`,
  help: `Usage: lontar help [command]

Show help for lontar or for one command.
`,
} as const;

/** The name of a lontar command. */
export type CommandName = keyof typeof COMMAND_USAGE;

/** Whether `name` is a lontar command. */
export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMAND_USAGE, name);
}
