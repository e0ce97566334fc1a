import { qb, runQuery } from '@raadgiver/db';
import type { InquiryChannel, InquiryKind, InquiryStatus } from '@raadgiver/domain';
import { BuilderDb, inTenant, unique } from './builder-db';

export interface BuiltInquiry {
  id: string;
  reference: string;
  citizenId: string;
}

class InquiryBuilder {
  private reference = `SAG-${unique()}`;
  private citizen: { id: string } | { reference: string; displayName: string } = { reference: `BORGER-${unique()}`, displayName: 'Test Borger' };
  private received = '2024-03-01';
  private channel: InquiryChannel = 'phone';
  private kind: InquiryKind = 'guidance';
  private status: InquiryStatus = 'open';
  private summary = '';
  private orgUnitId: string | null = null;
  private outcomeId: string | null = null;
  private mainInquiryId: string | null = null;
  private firstContact: string | null = null;
  private closed: string | null = null;
  private categoryIds: string[] = [];

  constructor(
    private readonly db: BuilderDb,
    private readonly tenantId: string,
  ) {}

  withReference(reference: string): this {
    this.reference = reference;
    return this;
  }

  /** An existing citizen; by default a new one is made for the inquiry. */
  forCitizen(citizenId: string): this {
    this.citizen = { id: citizenId };
    return this;
  }

  /** A new citizen made with the inquiry. */
  withCitizen(reference: string, displayName = 'Test Borger'): this {
    this.citizen = { reference, displayName };
    return this;
  }

  receivedOn(day: string): this {
    this.received = day;
    return this;
  }

  via(channel: InquiryChannel): this {
    this.channel = channel;
    return this;
  }

  ofKind(kind: InquiryKind): this {
    this.kind = kind;
    return this;
  }

  withSummary(summary: string): this {
    this.summary = summary;
    return this;
  }

  inUnit(orgUnitId: string | null): this {
    this.orgUnitId = orgUnitId;
    return this;
  }

  withOutcome(outcomeId: string | null): this {
    this.outcomeId = outcomeId;
    return this;
  }

  withCategories(...categoryIds: string[]): this {
    this.categoryIds = categoryIds;
    return this;
  }

  /** A follow-up: a complaint about the same course of events as its main inquiry. */
  followingUp(mainInquiryId: string): this {
    this.mainInquiryId = mainInquiryId;
    return this;
  }

  firstContactOn(day: string | null): this {
    this.firstContact = day;
    return this;
  }

  /** The closing day; the status is set on its own (withStatus). */
  closedOn(day: string | null): this {
    this.closed = day;
    return this;
  }

  withStatus(status: InquiryStatus): this {
    this.status = status;
    return this;
  }

  async build(): Promise<BuiltInquiry> {
    return inTenant(this.db, this.tenantId, async (em) => {
      const citizenId =
        'id' in this.citizen
          ? this.citizen.id
          : (
              await runQuery(
                em,
                qb.insertInto('citizen').values({ tenant_id: this.tenantId, reference: this.citizen.reference, display_name: this.citizen.displayName }).returning('id'),
              )
            )[0].id;
      const [inquiry] = await runQuery(
        em,
        qb
          .insertInto('inquiry')
          .values({
            tenant_id: this.tenantId,
            reference: this.reference,
            received_on: this.received,
            channel: this.channel,
            citizen_id: citizenId,
            kind: this.kind,
            status: this.status,
            summary: this.summary,
            org_unit_id: this.orgUnitId,
            outcome_id: this.outcomeId,
            main_inquiry_id: this.mainInquiryId,
            first_contact_on: this.firstContact,
            closed_on: this.closed,
          })
          .returning('id'),
      );
      if (this.categoryIds.length > 0) {
        await runQuery(em, qb.insertInto('inquiry_category').values(this.categoryIds.map((category) => ({ tenant_id: this.tenantId, inquiry_id: inquiry.id, category_id: category }))));
      }
      return { id: inquiry.id, reference: this.reference, citizenId };
    });
  }
}

/** A registration (inquiry) with its citizen, categories, unit, outcome and dates. */
export const anInquiry = (db: BuilderDb, tenantId: string) => new InquiryBuilder(db, tenantId);
