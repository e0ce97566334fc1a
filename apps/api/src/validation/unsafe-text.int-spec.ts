import { Session, useTestApi } from '../testing/test-api';

const CREATE_CITIZEN = 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id } }';
const CREATE_INQUIRY = 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }';
const LIST = 'query L($filter: InquiryFilter) { inquiries(filter: $filter, first: 1) { totalCount } }';
const ORG_UNIT = 'query U($id: ID!) { orgUnit(id: $id) { id } }';
const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

/** NUL, another C0 control, a C1 control and lone surrogates: none may reach PostgreSQL, each is named. */
const BAD_TEXTS = ['a\u0000b', 'a\u0007b', 'a\u009bb', 'a\ud800b', '\udfffa'];

describe('text that cannot be stored, anywhere in an input', () => {
  const context = useTestApi();
  let advisor: Session;
  let citizenId: string;

  beforeAll(async () => {
    advisor = await context.api.login('advisor@lejre.demo');
    citizenId = await context.api.createCitizen(advisor, `NUL-${Date.now()}`);
  });

  const rows = async () => (await context.db.admin.query('SELECT (SELECT count(*) FROM inquiry) AS inquiries, (SELECT count(*) FROM citizen) AS citizens')).rows[0];

  const expectFieldError = (result: { status: number; errors?: { message: string; extensions: { code: string; field?: string } }[] }, field: string) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageCode: 'unsafe_text' });
    // Named by its label, never by the internal name: "Resumé indeholder et kontroltegn (U+0000), som ikke kan gemmes".
    expect(result.errors?.[0]?.message).toMatch(/^[A-ZÆØÅ][^ ]*( [^ ]+)* indeholder (et kontroltegn|et ufuldstændigt tegn) \(U\+[0-9A-F]{4}\), som ikke kan gemmes$/);
    expect(result.errors?.[0]?.message.startsWith(field)).toBe(false);
  };

  it.each(BAD_TEXTS.map((text) => [JSON.stringify(text), text]))('refuses %s in each text field of an inquiry, and stores nothing', async (_, text) => {
    const before = await rows();
    const input = { reference: 'R-1', receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé' };
    for (const field of ['reference', 'summary', 'receivedOn', 'closedOn']) {
      expectFieldError(await context.api.gql(CREATE_INQUIRY, { input: { ...input, [field]: text } }, advisor), field);
    }
    expectFieldError(await context.api.gql(CREATE_INQUIRY, { input: { ...input, categoryIds: [text] } }, advisor), 'categoryIds[0]');
    expectFieldError(await context.api.gql(CREATE_CITIZEN, { input: { reference: 'B-1', displayName: text } }, advisor), 'displayName');
    expect(await rows()).toEqual(before);
  });

  it('refuses it in filters, plain arguments and the login, never with an internal error', async () => {
    expectFieldError(await context.api.gql(LIST, { filter: { search: 'x\u0000' } }, advisor), 'search');
    expectFieldError(await context.api.gql(ORG_UNIT, { id: '\u0000' }, advisor), 'id');
    expectFieldError(await context.api.gql(LOGIN, { input: { email: 'advisor@lejre.demo\u0000', password: 'x' } }), 'email');
    expectFieldError(await context.api.gql(LOGIN, { input: { email: 'advisor@lejre.demo', password: 'Raadgiver-demo-2026\u0000' } }), 'password');
  });

  it('refuses it in an uploaded file’s name and a REST form field, naming them', async () => {
    const form = new FormData();
    // (A C0 control there is refused by the multipart parser already, as a malformed part header; a C1 control is not.)
    form.append('file', new Blob(['reference,received,citizen,kind\n']), 'data\u009b.csv');
    form.append('createMissing', 'false');
    const upload = await fetch(`${context.api.url}/imports/inquiries`, { method: 'POST', headers: { authorization: `Bearer ${advisor.token}` }, body: form });
    expect(upload.status).toBe(400);
    expect(await upload.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'Filnavnet indeholder et kontroltegn (U+009B), som ikke kan gemmes' });

    const field = new FormData();
    field.append('file', new Blob(['reference,received,citizen,kind\n']), 'data.csv');
    field.append('createMissing', 'tr\u0001ue');
    const answer = await fetch(`${context.api.url}/imports/inquiries`, { method: 'POST', headers: { authorization: `Bearer ${advisor.token}` }, body: field });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ field: 'createMissing' });
  });
});
