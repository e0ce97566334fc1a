import { requestIdFrom } from './request-logging';

describe('requestIdFrom', () => {
  it("takes a proxy's or client's request id that looks sane", () => {
    expect(requestIdFrom('support-case-12345678')).toBe('support-case-12345678');
    expect(requestIdFrom('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('makes a new one for a missing, short, long, repeated or odd one', () => {
    for (const incoming of [undefined, '', 'short', 'x'.repeat(65), ['abcdefgh1', 'abcdefgh2'], 'Jens Hansen 010170-1234', 'abcdefgh\r\nSet-Cookie: x=1']) {
      expect(requestIdFrom(incoming)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
