import { QUEUES } from '@raadgiver/domain';
import { PDF_PAGE } from '@raadgiver/reports';
import { docxText, pageFill, pdfText, readPdf, redisUrl, uniqueName, withoutSeededReport } from '@raadgiver/testing';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Session, useTestApi } from '../testing/test-api';
import { startWorkerProcess, WorkerProcess } from '../testing/worker-process';

const REPORT = 'id status currentVersion';
const CREATE = `mutation C($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`;
const GENERATE = `mutation G($id: ID!) { generateReport(id: $id) { ${REPORT} } }`;
const GET = `query R($id: ID!) { report(id: $id) { ${REPORT} } }`;

interface Report { id: string; status: string; currentVersion: number }

/** Where a person can look at the report's pages (tmp/ is not committed). */
const PAGE_IMAGES = join(__dirname, '../../../../tmp/test-output/lyngby-2023-pages');

/** The generated documents of the Lyngby-Taarbæk demo year, read as a reader would, against the figures of its report. */
describe('the Lyngby-Taarbæk 2023 report documents (against 1 March–31 December 2022)', () => {
  const queuePrefix = uniqueName('test_reports');
  process.env.QUEUE_PREFIX = queuePrefix;
  const context = useTestApi();
  let worker: WorkerProcess | undefined;
  let queue: Queue | undefined;
  let advisor: Session;
  const texts: { format: string; text: string }[] = [];
  let pdf: Buffer;

  async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const result = await context.api.gql<T>(query, variables, advisor);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  async function download(reportId: string, version: number, format: 'pdf' | 'docx'): Promise<Buffer> {
    const response = await fetch(`${context.api.url}/reports/${reportId}/versions/${version}/document.${format}`, {
      headers: { authorization: `Bearer ${advisor.token}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  beforeAll(async () => {
    await withoutSeededReport(context.db, 'lyngby-taarbaek', '2023-01-01');
    queue = new Queue(QUEUES.reports, { connection: { url: redisUrl() }, prefix: queuePrefix });
    advisor = await context.api.login('advisor@lyngby-taarbaek.demo');
    worker = await startWorkerProcess(context.db.appUrl, queuePrefix);
    const { createReport: report } = await ok<{ createReport: Report }>(CREATE, {
      input: { title: 'Borgerrådgiverens beretning 2023', period: { from: '2023-01-01', to: '2023-12-31' }, comparison: { from: '2022-03-01', to: '2022-12-31' } },
    });
    await ok(GENERATE, { id: report.id });
    const until = Date.now() + 60_000;
    for (;;) {
      const { report: current } = await ok<{ report: Report }>(GET, { id: report.id });
      if (current.status === 'READY') break;
      if (Date.now() > until) throw new Error(`the report is ${current.status}, not READY, after 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    pdf = await download(report.id, 1, 'pdf');
    texts.push({ format: 'pdf', text: await pdfText(pdf) });
    texts.push({ format: 'docx', text: await docxText(await download(report.id, 1, 'docx')) });
  }, 120_000);

  afterAll(async () => {
    await worker?.stop();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
  });

  /** The text with every run of white space as one space: the PDF breaks lines inside table cells, the DOCX between them. */
  const textOf = (format: string) => texts.find((t) => t.format === format)!.text.replace(/\s+/g, ' ');
  /** The table of registrations per centre: from its heading to the next section's (after the table of contents, which lists both). */
  const unitTable = (text: string) => {
    const start = text.lastIndexOf('Henvendelser fordelt på enhed');
    return text.slice(start, text.indexOf('Svartider', start));
  };

  it('fills every page of the PDF at least a third, but the cover, the contents and the last page of a chapter', async () => {
    const reading = await readPdf(pdf, { imageDir: PAGE_IMAGES });
    expect(reading.pages.every((page) => page.image !== null)).toBe(true);
    const fill = pageFill(reading, PDF_PAGE.margin);
    expect(fill.length).toBeGreaterThan(0);
    expect(fill.filter(({ filled }) => filled < 1 / 3)).toEqual([]);
  });

  describe.each(['pdf', 'docx'])('the %s', (format) => {
    it('has 266 (220) inquiries', () => {
      expect(textOf(format)).toContain('Der er registreret 266 (220) henvendelser.');
    });

    it('has CBAK 90 against 80, with the former CUBA\'s name, in one row', () => {
      const table = unitTable(textOf(format));
      expect(table).toMatch(/CBAK \(CBAK\); tidligere: Center for Unge, Borgerservice og Arbejdsmarked 90 \(?80\)? 33,8 %/);
      expect(table.match(/Center for Unge/g)).toHaveLength(1);
      expect(table.match(/CBAK/g)).toHaveLength(2); // the name and the short name of the one row
    });

    it('has CSI 87 against 44 and CSO 33 against 36', () => {
      const table = unitTable(textOf(format));
      expect(table).toMatch(/Center for Social Indsats \(CSI\) 87 \(?44\)? 32,7 %/);
      expect(table).toMatch(/Center for Sundhed og Omsorg \(CSO\) 33 \(?36\)? 12,4 %/);
    });
  });
});
