import { Injectable, Logger } from '@nestjs/common';
import { BenchmarkData, BenchmarkDataRow, BenchmarkSnapshotVersion, benchmarkQueries, benchmarkUnmappedFromRow, buildPublishedBenchmark, loadCurrentTaxonomy } from '@raadgiver/db';
import { InvalidInputError, isPeerGroup, NotFoundError, taxonomyProblems, isUuid } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { BenchmarkMemo } from './benchmark-memo';
import { BenchmarkQueue } from './benchmark-queue';
import { benchmarkSettingRepository } from './benchmark.repository';
import { RequestContext } from '../graphql/request-context';
import { PublishedBenchmarks } from './published-benchmarks';
import {
  BenchmarkDashboardType, BenchmarkType, CreateNationalTaxonomyVersionInput, NationalTaxonomyVersionType,
} from './benchmark.types';

const CODE = /^[a-z][a-z0-9_]{0,39}$/;

function checkYear(year: number | null | undefined): void {
  if (year !== null && year !== undefined && (!Number.isInteger(year) || year < 1970 || year > 2100)) throw InvalidInputError.of('year', 'out_of_range', { min: 1970, max: 2100 });
}

/**
 * The national benchmark: built from the precomputed aggregates (plus tenant names, population and taxonomy),
 * never from inquiries. The public sees the opted-in tenants with small cells suppressed, answered from the snapshot
 * the worker publishes after each refresh; a logged-in tenant also sees its own figures unsuppressed, built once per
 * version of the aggregates and tenant and year, and answered while the newest snapshot is that version.
 */
@Injectable()
export class BenchmarkService {
  private readonly memo = new BenchmarkMemo<BenchmarkType>();
  private readonly logger = new Logger(BenchmarkService.name);

  constructor(
    private readonly audit: AuditService,
    private readonly published: PublishedBenchmarks,
    private readonly queue: BenchmarkQueue,
  ) {}

  /**
   * The published snapshot's year; a year it has not (none with figures) and the time before the first publish are
   * built from the aggregates as before, one statement in one round trip with the request's context.
   */
  async publicBenchmark(ctx: RequestContext, year: number | null | undefined): Promise<BenchmarkType> {
    checkYear(year);
    const published = await this.published.year(year ?? null);
    if (published) {
      ctx.builtFromSnapshot(published.version);
      return published.benchmark;
    }
    return this.withData(ctx, false, (row) => this.memo.resultOf(row, `public:${year ?? ''}`, (data) => this.benchmark(data, year ?? null, null)));
  }

  async dashboard(ctx: RequestContext, year: number | null | undefined): Promise<BenchmarkDashboardType> {
    const { tenantId } = ctx.requireTenant();
    checkYear(year);
    const unmapped = ctx.auth?.roles.includes('tenant_admin') ?? false;
    const key = `${tenantId}:${year ?? ''}`;
    // While the newest snapshot is the version the memo holds, the tenant's build is answered without reading the
    // aggregates; only the tenant admin's own unmapped entries are read (they change with its catalogue, not a refresh).
    const newest = await this.published.newest();
    const dashboardOf = (row: BenchmarkDataRow) => this.dashboardOf(ctx, row, key, tenantId, year, newest);
    if (newest !== null && this.memo.holds(newest.version, key)) {
      const row: BenchmarkDataRow = { version: newest.version, data: null };
      if (unmapped) row.unmapped = (await ctx.statement(benchmarkQueries.unmapped()))[0].unmapped;
      if (this.memo.canServe(row)) return dashboardOf(row);
    }
    return this.withData(ctx, unmapped, dashboardOf);
  }

  /** The dashboard of `row`'s data; its date is the newest snapshot's when that is the same data, else unknown. */
  private dashboardOf(ctx: RequestContext, row: BenchmarkDataRow, key: string, tenantId: string, year: number | null | undefined, newest: BenchmarkSnapshotVersion | null): BenchmarkDashboardType {
    const built = this.memo.resultOf(row, key, (data) => this.benchmark(data, year ?? null, tenantId));
    const benchmark = { ...built, updatedAt: newest?.version === row.version ? new Date(newest.publishedAt) : null };
    // Without a tenant admin's unmapped entries (read live), the answer is the snapshot's and the municipality's alone.
    if (row.unmapped === undefined) ctx.builtFromSnapshot(row.version);
    const optIn = this.memo.dataOf(row).tenants.find((t) => t.id === tenantId)?.optIn ?? false;
    return { benchmark, unmapped: benchmarkUnmappedFromRow(row), optIn };
  }

  /**
   * `use` of the aggregates' version, read with their text only when the memo does not hold that version. `use` runs
   * right after the check, before another request can move the memo on; when one did so while this read was under
   * way (sent with the older version), the text is read again (rarely: only around a refresh).
   */
  private async withData<R>(ctx: RequestContext, unmapped: boolean, use: (row: BenchmarkDataRow) => R): Promise<R> {
    const [row] = await ctx.statement(benchmarkQueries.data(this.memo.knownVersion, unmapped));
    if (this.memo.canServe(row)) return use(row);
    const [full] = await ctx.statement(benchmarkQueries.data('', unmapped));
    return use(full);
  }

  benchmark(data: BenchmarkData, requestedYear: number | null, ownTenantId: string | null): BenchmarkType {
    return { ...buildPublishedBenchmark(data, requestedYear, ownTenantId), updatedAt: null };
  }

  taxonomy(ctx: RequestContext): Promise<NationalTaxonomyVersionType> {
    return ctx.run(async (em) => {
      const current = await loadCurrentTaxonomy(em);
      return { version: current.version, entries: current.entries };
    });
  }

  /** Every version of the national taxonomy, newest first, for the operator. */
  taxonomyVersions(ctx: RequestContext): Promise<NationalTaxonomyVersionType[]> {
    return ctx.run((em) => benchmarkSettingRepository.taxonomyVersions(em)) as Promise<NationalTaxonomyVersionType[]>;
  }

  /** A new taxonomy version: the full list of entries; the older versions stay as they were. */
  createTaxonomyVersion(ctx: RequestContext, input: CreateNationalTaxonomyVersionInput): Promise<NationalTaxonomyVersionType> {
    const { userId } = ctx.requireAuth();
    const problems = taxonomyProblems(input.entries);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const entries = input.entries.map((e) => ({ ...e, nameDa: e.nameDa.trim(), nameEn: e.nameEn.trim() }));
    return ctx.run(async (em) => ({ version: await benchmarkSettingRepository.addTaxonomyVersion(em, userId, entries), entries }));
  }

  async setPeerGroup(ctx: RequestContext, tenantId: string, peerGroup: string | null): Promise<boolean> {
    if (!isUuid(tenantId)) throw new NotFoundError('municipality', 'tenantId');
    if (peerGroup !== null && !isPeerGroup(peerGroup)) throw InvalidInputError.of('peerGroup', 'not_a_peer_group');
    const found = await ctx.run((em) => benchmarkSettingRepository.setPeerGroup(em, tenantId, peerGroup));
    if (!found) throw new NotFoundError('municipality', 'tenantId');
    return this.republishing(ctx, tenantId, Promise.resolve(true));
  }

  setOptIn(ctx: RequestContext, optIn: boolean): Promise<boolean> {
    const { tenantId, userId } = ctx.requireTenant();
    return this.republishing(ctx, tenantId, ctx.run(async (em) => {
      await benchmarkSettingRepository.setOptIn(em, tenantId, optIn);
      await this.audit.record(em, { tenantId, userId, action: 'benchmark.opt_in_set', subjectType: 'tenant', subjectId: tenantId, details: { optIn } });
      return optIn;
    }));
  }

  /** The year's comment of the own tenant; empty text removes it. */
  setComment(ctx: RequestContext, year: number, text: string | null | undefined): Promise<string | null> {
    const { tenantId, userId } = ctx.requireTenant();
    checkYear(year);
    const trimmed = (text ?? '').trim();
    if (trimmed.length > 500) throw InvalidInputError.of('text', 'too_long', { max: 500 });
    return this.republishing(ctx, tenantId, ctx.run(async (em) => {
      await benchmarkSettingRepository.setComment(em, tenantId, year, trimmed || null, userId);
      await this.audit.record(em, { tenantId, userId, action: 'benchmark.comment_set', subjectType: 'tenant', subjectId: tenantId, details: { year } });
      return trimmed || null;
    }));
  }

  /**
   * A setting the benchmark shows changed: once it is committed, a snapshot with it is published before the answer,
   * so the public page shows it at once; this API's dashboards read the aggregates again; and the tenant's refresh
   * follows as after any change.
   */
  private async republishing<T>(ctx: RequestContext, tenantId: string, change: Promise<T>): Promise<T> {
    const result = await change;
    ctx.tx.afterCommit(() => this.published.publishNow().catch((error: unknown) => this.logger.error({ err: error }, 'Publishing the benchmark failed')));
    this.memo.clear();
    await ctx.run((em) => this.queue.refreshSoon(em, tenantId));
    return result;
  }

  /** The national department area of one of the tenant's org units (null clears it). */
  setOrgUnitArea(ctx: RequestContext, orgUnitId: string, area: string | null): Promise<boolean> {
    const { tenantId, userId } = ctx.requireTenant();
    if (!isUuid(orgUnitId)) throw new NotFoundError('org_unit', 'orgUnitId');
    if (area !== null && !CODE.test(area)) throw InvalidInputError.of('area', 'invalid_format');
    return ctx.run(async (em) => {
      if (area !== null && !(await benchmarkSettingRepository.nationalCodeKnown(em, 'department_area', area))) throw InvalidInputError.of('area', 'not_an_area');
      if (!(await benchmarkSettingRepository.setOrgUnitArea(em, orgUnitId, area))) throw new NotFoundError('org_unit', 'orgUnitId');
      await this.audit.record(em, { tenantId, userId, action: 'org_unit.national_area_set', subjectType: 'org_unit', subjectId: orgUnitId, details: { area } });
      await this.queue.refreshSoon(em, tenantId);
      return true;
    });
  }
}
