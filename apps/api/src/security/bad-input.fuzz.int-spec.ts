import fc from 'fast-check';
import { Session, useTestApi } from '../testing/test-api';

/** Generated bad inputs per run, all mutations together. */
const RUNS = 240;

type Kind = 'reference' | 'name' | 'email' | 'date' | 'text' | 'id';

interface Target {
  mutation: string;
  session: () => Session;
  base: () => Record<string, unknown>;
  /** The input's string fields and what each holds. */
  fields: Record<string, Kind>;
}

const LIMIT = 10_000;
const cprLike = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 0, max: 99 }), serial: fc.integer({ min: 0, max: 9999 }), dash: fc.boolean() })
  .map(({ day, month, year, serial, dash }) => `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year).padStart(2, '0')}${dash ? '-' : ''}${String(serial).padStart(4, '0')}`);
const unsafeChar = fc.oneof(
  fc.integer({ min: 0, max: 8 }),
  fc.constantFrom(0x0b, 0x0c),
  fc.integer({ min: 0x0e, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
).map((code) => String.fromCharCode(code));
/** A text with one character that can never be stored, somewhere in it. */
const withUnsafe = fc.tuple(fc.string({ maxLength: 20 }), unsafeChar, fc.string({ maxLength: 20 })).map(([a, bad, b]) => `${a}${bad}${b}`);
const overLong = (max: number) => fc.integer({ min: max + 1, max: max + 40 }).map((length) => 'æ'.repeat(length));
const wrongType = fc.oneof(fc.integer(), fc.boolean(), fc.constant({ nested: 'x' }), fc.constant(['x']));
const absurdDate = fc.oneof(
  fc.constantFrom('0000-00-00', '1899-12-31', '9999-12-31', '2024-02-30', '2024-13-01', '31-12-2024', '2024-1-1', 'i går', ''),
  fc.integer({ min: 1, max: 1899 }).map((year) => `${String(year).padStart(4, '0')}-06-15`),
  fc.integer({ min: 2100, max: 9999 }).map((year) => `${year}-06-15`),
);
const badEmail = fc.oneof(fc.constantFrom('not-an-email', '@@@', 'a@b', 'navn@', '@kommune.dk', 'to ord@kommune.dk', 'a@@kommune.dk'), cprLike.map((cpr) => `${cpr}@kommune.dk`));

/** Values that must be refused for a field of this kind. */
function badValue(kind: Kind): fc.Arbitrary<unknown> {
  const always = [withUnsafe, wrongType];
  switch (kind) {
    case 'reference':
      return fc.oneof(...always, overLong(100), cprLike, fc.constant('   '));
    case 'name':
      return fc.oneof(...always, overLong(200), cprLike.map((cpr) => `Jens ${cpr}`), fc.constant(''));
    case 'email':
      return fc.oneof(...always, badEmail, overLong(254).map((s) => `${s}@kommune.dk`));
    case 'date':
      return fc.oneof(...always, absurdDate);
    case 'text':
      return fc.oneof(...always, overLong(LIMIT));
    case 'id':
      return fc.oneof(...always, fc.constantFrom('not-an-id', '1', '00000000-0000-0000-0000-00000000000g'));
  }
}

describe('bad input, generated: a field error naming the field, never an internal error, nothing stored', () => {
  const context = useTestApi();
  let advisor: Session;
  let admin: Session;
  let citizenId: string;

  beforeAll(async () => {
    advisor = await context.api.login('advisor@lejre.demo');
    admin = await context.api.login('admin@lejre.demo');
    citizenId = await context.api.createCitizen(advisor, `FUZZ-${Date.now()}`);
  });

  const targets: Target[] = [
    {
      mutation: 'mutation M($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }',
      session: () => advisor,
      base: () => ({ reference: `FZ-C-${Math.random()}`, displayName: 'Borger', email: 'borger@example.dk', phone: '12345678' }),
      fields: { reference: 'reference', displayName: 'name', email: 'email' },
    },
    {
      mutation: 'mutation M($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }',
      session: () => advisor,
      base: () => ({ reference: `FZ-I-${Math.random()}`, receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé', firstContactOn: '2024-01-12', closedOn: '2024-01-20' }),
      fields: { reference: 'reference', receivedOn: 'date', firstContactOn: 'date', closedOn: 'date', summary: 'text', citizenId: 'id' },
    },
    {
      mutation: 'mutation M($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }',
      session: () => admin,
      base: () => ({ email: `fz-${Math.random().toString(36).slice(2)}@lejre.dk`, displayName: 'Ny Bruger', roles: ['COUNCIL_VIEWER'] }),
      fields: { email: 'email', displayName: 'name' },
    },
    {
      mutation: 'mutation M($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
      session: () => admin,
      base: () => ({ kind: 'DEPARTMENT', name: `Fuzzafdeling ${Math.random()}` }),
      fields: { name: 'name', validFrom: 'date' },
    },
  ];

  const counts = async () =>
    (
      await context.db.admin.query(
        `SELECT (SELECT count(*) FROM inquiry) AS inquiries, (SELECT count(*) FROM citizen) AS citizens,
                (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM org_unit) AS units, (SELECT count(*) FROM membership) AS memberships,
                (SELECT count(*) FROM tenant_invitation) AS invitations`,
      )
    ).rows[0];

  it(`refuses ${RUNS} generated bad inputs one field at a time`, async () => {
    const before = await counts();
    const cases = fc.sample(
      fc.integer({ min: 0, max: targets.length - 1 }).chain((t) =>
        fc.constantFrom(...Object.keys(targets[t].fields)).chain((field) => badValue(targets[t].fields[field]).map((value) => ({ t, field, value }))),
      ),
      { numRuns: RUNS },
    );
    const wrong: unknown[] = [];
    for (const { t, field, value } of cases) {
      const target = targets[t];
      const result = await context.api.gql(target.mutation, { input: { ...target.base(), [field]: value } }, target.session());
      const error = result.errors?.[0];
      const ok = result.data === null || result.data === undefined ? error?.extensions.code === 'BAD_USER_INPUT' && error.extensions.field === field : false;
      if (!ok) wrong.push({ mutation: target.mutation.slice(9, 40), field, value, status: result.status, error: error && { message: error.message, ...error.extensions } });
    }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('answers a body over the size limit with 413 and a clear message', async () => {
    const response = await fetch(`${context.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${advisor.token}` },
      body: JSON.stringify({ query: 'mutation M($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }', variables: { input: { reference: 'x', displayName: 'x'.repeat(2 * 1024 * 1024) } } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Forespørgslen er for stor til at blive modtaget', requestId: response.headers.get('x-request-id') });
  });
});
