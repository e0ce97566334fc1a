import { Injectable } from '@nestjs/common';
import { BenchmarkData, BenchmarkDataRow, benchmarkQueries, benchmarkUnmappedFromRow, loadCurrentTaxonomy } from '@raadgiver/db';
import { buildBenchmark, InvalidInputError, isPeerGroup, NotFoundError, taxonomyProblems, isUuid } from '@raadgiver/domain';
import { AuditService } from '../audit/audit.service';
import { BenchmarkMemo } from './benchmark-memo';
import { benchmarkSettingRepository } from './benchmark.repository';
import { RequestContext } from '../graphql/request-context';
import {
  BenchmarkDashboardType, BenchmarkType, CreateNationalTaxonomyVersionInput, NationalTaxonomyVersionType,
} from './benchmark.types';

const CODE = /^[a-z][a-z0-9_]{0,39}$/;

function checkYear(year: number | null | undefined): void {
  if (year !== null && year !== undefined && (!Number.isInteger(year) || year < 1970 || year > 2100)) throw InvalidInputError.of('year', 'out_of_range', { min: 1970, max: 2100 });
}

/**
 * The national benchmark: built from the precomputed aggregates (plus tenant names, population and taxonomy),
 * never from inquiries. The public sees the opted-in tenants with small cells suppressed; a logged-in tenant also
 * sees its own figures unsuppressed.
 */
@Injectable()
export class BenchmarkService {
  private readonly memo = new BenchmarkMemo<BenchmarkType>();

  constructor(private readonly audit: AuditService) {}

  /** One statement in one round trip with the request's context: the aggregates are read, never inquiries. */
  async publicBenchmark(ctx: RequestContext, year: number | null | undefined): Promise<BenchmarkType> {
    checkYear(year);
    return this.withData(ctx, false, (row) => this.memo.resultOf(row, `public:${year ?? ''}`, (data) => this.benchmark(data, year ?? null, null)));
  }

  async dashboard(ctx: RequestContext, year: number | null | undefined): Promise<BenchmarkDashboardType> {
    const { tenantId } = ctx.requireTenant();
    checkYear(year);
    const unmapped = ctx.auth?.roles.includes('tenant_admin') ?? false;
    return this.withData(ctx, unmapped, (row) => {
      const benchmark = this.memo.resultOf(row, `${tenantId}:${year ?? ''}`, (data) => this.benchmark(data, year ?? null, tenantId));
      const optIn = this.memo.dataOf(row).tenants.find((t) => t.id === tenantId)?.optIn ?? false;
      return { benchmark, unmapped: benchmarkUnmappedFromRow(row), optIn };
    });
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
    const years = [...new Set(data.periods.map((p) => p.year))].sort((a, b) => a - b);
    const year = requestedYear ?? years.at(-1) ?? new Date().getFullYear();
    const figures = buildBenchmark({ year, tenants: data.tenants, periods: data.periods, counts: data.counts, taxonomy: data.taxonomy, ownTenantId });
    const shown = data.tenants.filter((t) => t.optIn || t.id === ownTenantId);
    return {
      year,
      years,
      taxonomyVersion: data.taxonomyVersion,
      tenants: shown.map((t) => ({
        id: t.id, name: t.name, slug: t.slug, kommunekode: t.kommunekode, peerGroup: t.peerGroup, own: t.id === ownTenantId,
        comment: data.comments.find((c) => c.tenantId === t.id && c.year === year)?.text ?? null,
      })),
      figures,
    };
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
    return true;
  }

  setOptIn(ctx: RequestContext, optIn: boolean): Promise<boolean> {
    const { tenantId, userId } = ctx.requireTenant();
    return ctx.run(async (em) => {
      await benchmarkSettingRepository.setOptIn(em, tenantId, optIn);
      await this.audit.record(em, { tenantId, userId, action: 'benchmark.opt_in_set', subjectType: 'tenant', subjectId: tenantId, details: { optIn } });
      return optIn;
    });
  }

  /** The year's comment of the own tenant; empty text removes it. */
  setComment(ctx: RequestContext, year: number, text: string | null | undefined): Promise<string | null> {
    const { tenantId, userId } = ctx.requireTenant();
    checkYear(year);
    const trimmed = (text ?? '').trim();
    if (trimmed.length > 500) throw InvalidInputError.of('text', 'too_long', { max: 500 });
    return ctx.run(async (em) => {
      await benchmarkSettingRepository.setComment(em, tenantId, year, trimmed || null, userId);
      await this.audit.record(em, { tenantId, userId, action: 'benchmark.comment_set', subjectType: 'tenant', subjectId: tenantId, details: { year } });
      return trimmed || null;
    });
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
      return true;
    });
  }
}
