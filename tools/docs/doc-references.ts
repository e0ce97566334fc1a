/**
 * What a guide (CONTRIBUTING.md) names and whether the repository has it: file paths and directories (with
 * `<feature>`, `*` or `…` standing for any name), symbols in backticks (`defineQuery`, `@Roles(…)`, `new NotFoundError`),
 * and commands (`npm run x`, `npx nx run project:target`, `node … tools/x.ts`). `tools/docs/contributing.spec.ts` runs it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the checker asks of a repository; `repositoryAt` reads a real one, tests may give a fixture. */
export interface Repository {
  /** Every file, relative to the root, with `/` separators. */
  files: readonly string[];
  read(path: string): string;
  /** The commands npm installed (node_modules/.bin), for `npx x`. */
  bins: readonly string[];
}

export interface Reference {
  kind: 'path' | 'symbol' | 'command' | 'name';
  text: string;
  /** 1-based line of the guide. */
  line: number;
}

export interface Problem extends Reference {
  why: string;
}

const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'tmp', 'test-results', '.git', '.data', '.nx']);
const PLACEHOLDER = /<[^>]+>|\*|…/g;
const COMMAND = /^(?:[A-Z_]+=\S+\s+)*(?:npm|npx|node)\s/;
const PROSE_PATH = /(?<![\w./@-])(?:apps|libs|tools|e2e|infra)\/[\w./<>*…-]*[\w/>*…]/g;
const SQL = /^(ALTER|CREATE|SELECT|INSERT|UPDATE|DELETE|DROP)\s/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A name that is clearly code: PascalCase, camelCase with a capital, or UPPER_CASE. */
const CODE_NAME = /^(?:[A-Z][\w$]*[a-z][\w$]*|[a-z$][\w$]*[A-Z][\w$]*|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{3,})$/;

export function repositoryAt(root: string): Repository {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && existsSync(path) && statSync(path).isFile())) files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  const binDir = join(root, 'node_modules/.bin');
  const bins = existsSync(binDir) ? readdirSync(binDir) : [];
  return { files, read: (path) => readFileSync(join(root, path), 'utf8'), bins };
}

/** Every reference of a markdown text: code spans, paths in prose, and paths and decorators in code blocks. */
export function referencesOf(markdown: string): Reference[] {
  const references: Reference[] = [];
  const lines = markdown.split('\n');
  let fenced = false;
  /** Prose lines since the last fence, joined: a code span may run over a line break. */
  let prose: { text: string; first: number } | null = null;
  const flush = () => {
    if (!prose) return;
    const { text, first } = prose;
    const lineAt = (offset: number) => first + text.slice(0, offset).split('\n').length - 1;
    for (const match of text.matchAll(/`([^`]+)`/g)) references.push(...classify(match[1].replace(/\s+/g, ' ').trim(), lineAt(match.index)));
    const outside = text.replace(/`[^`]*`/g, (span) => span.replace(/[^\n]/g, ' '));
    for (const match of outside.matchAll(PROSE_PATH)) references.push({ kind: 'path', text: match[0], line: lineAt(match.index) });
    prose = null;
  };
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trimStart().startsWith('```')) {
      flush();
      fenced = !fenced;
      return;
    }
    if (fenced) {
      for (const path of text.match(PROSE_PATH) ?? []) references.push({ kind: 'path', text: path, line });
      for (const [, name] of text.matchAll(/@([A-Z]\w*)/g)) references.push({ kind: 'symbol', text: name, line });
      return;
    }
    if (text.trim() === '') flush();
    else prose = prose ? { ...prose, text: `${prose.text}\n${text}` } : { text, first: line };
  });
  flush();
  return references;
}

function classify(span: string, line: number): Reference[] {
  if (span === '…' || SQL.test(span) || span.startsWith('{') || span.startsWith('-')) return [];
  if (COMMAND.test(span)) return [{ kind: 'command', text: span, line }];
  if (/^\.\w+$/.test(span)) return [{ kind: 'path', text: `*${span}`, line }];
  if (/^@[\w-]+\/[\w-]+$/.test(span)) return [{ kind: 'name', text: span, line }];
  if (!/[\s(]/.test(span) && (span.includes('/') || /\.(ts|tsx|mjs|cjs|js|json|md|sql|gql)$/.test(span))) return [{ kind: 'path', text: span, line }];
  if (IDENTIFIER.test(span)) return [{ kind: CODE_NAME.test(span) ? 'symbol' : 'name', text: span, line }];
  if (/^[a-z_]+(\.[a-z_]+)+$/.test(span)) return [{ kind: 'name', text: span, line }];
  // Code: decorators, constructors, calls that are not members of something, capitalised names, a property defined.
  const code = span.replace(/'[^']*'|"[^"]*"/g, "''");
  const names = new Set<string>();
  for (const [, name] of code.matchAll(/@([A-Za-z_$][\w$]*)/g)) names.add(name);
  for (const [, name] of code.matchAll(/(?<![\w$.@])([A-Za-z_$][\w$]*)\s*\(/g)) names.add(name);
  for (const [, name] of code.matchAll(/(?<![\w$.@])([A-Za-z_$][\w$]*)/g)) if (CODE_NAME.test(name)) names.add(name);
  const property = /^([A-Za-z_$][\w$]*)\s*:/.exec(code);
  if (property) names.add(property[1]);
  return [...names].map((name) => ({ kind: 'symbol', text: name, line }));
}

/** A path with placeholders as a regular expression over repository paths (a directory matches any file below it). */
function pathPattern(path: string): RegExp {
  const isDir = path.endsWith('/');
  const parts = path.replace(/\/$/, '').split(PLACEHOLDER).map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  const body = parts.join('[^/]+');
  // A path from the root (`apps/…`) or a file name or a folder inside a feature (`dto/*.inputs.ts`) found anywhere.
  const fromRoot = /^(?:apps|libs|tools|e2e|infra|\.ci)\//.test(path);
  const file = fromRoot ? `^${body}` : `(?:^|/)${body}`;
  return new RegExp(isDir || !/\.\w+$/.test(path) ? `${file}(?:/|$)` : `${file}$`);
}

export interface Index {
  defined: Set<string>;
  sourceText: string;
  scripts: Record<string, string>;
  targets: Map<string, Set<string>>;
  aliases: Set<string>;
}

/** What a repository defines: declared and imported names, npm scripts, nx targets, module aliases. */
export function indexOf(repo: Repository): Index {
  const defined = new Set<string>();
  const sources = repo.files.filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'));
  const texts: string[] = [];
  for (const file of sources) {
    const text = repo.read(file);
    texts.push(text);
    for (const [, name] of text.matchAll(/\b(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g)) defined.add(name);
    for (const [, name] of text.matchAll(/^\s*(?:export\s+)?(?:(?:public|private|protected|static|readonly|async|get|set)\s+)*([A-Za-z_$][\w$]*)\s*(?:<[^>\n]*>)?\s*\(/gm)) defined.add(name);
    for (const [, name] of text.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\s*[?!]?:/gm)) defined.add(name);
    // Names a package gives (`Mutation` from @nestjs/graphql): imported by name from outside the workspace.
    for (const [, list] of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(?![./]|@raadgiver\/)[^']+'/g)) {
      for (const item of list.split(',')) {
        const name = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
        if (name) defined.add(name);
      }
    }
  }
  const packageJson = JSON.parse(repo.read('package.json')) as { scripts?: Record<string, string> };
  const targets = new Map<string, Set<string>>();
  for (const file of repo.files.filter((f) => f.endsWith('project.json'))) {
    const project = JSON.parse(repo.read(file)) as { name?: string; targets?: Record<string, unknown> };
    if (project.name) targets.set(project.name, new Set(Object.keys(project.targets ?? {})));
  }
  const tsconfig = repo.files.includes('tsconfig.base.json') ? repo.read('tsconfig.base.json') : '';
  const aliases = new Set([...tsconfig.matchAll(/"(@[\w-]+\/[\w-]+)"\s*:/g)].map(([, alias]) => alias));
  return { defined, sourceText: texts.join('\n'), scripts: packageJson.scripts ?? {}, targets, aliases };
}

function pathProblem(repo: Repository, path: string): string | null {
  const pattern = pathPattern(path);
  return repo.files.some((file) => pattern.test(file)) ? null : 'no such file or directory';
}

function commandProblem(repo: Repository, index: Index, command: string): string | null {
  const words = command.replace(/^(?:[A-Z_]+=\S+\s+)+/, '').split(/\s+/);
  const [tool, first, second] = words;
  const missingPaths = words.slice(1).filter((word) => word.includes('/') && !/^[@-]/.test(word) && pathProblem(repo, word));
  if (missingPaths.length) return `no such file or directory: ${missingPaths.join(', ')}`;
  if (tool === 'npm') {
    const script = first === 'run' ? second : first;
    return index.scripts[script] ? null : `package.json has no script "${script}"`;
  }
  if (tool === 'npx' && first === 'nx' && second === 'run') {
    const [project, target] = words[3].split(':');
    const found = index.targets.get(project);
    if (!found) return `no nx project "${project}"`;
    return found.has(target) ? null : `nx project "${project}" has no target "${target}"`;
  }
  if (tool === 'npx') return repo.bins.includes(first) ? null : `no command "${first}" in node_modules/.bin`;
  return words.slice(1).some((word) => SOURCE.test(word) && !word.startsWith('@')) ? null : 'names no script to run';
}

/** The references of `markdown` the repository does not have. */
export function brokenReferences(markdown: string, repo: Repository, index = indexOf(repo)): Problem[] {
  return referencesOf(markdown).flatMap((reference) => {
    let why: string | null = null;
    if (reference.kind === 'path') why = pathProblem(repo, reference.text);
    else if (reference.kind === 'command') why = commandProblem(repo, index, reference.text);
    else if (reference.kind === 'symbol') why = index.defined.has(reference.text) ? null : 'no such symbol defined or imported in the code';
    else if (reference.text.startsWith('@')) why = index.aliases.has(reference.text) ? null : 'no such module alias in tsconfig.base.json';
    else why = new RegExp(`(?<![\\w$])${reference.text.replace(/[.$]/g, '\\$&')}(?![\\w$])`).test(index.sourceText) ? null : 'not found in the code';
    return why ? [{ ...reference, why }] : [];
  });
}
