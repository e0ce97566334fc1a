import { Session, useTestApi } from '../testing/test-api';

const EXPENSIVE_PER_MINUTE = 2;

/** REST answers errors as GraphQL does: code, field, the catalogue's message code and a message in the user's language. */
describe('REST errors', () => {
  const context = useTestApi({ EXPENSIVE_OPERATIONS_PER_MINUTE: String(EXPENSIVE_PER_MINUTE) });
  let advisor: Session;

  beforeAll(async () => {
    advisor = await context.api.login('advisor@lejre.demo');
  });

  const upload = (name: string, language?: string) => {
    const form = new FormData();
    form.append('file', new Blob(['reference,received,citizen,kind\n']), name);
    form.append('createMissing', 'false');
    const headers: Record<string, string> = { authorization: `Bearer ${advisor.token}` };
    if (language) headers['accept-language'] = language;
    return fetch(`${context.api.url}/imports/inquiries`, { method: 'POST', headers, body: form });
  };

  it('names the field of an upload with a bad file name, in Danish unless English is asked for', async () => {
    const danish = await upload('data\u009b.csv');
    expect(danish.status).toBe(400);
    const problem = { code: 'BAD_USER_INPUT', field: 'file', messageCode: 'file_name_unsafe', message: 'Filnavnet indeholder et kontroltegn (U+009B), som ikke kan gemmes' };
    // The request id as in the X-Request-Id header, for support to find the request's log line.
    expect(danish.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await danish.json()).toEqual({ ...problem, errors: [problem], requestId: danish.headers.get('x-request-id') });

    const english = await upload('data\u009b.csv', 'en-GB,en;q=0.9,da;q=0.5');
    expect(english.status).toBe(400);
    expect(await english.json()).toMatchObject({ field: 'file', message: 'The file name contains a control character (U+009B), which cannot be stored' });
  });

  it('answers a wrong kind of file with the field and a Danish message', async () => {
    const wrongKind = await upload('data.pdf');
    expect(wrongKind.status).toBe(400);
    expect(await wrongKind.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', messageCode: 'file_wrong_type', message: 'Filen skal være af typen CSV eller XLSX' });
  });

  it('answers 429 with Retry-After and the same shape once the expensive downloads of the minute are used', async () => {
    const download = () => fetch(`${context.api.url}/exports/inquiries.csv`, { headers: { authorization: `Bearer ${advisor.token}` } });
    for (let i = 0; i < EXPENSIVE_PER_MINUTE; i++) {
      const file = await download();
      expect(file.status).toBe(200);
      expect(file.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const refused = await download();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { code: string; messageCode: string; message: string; errors: unknown[] };
    expect(body).toMatchObject({ code: 'TOO_MANY_REQUESTS', messageCode: 'too_many_expensive', message: expect.stringMatching(/^For mange tunge forespørgsler .*; prøv igen om \d+ sekund(er)?$/), requestId: refused.headers.get('x-request-id') });
    expect(body.errors).toHaveLength(1);
  });
});
