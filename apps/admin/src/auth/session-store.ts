import type { SessionFieldsFragment } from '../gql/graphql';

export type Session = SessionFieldsFragment;

/**
 * Holds the signed-in session in memory only: the access token never touches storage,
 * and a reload gets a new one from the refresh cookie. React reads it through
 * `useSyncExternalStore`; the GraphQL client reads the token on every request.
 */
export class SessionStore {
  private session: Session | null = null;
  private readonly listeners = new Set<() => void>();

  readonly getSnapshot = (): Session | null => this.session;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get accessToken(): string | null {
    return this.session?.accessToken ?? null;
  }

  /** True when the access token expires within `marginMs`, so a refresh should come first. */
  expiresWithin(marginMs: number, now = Date.now()): boolean {
    if (!this.session) return false;
    return Date.parse(this.session.expiresAt) - marginMs <= now;
  }

  set(session: Session): void {
    this.session = session;
    this.notify();
  }

  clear(): void {
    if (this.session === null) return;
    this.session = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
