import { ApolloServerPlugin } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { hasOneRootField } from '../graphql/transaction.plugin';
import { RequestContext } from '../graphql/request-context';

/** How many bytes of answers are held at most: about 200 dashboards of a hundred municipalities. */
export const MAX_HELD_BYTES = 64 * 1024 * 1024;

/** How many documents are known to be answered from the snapshot: the admin sends a handful. */
export const MAX_HOLDABLE_DOCUMENTS = 64;

/** An answer as Apollo sent it: its bytes and their content type. */
export interface HeldAnswer {
  body: Buffer;
  contentType: string;
}

/** What an answer is kept under: the snapshot version it was built from and the request that asked for it. */
export interface HeldKey {
  version: string;
  key: string;
}

/** The body of a GraphQL POST as the held answers read it. */
export interface GraphqlPost {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The key of a logged-in request's answer: everything the answer of a snapshot-built operation may depend on (the
 * municipality, the roles, the language of messages, the Accept header (Apollo picks the content type by it), the
 * document, its operation and variables), never the user.
 */
export function heldKeyOf(version: string, caller: { tenantId: string; roles: readonly string[] }, language: string, accept: string, post: GraphqlPost): HeldKey {
  const roles = [...caller.roles].sort().join(',');
  const variables = post.variables ? JSON.stringify(post.variables) : '';
  return { version, key: [caller.tenantId, roles, language, accept, post.operationName ?? '', variables, post.query].join('\u0000') };
}

/**
 * The answers of GraphQL queries built from one published benchmark snapshot alone, held as the bytes Apollo sent,
 * so that asking again costs what checking the token does and nothing of building, executing or serializing. Only
 * answers of the newest version are held: the first answer of a newer version drops all older ones. Least recently
 * used answers go first once MAX_HELD_BYTES are held.
 */
@Injectable()
export class HeldAnswers {
  private version: string | null = null;
  private readonly answers = new Map<string, HeldAnswer>();
  private bytes = 0;
  private readonly expected = new WeakMap<Request, HeldKey>();
  private readonly built = new WeakMap<Request, Buffer>();
  private readonly documents = new Set<string>();

  constructor(private readonly maxBytes = MAX_HELD_BYTES) {}

  /**
   * Whether `document` was answered from a snapshot before: only such a document is worth the snapshot's version,
   * so every other request goes on as if the held answers were not there.
   */
  holdable(document: string): boolean {
    return this.documents.has(document);
  }

  /** Notes a document a resolver answered from a snapshot (a bounded number of them; more are left unheld). */
  noteHoldable(document: string): void {
    if (this.documents.size < MAX_HOLDABLE_DOCUMENTS) this.documents.add(document);
  }

  /** The answer held for `held`, if one is. */
  answer(held: HeldKey): HeldAnswer | undefined {
    if (held.version !== this.version) return undefined;
    const answer = this.answers.get(held.key);
    if (answer) {
      this.answers.delete(held.key);
      this.answers.set(held.key, answer);
    }
    return answer;
  }

  /** Notes that `req` was not answered from memory, so that its answer is kept (builtFrom, sent) when it qualifies. */
  expect(req: Request, held: HeldKey): void {
    this.expected.set(req, held);
  }

  /**
   * Notes the answer Apollo built for a request that expect() noted, when the operation was built from the snapshot
   * the request was keyed with: `builtFrom` is the version its resolver answered from, null when it read anything else.
   */
  builtFrom(req: Request, builtFrom: string | null, body: () => Buffer): void {
    const held = this.expected.get(req);
    if (held && builtFrom !== null && builtFrom === held.version) this.built.set(req, body());
  }

  /**
   * Keeps the answer builtFrom() noted once it is sent, with the content type Apollo chose for the request's Accept
   * (which the key holds).
   */
  sent(req: Request, contentType: string): void {
    const held = this.expected.get(req);
    const body = this.built.get(req);
    if (!held || !body) return;
    if (held.version !== this.version) {
      this.version = held.version;
      this.answers.clear();
      this.bytes = 0;
    }
    const replaced = this.answers.get(held.key);
    if (replaced) this.bytes -= replaced.body.length;
    this.answers.set(held.key, { body, contentType });
    this.bytes += body.length;
    for (const [key, oldest] of this.answers) {
      if (this.bytes <= this.maxBytes) break;
      this.answers.delete(key);
      this.bytes -= oldest.body.length;
    }
  }

  /** How many answers are held (for the tests). */
  get size(): number {
    return this.answers.size;
  }
}

/**
 * Keeps the answer of a query that one resolver built from a published snapshot alone (RequestContext.builtFromSnapshot)
 * for HeldAnswerMiddleware: a successful answer of one root field, with the bytes and headers Apollo sends.
 */
export function heldAnswersPlugin(held: HeldAnswers): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, request, response }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || operation?.operation !== 'query' || !hasOneRootField(operation)) return;
          if ((response.http.status ?? 200) !== 200) return;
          if (contextValue.snapshotBuiltFrom !== null && request.query) held.noteHoldable(request.query);
          // What Apollo Server writes for a single result (prettyJSONStringify): the JSON and a line break.
          held.builtFrom(contextValue.req, contextValue.snapshotBuiltFrom, () => Buffer.from(`${JSON.stringify(body.singleResult)}\n`));
        },
      };
    },
  };
}
