import { useOwnStack } from '../testing/own-stack';
import { Session } from '../testing/test-api';
import {
  acknowledgedId, advisorSessions, isReferenceTaken, outcomeText, reconcile, REGISTER_INQUIRY, RegistrationLedger, registrationSubject, registrationVariables, send, until,
} from '../testing/registration-stream';

const CLIENTS = 20;

describe('an API process killed in the middle of a stream of registrations', () => {
  const stack = useOwnStack(2);

  it('loses no acknowledged registration and stores none by halves', async () => {
    const { postgres, apis: [survivor, victim] } = stack;
    const sessions = await advisorSessions(survivor, CLIENTS, 'kill.advisor');
    const subject = await registrationSubject(survivor, postgres, sessions[0]);
    const ledger = new RegistrationLedger();
    // Retried: sent again to the survivor after the victim did not answer; answerLost: the retry was told the reference
    // is taken. Survivor failures: any other answer of the survivor than an acknowledgement (a timeout among them).
    const tally = { acknowledgedBySurvivor: 0, acknowledgedByVictim: 0, retried: 0, answerLost: 0, survivorFailures: [] as string[] };
    let stopping = false;

    /** A client alternating between the APIs; the one that stops answering it leaves, and sends the rest to the other. */
    const client = async (session: Session, index: number) => {
      let targets = index % 2 ? [victim, survivor] : [survivor, victim];
      for (let n = 0; !stopping; n++) {
        const target = targets[n % targets.length];
        const reference = ledger.newReference();
        const variables = registrationVariables(reference, subject);
        let outcome = await send(target.url, REGISTER_INQUIRY, variables, session);
        let answeredBy = target;
        if (outcome.kind === 'unreachable' && target === victim) {
          targets = [survivor];
          // The reference is unique in the municipality, so sending it again cannot register twice: the retry either
          // registers it or is told the reference is taken (the killed API stored it, its answer lost).
          tally.retried++;
          outcome = await send(survivor.url, REGISTER_INQUIRY, variables, session);
          answeredBy = survivor;
          if (isReferenceTaken(outcome)) {
            tally.answerLost++;
            ledger.refuse(reference, 'stored by the killed API, its answer lost');
            continue;
          }
        }
        const id = acknowledgedId(outcome, reference);
        if (id) {
          ledger.acknowledge(reference, id);
          if (answeredBy === survivor) tally.acknowledgedBySurvivor++;
          else tally.acknowledgedByVictim++;
        } else {
          ledger.refuse(reference, outcomeText(outcome));
          if (answeredBy === survivor) tally.survivorFailures.push(outcomeText(outcome));
        }
      }
    };

    const clients = sessions.map(client);
    try {
      const state = () => tally;
      await until('40 registrations acknowledged by each API', 60_000, () => tally.acknowledgedByVictim >= 40 && tally.acknowledgedBySurvivor >= 40, state);
      await victim.stop('SIGKILL');
      const atKill = tally.acknowledgedBySurvivor;
      await until('100 more registrations acknowledged by the surviving API', 60_000, () => tally.acknowledgedBySurvivor >= atKill + 100, state);
    } finally {
      stopping = true;
      await Promise.all(clients);
    }

    const result = { ...(await reconcile(postgres, ledger)), ...tally };
    // The whole tally is in the message when this fails.
    expect(result).toMatchObject({ lost: [], halfStored: [], neverSent: [], survivorFailures: [] });
    // The kill fell in the stream: requests reached the dead API, and were sent again to the living one.
    expect(result.retried).toBeGreaterThan(0);
    // A registration is either acknowledged or was stored by the killed API with its answer lost (the retry was told
    // the reference is taken, and it is stored): none stored unacknowledged otherwise, none neither.
    expect(result.storedUnacknowledged).toBe(result.answerLost);
    expect(result.acknowledged + result.answerLost).toBe(result.sent);
  }, 180_000);
});
