import { createTransport } from 'nodemailer';
import { MailCatcher, startMailCatcher } from './mail-catcher';

describe('startMailCatcher', () => {
  let catcher: MailCatcher;

  beforeAll(async () => {
    catcher = await startMailCatcher();
  });

  afterAll(async () => {
    await catcher?.stop();
  });

  it('keeps each mail sent through its URL, with envelope, subject and text as sent', async () => {
    const transport = createTransport(catcher.url);
    await transport.sendMail({ from: 'raadgiver@example.test', to: 'kontakt@norddjurs.demo', subject: 'Påmindelse: "frist" <snart>', text: 'Linje 1\nLinje 2 æøå' });
    transport.close();
    expect(catcher.messages()).toEqual([
      expect.objectContaining({
        from: 'raadgiver@example.test',
        to: ['kontakt@norddjurs.demo'],
        subject: 'Påmindelse: "frist" <snart>',
        text: 'Linje 1\nLinje 2 æøå\n',
      }),
    ]);
    catcher.clear();
    expect(catcher.messages()).toEqual([]);
  });
});
