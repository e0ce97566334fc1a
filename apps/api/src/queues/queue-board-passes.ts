import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sign, verify } from 'jsonwebtoken';
import { createHmac, createSecretKey, KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { authRepository } from '../auth/auth.repository';
import { SessionRevocations } from '../auth/session-revocations';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { UnauthenticatedError } from '@raadgiver/domain';

/** Where the queue board is served; the admin's origin forwards it to the API (apps/admin/api-routes.json). */
export const QUEUE_BOARD_PATH = '/ops/queues';
/** The pass's cookie, sent by the browser under QUEUE_BOARD_PATH only. */
export const QUEUE_BOARD_COOKIE = 'rg_queue_board';
/** However long the board stays open, the operator opens it again from the admin after this. */
const MAX_OPEN_MS = 12 * 60 * 60 * 1000;

/** The pass as signed: the operator's session as in an access token, and when the board was opened. */
interface PassPayload {
  sub: string;
  tid: string | null;
  sid: string;
  gen: number;
  /** Issued at, in milliseconds (SessionRevocations compares it with membership changes). */
  ims: number;
  /** When the operator opened the board from the admin, in milliseconds: renewals never pass MAX_OPEN_MS after it. */
  oat: number;
}

/**
 * The operator's pass to the queue board: the browser opens the board as a page, which carries no bearer token, so the
 * admin asks for a pass first (openQueueDashboard) and the API sets it as a short-lived cookie, httpOnly, SameSite=Strict,
 * Secure where the cookies are, and sent under QUEUE_BOARD_PATH only. Its key is derived from the JWT secret for this
 * use alone, so a pass is never an access token nor the reverse. Every request under the path is admitted only with a
 * pass whose signature and expiry hold and whose session is still current (logout, switch, membership: as an access
 * token); a pass past half its life is renewed after the database confirms the user is still an operator.
 */
@Injectable()
export class QueueBoardPasses {
  private readonly key: KeyObject;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly sessions: SessionRevocations,
    private readonly dataSource: DataSource,
  ) {
    this.key = createSecretKey(createHmac('sha256', config.jwtSecret).update('raadgiver:queue-board-pass').digest());
  }

  /** Sets a pass for the operator's current session. */
  async issue(claims: AuthClaims, res: Response): Promise<void> {
    const generation = claims.operator && claims.sessionId ? await this.sessions.generation(claims.sessionId) : null;
    if (generation === null || !claims.sessionId) throw new UnauthenticatedError('session_ended');
    this.setCookie({ sub: claims.userId, tid: claims.tenantId, sid: claims.sessionId, gen: generation, ims: Date.now(), oat: Date.now() }, res);
  }

  private setCookie(payload: PassPayload, res: Response): void {
    const ttlSeconds = this.config.accessTokenTtlSeconds;
    res.cookie(QUEUE_BOARD_COOKIE, sign(payload, this.key, { algorithm: 'HS256', expiresIn: ttlSeconds }), {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.secureCookies,
      path: QUEUE_BOARD_PATH,
      maxAge: ttlSeconds * 1000,
    });
  }

  /** Whether the request carries a current operator's pass; renews it when past half its life. */
  async admits(req: Request, res: Response): Promise<boolean> {
    const token = (req.cookies as Record<string, string> | undefined)?.[QUEUE_BOARD_COOKIE];
    if (!token) return false;
    let pass: PassPayload & { exp: number };
    try {
      pass = verify(token, this.key, { algorithms: ['HS256'] }) as PassPayload & { exp: number };
      await this.sessions.assertCurrent({ userId: pass.sub, tenantId: pass.tid, sessionId: pass.sid, generation: pass.gen, issuedAtMs: pass.ims });
    } catch {
      return false;
    }
    const pastHalfLife = pass.exp * 1000 - Date.now() < (this.config.accessTokenTtlSeconds * 1000) / 2;
    if (pastHalfLife && Date.now() - pass.oat < MAX_OPEN_MS) await this.renew(pass, res);
    return true;
  }

  private async renew(pass: PassPayload, res: Response): Promise<void> {
    const [user] = await authRepository.me(this.dataSource, pass.sub);
    if (!user || user.disabled || !user.is_operator) return;
    this.setCookie({ sub: pass.sub, tid: pass.tid, sid: pass.sid, gen: pass.gen, ims: Date.now(), oat: pass.oat }, res);
  }
}
