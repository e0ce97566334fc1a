import type { Request } from 'express';
import { Language, languageOf } from '@raadgiver/domain';

const resolved = new WeakMap<Request, Language>();

/** The language of the request's messages (its Accept-Language: Danish unless English is asked for), resolved once. */
export function requestLanguage(req: Request | undefined): Language {
  if (!req) return 'da';
  let language = resolved.get(req);
  if (!language) {
    language = languageOf(req.headers?.['accept-language']);
    resolved.set(req, language);
  }
  return language;
}
