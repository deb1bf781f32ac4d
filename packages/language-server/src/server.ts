import { DidChangeWatchedFilesNotification, FileChangeType, MessageType, ShowMessageNotification, TextDocumentSyncKind, WatchKind, type Connection, type FileEvent, type Diagnostic, type InitializeResult, type TextEdit, ResponseError, ErrorCodes } from "vscode-languageserver";
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  CodeLensRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type ProtocolRequestType,
  type RequestHandler,
} from "vscode-languageserver";
import { countLabels } from "@lontar/core";
import type { ServerHost } from "./analysis/host.js";
import { CarriedDiagnostics } from "./analysis/carried-diagnostics.js";
import { afterPendingMessages, LatestOnly } from "./analysis/latest-only.js";
import { EDITOR_PLAN_OCCURRENCES, type PlanCache } from "./analysis/planning.js";
import { Scopes, type Scope } from "./analysis/scopes.js";
import type { Snapshot } from "./analysis/snapshot.js";
import type { WorkspaceState } from "./analysis/workspace-state.js";
import { FIX_ALL_KIND, fixAllAction, resolveRewrite, rewriteActions, rewriteOf, quickFixes, REWRITE_KINDS } from "./features/code-actions.js";
import { codeLenses } from "./features/code-lens.js";
import { completions } from "./features/completion.js";
import { resolveKeywordDoc } from "./features/keyword-docs.js";
import { fileDiagnostics, filesWithDiagnostics, stampVersion, toLspDiagnostics } from "./features/diagnostics.js";
import { formatRange, formatWhole, type Formatting } from "./features/formatting.js";
import { hover } from "./features/hover.js";
import { planCommand, previewCommand } from "./features/plan-commands.js";
import { inlayHints } from "./features/inlay-hints.js";
import { definition, highlights, invalidName, nameAt, prepareRename, references, renameEdits } from "./features/navigation.js";
import { SEMANTIC_LEGEND, SemanticTokenCache } from "./features/semantic-tokens.js";
import { foldingRanges, selectionRanges } from "./features/structure.js";
import { documentSymbols, workspaceSymbols } from "./features/symbols.js";
import { RequestGuard, type GuardedRequest } from "./request-guard.js";
import { readSettings, type ServerLanguageDefaults, type ServerSettings } from "./settings.js";
import { say, sayWith } from "./words.js";

/** The commands the server runs (`workspace/executeCommand`). */
export const SERVER_COMMANDS = { checkWorkspace: "lontar.checkWorkspace", planWorkspace: "lontar.planWorkspace", calendarPreview: "lontar.calendarPreview" } as const;

/**
 * What the server asks the editor to watch (when it can register watchers): every `.lontar`
 * file, and any path created or deleted, for the folders that come and go with the files in them.
 */
export const WATCHED_FILES = [{ globPattern: "**/*.lontar" }, { globPattern: "**/*", kind: WatchKind.Create | WatchKind.Delete }] as const;

/** The most events of one watched-files notification handled one by one; past it the whole folder is read again. */
const MAX_FILE_EVENTS = 10_000;

/**
 * How long after the last edit the whole analysis starts (milliseconds): a burst of keystrokes is
 * analyzed once. Requests meanwhile do not put it off (an editor may ask for hovers or inlay hints
 * every 100 ms on its own); the analysis runs in slices, and they are answered in between.
 */
const IDLE_MS = 150;

/**
 * How long the user must stop typing, once the whole analysis is published, before the workspace
 * is planned (milliseconds): a plan holds the thread (a few hundred milliseconds on the largest
 * example), so it waits for a longer pause in typing. Only an edit (a document changed, opened or
 * closed, a file changed on disk) starts the wait again; the requests an editor keeps sending on
 * its own (hovers, inlay hints, code lenses) do not, or they would put the plan off for ever.
 */
const PLAN_IDLE_MS = 300;

const clockToday = (): string => new Date().toISOString().slice(0, 10);

/**
 * Applies the editor's watched-file events to the workspace (see WorkspaceState's
 * `fileChanged` and `folderChanged`): a `.lontar` path is a file read again; any other path
 * created or deleted may be a folder, found again. Too many events at once: the whole
 * workspace folder is found again instead. Returns whether anything was applied.
 */
function applyFileEvents(state: WorkspaceState, changes: readonly FileEvent[]): boolean {
  if (changes.length > MAX_FILE_EVENTS) return state.folderChanged("") !== undefined;
  let applied = false;
  for (const { uri, type } of changes) {
    if (uri.endsWith(".lontar")) applied = state.fileChanged(uri) !== undefined || applied;
    else if (type !== FileChangeType.Changed) applied = state.folderChanged(uri) !== undefined || applied;
  }
  return applied;
}

/**
 * Serves the Lontar language on a connection (stdio, a web worker, or anything
 * vscode-languageserver connects). The workspace lives in one incremental session: an edit
 * re-parses the edited document and re-checks what depends on it. Once the messages read so
 * far are handled, the edited documents' fast diagnostics are published at once, then the
 * whole analysis (schedules, workspace-wide checks, core's validation) runs in slices and
 * publishes every open document's diagnostics, and those of the workspace's files that are
 * not open (without a version; an empty list once such a file is clean again); a newer edit
 * aborts it midway. No slice of the
 * whole analysis runs while an edited document's fast diagnostics are unpublished: between
 * two slices the analysis lets the pending messages in, then publishes those first (a hover
 * that waits for the whole analysis is answered after them). Diagnostics are only published
 * for the version they were computed from, except for those only the whole analysis gives:
 * until it runs again, an edited document keeps them, moved with the text around them (see
 * `CarriedDiagnostics`), so that its problems do not vanish and come back on each keystroke.
 * Once the whole analysis is published and no edit came for a while longer (requests do not count), a workspace without errors
 * is planned (once per generation, `PlanCache`) and what `lontar check` finds in the plan (the
 * planner's `planDiagnostics`: LON51xx and the like) is published with the rest, at its files, unless
 * the `planDiagnostics` setting turns it off. A plan's findings are shown only for the texts and
 * versions it was made from (`PlanFindings`), never carried over an edit; a workspace with errors
 * plans nothing and its last plan's findings are cleared.
 * Files changed, created or deleted on disk are read again when the editor says so
 * (`workspace/didChangeWatchedFiles`, for which the server registers when the editor allows
 * it); an open document's text stays the editor's, and the disk's counts again once it is closed.
 * A document open outside the workspace folder (an `untitled:` buffer, a file elsewhere, another scheme) is a
 * workspace of its own (`Scopes`): analyzed, planned and published alone, it never joins the folder's, so that the
 * folder's diagnostics and plan are the same with or without it open.
 * Every request and notification goes through a `RequestGuard` (request-guard.ts): after `shutdown`,
 * requests are refused and notifications ignored; a request the client cancelled is answered
 * RequestCancelled.
 */
export function startLontarServer(connection: Connection, host: ServerHost, language: ServerLanguageDefaults = {}): void {
  let settings: ServerSettings = readSettings(undefined, undefined, clockToday, language);
  const guard = new RequestGuard(() => settings.lang);
  const tokens = new SemanticTokenCache();
  const diagnosticsJobs = new LatestOnly();
  /** Documents edited since the last fast publication. */
  const edited = new Set<string>();
  /** The workspaces where a document was opened since the last fast publication (their edit path is then warmed once). */
  const opened = new Set<Scope>();
  /** What was last published per URI (version and diagnostics), so that nothing is sent twice. */
  const sent = new Map<string, string>();
  /** The documents whose user was told that they could not be formatted (syntax errors): told once, until a format of the document goes through or it is closed. */
  const toldNotFormatted = new Set<string>();
  /** Per open document, the whole analysis's diagnostics that its fast ones do not give, carried over its edits. */
  const carried = new CarriedDiagnostics();
  /** What was last published for each file not open in the editor (no version), so that nothing is sent twice and a file that is clean again is cleared. */
  const closedSent = new Map<string, string>();
  /** Whether the user was told that the workspace is too large to plan while typing (told once). */
  let toldTooLarge = false;

  /** A file's plan findings in a workspace that still hold for its text (and version, when open), in the LSP's form. */
  const planned = ({ state, findings }: Scope, snapshot: Snapshot, path: string, version: number | undefined): Diagnostic[] =>
    toLspDiagnostics(findings.of(path, snapshot.texts.get(path), version), state.paths, settings);

  /** The version the diagnostics of a file not open are stamped with: the text on disk, which no open document's version is. */
  const DISK_VERSION = -1;

  /**
   * Publishes the whole analysis's diagnostics of the workspace folder's files the editor has not open: a file that an
   * edit elsewhere breaks shows its problems unopened. (A document alone, outside the folder, has no such files.)
   */
  const publishClosed = (snapshot: Snapshot): void => {
    const folder = scopes.folder;
    const { state } = folder;
    // By path: an editor may spell a document's URI otherwise than UriPaths writes it (`%28` for `(`).
    const open = new Set(state.documents().map((doc) => state.paths.path(doc.uri)));
    const withDiagnostics = new Set(filesWithDiagnostics(snapshot));
    const withFindings = new Set(folder.findings.paths());
    for (const uri of new Set([...[...withDiagnostics, ...withFindings].map((path) => state.paths.uri(path)), ...closedSent.keys()])) {
      const path = state.paths.path(uri);
      if (open.has(path)) continue;
      // Made for the text on disk, not for any version of an open document: a fix from them is offered only once the file's own diagnostics come (a review).
      const diagnostics = stampVersion([...(withDiagnostics.has(path) ? fileDiagnostics(snapshot, path, state.paths, settings) : []), ...planned(folder, snapshot, path, undefined)], DISK_VERSION);
      const key = JSON.stringify(diagnostics);
      if (closedSent.get(uri) === key) continue;
      if (diagnostics.length === 0) closedSent.delete(uri);
      else closedSent.set(uri, key);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  };

  const send = (uri: string, version: number, given: Diagnostic[]): void => {
    const diagnostics = stampVersion(given, version);
    const key = `${version}\n${JSON.stringify(diagnostics)}`;
    if (sent.get(uri) === key) return;
    sent.set(uri, key);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  };

  /** Publishes the fast diagnostics of the documents edited since the last time (nothing when none was). */
  const publishFast = (): void => {
    if (edited.size > 0) {
      for (const uri of edited) {
        const { state } = scopes.of(uri);
        const doc = state.document(uri);
        if (doc !== undefined) send(uri, doc.version, [...toLspDiagnostics(state.snapshot().fastDiagnostics(state.paths.path(uri)), state.paths, settings), ...carried.of(uri)]);
      }
      edited.clear();
    }
    // What the first edit would compute for the first time, done now so that it is as quick as the next ones.
    for (const scope of opened) scope.state.prepareEdits();
    opened.clear();
  };

  /** Between two slices of the whole analysis: the messages read meanwhile are handled, then the fast diagnostics of what they edited go out. */
  const betweenSlices = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      afterPendingMessages(resolve);
    });
    publishFast();
  };

  /** The workspace folder's workspace, and one of its own per document open outside it. */
  let scopes = new Scopes(host, "", betweenSlices);

  /**
   * Waits `ms` (IDLE_MS, PLAN_IDLE_MS); rejects once a newer edit aborted the job meanwhile. Only edits count: each
   * aborts the job, and the next one waits again from the start. A request does not start the wait again.
   */
  const pause = async (signal: AbortSignal, ms: number): Promise<void> => {
    await new Promise<void>((resolve) => setTimeout(resolve, ms));
    signal.throwIfAborted();
  };

  /**
   * Publishes the whole analysis of every workspace (the folder's first), then, after a longer pause, what their plans find;
   * a newer edit aborts it (`signal`).
   */
  const publish = async (signal: AbortSignal): Promise<void> => {
    const all = scopes.all();
    const generations = all.map((scope) => scope.state.currentGeneration);
    const unchanged = (): boolean => !signal.aborted && all.every((scope, i) => scope.state.currentGeneration === generations[i]);
    publishFast();
    await pause(signal, IDLE_MS);
    const toPlan: { scope: Scope; snapshot: Snapshot }[] = [];
    for (const scope of all) {
      await scope.state.analyze(signal);
      if (!unchanged()) return;
      const snapshot = scope.state.snapshot();
      if (publishAnalyzed(scope, snapshot)) toPlan.push({ scope, snapshot });
    }
    if (toPlan.length === 0) return;
    // The slow phase's slow end: after a longer pause in typing, and abandoned for a newer edit (this job is then
    // aborted, and the next one waits again); requests meanwhile do not put it off.
    await pause(signal, PLAN_IDLE_MS);
    for (const { scope, snapshot } of toPlan) {
      if (!unchanged()) return;
      if (replanFindings(scope, snapshot)) publishWhole(scope, snapshot);
    }
  };

  /**
   * Publishes a workspace's whole analysis; returns whether it is to be planned while typing (no errors, the
   * `planDiagnostics` setting on, not too large: else what its last plan found is cleared, and a workspace too large
   * is said once).
   */
  const publishAnalyzed = (scope: Scope, snapshot: Snapshot): boolean => {
    const planning = settings.planDiagnostics && snapshot.result.workspace !== undefined;
    // A workspace too large to plan while typing is planned when asked (Check workspace): told so once.
    const tooLarge = planning && !scope.plans.plansWhileTyping(snapshot, settings);
    // A workspace with errors plans nothing (as `lontar check`): what its last plan found goes with this publication.
    if (!planning || tooLarge) scope.findings.clear();
    publishWhole(scope, snapshot);
    if (tooLarge && !toldTooLarge) {
      toldTooLarge = true;
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: sayWith("notPlannedWhileTyping", settings.lang, { max: countLabels(EDITOR_PLAN_OCCURRENCES)[settings.lang] }) });
    }
    return planning && !tooLarge;
  };

  /** Every open document's diagnostics of a workspace from a whole analysis, then those of the folder's files not open. */
  const publishWhole = (scope: Scope, snapshot: Snapshot): void => {
    for (const doc of scope.state.documents()) sendWhole(scope, snapshot, doc.uri, doc.version);
    if (scope === scopes.folder) publishClosed(snapshot);
  };

  /** The editor's version of the document open at a path of a workspace (undefined: not open). */
  const openVersion = ({ state }: Scope, path: string): number | undefined => state.document(state.paths.uri(path))?.version;

  /** Plans a workspace's snapshot (once: PlanCache) and keeps what the plan finds; false when nothing was planned (errors). */
  const replanFindings = (scope: Scope, snapshot: Snapshot): boolean => {
    const findings = scope.plans.diagnosticsOf(snapshot, settings);
    if (findings === undefined) return false;
    scope.findings.replace(snapshot, findings, (path) => openVersion(scope, path));
    return true;
  };

  /** Publishes an open document's diagnostics from a whole analysis of its workspace, and notes which of them its fast ones do not give. */
  const sendWhole = (scope: Scope, snapshot: Snapshot, uri: string, version: number): void => {
    const { paths } = scope.state;
    const path = paths.path(uri);
    const whole = fileDiagnostics(snapshot, path, paths, settings);
    // The plan's findings are not carried over edits: a newer version shows them only once planned again.
    carried.set(uri, stampVersion(whole, version), stampVersion(toLspDiagnostics(snapshot.fastDiagnostics(path), paths, settings), version));
    send(uri, version, [...whole, ...planned(scope, snapshot, path, version)]);
  };

  /** Analyzes the latest generation once the messages read so far are handled; an edit arriving first, or midway, aborts it. */
  const scheduleDiagnostics = (uri?: string): void => {
    if (uri !== undefined) edited.add(uri);
    diagnosticsJobs.request(publish);
  };

  /** Whether the editor lets the server register its file watchers itself. */
  let canRegisterWatchers = false;
  /**
   * Whether the editor resolves a completion item's documentation when it shows it (`completionItem/resolve`, which it
   * says with resolveSupport: VS Code does): keywords are then documented there, not with each item. A client that
   * does not say so (the playground's @codemirror/lsp-client never resolves) gets each keyword's documentation at once.
   */
  let lazyDocs = false;
  /** Whether the editor resolves a code action's edit when it is chosen (`codeAction/resolve`, resolveSupport with `edit`: VS Code does): the keyword rewrites then come without theirs. */
  let lazyActions = false;

  connection.onInitialize(guard.request((params): InitializeResult => {
    canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    lazyDocs = params.capabilities.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes("documentation") === true;
    lazyActions = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
    settings = readSettings(params.locale, params.initializationOptions, clockToday, language);
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? "";
    scopes = new Scopes(host, root, betweenSlices);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        // `"` opens an import's path, `.` a fact's name (`program.`), `[` a condition's list (`dalam [`).
        completionProvider: { triggerCharacters: [" ", ",", '"', ".", "["], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: { delta: true }, range: false },
        codeActionProvider: { codeActionKinds: ["quickfix", FIX_ALL_KIND, REWRITE_KINDS.en, REWRITE_KINDS.id], resolveProvider: true },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: "lontar", version: "0.1.0" },
    };
  }));
  connection.onInitialized(guard.notification(() => {
    // An editor that cannot be asked watches what its own settings say (VS Code's client can: the extension registers nothing itself).
    if (!canRegisterWatchers) return;
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...WATCHED_FILES] }).catch(() => undefined);
  }));
  connection.onShutdown(() => guard.shutDown());
  connection.onRequest((method) => {
    throw guard.unknownMethod(method);
  });

  /**
   * Serves request `type` through the guard, its params checked first (request-params.ts): registered as a plain request,
   * not through vscode-languageserver's `onHover`-like helpers, which read the params (their progress tokens) before any
   * handler runs, so that `"params": null` was an internal error there.
   */
  const serve = <P, R, PR, E, RO>(type: ProtocolRequestType<P, R, PR, E, RO>, handler: GuardedRequest<P, R>): void => {
    // A Promise of R is a HandlerResult of R: TypeScript cannot tell it for a generic R (HandlerResult's conditional type).
    connection.onRequest(type, guard.request(handler, type.method) as RequestHandler<P, R, E>);
  };

  connection.onDidOpenTextDocument(guard.notification(({ textDocument }) => {
    // A document outside the workspace folder goes into a workspace of its own.
    const scope = scopes.opening(textDocument.uri);
    scope.state.update({ uri: textDocument.uri, version: textDocument.version, text: textDocument.text });
    carried.forget(textDocument.uri);
    // From now on its diagnostics go out with its versions. `closedSent` is keyed by the URI UriPaths writes for its path, which the editor may spell otherwise.
    const { paths } = scopes.folder.state;
    if (scope === scopes.folder) closedSent.delete(paths.uri(paths.path(textDocument.uri)));
    opened.add(scope);
    scheduleDiagnostics(textDocument.uri);
  }));
  connection.onDidChangeTextDocument(guard.notification(({ textDocument, contentChanges }) => {
    if (contentChanges.length === 0 || scopes.of(textDocument.uri).state.change(textDocument.uri, textDocument.version, contentChanges) === undefined) return;
    carried.edit(textDocument.uri, contentChanges);
    scheduleDiagnostics(textDocument.uri);
  }));
  connection.onDidCloseTextDocument(guard.notification(({ textDocument }) => {
    // A document alone leaves with its workspace; one of the folder's gives way to its file on disk.
    if (!scopes.closeAlone(textDocument.uri)) scopes.folder.state.close(textDocument.uri);
    toldNotFormatted.delete(textDocument.uri);
    tokens.forget(textDocument.uri);
    edited.delete(textDocument.uri);
    sent.delete(textDocument.uri);
    carried.forget(textDocument.uri);
    void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
    scheduleDiagnostics();
  }));

  connection.onDidChangeWatchedFiles(guard.notification(({ changes }) => {
    if (applyFileEvents(scopes.folder.state, changes)) scheduleDiagnostics();
  }));

  /** Where a request's document is: its workspace (the folder's, or its own outside it), that workspace's plans, and the document's path there. */
  const at = (uri: string): { state: WorkspaceState; plans: PlanCache; path: string } => {
    const { state, plans } = scopes.of(uri);
    return { state, plans, path: state.paths.path(uri) };
  };

  serve(CompletionRequest.type, ({ textDocument, position }) => {
    const { state, path } = at(textDocument.uri);
    return completions(state.snapshot(), path, position, { uiLang: settings.lang, newFileLang: settings.keywords, dates: settings, lazyDocs });
  });
  serve(CompletionResolveRequest.type, (item) => resolveKeywordDoc(item));
  serve(HoverRequest.type, async ({ textDocument, position }, token) => {
    const { state, plans, path } = at(textDocument.uri);
    // A schedule's dates need the whole analysis: wait for it in slices (other requests are answered in between) rather than run it whole here,
    // after the fast diagnostics of any edit handled before this request.
    publishFast();
    await state.analyzed();
    // Cancelled meanwhile: no dates to compute (the guard answers RequestCancelled).
    if (token.isCancellationRequested) return null;
    return hover(state.snapshot(), path, position, { lang: settings.lang, dates: settings, plans }) ?? null;
  });
  serve(DefinitionRequest.type, ({ textDocument, position }) => {
    const { state, path } = at(textDocument.uri);
    return definition(state.snapshot(), state.paths, path, position) ?? null;
  });
  serve(ReferencesRequest.type, ({ textDocument, position, context }) => {
    const { state, path } = at(textDocument.uri);
    return references(state.snapshot(), state.paths, path, position, context.includeDeclaration);
  });
  serve(DocumentHighlightRequest.type, ({ textDocument, position }) => {
    const { state, path } = at(textDocument.uri);
    return highlights(state.snapshot(), path, position);
  });
  serve(PrepareRenameRequest.type, ({ textDocument, position }) => {
    const { state, path } = at(textDocument.uri);
    const prepared = prepareRename(state.snapshot(), path, position);
    if (prepared === undefined) throw new ResponseError(ErrorCodes.InvalidRequest, say("cannotRename", settings.lang));
    return prepared;
  });
  serve(RenameRequest.type, ({ textDocument, position, newName }) => {
    const { state, path } = at(textDocument.uri);
    const snapshot = state.snapshot();
    const old = nameAt(snapshot, path, position);
    if (old === undefined || !snapshot.symbols.has(old.name)) throw new ResponseError(ErrorCodes.InvalidRequest, say("cannotRename", settings.lang));
    const refusal = invalidName(snapshot, old.name, newName);
    if (refusal !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `\`${newName}\` ${say(refusal, settings.lang)}`);
    return renameEdits(snapshot, state.paths, path, position, newName);
  });
  serve(DocumentSymbolRequest.type, ({ textDocument }) => {
    const { state, path } = at(textDocument.uri);
    return documentSymbols(state.snapshot(), path, settings.lang);
  });
  // The workspace folder's names: a document open outside it is no part of the workspace.
  serve(WorkspaceSymbolRequest.type, ({ query }) => workspaceSymbols(scopes.folder.state.snapshot(), scopes.folder.state.paths, query));
  /**
   * A formatting's edits; when the formatter refused the document for its syntax errors, the user is told why once (until a
   * format of it goes through): no edit alone says nothing, and "Format Document" or "Format Selection" would seem to do nothing.
   */
  const tellIfRefused = (uri: string, { edits, refused }: Formatting): TextEdit[] => {
    if (!refused) toldNotFormatted.delete(uri);
    else if (!toldNotFormatted.has(uri)) {
      toldNotFormatted.add(uri);
      // A notification (window/showMessage), not showWarningMessage's request: nothing to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: say("notFormatted", settings.lang) });
    }
    return edits;
  };
  serve(DocumentFormattingRequest.type, ({ textDocument }) => {
    const { state, path } = at(textDocument.uri);
    const doc = state.document(textDocument.uri);
    if (doc === undefined) return [];
    return tellIfRefused(textDocument.uri, formatWhole(doc.text, path));
  });
  serve(DocumentRangeFormattingRequest.type, ({ textDocument, range }) => {
    const { state, path } = at(textDocument.uri);
    const doc = state.document(textDocument.uri);
    return doc === undefined ? [] : tellIfRefused(textDocument.uri, formatRange(doc.text, path, range));
  });
  serve(SemanticTokensRequest.type, ({ textDocument }) => {
    const { state, path } = at(textDocument.uri);
    return tokens.full(state.snapshot(), textDocument.uri, path);
  });
  serve(SemanticTokensDeltaRequest.type, ({ textDocument, previousResultId }) => {
    const { state, path } = at(textDocument.uri);
    return tokens.delta(state.snapshot(), textDocument.uri, path, previousResultId);
  });
  serve(CodeActionRequest.type, ({ textDocument, context }) => {
    const { state, path } = at(textDocument.uri);
    const doc = state.document(textDocument.uri);
    const snapshot = state.snapshot();
    const fixes = quickFixes(context.diagnostics, state.paths, doc?.version);
    const wanted = context.only;
    // Resolved when chosen, where the editor can (formatting a large file at each move of the cursor held every request up); none with
    // syntax errors (LON1xxx), which the formatter refuses; else formatted once per text (the snapshot's cache).
    const broken = lazyActions && doc !== undefined && snapshot.fastDiagnostics(path).some((d) => d.severity === "error" && d.code.startsWith("LON1"));
    const rewrites = doc === undefined || broken ? [] : rewriteActions(textDocument.uri, doc.text, path, settings.lang, lazyActions, (lang) => snapshot.formatted(path, lang));
    // Fix all: only when asked for (on save, or the Source Action menu), from the diagnostics of the document's current text.
    const asked = wanted?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) === true;
    const fixAll = asked && doc !== undefined ? fixAllAction(textDocument.uri, path, snapshot.fastDiagnostics(path), settings.lang) : undefined;
    return [...fixes, ...(fixAll === undefined ? [] : [fixAll]), ...rewrites].filter((a) => wanted === undefined || wanted.some((k) => a.kind === k || (a.kind ?? "").startsWith(`${k}.`)));
  });
  serve(CodeActionResolveRequest.type, (action) => {
    const rewrite = rewriteOf(action);
    if (rewrite === undefined) return action;
    const { state, path } = at(rewrite.uri);
    const doc = state.document(rewrite.uri);
    const snapshot = state.snapshot();
    return doc === undefined ? action : resolveRewrite(action, doc.text, path, (lang) => snapshot.formatted(path, lang));
  });
  serve(CodeLensRequest.type, ({ textDocument }) => {
    const { state, plans, path } = at(textDocument.uri);
    return codeLenses(state.snapshot(), path, plans, settings, settings.lang);
  });
  serve(InlayHintRequest.type, ({ textDocument, range }) => {
    const { state, path } = at(textDocument.uri);
    return inlayHints(state.snapshot(), path, range);
  });
  serve(FoldingRangeRequest.type, ({ textDocument }) => {
    const { state, path } = at(textDocument.uri);
    return foldingRanges(state.snapshot(), path);
  });
  serve(SelectionRangeRequest.type, ({ textDocument, positions }) => {
    const { state, path } = at(textDocument.uri);
    return selectionRanges(state.snapshot(), path, positions);
  });
  // The workspace folder's commands: a document open outside it is no part of its plan, nor of its check.
  serve(ExecuteCommandRequest.type, ({ command }) => {
    const folder = scopes.folder;
    if (command === SERVER_COMMANDS.planWorkspace) return planCommand(folder.state.snapshot(), settings, settings.lang);
    if (command === SERVER_COMMANDS.calendarPreview) return previewCommand(folder.state.snapshot(), folder.plans, settings, settings.lang);
    // A command the server does not run is an error, not `null` (an editor walk of stop 59): the client says so.
    if (command !== SERVER_COMMANDS.checkWorkspace) throw new ResponseError(ErrorCodes.InvalidParams, sayWith("unknownCommand", settings.lang, { command, commands: Object.values(SERVER_COMMANDS).join(", ") }));
    const snapshot = folder.state.snapshot();
    // As `lontar check`: the plan's findings too, planned now if they are not yet (none while the workspace has errors),
    // also with the plan's diagnostics turned off: then they are counted, and left out of the Problems list (the count said
    // 0 errors where `lontar check` found hundreds: an editor walk).
    if (!replanFindings(folder, snapshot)) folder.findings.clear();
    const found = [...snapshot.result.diagnostics, ...folder.findings.paths().flatMap((path) => folder.findings.of(path, snapshot.texts.get(path), openVersion(folder, path)))];
    const count = (s: string): number => found.filter((d) => d.severity === s).length;
    if (!settings.planDiagnostics) folder.findings.clear();
    // Every open document (the whole diagnostics of its version supersede its fast ones, still
    // pending or not), then the files not open, as after any whole analysis.
    for (const doc of folder.state.documents()) edited.delete(doc.uri);
    publishWhole(folder, snapshot);
    return { files: snapshot.files.size, errors: count("error"), warnings: count("warning") };
  });

  connection.listen();
}
