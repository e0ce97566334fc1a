import { hrefTo, pathTo } from './app-paths';

describe('app paths', () => {
  it('builds a path from its parameters, encoded', () => {
    expect(pathTo('/inquiries/:id/edit', { id: 'a b/c' })).toBe('/inquiries/a%20b%2Fc/edit');
    expect(hrefTo('/invitation/:token', { token: 'xyz' })).toBe('#/invitation/xyz');
    expect(hrefTo('/inquiries')).toBe('#/inquiries');
  });

  it('refuses an empty parameter at run time as the compiler refuses a missing one', () => {
    expect(() => pathTo('/inquiries/:id', { id: '' })).toThrow('/inquiries/:id needs the parameter id');
    // @ts-expect-error the path names a parameter
    expect(() => pathTo('/inquiries/:id')).toThrow();
    // @ts-expect-error no such path
    pathTo('/inquiry/:id', { id: '1' });
  });

});
