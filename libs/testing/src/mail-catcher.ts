import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail the catcher received: the envelope and the parsed message. */
export interface CaughtMail {
  /** The envelope sender. */
  from: string;
  /** The envelope recipients, as the SMTP client gave them. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
}

export interface MailCatcher {
  /** smtp://host:port, for SMTP_URL. */
  url: string;
  port: number;
  /** The mails received so far, oldest first. */
  messages(): CaughtMail[];
  clear(): void;
  stop(): Promise<void>;
}

export interface MailCatcherOptions {
  /** 0 (any free port) unless given. */
  port?: number;
  host?: string;
  /** Called for each mail once it is stored, before the client hears that it was accepted. */
  onMessage?: (mail: CaughtMail) => void;
}

/**
 * An SMTP server that keeps every mail in memory, for tests and for development (tools/dev/mail-catcher.ts).
 * Plain SMTP without STARTTLS or authentication; a mail is parsed and stored before the server accepts it, so when
 * the sender's sendMail resolves, messages() has it.
 */
export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  let caught: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: CaughtMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            receivedAt: new Date().toISOString(),
          };
          caught.push(mail);
          options.onMessage?.(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${port}`,
    port,
    messages: () => [...caught],
    clear: () => {
      caught = [];
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
