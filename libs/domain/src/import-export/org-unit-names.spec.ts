import { orgUnitExportName, orgUnitsNamed } from './org-unit-names';

const units = [
  { id: 'a', name: 'Center for Social Indsats', shortName: 'CSI', closed: false },
  { id: 'b', name: 'Jobcenter', shortName: 'JC-old', closed: true },
  { id: 'c', name: 'Jobcenter', shortName: 'JC', closed: false },
  { id: 'd', name: 'Borgerservice', shortName: null, closed: false },
  { id: 'e', name: 'Borgerservice', shortName: 'BS2', closed: false },
];

describe('org unit names in files', () => {
  it('finds a unit by name or short name, ignoring case and surrounding spaces', () => {
    expect(orgUnitsNamed(units, '  center for social indsats ').map((u) => u.id)).toEqual(['a']);
    expect(orgUnitsNamed(units, 'csi').map((u) => u.id)).toEqual(['a']);
    expect(orgUnitsNamed(units, 'Ukendt')).toEqual([]);
  });

  it('prefers the open unit when a closed one has the same name', () => {
    expect(orgUnitsNamed(units, 'Jobcenter').map((u) => u.id)).toEqual(['c']);
    expect(orgUnitsNamed(units, 'JC-old').map((u) => u.id)).toEqual(['b']);
  });

  it('exports a name that finds the same unit again', () => {
    for (const unit of units) {
      const name = orgUnitExportName(units, unit);
      const found = orgUnitsNamed(units, name);
      if (unit.id === 'd') expect(found.length).toBe(2);
      else expect(found.map((u) => u.id)).toEqual([unit.id]);
    }
    expect(orgUnitExportName(units, units[1])).toBe('JC-old');
    expect(orgUnitExportName(units, units[4])).toBe('BS2');
  });
});
