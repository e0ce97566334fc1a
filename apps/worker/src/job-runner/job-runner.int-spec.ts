import { Injectable, INestApplicationContext, Module } from '@nestjs/common';
import { JOBS, QUEUES } from '@raadgiver/domain';
import { createTestDatabase, redisUrl, TestDatabase, uniqueName } from '@raadgiver/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { createWorkerApp, startWorker } from '../worker';
import { WorkerConfig } from '../worker-config';
import { JobHandler } from './job-handler.decorator';
import { redisConnectionOptions } from './redis-connection';

@Injectable()
class OnlyPing {
  @JobHandler(JOBS.ping)
  async ping(): Promise<string> {
    return 'pong';
  }
}
@Module({ providers: [OnlyPing] })
class OnlyPingModule {}

@Injectable()
class SecondPing {
  @JobHandler(JOBS.ping)
  async ping(): Promise<string> {
    return 'second';
  }
}
@Module({ providers: [SecondPing] })
class SecondPingModule {}

/** Handles every job; ping takes a while, to be caught running at shutdown. */
@Injectable()
class SlowJobs {
  finished: string[] = [];

  @JobHandler(JOBS.ping)
  async ping(job: Job): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, 500));
    this.finished.push(job.id as string);
    return 'slow pong';
  }

  @JobHandler(JOBS.purgeExpiredSessions)
  async purge(): Promise<{ deleted: number }> {
    return { deleted: 0 };
  }

  @JobHandler(JOBS.importInquiries)
  async importInquiries(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.generateReport)
  async generateReport(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.generateMissingReportDocuments)
  async generateMissingReportDocuments(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.generateFollowUpNote)
  async generateFollowUpNote(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.sendReminders)
  async sendReminders(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.refreshBenchmark)
  async refreshBenchmark(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.refreshAllBenchmarks)
  async refreshAllBenchmarks(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.publishMissingBenchmark)
  async publishMissingBenchmark(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.sendInvitation)
  async sendInvitation(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.runRetention)
  async runRetention(): Promise<null> {
    return null;
  }

  @JobHandler(JOBS.runTenantRetention)
  async runTenantRetention(): Promise<null> {
    return null;
  }
}
@Module({ providers: [SlowJobs] })
class SlowJobsModule {}

describe('the job runner', () => {
  // Nothing listens on these ports: a failed start must not have tried to connect anywhere.
  const unreachable: WorkerConfig = {
    redisUrl: 'redis://127.0.0.1:1',
    databaseUrl: 'postgres://nobody@127.0.0.1:1/nothing',
    queuePrefix: 'never',
    concurrency: 1,
    lockMs: 30_000,
  };

  it('refuses to start when a job has no handler, naming the job', async () => {
    await expect(createWorkerApp(unreachable, { jobModules: [OnlyPingModule], logger: false })).rejects.toThrow(
      'The worker refuses to start: no handler for job "maintenance.purge-expired-sessions"',
    );
  });

  it('refuses to start when a job has two handlers, naming the job and both handlers', async () => {
    await expect(
      createWorkerApp(unreachable, { jobModules: [MaintenanceModule, SecondPingModule], logger: false }),
    ).rejects.toThrow('2 handlers for job "maintenance.ping" (MaintenanceService.ping, SecondPing.ping)');
  });

  describe('at shutdown', () => {
    const queuePrefix = uniqueName('test_runner');
    const connection = redisConnectionOptions(redisUrl());
    let db: TestDatabase;
    let app: INestApplicationContext;
    let queue: Queue;
    let events: QueueEvents;

    beforeAll(async () => {
      db = await createTestDatabase({ poolSize: 1 });
      app = await createWorkerApp(
        { redisUrl: redisUrl(), databaseUrl: db.appUrl, queuePrefix, concurrency: 1, lockMs: 30_000 },
        { jobModules: [SlowJobsModule], logger: false },
      );
      await startWorker(app);
      queue = new Queue(QUEUES.maintenance, { connection, prefix: queuePrefix });
      events = new QueueEvents(QUEUES.maintenance, { connection, prefix: queuePrefix });
      await events.waitUntilReady();
    });

    afterAll(async () => {
      await queue?.obliterate({ force: true });
      await queue?.close();
      await events?.close();
      await db?.drop();
    });

    it('lets the running job finish before it closes', async () => {
      const slow = app.get(SlowJobs);
      const active = new Promise<string>((resolve) => events.once('active', ({ jobId }) => resolve(jobId)));
      const job = await queue.add(JOBS.ping.name, {});
      expect(await active).toBe(job.id);

      await app.close();

      expect(slow.finished).toEqual([job.id]);
      expect(await queue.getJobState(job.id as string)).toBe('completed');
      expect((await queue.getJob(job.id as string))?.returnvalue).toBe('slow pong');
    });
  });
});
