import { Client } from 'pg';
import { Session, useTestApi } from '../testing/test-api';

/** The statements the API sent while `work` ran, each with the connection it went on. */
async function statementsDuring(work: () => Promise<unknown>): Promise<{ client: unknown; text: string }[]> {
  const sent: { client: unknown; text: string }[] = [];
  const prototype = Client.prototype as unknown as { query(this: Client, ...args: unknown[]): unknown };
  const query = prototype.query;
  prototype.query = function (this: Client, ...args: unknown[]): unknown {
    const [config] = args;
    // A statement object without text (the context and statement sent together) is named by its class.
    const text = typeof config === 'string' ? config : ((config as { text?: string }).text ?? `<${(config as object).constructor.name}>`);
    sent.push({ client: this, text });
    return query.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = query;
  }
  return sent;
}

const ME = 'me { user { email } activeTenant { slug } }';

describe('one snapshot per request', () => {
  const t = useTestApi();
  let advisor: Session;

  beforeAll(async () => {
    advisor = await t.api.login('advisor@lejre.demo');
  });

  it('answers an operation of one root field in a single round trip', async () => {
    let data: unknown;
    const sent = await statementsDuring(async () => ({ data } = await t.api.gql(`{ ${ME} }`, {}, advisor)));
    expect(data).toEqual({ me: { user: { email: 'advisor@lejre.demo' }, activeTenant: { slug: 'lejre' } } });
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toBe('<ContextStatement>');
  });

  it.each([
    ['two aliases of the same fast field', `{ a: ${ME} b: ${ME} }`, 2],
    ['me and the inquiry list', `{ ${ME} inquiries(first: 2) { totalCount } }`, 1],
    ['one field in a fragment', `{ ...Me } fragment Me on Query { ${ME} }`, 1],
  ])('reads %s in one transaction of one snapshot', async (_name, operation, meReads) => {
    let result: { data?: unknown; errors?: unknown } = {};
    const sent = await statementsDuring(async () => (result = await t.api.gql(operation, {}, advisor)));
    expect(result.errors).toBeUndefined();
    expect(new Set(sent.map((s) => s.client)).size).toBe(1);
    expect(sent[0].text).toBe('START TRANSACTION');
    expect(sent[1].text).toBe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    expect(sent.at(-1)?.text).toBe('COMMIT');
    expect(sent.filter((s) => /START TRANSACTION|BEGIN|<ContextStatement>/.test(s.text))).toHaveLength(1);
    // Every read between the one BEGIN and its COMMIT, on the one connection.
    expect(sent.filter((s) => s.text.includes('from "app_user" as "u"'))).toHaveLength(meReads);
  });
});
