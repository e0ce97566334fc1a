import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { ImportResult, InquiryImportService } from './inquiry-import.service';

const TENANT = '2f1c0c1e-7a4b-4c7e-9d3b-1b2a3c4d5e6f';
const DONE: ImportResult = { status: 'succeeded', totalRows: 1, insertedRows: 1, skippedRows: 0, errorCount: 0 };

function importJob(importJobId: string): Job {
  return { data: { tenantId: TENANT, importJobId }, attemptsMade: 0, opts: { attempts: 5 }, updateProgress: jest.fn() } as unknown as Job;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the inquiries.import job handler', () => {
  it('runs at most two imports at a time in a process, and the next starts when one ends', async () => {
    const service = new InquiryImportService({} as DataSource);
    let running = 0;
    let peak = 0;
    const finish: (() => void)[] = [];
    jest.spyOn(service, 'run').mockImplementation(async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise<void>((resolve) => finish.push(resolve));
      running -= 1;
      return DONE;
    });
    const ids = ['1', '2', '3', '4'].map((n) => `9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6${n}`);
    const results = ids.map((id) => service.handle(importJob(id)));
    await settle();
    expect(running).toBe(2);
    finish.shift()?.();
    await settle();
    expect(running).toBe(2);
    while (finish.length > 0) {
      finish.shift()?.();
      await settle();
    }
    await expect(Promise.all(results)).resolves.toEqual([DONE, DONE, DONE, DONE]);
    expect(peak).toBe(2);
  });

  it('fails a job without proper ids for good', async () => {
    const service = new InquiryImportService({} as DataSource);
    const job = { data: { tenantId: 'x', importJobId: TENANT }, attemptsMade: 0, opts: {} } as unknown as Job;
    await expect(service.handle(job)).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
