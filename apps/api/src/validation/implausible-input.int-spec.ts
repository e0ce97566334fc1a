import { Session, useTestApi } from '../testing/test-api';

const CREATE_CITIZEN = 'mutation C($input: CreateCitizenInput!) { createCitizen(input: $input) { id email } }';
const CREATE_INQUIRY = 'mutation C($input: CreateInquiryInput!) { createInquiry(input: $input) { id } }';
const INVITE_USER = 'mutation U($input: InviteTenantUserInput!) { inviteTenantUser(input: $input) { id } }';

describe('implausible input is refused, naming the field, and nothing is stored', () => {
  const context = useTestApi();
  let advisor: Session;
  let admin: Session;
  let citizenId: string;

  beforeAll(async () => {
    advisor = await context.api.login('advisor@lejre.demo');
    admin = await context.api.login('admin@lejre.demo');
    citizenId = await context.api.createCitizen(advisor, `PLAUS-${Date.now()}`);
  });

  const counts = async () =>
    (await context.db.admin.query('SELECT (SELECT count(*) FROM inquiry) AS inquiries, (SELECT count(*) FROM citizen) AS citizens, (SELECT count(*) FROM app_user) AS users, (SELECT count(*) FROM tenant_invitation) AS invitations')).rows[0];
  const fieldOf = (result: { errors?: { message: string; extensions: { code: string; field?: string } }[] }) => [result.errors?.[0]?.extensions.code, result.errors?.[0]?.extensions.field];

  it('refuses malformed citizen e-mail addresses, and keeps a good one', async () => {
    const before = await counts();
    for (const email of ['not-an-email', '@@@', 'a@b', 'navn@kommune.dk extra']) {
      expect(fieldOf(await context.api.gql(CREATE_CITIZEN, { input: { reference: 'B-MAIL', displayName: 'Borger', email } }, advisor))).toEqual(['BAD_USER_INPUT', 'email']);
    }
    expect(await counts()).toEqual(before);
    const good = await context.api.gql<{ createCitizen: { email: string } }>(CREATE_CITIZEN, { input: { reference: `B-MAIL-${Date.now()}`, displayName: 'Borger', email: ' borger@example.dk ' } }, advisor);
    expect(good.data?.createCitizen.email).toBe('borger@example.dk');
  });

  it('refuses a CPR number in references, names and e-mail addresses', async () => {
    const before = await counts();
    const citizen = { reference: 'B-CPR', displayName: 'Borger' };
    expect(fieldOf(await context.api.gql(CREATE_CITIZEN, { input: { ...citizen, reference: '010190-1234' } }, advisor))).toEqual(['BAD_USER_INPUT', 'reference']);
    expect(fieldOf(await context.api.gql(CREATE_CITIZEN, { input: { ...citizen, displayName: 'Jens 0101901234' } }, advisor))).toEqual(['BAD_USER_INPUT', 'displayName']);
    expect(fieldOf(await context.api.gql(CREATE_CITIZEN, { input: { ...citizen, email: '0101901234@example.dk' } }, advisor))).toEqual(['BAD_USER_INPUT', 'email']);
    const inquiry = { receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé' };
    expect(fieldOf(await context.api.gql(CREATE_INQUIRY, { input: { ...inquiry, reference: '010190 1234' } }, advisor))).toEqual(['BAD_USER_INPUT', 'reference']);
    const user = { displayName: 'Ny Bruger', roles: ['COUNCIL_VIEWER'] };
    expect(fieldOf(await context.api.gql(INVITE_USER, { input: { ...user, email: '010190-1234@lejre.dk' } }, admin))).toEqual(['BAD_USER_INPUT', 'email']);
    expect(fieldOf(await context.api.gql(INVITE_USER, { input: { ...user, email: 'ny@lejre.dk', displayName: '0101901234' } }, admin))).toEqual(['BAD_USER_INPUT', 'displayName']);
    expect(await counts()).toEqual(before);
  });

  it('takes a CPR-shaped summary only with the explicit confirmation', async () => {
    const inquiry = { receivedOn: '2024-01-10', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Borgeren oplyste 010190-1234' };
    expect(fieldOf(await context.api.gql(CREATE_INQUIRY, { input: { ...inquiry, reference: `SUM-${Date.now()}` } }, advisor))).toEqual(['BAD_USER_INPUT', 'summary']);
    const confirmed = await context.api.gql(CREATE_INQUIRY, { input: { ...inquiry, reference: `SUM-OK-${Date.now()}`, confirmCprLike: true } }, advisor);
    expect(confirmed.errors).toBeUndefined();
  });

  it('takes a CPR number in a report section or a recommendation only with the explicit confirmation', async () => {
    const created = await context.api.gql<{ createReport: { id: string } }>(
      'mutation R($input: CreateReportInput!) { createReport(input: $input) { id } }',
      { input: { title: 'Beretning 2015', period: { from: '2015-01-01', to: '2015-12-31' } } },
      advisor,
    );
    expect(created.errors).toBeUndefined();
    const reportId = created.data!.createReport.id;
    const sections = 'mutation S($input: UpdateReportSectionsInput!) { updateReportSections(input: $input) { id } }';
    const recommend = 'mutation A($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }';
    const cpr = 'Sagen om borgeren med cpr 010190-1234';
    expect(fieldOf(await context.api.gql(sections, { input: { id: reportId, foreword: cpr } }, advisor))).toEqual(['BAD_USER_INPUT', 'foreword']);
    expect(fieldOf(await context.api.gql(recommend, { input: { reportId, title: 'Anbefaling', text: cpr } }, advisor))).toEqual(['BAD_USER_INPUT', 'text']);
    expect((await context.api.gql(sections, { input: { id: reportId, foreword: cpr, confirmCprLike: true } }, advisor)).errors).toBeUndefined();
    expect((await context.api.gql(recommend, { input: { reportId, title: 'Anbefaling', text: cpr, confirmCprLike: true } }, advisor)).errors).toBeUndefined();
  });

  it('refuses absurd dates and a closing date before the first contact', async () => {
    const before = await counts();
    const inquiry = { reference: 'DATES-1', channel: 'PHONE', citizenId, kind: 'GUIDANCE', categoryIds: [], summary: 'Resumé' };
    const cases: [Record<string, string>, string][] = [
      [{ receivedOn: '1899-01-01' }, 'receivedOn'],
      [{ receivedOn: '9999-12-31' }, 'receivedOn'],
      [{ receivedOn: '2024-01-10', firstContactOn: '9999-12-31' }, 'firstContactOn'],
      [{ receivedOn: '2024-01-10', firstContactOn: '2024-01-20', closedOn: '2024-01-15' }, 'closedOn'],
    ];
    for (const [dates, field] of cases) {
      expect([dates, fieldOf(await context.api.gql(CREATE_INQUIRY, { input: { ...inquiry, ...dates } }, advisor))]).toEqual([dates, ['BAD_USER_INPUT', field]]);
    }
    expect(await counts()).toEqual(before);
  });
});
