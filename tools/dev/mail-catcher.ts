/**
 * The development mail catcher that `npm start` runs: an SMTP server that keeps every mail in memory, prints a line
 * per mail, and lists them as JSON over HTTP (GET /; DELETE / forgets them). Nothing leaves the machine.
 *
 * Env: MAIL_SMTP_PORT (1025), MAIL_HTTP_PORT (1080). Tells its parent { smtpUrl, httpUrl } over IPC when ready.
 */
import { startMailCatcher } from '@raadgiver/testing';
import { createServer } from 'node:http';

const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const catcher = await startMailCatcher({
    host: HOST,
    port: Number(process.env.MAIL_SMTP_PORT ?? 1025),
    onMessage: (mail) => console.log(`mail to ${mail.to.join(', ')}: ${mail.subject}`),
  });
  const http = createServer((request, response) => {
    if (request.method === 'DELETE') catcher.clear();
    else if (request.method !== 'GET') {
      response.writeHead(405).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(catcher.messages(), null, 2));
  });
  const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 1080);
  await new Promise<void>((resolve, reject) => http.once('error', reject).listen(httpPort, HOST, resolve));
  const urls = { smtpUrl: catcher.url, httpUrl: `http://${HOST}:${httpPort}/` };
  console.log(`mail catcher on ${urls.smtpUrl}; caught mail at ${urls.httpUrl}`);
  process.send?.(urls);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      http.close();
      void catcher.stop().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(`The mail catcher failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
