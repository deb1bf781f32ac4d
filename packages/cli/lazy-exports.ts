/**
 * Which source module provides each export of a package entry made only of re-exports
 * (`export { a, b as c } from "./x.js"`, `export * from "./y.js"`), read with TypeScript's
 * parser when the command is bundled (bundle-command.ts). A bundle then hands another
 * bundle an entry whose names each load their own module on first use, instead of
 * evaluating every module the entry re-exports: `lontar check` uses the planner's
 * planning, not its exporters (fflate's tables, the iCalendar zones, the workbook writer).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** An export of the entry: the source module that defines it (a file, or a package's name) and its name there. */
export interface LazyExport {
  readonly file: string;
  readonly name: string;
}

/**
 * The entry's value exports by name, or undefined when the entry (or a module it exports
 * all of) runs a statement of its own or a re-export cannot be followed: such an entry is
 * loaded whole. A name the entry declares itself loads the entry. Type-only exports are
 * left out; they do not exist at run time.
 */
export function lazyExportsOf(entry: string): Map<string, LazyExport> | undefined {
  const found = new Map<string, LazyExport>();
  return collect(entry, found, new Set()) ? found : undefined;
}

function collect(file: string, found: Map<string, LazyExport>, seen: Set<string>, star = false): boolean {
  if (seen.has(file)) return true;
  seen.add(file);
  // `export *` gives way to the names a module exports itself.
  const add = (name: string, from: LazyExport): void => {
    if (!star || !found.has(name)) found.set(name, from);
  };
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const from = statement.moduleSpecifier;
      // `export { a, b }` of this module's own bindings.
      const target = from === undefined ? file : ts.isStringLiteral(from) ? sourceFileOf(file, from.text) : undefined;
      if (target === undefined) return false;
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (!path.isAbsolute(target)) return false;
        if (!collect(target, found, seen, true)) return false;
        continue;
      }
      if (!ts.isNamedExports(clause)) return false;
      for (const element of clause.elements) if (!element.isTypeOnly) add(element.name.text, { file: target, name: (element.propertyName ?? element.name).text });
      continue;
    }
    // A declaration (exported or not) is evaluated with its module: a name it exports loads the module whole.
    const names = declaredExports(statement);
    if (names === undefined) return false;
    for (const name of names) add(name, { file, name });
  }
  return true;
}

/** The names a top-level declaration exports ([] when it exports none), or undefined for a statement with effects of its own. */
function declaredExports(statement: ts.Statement): string[] | undefined {
  const exported = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    if (!exported) return [];
    if (isDefault) return ["default"];
    return statement.name === undefined ? undefined : [statement.name.text];
  }
  if (ts.isVariableStatement(statement)) {
    if (!exported) return [];
    const names: string[] = [];
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) return undefined;
      names.push(declaration.name.text);
    }
    return names;
  }
  if (ts.isModuleDeclaration(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return [];
  return undefined;
}

/** The TypeScript file a relative `./x.js` specifier names (undefined if not found); a package's name as it is. */
function sourceFileOf(importer: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return specifier;
  const base = path.resolve(path.dirname(importer), specifier);
  const candidates = [base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"), `${base}.ts`, path.join(base, "index.ts")];
  return candidates.find((candidate) => existsSync(candidate));
}
