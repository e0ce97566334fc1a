import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { auditSentence, NotFoundError, UnauthenticatedError } from '@raadgiver/domain';
import { Block, pdfOfBlocks } from '@raadgiver/reports';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { assertId } from '../common/id-arg';
import { DownloadFile } from '../downloads/send-download';
import { citizenInsightRepository, InsightAuditEvent, InsightCitizen, InsightInquiry, InsightLearningEntry } from './citizen-insight.repository';

/** Everything held about one citizen (GDPR Article 15). */
export interface CitizenInsight {
  municipality: string;
  exportedAt: string;
  citizen: InsightCitizen;
  inquiries: InsightInquiry[];
  learningEntries: InsightLearningEntry[];
  auditEvents: InsightAuditEvent[];
}

export type InsightFormat = 'json' | 'pdf';

const dash = (value: string | null | undefined): string => (value === null || value === undefined || value === '' ? '–' : value);

/** The insight as blocks of the reports' accessible PDF (tagged, DejaVu Sans embedded). */
export function insightBlocks(insight: CitizenInsight): Block[] {
  const { citizen } = insight;
  return [
    { type: 'title', text: `Indsigt: ${citizen.displayName}`, subtitle: `${insight.municipality}, udtrukket ${insight.exportedAt.slice(0, 10)}` },
    { type: 'paragraph', text: 'Alle oplysninger, borgerrådgiveren har registreret om borgeren (databeskyttelsesforordningens artikel 15): borgeren, henvendelserne, læringsvæggens indlæg om dem og logningen af, hvem der har set eller ændret oplysningerne.' },
    { type: 'heading', level: 1, text: 'Borgeren' },
    {
      type: 'table', header: ['Felt', 'Værdi'], numeric: [false, false],
      rows: [['Navn', citizen.displayName], ['Reference', citizen.reference], ['E-mail', dash(citizen.email)], ['Telefon', dash(citizen.phone)], ['Registreret', citizen.createdAt]],
    },
    { type: 'heading', level: 1, text: `Henvendelser (${insight.inquiries.length})` },
    ...insight.inquiries.flatMap((inquiry): Block[] => [
      { type: 'heading', level: 2, text: `Henvendelse ${inquiry.reference}` },
      {
        type: 'table', header: ['Felt', 'Værdi'], numeric: [false, false],
        rows: [
          ['Modtaget', inquiry.receivedOn], ['Kanal', inquiry.channel], ['Type', inquiry.kind], ['Status', inquiry.status], ['Enhed', dash(inquiry.orgUnit)],
          ['Kategorier', dash(inquiry.categories.join(', '))], ['Udfald', dash(inquiry.outcome)], ['Første kontakt', dash(inquiry.firstContactOn)],
          ['Afsluttet', dash(inquiry.closedOn)], ['Resumé', dash(inquiry.summary)],
        ],
      },
    ]),
    { type: 'heading', level: 1, text: `Læringsvæggen (${insight.learningEntries.length})` },
    ...insight.learningEntries.map((entry): Block => ({
      type: 'table', header: ['Felt', 'Værdi'], numeric: [false, false],
      rows: [['Henvendelse', insight.inquiries.find((i) => i.id === entry.inquiryId)?.reference ?? entry.inquiryId], ['Hvad gik galt', entry.whatWentWrong], ['Hvorfor', entry.why], ['Hvad blev lært', entry.whatWasLearnt], ['Forebyggelse', entry.prevention]],
    })),
    { type: 'heading', level: 1, text: `Logning (${insight.auditEvents.length})` },
    {
      type: 'table', header: ['Tidspunkt', 'Hændelse'], numeric: [false, false],
      rows: insight.auditEvents.map((event) => [event.occurredAt.slice(0, 19), auditSentence({ action: event.action, userName: event.user, userRoles: [], subjectLabel: null, subjectId: null }, 'da')]),
    },
  ];
}

/** The tenant admin's export of everything held about one citizen, as JSON or PDF; audited. */
@Injectable()
export class CitizenInsightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(claims: AuthClaims | undefined, citizenId: string, format: InsightFormat): Promise<DownloadFile> {
    if (!claims?.tenantId) throw new UnauthenticatedError();
    assertId(citizenId, 'citizenId');
    const { tenantId, userId } = claims;
    const insight = await inContext(this.dataSource, { tenantId, userId }, async (em): Promise<CitizenInsight> => {
      const citizen = await citizenInsightRepository.citizen(em, citizenId);
      if (!citizen) throw new NotFoundError('citizen', 'citizenId');
      const result: CitizenInsight = {
        municipality: await citizenInsightRepository.municipality(em), exportedAt: new Date().toISOString(), citizen,
        inquiries: await citizenInsightRepository.inquiries(em, citizenId),
        learningEntries: await citizenInsightRepository.learningEntries(em, citizenId),
        auditEvents: await citizenInsightRepository.auditEvents(em, citizenId),
      };
      await this.audit.record(em, {
        tenantId, userId, action: 'citizen.insight_exported', subjectType: 'citizen', subjectId: citizenId,
        details: { format, inquiries: result.inquiries.length, learningEntries: result.learningEntries.length, auditEvents: result.auditEvents.length },
      });
      return result;
    });
    if (format === 'json') {
      return { contentType: 'application/json; charset=utf-8', fileName: `indsigt-${citizen(insight)}.json`, content: Buffer.from(JSON.stringify(insight, null, 2), 'utf8') };
    }
    const pdf = await pdfOfBlocks(insightBlocks(insight), {
      title: `Indsigt: ${insight.citizen.displayName}`, author: insight.municipality, locale: 'da', date: insight.exportedAt.slice(0, 10), runningHeader: `${insight.municipality} · Indsigt`,
    });
    return { contentType: 'application/pdf', fileName: `indsigt-${citizen(insight)}.pdf`, content: pdf };
  }
}

/** The file name names the citizen by id only: a name in a download's file name ends up in browser histories. */
const citizen = (insight: CitizenInsight): string => insight.citizen.id;
