import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { TenantOwned } from './tenant-owned';

export const FOLLOW_UP_NOTE_FORMATS = ['pdf', 'docx'] as const;

export type FollowUpNoteFormat = (typeof FOLLOW_UP_NOTE_FORMATS)[number];

/**
 * A numbered generation of a report's follow-up note. Its documents live in follow_up_note_document (tenant_id,
 * report_id, version, format 'pdf' | 'docx', content bytea, byte_size, sha256, created_at), read and written with SQL.
 */
@Entity({ name: 'follow_up_note' })
export class FollowUpNote extends TenantOwned {
  @PrimaryColumn({ type: 'uuid', name: 'report_id' })
  reportId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** 'generating', 'ready' or 'failed'. */
  @Column({ type: 'text', default: 'generating' })
  status!: string;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
