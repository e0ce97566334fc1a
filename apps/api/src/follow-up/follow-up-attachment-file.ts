import { uploadedFileName } from '../validation/uploaded-file-name';
import { InvalidInputError, MAX_ATTACHMENT_BYTES } from '@raadgiver/domain';

export const MAX_ATTACHMENTS_PER_FOLLOW_UP = 5;
export const MAX_ATTACHMENT_NAME_CHARS = 200;

interface AttachmentKind {
  contentType: string;
  label: string;
  extensions: readonly string[];
  /** Whether the bytes are what the declared type says; a type without a signature checks what it can. */
  matches(content: Buffer): boolean;
}

const startsWith = (content: Buffer, signature: readonly number[]) => content.length >= signature.length && signature.every((byte, i) => content[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An Office file is a zip archive; its entry names are stored uncompressed, so the part folder is visible in the bytes.
const officeFile = (folder: string) => (content: Buffer) => startsWith(content, ZIP) && content.includes(`${folder}/`, 0, 'latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlainText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    utf8.decode(content);
    return true;
  } catch {
    return false;
  }
}

/** What a department may attach: documents, spreadsheets, pictures and plain text. */
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  { contentType: 'application/pdf', label: 'PDF', extensions: ['pdf'], matches: (c) => startsWith(c, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
    extensions: ['docx'],
    matches: officeFile('word'),
  },
  { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX', extensions: ['xlsx'], matches: officeFile('xl') },
  { contentType: 'image/png', label: 'PNG', extensions: ['png'], matches: (c) => startsWith(c, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { contentType: 'image/jpeg', label: 'JPEG', extensions: ['jpg', 'jpeg'], matches: (c) => startsWith(c, [0xff, 0xd8, 0xff]) },
  { contentType: 'text/plain', label: 'plain text', extensions: ['txt'], matches: isPlainText },
];

/** The kinds of KINDS as the messages list them (the catalogue joins them with "or"/"eller"). */
const ALLOWED = 'PDF, DOCX, XLSX, PNG, JPEG, plain text';

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedAttachmentFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

export interface CheckedAttachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * The file name to keep (uploadedFileName: decoded, without folder part or bidirectional controls, control
 * characters refused), without quotes or leading dots, at most 200 characters with its extension kept.
 */
export function attachmentFileName(raw: string): string {
  const clean = uploadedFileName(raw).replace(/"/g, '').trim().replace(/^\.+/, '');
  if (!clean) return '';
  const chars = [...clean];
  if (chars.length <= MAX_ATTACHMENT_NAME_CHARS) return clean;
  const extension = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, MAX_ATTACHMENT_NAME_CHARS - [...extension].length).join('') + extension;
}

/** The declared type without parameters, with the one common alias. */
function declaredType(mimetype: string): string {
  const type = mimetype.split(';')[0].trim().toLowerCase();
  return type === 'image/jpg' ? 'image/jpeg' : type;
}

/** Checks an upload's size, declared type, bytes and name; every refusal names the form field `file`. */
export function checkAttachment(file: UploadedAttachmentFile | undefined): CheckedAttachment {
  if (!file) throw InvalidInputError.of('file', 'file_required', { allowed: ALLOWED });
  if (file.size === 0) throw InvalidInputError.of('file', 'file_empty');
  if (file.size > MAX_ATTACHMENT_BYTES) throw InvalidInputError.of('file', 'file_too_large', { megabytes: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
  const kind = ATTACHMENT_KINDS.find((k) => k.contentType === declaredType(file.mimetype));
  if (!kind) throw InvalidInputError.of('file', 'file_wrong_type', { allowed: ALLOWED });
  if (!kind.matches(file.buffer)) throw InvalidInputError.of('file', 'file_content_mismatch', { kind: kind.label });
  const fileName = attachmentFileName(file.originalname);
  if (!fileName) throw InvalidInputError.of('file', 'file_no_name');
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (!extension || !kind.extensions.includes(extension)) {
    throw InvalidInputError.of('file', 'file_extension', { extensions: kind.extensions.map((e) => `.${e}`).join(' / '), kind: kind.label });
  }
  return { fileName, contentType: kind.contentType, content: file.buffer };
}
