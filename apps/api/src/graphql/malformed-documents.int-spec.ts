import { useTestApi } from '../testing/test-api';

interface RawAnswer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

describe('malformed GraphQL documents, without login', () => {
  const t = useTestApi();

  async function send(query: string): Promise<RawAnswer> {
    const response = await fetch(`${t.api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as RawAnswer['body'], text };
  }

  function expectRefused(answer: RawAnswer, message: RegExp): void {
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    expect(answer.body.errors?.map((error) => error.message).join('\n')).toMatch(message);
    for (const error of answer.body.errors ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(error.extensions?.code);
    expect(answer.text).not.toMatch(/stacktrace|    at /);
  }

  it('answers a fragment cycle with 400 and a validation error (the depth limit never recurses into it)', async () => {
    const answer = await send('query { publicBenchmark { ...A } } fragment A on PublicBenchmark { ...B } fragment B on PublicBenchmark { ...A }');
    expectRefused(answer, /Cannot spread fragment "A" within itself/);
  });

  it('answers a fragment spreading itself inside a nested selection with 400', async () => {
    const answer = await send('{ me { user { ...U } } } fragment U on User { id ...U }');
    expectRefused(answer, /Cannot spread fragment "U" within itself/);
  });

  it('answers an undefined fragment with 400', async () => {
    expectRefused(await send('{ me { user { ...Missing } } }'), /Unknown fragment "Missing"/);
  });

  it('answers malformed syntax with 400', async () => {
    expectRefused(await send('{ me { user { id } '), /Syntax Error/);
  });

  it('answers an unknown field with 400', async () => {
    expectRefused(await send('{ noSuchField }'), /Cannot query field "noSuchField"/);
  });
});
