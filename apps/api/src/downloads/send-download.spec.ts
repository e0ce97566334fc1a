import { attachmentDisposition } from './send-download';

describe('attachmentDisposition', () => {
  it('gives the download an ASCII name and the exact one per RFC 5987', () => {
    expect(attachmentDisposition("Svar (Sø's) – 100%.pdf")).toBe(`attachment; filename="Svar (Soe's)  100%.pdf"; filename*=UTF-8''Svar%20%28S%C3%B8%27s%29%20%E2%80%93%20100%25.pdf`);
  });

  it('gives a plain ASCII name as it is', () => {
    expect(attachmentDisposition('beretning-2019-v1.pdf')).toBe('attachment; filename="beretning-2019-v1.pdf"');
  });

  it('never lets a quote, backslash or semicolon into the plain name', () => {
    expect(attachmentDisposition('a"b;c\\d.txt')).toBe(`attachment; filename="a_b_c_d.txt"; filename*=UTF-8''a%22b%3Bc%5Cd.txt`);
  });
});
