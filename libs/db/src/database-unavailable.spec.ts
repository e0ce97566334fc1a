import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable, TransactionLostError } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const sqlState = (code: string) => Object.assign(new DatabaseError('server says', 0, 'error'), { code });

describe('telling PostgreSQL away from a statement gone wrong', () => {
  it.each<[string, unknown]>([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['every address of a host refusing', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'), withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')])],
    ['the driver losing its connection', new Error('Connection terminated unexpectedly')],
    ['the pool giving up connecting', new Error('timeout exceeded when trying to connect')],
    ['a server shut down', sqlState('57P01')],
    ['a server crashed', sqlState('57P02')],
    ['a server starting up', sqlState('57P03')],
    ['a connection failure', sqlState('08006')],
    ['too many connections', sqlState('53300')],
    ['a statement that lost its connection', new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))],
    ['a transaction lost with its connection', new TransactionLostError()],
  ])('takes %s for the database away', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a unique violation', new QueryFailedError('INSERT', [], sqlState('23505'))],
    ['a syntax error', sqlState('42601')],
    ['a row-level security refusal', sqlState('42501')],
    ['a serialization failure', sqlState('40001')],
    ['a refusal among other errors', new AggregateError([withCode('connect ECONNREFUSED', 'ECONNREFUSED'), new Error('boom')])],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['no error at all', undefined],
    ['a string', 'Connection terminated'],
  ])('does not take %s for it', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
