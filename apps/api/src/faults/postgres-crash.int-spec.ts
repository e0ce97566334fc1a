import { useOwnStack } from '../testing/own-stack';
import { Session } from '../testing/test-api';
import {
  acknowledgedId, advisorSessions, Outcome, outcomeText, reconcile, REGISTER_INQUIRY, RegistrationLedger, registrationSubject, registrationVariables, send, until,
} from '../testing/registration-stream';

const CLIENTS = 6;
const READ_INQUIRIES = 'query Read { inquiries(first: 5) { totalCount edges { node { id reference } } } }';
const UNAVAILABLE_DA = 'Tjenesten er midlertidigt utilgængelig; prøv igen om lidt';
/** Unclear answers listed in a failure message; any one fails the test. */
const MAX_LISTED = 20;

/** The answer while the database is away: 503, the code and the Danish message only, nothing of PostgreSQL's. */
function isUnavailable(outcome: Outcome): boolean {
  if (outcome.kind !== 'answered' || outcome.status !== 503 || outcome.body.data || /ECONNREFUSED|Connection terminated|terminating connection/.test(outcome.text)) return false;
  const errors = outcome.body.errors ?? [];
  return errors.length > 0 && errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions.messageCode === 'database_unavailable' && e.message === UNAVAILABLE_DA);
}

function isRead(outcome: Outcome): boolean {
  return outcome.kind === 'answered' && outcome.status === 200 && !outcome.body.errors && outcome.body.data?.inquiries !== undefined;
}

/** Before the crash, while the server is down, while it starts again (recovering from its WAL), after. */
type Phase = 'before' | 'away' | 'restarting' | 'back';

describe('PostgreSQL crashed and restarted under load', () => {
  const stack = useOwnStack(1);

  it('answers 503 while it is away, serves again without a restart, and loses no acknowledged write', async () => {
    const { postgres, apis: [api] } = stack;
    const sessions = await advisorSessions(api, CLIENTS, 'crash.advisor');
    const subject = await registrationSubject(api, postgres, sessions[0]);
    const ledger = new RegistrationLedger();
    const pid = api.child.pid;

    let phase: Phase = 'before';
    // By the phase a request was sent in. Unclear: neither a success nor a clear 503 (a timeout among them).
    const tally = {
      registered: { before: 0, away: 0, restarting: 0, back: 0 },
      read: { before: 0, away: 0, restarting: 0, back: 0 },
      unavailable: { before: 0, away: 0, restarting: 0, back: 0 },
      unclear: [] as string[],
      recoveredInMs: 0,
    };
    let stopping = false;

    /** Registrations, and every third request a read of the list, one after another until the test stops. */
    const client = async (session: Session) => {
      for (let n = 0; !stopping; n++) {
        const sentIn = phase;
        const reading = n % 3 === 2;
        const reference = reading ? '' : ledger.newReference();
        const outcome = await (reading ? send(api.url, READ_INQUIRIES, {}, session) : send(api.url, REGISTER_INQUIRY, registrationVariables(reference, subject), session));
        const id = reading ? null : acknowledgedId(outcome, reference);
        if (id) ledger.acknowledge(reference, id);
        else if (!reading) ledger.refuse(reference, outcomeText(outcome));
        if (id) tally.registered[sentIn]++;
        else if (reading && isRead(outcome)) tally.read[sentIn]++;
        else if (isUnavailable(outcome)) {
          tally.unavailable[sentIn]++;
          // Told to try again shortly, a client waits a little.
          await new Promise((resolve) => setTimeout(resolve, 100));
        } else if (tally.unclear.push(`${sentIn}: ${outcomeText(outcome)}`) > MAX_LISTED) tally.unclear.pop();
      }
    };

    const clients = sessions.map(client);
    // What the failure of a wait tells: the tally, and the API's last words if it is gone.
    const state = () => {
      const gone = api.child.exitCode ?? api.child.signalCode;
      return gone === null ? tally : { ...tally, apiExited: gone, apiOutput: api.output().slice(-4000) };
    };
    try {
      await until('30 registrations acknowledged', 60_000, () => tally.registered.before >= 30, state);
      await postgres.crash();
      phase = 'away';
      await until('12 requests answered while the database is away', 60_000, () => tally.unavailable.away + tally.unclear.length >= 12, state);
      const restarted = Date.now();
      phase = 'restarting';
      await postgres.start();
      phase = 'back';
      await until('a registration acknowledged after the restart', 60_000, () => tally.registered.back > 0, state);
      tally.recoveredInMs = Date.now() - restarted;
      await until('30 registrations acknowledged after the restart', 60_000, () => tally.registered.back >= 30, state);
    } finally {
      stopping = true;
      await Promise.all(clients);
    }

    // The same process serves again: it was not restarted, and did not exit.
    expect({ pid: api.child.pid, exitCode: api.child.exitCode, signal: api.child.signalCode }).toEqual({ pid, exitCode: null, signal: null });
    // Every request had a success or a clear 503, in time; the whole tally is in the message when this fails.
    expect(tally).toMatchObject({ unclear: [] });
    // While the server was down every request was refused, none was let through.
    expect(tally.unavailable.away).toBeGreaterThan(0);
    expect([tally.registered.away, tally.read.away]).toEqual([0, 0]);
    expect(tally.read.back).toBeGreaterThan(0);
    // Every registration acknowledged, before the crash and after, is stored whole; none stored by halves.
    expect(await reconcile(postgres, ledger)).toMatchObject({ lost: [], halfStored: [], neverSent: [] });
  }, 300_000);
});
