import { JOBS, METRIC_NAMES } from '@raadgiver/domain';
import { redisUrl, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { useTestApi } from '../testing/test-api';
import { killWorkerProcesses, startWorkerProcess } from '../testing/worker-process';

const TOKEN = 'metrics-token-for-the-tests';

/** The value of one series of a Prometheus text exposition, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(url: string, token: string | null = TOKEN): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
}

describe('Prometheus metrics of the API and the worker', () => {
  const queuePrefix = uniqueName('rgmetrics');
  const context = useTestApi({ METRICS_TOKEN: TOKEN });
  let queue: Queue;

  beforeAll(() => {
    queue = new Queue(JOBS.ping.queue, { connection: { url: redisUrl() }, prefix: queuePrefix });
  });

  afterAll(async () => {
    killWorkerProcesses();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
  });

  it('serves the API metrics only with the token', async () => {
    expect((await scrape(context.api.url, null)).status).toBe(404);
    expect((await scrape(context.api.url, 'not-the-metrics-token-at-all')).status).toBe(404);
    const { status, text } = await scrape(context.api.url);
    expect(status).toBe(200);
    expect(sample(text, `${METRIC_NAMES.healthReady}{process="api"}`)).toBe(1);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('times GraphQL requests by operation name, counts errors by code, and HTTP requests by route pattern', async () => {
    const session = await context.api.login('advisor@lejre.demo');
    await context.api.gql('query WhoAmI { me { user { email } } }', {}, session);
    await context.api.gql('query WhoAmI { me { user { email } } }', {}, { token: 'not-a-token' });
    await context.api.gql('{ me { user { id } } }', {}, session);
    await context.api.gql('query Not-A-Name { me { user { id } } }', {}, session);
    const reportId = '6f1c8a50-5a55-4c3a-9e57-1d2b3c4d5e6f';
    await fetch(`${context.api.url}/reports/${reportId}/versions/1/document.pdf`, { headers: { authorization: `Bearer ${session.token}` } });

    const { text } = await scrape(context.api.url);
    expect(sample(text, `${METRIC_NAMES.graphqlRequestDuration}_count{operation="WhoAmI",status="ok"}`)).toBe(1);
    expect(sample(text, `${METRIC_NAMES.graphqlRequestDuration}_count{operation="WhoAmI",status="error"}`)).toBe(1);
    expect(sample(text, `${METRIC_NAMES.graphqlErrors}{operation="WhoAmI",code="UNAUTHENTICATED"}`)).toBe(1);
    expect(sample(text, `${METRIC_NAMES.graphqlRequestDuration}_count{operation="anonymous",status="ok"}`)).toBeGreaterThanOrEqual(1);
    // A document that does not parse has no operation: anonymous, with GraphQL's own code.
    expect(sample(text, `${METRIC_NAMES.graphqlErrors}{operation="anonymous",code="GRAPHQL_PARSE_FAILED"}`)).toBe(1);
    expect(sample(text, `${METRIC_NAMES.httpRequestDuration}_count{method="POST",route="/graphql",status="200"}`)).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(new RegExp(`^${METRIC_NAMES.httpRequestDuration}_count\\{method="GET",route="/reports/:reportId/versions/:version/document.pdf",status="\\d+"\\} 1$`, 'm'));
    // No id, no e-mail address in any series.
    expect(text).not.toContain(reportId);
    expect(text).not.toContain('lejre');
    for (const state of ['total', 'idle', 'waiting']) expect(sample(text, `${METRIC_NAMES.dbPoolConnections}{state="${state}"}`)).toBeGreaterThanOrEqual(0);
    expect(sample(text, `${METRIC_NAMES.dbPoolConnections}{state="total"}`)).toBeGreaterThan(0);
  });

  it('has the worker time its jobs and count its queues, on its own listener', async () => {
    const worker = await startWorkerProcess(context.db.appUrl, queuePrefix, { METRICS_TOKEN: TOKEN });
    try {
      expect((await scrape(worker.httpUrl, null)).status).toBe(404);
      const job = await queue.add(JOBS.ping.name, {});
      await queue.add(JOBS.ping.name, {}, { delay: 3_600_000 });
      const { QueueEvents } = await import('bullmq');
      const events = new QueueEvents(JOBS.ping.queue, { connection: { url: redisUrl() }, prefix: queuePrefix });
      try {
        await job.waitUntilFinished(events, 30_000);
      } finally {
        await events.close();
      }

      const { status, text } = await scrape(worker.httpUrl);
      expect(status).toBe(200);
      const queueName = JOBS.ping.queue;
      expect(sample(text, `${METRIC_NAMES.jobDuration}_count{queue="${queueName}",name="${JOBS.ping.name}",outcome="completed"}`)).toBe(1);
      // The delayed job and the schedulers' next runs, as BullMQ counts them.
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
      expect(counts.delayed).toBeGreaterThanOrEqual(1);
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(sample(text, `${METRIC_NAMES.queueJobs}{queue="${queueName}",state="${state}"}`)).toBe(counts[state]);
      expect(sample(text, `${METRIC_NAMES.queueOldestWaiting}{queue="${queueName}"}`)).toBe(0);
      expect(sample(text, `${METRIC_NAMES.healthReady}{process="worker"}`)).toBe(1);
      expect(sample(text, `${METRIC_NAMES.dbPoolConnections}{state="total"}`)).toBeGreaterThan(0);
      expect(text).toMatch(/^process_resident_memory_bytes /m);
    } finally {
      await worker.stop();
    }
  }, 150_000);
});
