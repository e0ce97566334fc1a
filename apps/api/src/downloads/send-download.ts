import type { Response } from 'express';

/** A stored file as a download controller sends it. */
export interface DownloadFile {
  contentType: string;
  fileName: string;
  content: Buffer;
}

const DANISH_ASCII: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };
const PLAIN_NAME = /^[\x20-\x7e]+$/;

/**
 * Content-Disposition for a download: the name as it is when it is plain ASCII, otherwise an ASCII fallback name
 * and the exact name per RFC 5987.
 */
export function attachmentDisposition(fileName: string): string {
  if (PLAIN_NAME.test(fileName) && !/["\\;%]/.test(fileName)) return `attachment; filename="${fileName}"`;
  const fallback = fileName
    .replace(/[æøåÆØÅ]/g, (c) => DANISH_ASCII[c])
    .normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\;]/g, '_').trim() || 'bilag';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file as a download: its type and name, never sniffed by the browser, never cached. */
export function sendDownload(res: Response, file: DownloadFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.content.length));
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(file.content);
}
