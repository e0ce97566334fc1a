import { inContext, publishBenchmarkSnapshotInContext, refreshTenantBenchmarkInContext, seedDemoBenchmarkSettings } from '@raadgiver/db';
import { JOBS } from '@raadgiver/domain';
import { anInquiry, redisUrl, theTenant, uniqueName } from '@raadgiver/testing';
import { Queue } from 'bullmq';
import { useTestApi } from '../testing/test-api';
import { JobOutbox } from '../jobs/job-outbox';
import { JobsRedis } from '../jobs/jobs-redis';
import { BenchmarkQueue } from './benchmark-queue';

// The API, a seeded database clone and the constructed year take a while on a busy machine.
jest.setTimeout(30_000);

const YEAR = 2015;

const PUBLIC = `query P($year: Int) { publicBenchmark(year: $year) {
  year years tenants { id name own comment }
  figures { metric code nameDa national { median lowerQuartile upperQuartile tenantCount } peerGroups { peerGroup statistic { median } }
    values { tenantId own value count suppressed rank trend { year value suppressed } } nationalTrend { year median } } } }`;

interface Figure {
  metric: string;
  code: string | null;
  values: { tenantId: string; own: boolean; value: number | null; count: number | null; suppressed: boolean; rank: number | null }[];
}
interface Benchmark {
  year: number;
  tenants: { id: string; name: string; own: boolean; comment: string | null }[];
  figures: Figure[];
}

describe('the national benchmark through the API', () => {
  const ctx = useTestApi();
  let tenants: Record<string, string>;

  const figure = (b: Benchmark, metric: string, code: string | null = null) => b.figures.find((f) => f.metric === metric && f.code === code) as Figure;

  beforeAll(async () => {
    const { db } = ctx;
    tenants = Object.fromEntries((await db.admin.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant')).rows.map((r) => [r.slug, r.id]));
    await seedDemoBenchmarkSettings(db.app);
    await db.admin.query(`UPDATE tenant SET benchmark_opt_in = false WHERE slug = 'norddjurs'`);

    // A constructed year in Lejre: 23 complaints, 12 about processing time, 8 "other" and 3 about the duty to take
    // notes (23 − 12 − 8 would give the 3 away), all in one unit of the employment area with 4,000 decided cases.
    const lejre = tenants.lejre;
    const user = (await db.admin.query(`SELECT user_id FROM membership WHERE tenant_id = $1 LIMIT 1`, [lejre])).rows[0].user_id;
    const bench = await theTenant(db, lejre)
      .withCategory('Bench processing_time', { nationalCode: 'processing_time' })
      .withCategory('Bench other', { nationalCode: 'other' })
      .withCategory('Bench note_duty', { nationalCode: 'note_duty' })
      .withUnit('Bench Jobcenter', { kind: 'center', validFrom: '2010-01-01', nationalArea: 'employment' })
      .withDecidedCases({ unit: 'Bench Jobcenter', year: YEAR, cases: 4000, by: user })
      .withPopulation(YEAR, 25000)
      .build();
    const plan = [...Array(12).fill('processing_time'), ...Array(8).fill('other'), ...Array(3).fill('note_duty')] as string[];
    for (const [i, code] of plan.entries()) {
      await anInquiry(db, lejre)
        .withReference(`BENCH-${i}`)
        .withCitizen(`Bench citizen ${i}`, `Bench citizen ${i}`)
        .ofKind('complaint')
        .inUnit(bench.units.get('Bench Jobcenter') as string)
        .receivedOn(`${YEAR}-03-01`)
        .firstContactOn(`${YEAR}-03-0${1 + (i % 7)}`)
        .withCategories(bench.categories.get(`Bench ${code}`) as string)
        .build();
    }
    for (const id of Object.values(tenants)) await refreshTenantBenchmarkInContext(db.app, id);
    await publishBenchmarkSnapshotInContext(db.app);
  });

  it('names only the opted-in municipalities and publishes no cell below 5 to an anonymous caller', async () => {
    const result = await ctx.api.gql<{ publicBenchmark: Benchmark }>(PUBLIC, {});
    expect(result.errors).toBeUndefined();
    const benchmark = result.data?.publicBenchmark as Benchmark;
    expect(benchmark.tenants.map((t) => t.id).sort()).toEqual([tenants.lejre, tenants['lyngby-taarbaek']].sort());
    expect(benchmark.tenants.every((t) => !t.own)).toBe(true);
    const named = new Set(benchmark.tenants.map((t) => t.id));
    expect(benchmark.figures.length).toBeGreaterThan(10);
    for (const f of benchmark.figures) {
      for (const v of f.values) {
        expect(named.has(v.tenantId)).toBe(true);
        if (v.suppressed) expect([v.value, v.count, v.rank]).toEqual([null, null, null]);
        else if (v.count !== null) expect(v.count).toBeGreaterThanOrEqual(5);
      }
    }
    // Norddjurs counts in the national statistics without being named.
    expect(figure(benchmark, 'registrations_per_10000').values.some((v) => v.tenantId === tenants.norddjurs)).toBe(false);
  });

  it('suppresses the category of 3 and the next smallest, end to end', async () => {
    const { data } = await ctx.api.gql<{ publicBenchmark: Benchmark }>(PUBLIC, { year: YEAR });
    const benchmark = data?.publicBenchmark as Benchmark;
    const lejreIn = (code: string) => figure(benchmark, 'category_share', code).values.find((v) => v.tenantId === tenants.lejre);
    expect(lejreIn('processing_time')).toMatchObject({ value: 52.2, count: 12, suppressed: false, rank: 1 });
    expect(lejreIn('note_duty')).toMatchObject({ value: null, count: null, suppressed: true, rank: null });
    expect(lejreIn('other')).toMatchObject({ value: null, count: null, suppressed: true, rank: null });
  });

  it('matches a hand calculation per 10,000 inhabitants and per 1,000 decided cases', async () => {
    const { data } = await ctx.api.gql<{ publicBenchmark: Benchmark }>(PUBLIC, { year: YEAR });
    const benchmark = data?.publicBenchmark as Benchmark;
    // 23 registrations / 25,000 inhabitants · 10,000 = 9.2
    expect(figure(benchmark, 'registrations_per_10000').values.find((v) => v.tenantId === tenants.lejre)).toMatchObject({ value: 9.2, count: 23 });
    // 23 inquiries / 4,000 decided cases · 1,000 = 5.75 → 5.8 (half up)
    expect(figure(benchmark, 'inquiries_per_1000_decided', 'employment').values.find((v) => v.tenantId === tenants.lejre)).toMatchObject({ value: 5.8, count: 23 });
    // first contact after 0..6 days, cycling: the median of 23 such values is 3.
    expect(figure(benchmark, 'median_days_to_first_contact').values.find((v) => v.tenantId === tenants.lejre)).toMatchObject({ value: 3 });
  });

  it('shows a logged-in tenant its own unsuppressed figures and its unmapped entries, even without opt-in', async () => {
    const session = await ctx.api.login('admin@norddjurs.demo');
    const result = await ctx.api.gql<{ benchmarkDashboard: { benchmark: Benchmark; optIn: boolean; unmapped: { name: string }[] } }>(
      `{ benchmarkDashboard { optIn unmapped { kind name nationalCode } benchmark { year tenants { id own } figures { metric code values { tenantId own value count suppressed } } } } }`,
      {},
      session,
    );
    expect(result.errors).toBeUndefined();
    const dashboard = result.data?.benchmarkDashboard;
    expect(dashboard?.optIn).toBe(false);
    expect(dashboard?.benchmark.tenants.find((t) => t.own)?.id).toBe(tenants.norddjurs);
    const figures = dashboard?.benchmark.figures ?? [];
    const own = figures.flatMap((f) => f.values.filter((v) => v.own).map((v) => ({ metric: f.metric, ...v })));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((v) => v.count !== null)).toBe(true);
    // Its own hidden cells are shown with their numbers, marked as suppressed for others: small ones, and cells of 5 or
    // more only in a distribution with a small hidden cell to protect (complementary suppression).
    const hidden = own.filter((v) => v.suppressed);
    expect(hidden.some((v) => (v.count as number) < 5)).toBe(true);
    for (const v of hidden.filter((h) => (h.count as number) >= 5)) {
      expect(hidden.some((h) => h.metric === v.metric && (h.count as number) < 5)).toBe(true);
    }
  });

  it('serves changed aggregates at once, though the API keeps what it built from the last read', async () => {
    const session = await ctx.api.login('admin@lejre.demo');
    const comment = async () => {
      const result = await ctx.api.gql<{ benchmarkDashboard: { benchmark: Benchmark } }>(
        `query D($year: Int) { benchmarkDashboard(year: $year) { benchmark { tenants { id comment } } } }`, { year: YEAR }, session);
      expect(result.errors).toBeUndefined();
      return result.data?.benchmarkDashboard.benchmark.tenants.find((t) => t.id === tenants.lejre)?.comment;
    };
    const setComment = (text: string) =>
      ctx.api.gql(`mutation C($year: Int!, $text: String) { setBenchmarkComment(year: $year, text: $text) }`, { year: YEAR, text }, session);
    const before = await comment();
    expect(await comment()).toBe(before);
    await setComment('Ny sagsgang fra marts');
    expect(await comment()).toBe('Ny sagsgang fra marts');
    await setComment('');
    expect(await comment()).toBe(before ?? null);
  });

  it('reaches no inquiry, citizen or free text from the public query (walking its types)', async () => {
    const typeQuery = `query T($name: String!) { __type(name: $name) { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`;
    const named = (t: { kind: string; name: string | null; ofType?: unknown }): { kind: string; name: string } => (t.name ? (t as { kind: string; name: string }) : named(t.ofType as never));
    const root = await ctx.api.gql<{ __schema: { queryType: { fields: { name: string; type: never }[] } } }>(
      `{ __schema { queryType { fields { name type { kind name ofType { kind name ofType { kind name } } } } } } }`,
    );
    const start = named(root.data?.__schema.queryType.fields.find((f) => f.name === 'publicBenchmark')?.type as never).name;
    const allowedText = new Set(['BenchmarkFigure.nameDa', 'BenchmarkFigure.nameEn', 'BenchmarkFigure.code', 'BenchmarkTenant.name', 'BenchmarkTenant.slug',
      'BenchmarkTenant.kommunekode', 'BenchmarkTenant.comment']);
    const seen = new Set<string>();
    const queue = [start];
    const strings: string[] = [];
    while (queue.length) {
      const name = queue.shift() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      const { data } = await ctx.api.gql<{ __type: { kind: string; fields: { name: string; type: never }[] | null } }>(typeQuery, { name });
      for (const field of data?.__type.fields ?? []) {
        const type = named(field.type);
        if (type.kind === 'OBJECT') queue.push(type.name);
        if (type.name === 'String') strings.push(`${name}.${field.name}`);
      }
    }
    expect([...seen].filter((t) => /Inquiry|Citizen|Report|User|Audit|Learning|Category$|Outcome$/.test(t))).toEqual([]);
    expect(strings.filter((s) => !allowedText.has(s))).toEqual([]);
  });

  it('keeps at most one refresh per tenant pending, however many changes ask for one', async () => {
    const prefix = uniqueName('bench_queue');
    const saved = process.env.QUEUE_PREFIX;
    process.env.QUEUE_PREFIX = prefix;
    const redis = new JobsRedis({ ...ctx.api.config, redisUrl: redisUrl() });
    await redis.connection.connect();
    const outbox = new JobOutbox(ctx.db.app, redis);
    const producer = new BenchmarkQueue(outbox);
    const another = new BenchmarkQueue(outbox);
    process.env.QUEUE_PREFIX = saved;
    const refresh = (queue: BenchmarkQueue, tenantId: string) => inContext(ctx.db.app, { tenantId, userId: null }, (em) => queue.refreshSoon(em, tenantId));
    const queue = new Queue(JOBS.refreshBenchmark.queue, { connection: { url: redisUrl() }, prefix });
    try {
      for (let i = 0; i < 5; i++) await Promise.all([refresh(producer, tenants.lejre), refresh(producer, tenants.norddjurs)]);
      const delayed = await queue.getDelayed();
      expect(delayed.map((j) => j.data.tenantId).sort()).toEqual([tenants.lejre, tenants.norddjurs].sort());
      expect(delayed.every((j) => j.name === JOBS.refreshBenchmark.name && j.opts.delay === producer.delayMs)).toBe(true);
      // Producers share the one connection they were given.
      await refresh(another, tenants.lejre);
      expect((await queue.getDelayed()).length).toBe(2);
      const clients = String(await redis.connection.client('LIST')).split('\n');
      expect(clients.filter((line) => line.includes(` name=${redis.connectionName} `))).toHaveLength(1);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await outbox.onModuleDestroy();
      await redis.onApplicationShutdown();
    }
  });
});
