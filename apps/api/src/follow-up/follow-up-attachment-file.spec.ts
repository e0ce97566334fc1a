import { isDomainError, presentError } from '@raadgiver/domain';
import { attachmentFileName, checkAttachment } from './follow-up-attachment-file';

const file = (content: Buffer | string, originalname: string, mimetype: string) => {
  const buffer = Buffer.from(content);
  return { buffer, originalname, mimetype, size: buffer.length };
};
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? presentError(error, 'da')[0] : error;
  }
  throw new Error('not refused');
};

describe('follow-up attachment files', () => {
  it('keeps the last part of a path, drops quotes, and shortens to 200 characters with the extension', () => {
    expect(attachmentFileName('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(attachmentFileName('C:\\Users\\bs\\Referat "møde".txt')).toBe('Referat møde.txt');
    expect(attachmentFileName('...')).toBe('');
    // What a browser's UTF-8 becomes when read as latin1, taken back.
    expect(attachmentFileName(Buffer.from('Årsplan.pdf', 'utf8').toString('latin1'))).toBe('Årsplan.pdf');
    const long = attachmentFileName(`${'ø'.repeat(300)}.docx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('ø.docx')).toBe(true);
  });

  it('refuses a name with a control character or a lone surrogate, naming the field file, and removes bidirectional controls', () => {
    for (const name of ['a\u0000b.pdf', 'a\nb.pdf', 'a\u009bb.pdf', 'a\ud800b.pdf']) {
      expect(refusal(() => attachmentFileName(name))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/^Filnavnet indeholder (et kontroltegn|et ufuldstændigt tegn) \(U\+[0-9A-F]{4}\)/) });
    }
    // "Faktura<RLO>fdp.exe" reads as "Fakturaexe.pdf": kept as what it is.
    expect(attachmentFileName('Faktura\u202efdp.exe')).toBe('Fakturafdp.exe');
    expect(attachmentFileName('\u2066Referat\u2069.pdf')).toBe('Referat.pdf');
    expect(attachmentFileName('Smil 😀.pdf')).toBe('Smil 😀.pdf');
  });

  it('accepts the allowed types by declared type and content', () => {
    expect(checkAttachment(file('%PDF-1.7\n', 'a.pdf', 'application/pdf')).contentType).toBe('application/pdf');
    expect(checkAttachment(file('ÆØÅ\n', 'a.txt', 'text/plain; charset=UTF-8')).contentType).toBe('text/plain');
    expect(checkAttachment(file(Buffer.from('ffd8ffdb', 'hex'), 'a.JPG', 'image/jpg')).contentType).toBe('image/jpeg');
    expect(checkAttachment(file(Buffer.from('PK\u0003\u0004xl/workbook.xml', 'latin1'), 'a.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).fileName).toBe('a.xlsx');
  });

  it('refuses, naming the field file, what is not what it says or not allowed', () => {
    const bad = { code: 'BAD_USER_INPUT', field: 'file' };
    expect(refusal(() => checkAttachment(undefined))).toMatchObject(bad);
    expect(refusal(() => checkAttachment(file('', 'a.pdf', 'application/pdf')))).toMatchObject({ ...bad, message: 'Filen er tom' });
    expect(refusal(() => checkAttachment(file('hello', 'a.pdf', 'application/pdf')))).toMatchObject({ ...bad, message: 'Filen er angivet som PDF, men indholdet er ikke PDF' });
    expect(refusal(() => checkAttachment(file('PK\u0003\u0004xl/', 'a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')))).toMatchObject(bad);
    expect(refusal(() => checkAttachment(file('<svg/>', 'a.svg', 'image/svg+xml')))).toMatchObject(bad);
    expect(refusal(() => checkAttachment(file(Buffer.from([0xc3, 0x28]), 'a.txt', 'text/plain')))).toMatchObject(bad);
    expect(refusal(() => checkAttachment(file('%PDF-', 'a.exe', 'application/pdf')))).toMatchObject({ ...bad, message: 'Filnavnet skal ende på .pdf for en fil af typen PDF' });
  });
});
