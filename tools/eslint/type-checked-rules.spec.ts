import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

// Lints each text as a file beside the fixtures (a default project in eslint.config.mjs), with the project's own
// configuration and type information, in one ESLint run: the configuration is an ES module, loaded outside jest.
const LINT_TEXTS = `
import { ESLint } from 'eslint';
const texts = JSON.parse(process.argv[1]);
const eslint = new ESLint();
const results = [];
for (const [i, text] of texts.entries()) {
  const [result] = await eslint.lintText(text, { filePath: 'tools/eslint/fixtures/fixture-' + i + '.ts' });
  results.push(result.messages.map((message) => message.ruleId ?? 'parse error: ' + message.message));
}
process.stdout.write('\\n' + JSON.stringify(results));
`;

function lint(...texts: string[]): string[][] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', LINT_TEXTS, JSON.stringify(texts)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // The last line: Nx's module-boundaries rule may print a warning of its own before it.
  return JSON.parse(output.trim().split('\n').pop()!) as string[][];
}

describe('the type-checked lint rules of eslint.config.mjs', () => {
  it('flag a promise nobody awaits, a promise where a callback returns nothing and a switch missing a case, and accept the fixed code', () => {
    const fixture = readFileSync(join(__dirname, 'fixtures/promises.ts.txt'), 'utf8');
    const fixed = fixture
      .replace('  save();', '  void save();')
      .replace('button.onClick(async () => {\n    await save();\n  });', 'button.onClick(() => void save());')
      .replace("      return 'Administrator';\n", "      return 'Administrator';\n    case 'council_viewer':\n      return 'Byrådsmedlem';\n");
    const [asWritten, asFixed] = lint(fixture, fixed);
    expect(asWritten.sort()).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-misused-promises',
      '@typescript-eslint/switch-exhaustiveness-check',
    ]);
    expect(asFixed).toEqual([]);
  }, 120_000);
});
