import { defineQuery, qb, runQuery, runWrite } from '@raadgiver/db';
import { EntityManager } from 'typeorm';

const ID = '00000000-0000-4000-8000-000000000001';

/** A job as the outbox holds it until the relay has added it: BullMQ's queue, job name, payload and options. */
export interface OutboxJob {
  tenantId: string;
  queue: string;
  name: string;
  payload: Record<string, unknown>;
  options: Record<string, unknown>;
}

/** A stored row: the job and its row id. */
export interface OutboxRow extends OutboxJob {
  id: string;
}

const EXAMPLE: OutboxJob = { tenantId: ID, queue: 'imports', name: 'inquiries.import', payload: { tenantId: ID, importJobId: ID }, options: { jobId: `import:${ID}:${ID}` } };

/** The outbox's SQL (job-outbox.repository.sql). */
export const jobOutboxQueries = {
  stage: defineQuery([EXAMPLE], (job: OutboxJob) =>
    qb.insertInto('job_outbox').values({ tenant_id: job.tenantId, queue: job.queue, name: job.name, payload: JSON.stringify(job.payload), options: JSON.stringify(job.options) }).returning('id'),
  ),
  /**
   * The oldest pending rows (or the ones of `ids`), locked until the relay's transaction ends; rows another relay holds
   * are skipped, so two relays never hand the same row over at once.
   */
  pending: defineQuery([null as string[] | null, 100], (ids: string[] | null, limit: number) =>
    qb
      .selectFrom('job_outbox')
      .select(['id', 'tenant_id as tenantId', 'queue', 'name', 'payload', 'options'])
      .$if(ids !== null, (query) => query.where('id', 'in', ids ?? []))
      .orderBy('created_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .$castTo<OutboxRow>(),
  ),
  delivered: defineQuery([[ID]], (ids: string[]) => qb.deleteFrom('job_outbox').where('id', 'in', ids)),
};

/** The outbox's rows, in the caller's transaction: staged in the tenant's, read and deleted by the relay in the operator's. */
export const jobOutboxRepository = {
  async stage(em: EntityManager, job: OutboxJob): Promise<string> {
    const [{ id }] = await runQuery(em, jobOutboxQueries.stage(job));
    return id;
  },

  pending(em: EntityManager, ids: string[] | null, limit: number): Promise<OutboxRow[]> {
    return runQuery(em, jobOutboxQueries.pending(ids, limit));
  },

  async delivered(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await runWrite(em, jobOutboxQueries.delivered(ids));
  },
};
