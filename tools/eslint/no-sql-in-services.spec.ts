import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The rule is plain JavaScript for ESLint's config; loaded the way the config loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noSqlInServices } = require('./no-sql-in-services.cjs') as { noSqlInServices: import('eslint').Rule.RuleModule };

function lint(source: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(source, [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser }, plugins: { local: { rules: { 'no-sql-in-services': noSqlInServices } } }, rules: { 'local/no-sql-in-services': 'error' } },
  ], 'fixture.service.ts');
  return messages.map((m) => m.messageId ?? m.message);
}

describe('the no-sql-in-services lint rule', () => {
  it('flags a service fixture that imports pg, writes SQL, sends a query and queries through TypeORM', () => {
    const fixture = readFileSync(join(__dirname, 'fixtures/bad.service.ts.txt'), 'utf8');
    expect(lint(fixture).sort()).toEqual(['driver', 'query', 'sql', 'sql', 'typeorm']);
  });

  it('accepts a service that calls its repository', () => {
    const fixture = readFileSync(join(__dirname, 'fixtures/good.service.ts.txt'), 'utf8');
    expect(lint(fixture)).toEqual([]);
  });
});
