import type { ErrorCode } from './error-codes';
import { fieldLabel } from './field-labels';
import type { Language } from './language';
import { message, MessageCode, MessageParams } from './messages';

/** What a not-found error is about, named in the message ("Borgeren findes ikke"). */
export const SUBJECTS = {
  archive_package: { da: 'Arkivpakken', en: 'The archive package' },
  addressed_unit: { da: 'Enheden blandt dem, anbefalingen er rettet til i dit ansvarsområde,', en: 'The addressed unit in your scope' },
  attachment: { da: 'Bilaget', en: 'The attachment' },
  benchmark_file: { da: 'Benchmark-filen', en: 'The benchmark file' },
  category: { da: 'Kategorien', en: 'The category' },
  citizen: { da: 'Borgeren', en: 'The citizen' },
  complaint: { da: 'Klagen', en: 'The complaint' },
  follow_up: { da: 'Opfølgningen', en: 'The follow-up' },
  follow_up_note_document: { da: 'Opfølgningsnotatet', en: 'The follow-up note document' },
  import_job: { da: 'Importen', en: 'The import job' },
  inquiry: { da: 'Henvendelsen', en: 'The inquiry' },
  invitation: { da: 'Invitationen', en: 'The invitation' },
  logo: { da: 'Logoet', en: 'The logo' },
  main_inquiry: { da: 'Hovedsagen', en: 'The main inquiry' },
  municipality: { da: 'Kommunen', en: 'The municipality' },
  org_unit: { da: 'Enheden', en: 'The org unit' },
  outcome: { da: 'Udfaldet', en: 'The outcome' },
  recommendation: { da: 'Anbefalingen', en: 'The recommendation' },
  report: { da: 'Beretningen', en: 'The report' },
  report_document: { da: 'Beretningsdokumentet', en: 'The report document' },
  user: { da: 'Brugeren', en: 'The user' },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;
export type Subject = keyof typeof SUBJECTS;

/** One thing wrong with one input field: `path` as the API names it (`firstContactOn`, `period.to`, `sourceIds[1]`). */
export interface FieldProblem {
  path: string;
  code: MessageCode;
  /** The message's parameters; `other` names another field by its path (shown by its label). */
  params?: MessageParams;
}

/**
 * The errors a user can cause, without a transport: services and validation throw them, the API maps them once per
 * transport (GraphQL and REST). Anything else that is thrown is an internal error.
 */
abstract class DomainErrorBase extends Error {
  abstract readonly kind: string;
}

/** A record that does not exist, or exists for another tenant (never revealed). */
export class NotFoundError extends DomainErrorBase {
  readonly kind = 'not_found';
  constructor(
    readonly subject: Subject,
    readonly field = 'id',
  ) {
    super(`${SUBJECTS[subject].en} was not found`);
  }
}

/** One or more fields of an input are wrong; all of them are answered at once. */
export class InvalidInputError extends DomainErrorBase {
  readonly kind = 'invalid_input';
  readonly problems: readonly FieldProblem[];
  constructor(problems: readonly FieldProblem[]) {
    super(`Invalid input: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
    if (problems.length === 0) throw new Error('InvalidInputError needs at least one problem');
    this.problems = problems;
  }

  static of(path: string, code: MessageCode, params?: MessageParams): InvalidInputError {
    return new InvalidInputError([{ path, code, params }]);
  }
}

/** The input clashes with what is stored (a taken reference, a report that is no longer a draft). */
export class ConflictError extends DomainErrorBase {
  readonly kind = 'conflict';
  constructor(
    readonly field: string,
    readonly messageCode: MessageCode = 'already_exists',
    readonly params?: MessageParams,
  ) {
    super(`Conflict on ${field}: ${messageCode}`);
  }
}

export class ForbiddenError extends DomainErrorBase {
  readonly kind = 'forbidden';
  constructor(readonly messageCode: MessageCode = 'forbidden_role') {
    super(`Forbidden: ${messageCode}`);
  }
}

/** Not signed in, or a sign-in refused; `field` names the login form's field the message belongs at. */
export class UnauthenticatedError extends DomainErrorBase {
  readonly kind = 'unauthenticated';
  constructor(
    readonly messageCode: MessageCode = 'not_logged_in',
    readonly field?: string,
  ) {
    super(`Unauthenticated: ${messageCode}`);
  }
}

/** `field` names the input the limit is about (the e-mail address of a throttled login). */
export class TooManyRequestsError extends DomainErrorBase {
  readonly kind = 'too_many_requests';
  constructor(
    readonly retryAfterSeconds: number,
    readonly messageCode: MessageCode,
    readonly field?: string,
  ) {
    super(`Too many requests: ${messageCode}, retry after ${retryAfterSeconds} s`);
  }
}

/**
 * A store the request cannot do without is away (Redis, holding the sessions): refused at once rather than let
 * through unchecked, and the client may try again after `retryAfterSeconds`.
 */
export class ServiceUnavailableError extends DomainErrorBase {
  readonly kind = 'service_unavailable';
  constructor(
    readonly messageCode: MessageCode = 'session_store_unavailable',
    readonly retryAfterSeconds = 5,
  ) {
    super(`Service unavailable: ${messageCode}`);
  }
}

export type DomainError = NotFoundError | InvalidInputError | ConflictError | ForbiddenError | UnauthenticatedError | TooManyRequestsError | ServiceUnavailableError;
export type DomainErrorKind = DomainError['kind'];

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainErrorBase;
}

/** One error as a client receives it, whatever the transport. */
export interface PresentedError {
  code: ErrorCode;
  /** The catalogue's code of the message (`required`, `not_found`, ...). */
  messageCode: MessageCode;
  message: string;
  field?: string;
}

function fieldMessage(problem: FieldProblem, language: Language): string {
  const params = problem.params?.other === undefined ? problem.params : { ...problem.params, other: fieldLabel(String(problem.params.other), language) };
  return message(problem.code, language, fieldLabel(problem.path, language), params);
}

/**
 * A domain error as the client is told of it, in `language`: one entry per wrong field, else one. The switch is
 * exhaustive: a new kind of error does not compile until it is mapped here.
 */
export function presentError(error: DomainError, language: Language): PresentedError[] {
  switch (error.kind) {
    case 'invalid_input':
      return error.problems.map((problem) => ({ code: 'BAD_USER_INPUT', messageCode: problem.code, message: fieldMessage(problem, language), field: problem.path }));
    case 'not_found':
      return [{ code: 'NOT_FOUND', messageCode: 'not_found', message: message('not_found', language, '', { subject: SUBJECTS[error.subject][language] }), field: error.field }];
    case 'conflict':
      return [{ code: 'CONFLICT', messageCode: error.messageCode, message: fieldMessage({ path: error.field, code: error.messageCode, params: error.params }, language), field: error.field }];
    case 'forbidden':
      return [{ code: 'FORBIDDEN', messageCode: error.messageCode, message: message(error.messageCode, language, '') }];
    case 'unauthenticated':
      return [{ code: 'UNAUTHENTICATED', messageCode: error.messageCode, message: message(error.messageCode, language, ''), ...(error.field && { field: error.field }) }];
    case 'too_many_requests':
      return [
        {
          code: 'TOO_MANY_REQUESTS', messageCode: error.messageCode, message: message(error.messageCode, language, '', { seconds: error.retryAfterSeconds }),
          ...(error.field && { field: error.field }),
        },
      ];
    case 'service_unavailable':
      return [{ code: 'SERVICE_UNAVAILABLE', messageCode: error.messageCode, message: message(error.messageCode, language, '') }];
    default:
      return unmapped(error);
  }
}

/** Compile-time proof that a switch over error kinds covers them all. */
export function unmapped(error: never): never {
  throw new Error(`Unmapped domain error: ${(error as { kind?: string })?.kind}`);
}
