import { qb, runQuery } from '@raadgiver/db';
import type { RecommendationStatus } from '@raadgiver/domain';
import type { EntityManager } from 'typeorm';
import type { TestDatabase } from '../test-database';
import { BuilderDb, inTenant } from './builder-db';

export type ReportStatus = 'draft' | 'generating' | 'ready' | 'published';
export type GenerationStatus = 'generating' | 'ready' | 'failed';

/** A department's answer to a recommendation. */
export interface FollowUpSpec {
  /** The answering unit's id. */
  unit: string;
  text: string;
  /** A user id; by default the report's author. */
  writtenBy?: string;
  proposedStatus?: RecommendationStatus;
}

export interface RecommendationSpec {
  title: string;
  text?: string;
  dueOn?: string | null;
  status?: RecommendationStatus;
  /** The addressed units' ids. */
  units?: string[];
  /** By default the order the recommendations were given in. */
  sortOrder?: number;
  followUps?: FollowUpSpec[];
}

/** A numbered generation of the report (report_version) or of its follow-up note (follow_up_note). */
export interface GenerationSpec {
  version: number;
  status?: GenerationStatus;
  progress?: number;
}

export interface BuiltReport {
  id: string;
  /** Recommendation ids by title. */
  recommendations: Map<string, string>;
}

class ReportBuilder {
  private year = 2030;
  private title: string | null = null;
  private comparisonYear: number | null = null;
  private status: ReportStatus = 'draft';
  private foreword = '';
  private followUpIntro = '';
  private readonly recommendations: RecommendationSpec[] = [];
  private readonly versions: (GenerationSpec & { figures: unknown })[] = [];
  private readonly followUpNotes: GenerationSpec[] = [];

  constructor(
    private readonly db: BuilderDb,
    private readonly tenantId: string,
    private readonly createdBy: string,
  ) {}

  /** The period: the calendar year. */
  forYear(year: number): this {
    this.year = year;
    return this;
  }

  /** By default "Beretning <year>". */
  titled(title: string): this {
    this.title = title;
    return this;
  }

  /** The comparison period: another calendar year. */
  comparedWith(year: number): this {
    this.comparisonYear = year;
    return this;
  }

  /** Published now. */
  published(): this {
    this.status = 'published';
    return this;
  }

  withStatus(status: ReportStatus): this {
    this.status = status;
    return this;
  }

  withForeword(foreword: string): this {
    this.foreword = foreword;
    return this;
  }

  withFollowUpIntro(intro: string): this {
    this.followUpIntro = intro;
    return this;
  }

  withRecommendation(recommendation: RecommendationSpec): this {
    this.recommendations.push(recommendation);
    return this;
  }

  /** A generated version and the figures it was made from; the report's current version is the highest given. */
  withVersion(version: GenerationSpec & { figures?: unknown }): this {
    this.versions.push({ ...version, figures: version.figures ?? null });
    return this;
  }

  /** A generation of the report's follow-up note. */
  withFollowUpNote(note: GenerationSpec): this {
    this.followUpNotes.push(note);
    return this;
  }

  async build(): Promise<BuiltReport> {
    return inTenant(this.db, this.tenantId, async (em) => {
      const [report] = await runQuery(
        em,
        qb
          .insertInto('report')
          .values({
            tenant_id: this.tenantId,
            title: this.title ?? `Beretning ${this.year}`,
            period_from: `${this.year}-01-01`,
            period_to: `${this.year}-12-31`,
            comparison_from: this.comparisonYear === null ? null : `${this.comparisonYear}-01-01`,
            comparison_to: this.comparisonYear === null ? null : `${this.comparisonYear}-12-31`,
            status: this.status,
            published_at: this.status === 'published' ? new Date() : null,
            current_version: Math.max(0, ...this.versions.map((v) => v.version)),
            foreword: this.foreword,
            follow_up_intro: this.followUpIntro,
            created_by: this.createdBy,
          })
          .returning('id'),
      );
      const recommendations = await this.buildRecommendations(em, report.id);
      for (const { version, status, progress, figures } of this.versions) {
        await runQuery(
          em,
          qb.insertInto('report_version').values({ tenant_id: this.tenantId, report_id: report.id, version, status: status ?? 'generating', progress: progress ?? 0, figures: JSON.stringify(figures) }),
        );
      }
      for (const { version, status, progress } of this.followUpNotes) {
        await runQuery(em, qb.insertInto('follow_up_note').values({ tenant_id: this.tenantId, report_id: report.id, version, status: status ?? 'generating', progress: progress ?? 0 }));
      }
      return { id: report.id, recommendations };
    });
  }

  private async buildRecommendations(em: EntityManager, reportId: string): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const [index, spec] of this.recommendations.entries()) {
      const [row] = await runQuery(
        em,
        qb
          .insertInto('recommendation')
          .values({ tenant_id: this.tenantId, report_id: reportId, title: spec.title, text: spec.text ?? 'Tekst', due_on: spec.dueOn ?? null, status: spec.status ?? 'open', sort_order: spec.sortOrder ?? index })
          .returning('id'),
      );
      if (spec.units?.length) {
        await runQuery(em, qb.insertInto('recommendation_org_unit').values(spec.units.map((unit) => ({ tenant_id: this.tenantId, recommendation_id: row.id, org_unit_id: unit }))));
      }
      for (const followUp of spec.followUps ?? []) {
        await runQuery(
          em,
          qb.insertInto('recommendation_follow_up').values({
            tenant_id: this.tenantId,
            recommendation_id: row.id,
            org_unit_id: followUp.unit,
            text: followUp.text,
            written_by: followUp.writtenBy ?? this.createdBy,
            proposed_status: followUp.proposedStatus ?? null,
          }),
        );
      }
      ids.set(spec.title, row.id);
    }
    return ids;
  }
}

/** A report with its recommendations (addressed units, follow-up answers), versions and follow-up notes. */
export const aReport = (db: BuilderDb, tenantId: string, createdBy: string) => new ReportBuilder(db, tenantId, createdBy);

/**
 * Takes away the report the demo seed published for a tenant's period (it has no recommendations or documents yet),
 * for a test that makes its own report of that period. As the owner: the app role may not delete reports.
 */
export async function withoutSeededReport(db: Pick<TestDatabase, 'admin'>, tenantSlug: string, periodFrom: string): Promise<void> {
  await db.admin.query(`DELETE FROM report WHERE tenant_id = (SELECT id FROM tenant WHERE slug = $1) AND period_from = $2 AND current_version = 0`, [tenantSlug, periodFrom]);
}
