import { importSchema } from './import-form.schema';

const filesOf = (...files: File[]) => ({ item: (index: number) => files[index] ?? null });

describe('importSchema', () => {
  it('asks for a file when none is chosen', () => {
    for (const file of [undefined, filesOf()]) {
      const result = importSchema('Vælg en fil.').safeParse({ file, createMissing: false });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['file', 'Vælg en fil.']]);
    }
  });

  it('gives the chosen file and the choice to create what is missing', () => {
    const file = new File(['a;b'], 'henvendelser.csv', { type: 'text/csv' });
    expect(importSchema('Vælg en fil.').parse({ file: filesOf(file), createMissing: true })).toEqual({ file, createMissing: true });
  });
});
