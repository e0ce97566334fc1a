import { GqlResult, Session, useTestApi } from '../testing/test-api';

const SET_NOTE = 'mutation N($input: SetOrgUnitNoteInput!) { setOrgUnitNote(input: $input) { id note } }';

describe("the tenant admin's note on an org unit", () => {
  const t = useTestApi();
  let admin: Session;
  let otherAdmin: Session;
  let advisor: Session;

  const firstUnit = async (session: Session): Promise<string> => {
    const result = await t.api.gql<{ orgUnits: { id: string }[] }>('{ orgUnits(includeClosed: false) { id } }', {}, session);
    return result.data!.orgUnits[0].id;
  };
  const noteOf = async (id: string): Promise<string | null> => (await t.db.admin.query('SELECT note FROM org_unit WHERE id = $1', [id])).rows[0].note;
  const setNote = (session: Session, id: string, note: string | null) => t.api.gql<{ setOrgUnitNote: { id: string; note: string | null } }>(SET_NOTE, { input: { id, note } }, session);
  const onlyError = (result: GqlResult) => {
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    return result.errors![0];
  };

  beforeAll(async () => {
    admin = await t.api.login('admin@lejre.demo');
    otherAdmin = await t.api.login('admin@norddjurs.demo');
    advisor = await t.api.login('advisor@lejre.demo');
  });

  it('sets the note, reads it back with the unit, audits the change and removes it again with an empty text', async () => {
    const unit = await firstUnit(admin);
    const set = await setNote(admin, unit, '  Spørg kontorchefen om alt, der angår sygedagpenge.  ');
    expect(set.errors).toBeUndefined();
    expect(set.data!.setOrgUnitNote).toEqual({ id: unit, note: 'Spørg kontorchefen om alt, der angår sygedagpenge.' });
    const read = await t.api.gql<{ orgUnit: { note: string | null } }>('query U($id: ID!) { orgUnit(id: $id) { note } }', { id: unit }, advisor);
    expect(read.data!.orgUnit.note).toBe('Spørg kontorchefen om alt, der angår sygedagpenge.');
    const audits = await t.db.admin.query(`SELECT action FROM audit_event WHERE subject_id = $1 AND action LIKE 'org_unit.note%'`, [unit]);
    expect(audits.rows).toEqual([{ action: 'org_unit.note_set' }]);

    const cleared = await setNote(admin, unit, '   ');
    expect(cleared.data!.setOrgUnitNote.note).toBeNull();
    expect(await noteOf(unit)).toBeNull();
  });

  it('gives the note with units that reach the schema from the catalogue, as an inquiry\'s unit', async () => {
    const page = await t.api.gql<{ inquiries: { edges: { node: { orgUnit: { id: string } } }[] } }>(
      '{ inquiries(first: 1, filter: { kinds: [COMPLAINT] }) { edges { node { orgUnit { id } } } } }',
      {},
      advisor,
    );
    const unit = page.data!.inquiries.edges[0].node.orgUnit.id;
    await setNote(admin, unit, 'Klager går via sekretariatet.');
    const again = await t.api.gql<{ inquiries: { edges: { node: { orgUnit: { id: string; note: string | null } } }[] } }>(
      '{ inquiries(first: 1, filter: { kinds: [COMPLAINT] }) { edges { node { orgUnit { id note } } } } }',
      {},
      advisor,
    );
    expect(again.data!.inquiries.edges[0].node.orgUnit).toEqual({ id: unit, note: 'Klager går via sekretariatet.' });
  });

  it('answers a note over 500 characters with a Danish error at the note field and stores nothing', async () => {
    const unit = await firstUnit(admin);
    await setNote(admin, unit, 'Før');
    const error = onlyError(await setNote(admin, unit, 'x'.repeat(501)));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', messageCode: 'too_long' });
    expect(error.message).toBe('Notat må højst være 500 tegn');
    expect(await noteOf(unit)).toBe('Før');
    const exactly = await setNote(admin, unit, 'x'.repeat(500));
    expect(exactly.data!.setOrgUnitNote.note).toHaveLength(500);
  });

  it('refuses a CPR number in the note, at the note field', async () => {
    const unit = await firstUnit(admin);
    const error = onlyError(await setNote(admin, unit, 'Borgeren 010190-1234 ringer ofte'));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', messageCode: 'cpr_like' });
    expect(error.message).toBe('Notat ligner et CPR-nummer, og CPR-numre gemmes ikke her');
  });

  it("answers another municipality's unit as not found and leaves it alone", async () => {
    const foreign = await firstUnit(otherAdmin);
    const before = await noteOf(foreign);
    const error = onlyError(await setNote(admin, foreign, 'Ikke vores'));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(error.message).toBe('Enheden findes ikke');
    expect(await noteOf(foreign)).toBe(before);
  });

  it('lets only the tenant admin write a note', async () => {
    const unit = await firstUnit(admin);
    const error = onlyError(await setNote(advisor, unit, 'Fra rådgiveren'));
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});
