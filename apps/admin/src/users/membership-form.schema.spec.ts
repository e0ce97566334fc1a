import type { TFunction } from 'i18next';
import { da } from '../i18n/da';
import { validationMessage } from '../ui/form-messages';
import { membershipSchemas } from './membership-form.schema';

// The Danish texts, as i18next gives them (these have no placeholders).
const t = ((key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], da)) as unknown as TFunction;
const { membership: membershipSchema, invite: inviteSchema } = membershipSchemas(t);

/** As the form checks them: with the i18n files' messages for Zod's own issues. */
const inDanish = { error: (issue: Parameters<typeof validationMessage>[0]) => validationMessage(issue, t) };
const problems = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the users page’s forms', () => {
  it('asks for at least one role', () => {
    expect(problems(membershipSchema.safeParse({ roles: [], orgUnitIds: [] }))).toEqual([['roles', 'Vælg mindst én rolle.']]);
  });

  it('asks a department contact for a unit, at the units', () => {
    expect(problems(membershipSchema.safeParse({ roles: ['ADVISOR', 'DEPARTMENT_CONTACT'], orgUnitIds: [] }))).toEqual([
      ['orgUnitIds', 'Vælg mindst én enhed, som kontaktpersonen svarer for.'],
    ]);
    expect(membershipSchema.parse({ roles: ['DEPARTMENT_CONTACT'], orgUnitIds: ['u1'] })).toEqual({ roles: ['DEPARTMENT_CONTACT'], orgUnitIds: ['u1'] });
  });

  it('drops the units of someone who is no department contact', () => {
    expect(membershipSchema.parse({ roles: ['COUNCIL_VIEWER'], orgUnitIds: ['u1'] })).toEqual({ roles: ['COUNCIL_VIEWER'], orgUnitIds: [] });
  });

  it('asks an invitation for an e-mail address, a name and a role', () => {
    expect(problems(inviteSchema.safeParse({ email: ' ', displayName: '', roles: [], orgUnitIds: [] }, inDanish))).toEqual([
      ['email', 'Udfyld feltet.'],
      ['displayName', 'Udfyld feltet.'],
      ['roles', 'Vælg mindst én rolle.'],
    ]);
    expect(problems(inviteSchema.safeParse({ email: 'ikke-en-adresse', displayName: 'Ny', roles: ['ADVISOR'], orgUnitIds: [] }))).toEqual([
      ['email', 'Skriv en e-mailadresse som navn@kommune.dk.'],
    ]);
    expect(inviteSchema.parse({ email: ' ny@lejre.dk ', displayName: ' Ny Rådgiver ', roles: ['ADVISOR'], orgUnitIds: [] })).toEqual({
      email: 'ny@lejre.dk', displayName: 'Ny Rådgiver', roles: ['ADVISOR'], orgUnitIds: [],
    });
  });
});
