import { createHash, randomUUID } from 'node:crypto';
import { Session, useTestApi } from '../testing/test-api';

const WRITE = `mutation W($input: WriteFollowUpInput!) { writeFollowUp(input: $input) { id } }`;
const ATTACHMENTS = `query R($id: ID!) { recommendation(id: $id) { followUps { id orgUnit { name } attachments { id followUpId fileName contentType byteSize createdAt } } } }`;

/** The admin's page queries with the attachments, as sent: they must stay under the complexity limit. */
const ADMIN_QUERIES = {
  myRecommendations: `query MyRecommendations($first: Int!, $after: String) { myRecommendations(first: $first, after: $after) { edges { node { id title text dueOn status sortOrder orgUnits { id name } answerableOrgUnitIds
    report { id title publishedAt period { from to } }
    followUps { id text proposedStatus updatedAt writtenBy orgUnit { id name } attachments { id fileName contentType byteSize createdAt } } } } pageInfo { endCursor hasNextPage } } }`,
  reportAttachments: `query ReportFollowUpAttachments($id: ID!) { report(id: $id) { id recommendations { id title
    followUps { id orgUnit { id } attachments { id fileName contentType byteSize createdAt } } } } }`,
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PDF_TYPE = 'application/pdf';
const PASSWORD = 'a-long-enough-password';

interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  createdAt: string;
}

describe('attachments to the departments’ follow-up', () => {
  const t = useTestApi();
  let advisor: Session;
  let contact: Session;
  let council: Session;
  let healthContact: Session;
  let citizenServiceContact: Session;
  let lejreContact: Session;
  let tenantId: string;
  let recommendationId: string;
  let followUpId: string;
  let firstAttachment: Attachment;

  const auth = (session: Session) => ({ authorization: `Bearer ${session.token}` });
  const upload = (session: Session, content: Buffer, fileName: string, type: string, id = followUpId) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    return fetch(`${t.api.url}/follow-ups/${id}/attachments`, { method: 'POST', headers: auth(session), body: form });
  };
  const download = (session: Session, id: string, followUp = followUpId) => fetch(`${t.api.url}/follow-ups/${followUp}/attachments/${id}`, { headers: auth(session) });
  const remove = (session: Session, id: string, followUp = followUpId) =>
    fetch(`${t.api.url}/follow-ups/${followUp}/attachments/${id}`, { method: 'DELETE', headers: auth(session) });
  const stored = async () => (await t.db.admin.query(`SELECT count(*)::int AS n FROM recommendation_follow_up_attachment`)).rows[0].n as number;
  const auditOf = async (action: string) =>
    (await t.db.admin.query(`SELECT subject_type, subject_id, details FROM audit_event WHERE action = $1 ORDER BY occurred_at, id`, [action])).rows;
  const listed = async (session: Session) => {
    const result = await t.api.gql<{ recommendation: { followUps: { id: string; orgUnit: { name: string }; attachments: Attachment[] }[] } }>(ATTACHMENTS, { id: recommendationId }, session);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.recommendation.followUps.find((f) => f.id === followUpId)!.attachments;
  };
  const expectRefusal = async (response: Response, message: RegExp) => {
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; field: string; message: string };
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(body.message).toMatch(message);
  };

  beforeAll(async () => {
    [advisor, contact, council, lejreContact] = await Promise.all(
      ['advisor@norddjurs.demo', 'contact@norddjurs.demo', 'council@norddjurs.demo', 'contact@lejre.demo'].map((email) => t.api.login(email)),
    );
    tenantId = (await t.db.admin.query(`SELECT id FROM tenant WHERE slug = 'norddjurs'`)).rows[0].id;
    const unit = async (name: string) => (await t.db.admin.query(`SELECT id FROM org_unit WHERE tenant_id = $1 AND name = $2`, [tenantId, name])).rows[0].id as string;
    recommendationId = (
      await t.db.admin.query(`SELECT r.id FROM recommendation r WHERE r.tenant_id = $1 AND r.title = 'Kortere sagsbehandlingstid og besked undervejs'`, [tenantId])
    ).rows[0].id;
    // Sundhed og Omsorgsområdet is addressed by the same recommendation and may read Socialområdet's answer; Borgerservice is not.
    for (const [email, unitName] of [['sundhed@norddjurs.example', 'Sundhed og Omsorgsområdet'], ['borgerservice@norddjurs.example', 'Borgerservice, IT og Digitalisering']]) {
      await t.api.addUser({ tenantSlug: 'norddjurs', email, displayName: unitName, password: PASSWORD, roles: ['department_contact'], orgUnitIds: [await unit(unitName)] });
    }
    healthContact = await t.api.login('sundhed@norddjurs.example', PASSWORD);
    citizenServiceContact = await t.api.login('borgerservice@norddjurs.example', PASSWORD);
    const written = await t.api.gql<{ writeFollowUp: { id: string } }>(
      WRITE,
      { input: { recommendationId, orgUnitId: await unit('Socialområdet'), text: 'Vi har lavet en handleplan; se bilaget.' } },
      contact,
    );
    followUpId = written.data!.writeFollowUp.id;
  });

  it('lets the Socialområdet contact attach a file that the advisor sees listed and downloads byte for byte', async () => {
    const response = await upload(contact, PDF, 'Handleplan – Socialområdet 2024.pdf', PDF_TYPE);
    expect(response.status).toBe(201);
    firstAttachment = (await response.json()) as Attachment;
    expect(firstAttachment).toMatchObject({ fileName: 'Handleplan – Socialområdet 2024.pdf', contentType: PDF_TYPE, byteSize: PDF.length });

    for (const session of [advisor, contact]) {
      expect(await listed(session)).toEqual([{ ...firstAttachment, createdAt: expect.any(String) }]);
    }
    const got = await download(advisor, firstAttachment.id);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    expect(got.headers.get('content-type')).toBe(PDF_TYPE);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Handleplan  Socialomraadet 2024.pdf"; filename*=UTF-8''Handleplan%20%E2%80%93%20Socialomr%C3%A5det%202024.pdf`,
    );

    const row = (await t.db.admin.query(`SELECT tenant_id, sha256, uploaded_by IS NOT NULL AS by FROM recommendation_follow_up_attachment WHERE id = $1`, [firstAttachment.id])).rows[0];
    expect(row).toEqual({ tenant_id: tenantId, sha256: createHash('sha256').update(PDF).digest('hex'), by: true });
    // Ids and the size only: never the file's name or content.
    expect(await auditOf('recommendation_follow_up.attachment_added')).toEqual([
      { subject_type: 'recommendation_follow_up', subject_id: followUpId, details: { attachmentId: firstAttachment.id, byteSize: PDF.length } },
    ]);
    expect(await auditOf('recommendation_follow_up.attachment_downloaded')).toEqual([
      { subject_type: 'recommendation_follow_up', subject_id: followUpId, details: { attachmentId: firstAttachment.id, byteSize: PDF.length } },
    ]);
  });

  it('answers the admin pages’ queries with the attachments', async () => {
    const mine = await t.api.gql<{ myRecommendations: { edges: { node: { followUps: { id: string; attachments: { id: string }[] }[] } }[] } }>(ADMIN_QUERIES.myRecommendations, { first: 25 }, contact);
    expect(mine.errors).toBeUndefined();
    const answer = mine.data!.myRecommendations.edges.flatMap((edge) => edge.node.followUps).find((f) => f.id === followUpId)!;
    expect(answer.attachments.map((a) => a.id)).toEqual([firstAttachment.id]);
    const reportId = (await t.db.admin.query(`SELECT report_id FROM recommendation WHERE id = $1`, [recommendationId])).rows[0].report_id;
    const report = await t.api.gql(ADMIN_QUERIES.reportAttachments, { id: reportId }, advisor);
    expect(report.errors).toBeUndefined();
  });

  it('lets those who may read the answer download, and answers not found to everyone else', async () => {
    // Another department addressed by the recommendation reads the answer and its files, but cannot add or remove any.
    expect((await download(healthContact, firstAttachment.id)).status).toBe(200);
    expect((await download(council, firstAttachment.id)).status).toBe(200);
    const before = await stored();
    for (const session of [healthContact, citizenServiceContact, lejreContact]) {
      expect((await upload(session, PDF, 'indbrud.pdf', PDF_TYPE)).status).toBe(404);
      expect((await remove(session, firstAttachment.id)).status).toBe(404);
    }
    for (const session of [citizenServiceContact, lejreContact]) {
      const refused = await download(session, firstAttachment.id);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    // The right attachment under the wrong answer, and ids that are no ids, are not found either.
    expect((await download(advisor, firstAttachment.id, randomUUID())).status).toBe(404);
    expect((await download(advisor, 'not-an-id')).status).toBe(404);
    expect((await upload(contact, PDF, 'x.pdf', PDF_TYPE, randomUUID())).status).toBe(404);
    // Only department contacts attach files.
    expect((await upload(advisor, PDF, 'x.pdf', PDF_TYPE)).status).toBe(403);
    expect(await stored()).toBe(before);

    // A council viewer sees nothing of an unpublished report's answers.
    const report = (await t.db.admin.query(`SELECT id, published_at FROM report WHERE id = (SELECT report_id FROM recommendation WHERE id = $1)`, [recommendationId])).rows[0];
    await t.db.admin.query(`UPDATE report SET status = 'ready', published_at = NULL WHERE id = $1`, [report.id]);
    try {
      expect((await download(council, firstAttachment.id)).status).toBe(404);
      expect((await download(advisor, firstAttachment.id)).status).toBe(200);
    } finally {
      await t.db.admin.query(`UPDATE report SET status = 'published', published_at = $2 WHERE id = $1`, [report.id, report.published_at]);
    }
  });

  it('refuses a file too large, of the wrong type or one too many, naming the field and storing nothing', async () => {
    const before = await stored();
    const audited = (await auditOf('recommendation_follow_up.attachment_added')).length;
    const tooLarge = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    await expectRefusal(await upload(contact, tooLarge, 'stor.pdf', PDF_TYPE), /^Filen må højst fylde 10 MB$/);
    await expectRefusal(await upload(contact, Buffer.from('Ikke en PDF'), 'falsk.pdf', PDF_TYPE), /^Filen er angivet som PDF, men indholdet er ikke PDF$/);
    await expectRefusal(await upload(contact, Buffer.from('PK\u0003\u0004'), 'arkiv.zip', 'application/zip'), /^Filen skal være af typen PDF, DOCX, XLSX, PNG, JPEG eller ren tekst$/);
    await expectRefusal(await upload(contact, Buffer.from('tekst\u0000med nul'), 'noter.txt', 'text/plain'), /angivet som ren tekst/);
    await expectRefusal(await upload(contact, PDF, 'program.exe', PDF_TYPE), /skal ende på \.pdf/);
    expect(await stored()).toBe(before);

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const files: [Buffer, string, string][] = [
      [Buffer.from('Referat fra mødet\nÆ Ø Å\n'), 'referat.txt', 'text/plain; charset=utf-8'],
      [png, 'skaermbillede.png', 'image/png'],
      [Buffer.from('ffd8ffe000104a464946', 'hex'), 'foto.jpeg', 'image/jpeg'],
      [Buffer.from('PK\u0003\u0004....word/document.xml', 'latin1'), 'plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ];
    for (const [content, name, type] of files) expect((await upload(contact, content, name, type)).status).toBe(201);
    expect((await listed(advisor)).map((a) => a.fileName)).toEqual(['Handleplan – Socialområdet 2024.pdf', 'referat.txt', 'skaermbillede.png', 'foto.jpeg', 'plan.docx']);
    await expectRefusal(await upload(contact, PDF, 'nummer-seks.pdf', PDF_TYPE), /højst have 5 bilag/);
    expect(await stored()).toBe(before + 4);
    expect((await auditOf('recommendation_follow_up.attachment_added')).length).toBe(audited + 4);
  });

  it('keeps only the last part of a path and at most 200 characters of a name', async () => {
    const [{ id: otherFollowUp }] = (
      await t.db.admin.query(
        `SELECT f.id FROM recommendation_follow_up f JOIN recommendation r ON r.id = f.recommendation_id JOIN org_unit u ON u.id = f.org_unit_id
          WHERE r.tenant_id = $1 AND r.title = 'Et overblik over sagsforløbet til borgeren' AND u.name = 'Børne- og Familieområdet'`,
        [tenantId],
      )
    ).rows;
    // Another department's answer: the Socialområdet contact may read it but not attach to it.
    expect((await upload(contact, PDF, 'x.pdf', PDF_TYPE, otherFollowUp)).status).toBe(404);

    // Make room: the answer holds five files after the previous test.
    for (const attachment of (await listed(contact)).slice(3)) expect((await remove(contact, attachment.id)).status).toBe(204);
    const long = await upload(contact, Buffer.from('hej'), `${'æ'.repeat(250)}.txt`, 'text/plain');
    expect(long.status).toBe(201);
    expect(((await long.json()) as Attachment).fileName).toBe(`${'æ'.repeat(196)}.txt`);
    const pathed = await upload(contact, Buffer.from('hej'), 'C:\\Users\\bs\\noter.txt', 'text/plain');
    expect(pathed.status).toBe(201);
    expect(((await pathed.json()) as Attachment).fileName).toBe('noter.txt');
  });

  it('lets the contact remove an attachment, audited, after which it is gone', async () => {
    const before = (await listed(contact)).length;
    expect((await remove(contact, firstAttachment.id)).status).toBe(204);
    expect((await download(advisor, firstAttachment.id)).status).toBe(404);
    expect((await remove(contact, firstAttachment.id)).status).toBe(404);
    expect((await listed(advisor)).map((a) => a.id)).not.toContain(firstAttachment.id);
    expect((await listed(advisor)).length).toBe(before - 1);
    expect(await auditOf('recommendation_follow_up.attachment_removed')).toContainEqual({
      subject_type: 'recommendation_follow_up', subject_id: followUpId, details: { attachmentId: firstAttachment.id, byteSize: PDF.length },
    });
    // Removing the answer's unit link removes the answer and its files with it.
    await t.db.admin.query(`DELETE FROM recommendation_follow_up WHERE id = $1`, [followUpId]);
    expect((await t.db.admin.query(`SELECT count(*)::int AS n FROM recommendation_follow_up_attachment WHERE follow_up_id = $1`, [followUpId])).rows[0].n).toBe(0);
  });
});
