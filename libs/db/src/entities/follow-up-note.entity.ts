import { Entity } from 'typeorm';
import { ReportDocumentVersion } from './tenant-owned';

export const FOLLOW_UP_NOTE_FORMATS = ['pdf', 'docx'] as const;

export type FollowUpNoteFormat = (typeof FOLLOW_UP_NOTE_FORMATS)[number];

/**
 * A numbered generation of a report's follow-up note. Its documents live in follow_up_note_document (tenant_id,
 * report_id, version, format 'pdf' | 'docx', content bytea, byte_size, sha256, created_at), read and written with SQL.
 */
@Entity({ name: 'follow_up_note' })
export class FollowUpNote extends ReportDocumentVersion {}
