import { apiLanguage } from './api-language';

describe('the language asked of the API', () => {
  it('is English only when the user chose English', () => {
    expect(apiLanguage('en')).toBe('en');
    expect(apiLanguage('da')).toBe('da');
    expect(apiLanguage(undefined)).toBe('da');
  });
});
