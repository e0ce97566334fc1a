import { entryOf, navigationFor, rolesOf } from './navigation';

const routesFor = (roles: string[], isOperator = false) => navigationFor(rolesOf({ roles, isOperator })).map((e) => e.path.slice(1));

describe('navigation', () => {
  it('shows a tenant admin the configuration pages', () => {
    expect(routesFor(['TENANT_ADMIN'])).toEqual(['org-units', 'categories', 'outcomes', 'users', 'response-targets', 'audit-log', 'case-volumes', 'settings', 'retention', 'archives', 'benchmark', 'security']);
  });

  it('shows an advisor inquiries, reports and the benchmark', () => {
    expect(routesFor(['ADVISOR'])).toEqual(['inquiries', 'import', 'reports', 'benchmark', 'security']);
  });

  it('lists an entry once for a user with several roles that grant it', () => {
    expect(routesFor(['ADVISOR', 'COUNCIL_VIEWER'])).toEqual(['inquiries', 'import', 'reports', 'benchmark', 'security']);
  });

  it('shows department contacts and council viewers only their pages', () => {
    expect(routesFor(['DEPARTMENT_CONTACT'])).toEqual(['learning-wall', 'recommendations', 'security']);
    expect(routesFor(['COUNCIL_VIEWER'])).toEqual(['reports', 'benchmark', 'security']);
  });

  it('shows the operator the municipalities, the national taxonomy and the queues, and ignores unknown roles', () => {
    expect(routesFor(['SOMETHING_NEW'], true)).toEqual(['retention', 'tenants', 'taxonomy', 'queues', 'security']);
    expect(routesFor([])).toEqual([]);
  });

  it('gives the pages below an entry to that entry, and nothing to an unknown path', () => {
    expect(entryOf('/inquiries/42/edit')?.label).toBe('inquiries');
    expect(entryOf('/inquiries')?.label).toBe('inquiries');
    expect(entryOf('/inquiriesx')).toBeUndefined();
    expect(entryOf('/')).toBeUndefined();
  });
});
