import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { safeError } from './safe-error';

describe('safeError', () => {
  it("keeps PostgreSQL's SQLSTATE and schema names, and leaves out the message, the detail, the query and its parameters", () => {
    const pg = Object.assign(new DatabaseError('duplicate key value violates unique constraint "citizen_email_key"', 100, 'error'), {
      code: '23505', detail: 'Key (email)=(jens@example.dk) already exists.', constraint: 'citizen_email_key', table: 'citizen', column: 'email',
    });
    const typeorm = new QueryFailedError('INSERT INTO citizen (display_name, email) VALUES ($1, $2)', ['Jens Hansen', 'jens@example.dk'], pg);
    const safe = safeError(typeorm);
    expect(safe).toEqual({ type: 'QueryFailedError', code: '23505', constraint: 'citizen_email_key', table: 'citizen', column: 'email', stack: expect.stringMatching(/^\s+at /) });
    expect(JSON.stringify(safe)).not.toMatch(/Jens|jens@|INSERT|duplicate/);
  });

  it('keeps the causes the same way, and a system error its code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const wrapped = new Error('"Jens Hansen" is not valid JSON', { cause: refused });
    expect(safeError(wrapped)).toEqual({ type: 'Error', stack: expect.any(String), cause: { type: 'Error', code: 'ECONNREFUSED', stack: expect.any(String) } });
    expect(JSON.stringify(safeError(wrapped))).not.toContain('Jens');
  });

  it('names what is thrown that is no error by its type only', () => {
    expect(safeError('Jens Hansen')).toEqual({ type: 'string' });
    expect(safeError(null)).toEqual({ type: 'null' });
  });
});
