/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '..');
/** The only files that may write these elements; every page builds its tables and forms from them. */
const PRIMITIVES: Record<string, string> = { table: 'ui/data-table.tsx', form: 'ui/form.tsx' };

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Each raw JSX `<table>` or `<form>` element of a file, as `path:line <tag>`. */
function rawElementsOf(path: string, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && ts.isIdentifier(node.tagName) && node.tagName.text in PRIMITIVES) {
      found.push(`${relative(SRC, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} <${node.tagName.text}>`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('tables and forms come from the primitives', () => {
  const files = tsxFiles(SRC);

  it('finds a raw element wherever it is written, and not in text or comments', () => {
    const sample = `/** a <table> in a comment */\nexport const A = () => <div title="<form>">{cond && <table className="x" />}<form onSubmit={f}>{'<table'}</form></div>;`;
    expect(rawElementsOf(join(SRC, 'sample.tsx'), sample)).toEqual(['sample.tsx:2 <table>', 'sample.tsx:2 <form>']);
  });

  it('has DataTable write the only <table> and Form the only <form>', () => {
    const raw = files.flatMap((path) => rawElementsOf(path));
    const outside = raw.filter((found) => !Object.values(PRIMITIVES).some((primitive) => found.startsWith(`${primitive}:`)));
    expect(outside).toEqual([]);
    // The primitives themselves are scanned: the walk did reach them.
    expect(raw.some((found) => found.startsWith(`${PRIMITIVES.table}:`) && found.endsWith('<table>'))).toBe(true);
    expect(raw.some((found) => found.startsWith(`${PRIMITIVES.form}:`) && found.endsWith('<form>'))).toBe(true);
  });
});
