import { NOT_DONE, registrationColumns, ReportRegistration } from './registration-columns';

const reg = (fields: Partial<ReportRegistration>): ReportRegistration => ({
  id: 'r',
  citizenId: 'c1',
  receivedOn: '2023-01-02',
  kind: 'complaint',
  mainInquiryId: null,
  orgUnitId: null,
  categoryIds: [],
  outcomeId: null,
  firstContactOn: null,
  closedOn: null,
  ...fields,
});

describe('registrationColumns', () => {
  it('puts registration i at entry i of every column, with ids numbered as first seen', () => {
    const columns = registrationColumns([
      reg({ citizenId: 'c1', orgUnitId: 'u1', outcomeId: 'o1', categoryIds: ['k1', 'k2'], firstContactOn: '2023-01-05', closedOn: '2023-02-01' }),
      reg({ citizenId: 'c2', kind: 'guidance', mainInquiryId: 'main', receivedOn: '2023-01-03' }),
      reg({ citizenId: 'c1', orgUnitId: 'u2', categoryIds: ['k2', 'k2'] }),
    ]);
    expect(columns.length).toBe(3);
    expect([...columns.citizen]).toEqual([0, 1, 0]);
    expect([...columns.receivedDay]).toEqual([19359, 19360, 19359]);
    expect([...columns.kind]).toEqual([0, 1, 0]);
    expect([...columns.followUp]).toEqual([0, 1, 0]);
    expect([...columns.orgUnit]).toEqual([0, -1, 1]);
    expect(columns.orgUnitIds).toEqual(['u1', 'u2']);
    expect([...columns.outcome]).toEqual([0, -1, -1]);
    expect(columns.outcomeIds).toEqual(['o1']);
    expect([...columns.categoryStart]).toEqual([0, 2, 2, 3]);
    expect([...columns.category]).toEqual([0, 1, 1]);
    expect(columns.categoryIds).toEqual(['k1', 'k2']);
    expect([...columns.firstContactDays]).toEqual([3, NOT_DONE, NOT_DONE]);
    expect([...columns.closeDays]).toEqual([30, NOT_DONE, NOT_DONE]);
  });
});
