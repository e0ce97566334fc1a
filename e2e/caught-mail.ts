import { expect } from '@playwright/test';
import { MAIL_HTTP_PORT } from './ports';

interface CaughtMail { to: string[]; text: string }

/** The path of the newest invitation link e-mailed to the address (caught by the dev mail catcher). */
export async function invitationPath(email: string): Promise<string> {
  let path: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await (await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/`)).json()) as CaughtMail[];
      path = mails.filter((m) => m.to.includes(email)).at(-1)?.text.match(/https?:\/\/[^/\s]+\/(#\/invitation\/\S+)/)?.[1];
      return path;
    }, { timeout: 20_000 })
    .toBeTruthy();
  return `/${path}`;
}
