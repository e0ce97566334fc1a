import { parameterText } from './parameter-text';

describe('parameterText', () => {
  it('sends null and undefined as NULL', () => {
    expect(parameterText(null)).toBeNull();
    expect(parameterText(undefined)).toBeNull();
  });

  it('sends strings exactly as they are: a parameter is never parsed as SQL', () => {
    expect(parameterText("'); DROP TABLE inquiry; --")).toBe("'); DROP TABLE inquiry; --");
    expect(parameterText('back\\slash $1')).toBe('back\\slash $1');
  });

  it('writes numbers, bigints and booleans as pg sends them', () => {
    expect(parameterText(42)).toBe('42');
    expect(parameterText(-1.5)).toBe('-1.5');
    expect(parameterText(10n)).toBe('10');
    expect(parameterText(true)).toBe('true');
  });

  it('writes dates in ISO form and refuses an invalid one', () => {
    expect(parameterText(new Date('2031-03-10T12:30:00.000Z'))).toBe('2031-03-10T12:30:00.000Z');
    expect(() => parameterText(new Date('no date'))).toThrow(TypeError);
  });

  it('writes buffers in bytea hex form and objects as JSON', () => {
    expect(parameterText(Buffer.from([0, 255]))).toBe('\\x00ff');
    expect(parameterText({ a: "it's" })).toBe('{"a":"it\'s"}');
  });

  it('writes arrays as array literals with every element quoted, NULL and nested arrays included', () => {
    expect(parameterText([])).toBe('{}');
    expect(parameterText(['a', null, 'b,c'])).toBe('{"a",NULL,"b,c"}');
    expect(parameterText(['say "hi"', 'a\\b'])).toBe('{"say \\"hi\\"","a\\\\b"}');
    expect(parameterText([[1, 2], [3, 4]])).toBe('{{"1","2"},{"3","4"}}');
  });
});
