import { parseRoute } from './use-hash-route';

describe('hash route', () => {
  it('splits the page, its path and its query', () => {
    expect(parseRoute('')).toEqual({ path: [], query: '' });
    expect(parseRoute('inquiries')).toEqual({ path: ['inquiries'], query: '' });
    expect(parseRoute('inquiries/a%2Fb/edit')).toEqual({ path: ['inquiries', 'a/b', 'edit'], query: '' });
    expect(parseRoute('inquiries?kind=COMPLAINT&q=a?b')).toEqual({ path: ['inquiries'], query: 'kind=COMPLAINT&q=a?b' });
  });
});
