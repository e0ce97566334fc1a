import { versionedDocumentQueries, versionedDocumentRepository } from '../job-runner/versioned-document.repository';

/** The follow-up notes' versions and documents (SQL in follow-up-note.repository.sql, checked by `npm test`). */
export const followUpNoteQueries = versionedDocumentQueries('follow_up_note', 'follow_up_note_document');

/** What making a follow-up note's documents reads and writes, in the caller's transaction under the tenant's RLS. */
export const followUpNoteRepository = versionedDocumentRepository(followUpNoteQueries);
