/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '..');
/** The form library: loaded with the first page that has a form, the login page too, never with the entry. */
const FORM_LIBRARIES = ['zod', 'react-hook-form', '@hookform/resolvers'];

/** The modules a file imports for their values (not `import type`, not a lazy `import()`). */
function staticImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      return typeOnly ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) return [(statement.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) => existsSync(candidate) && candidate.match(/\.tsx?$/));
}

/** Every package the entry loads before any lazy route, with the chain of admin modules that brings it in. */
function entryPackages(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const here = [...chain, relative(SRC, file)];
    for (const specifier of staticImportsOf(file)) {
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier);
        if (local) walk(local, here);
      } else if (!packages.has(specifier)) {
        packages.set(specifier, here);
      }
    }
  };
  walk(entry, []);
  return packages;
}

describe("the admin's first load", () => {
  const packages = entryPackages(join(SRC, 'main.tsx'));

  it('is the shell, the router and the GraphQL client', () => {
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react-dom/client', 'react-router', 'urql']));
  });

  it('leaves the form library to the pages, the login page included', () => {
    const formImports = [...packages].filter(([name]) => FORM_LIBRARIES.some((library) => name === library || name.startsWith(`${library}/`)));
    expect(formImports.map(([name, chain]) => `${name} via ${chain.join(' → ')}`)).toEqual([]);
  });

  it('would see the form library if the login page were imported statically', () => {
    expect([...entryPackages(join(SRC, 'auth/login-page.tsx')).keys()]).toEqual(expect.arrayContaining(['zod', 'react-hook-form', '@hookform/resolvers/zod']));
  });
});
