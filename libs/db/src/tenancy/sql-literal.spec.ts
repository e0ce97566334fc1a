import { sqlLiteral } from './sql-literal';

describe('sqlLiteral', () => {
  it('writes null and undefined as NULL', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(undefined)).toBe('NULL');
  });

  it('quotes strings with pg escapeLiteral, doubling quotes and backslashes', () => {
    expect(sqlLiteral('plain')).toBe("'plain'");
    expect(sqlLiteral("it's")).toBe("'it''s'");
    expect(sqlLiteral("'); DROP TABLE inquiry; --")).toBe("'''); DROP TABLE inquiry; --'");
    expect(sqlLiteral('back\\slash')).toBe(" E'back\\\\slash'");
    expect(sqlLiteral('$1')).toBe("'$1'");
  });

  it('writes numbers, bigints and booleans as quoted text, as pg sends them', () => {
    expect(sqlLiteral(42)).toBe("'42'");
    expect(sqlLiteral(-1.5)).toBe("'-1.5'");
    expect(sqlLiteral(10n)).toBe("'10'");
    expect(sqlLiteral(true)).toBe("'true'");
  });

  it('writes dates in ISO form and refuses an invalid one', () => {
    expect(sqlLiteral(new Date('2031-03-10T12:30:00.000Z'))).toBe("'2031-03-10T12:30:00.000Z'");
    expect(() => sqlLiteral(new Date('no date'))).toThrow(TypeError);
  });

  it('writes buffers as bytea and objects as JSON', () => {
    expect(sqlLiteral(Buffer.from([0, 255]))).toBe(" E'\\\\x00ff'::bytea");
    expect(sqlLiteral({ a: "it's" })).toBe(`'{"a":"it''s"}'`);
  });

  it('writes arrays as array literals with every element quoted, NULL and nested arrays included', () => {
    expect(sqlLiteral([])).toBe("'{}'");
    expect(sqlLiteral(['a', null, 'b,c'])).toBe(`'{"a",NULL,"b,c"}'`);
    expect(sqlLiteral(['say "hi"', "it's"])).toBe(` E'{"say \\\\"hi\\\\"","it''s"}'`);
    expect(sqlLiteral([[1, 2], [3, 4]])).toBe(`'{{"1","2"},{"3","4"}}'`);
    expect(sqlLiteral(['a\\b'])).toBe(` E'{"a\\\\\\\\b"}'`);
  });
});
