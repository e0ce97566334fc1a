/** How a process shuts down and who may read its metrics; the API and the worker read them alike. */
export interface OpsSettings {
  /**
   * SIGTERM to exit at most (SHUTDOWN_GRACE_SECONDS, default 25: below Kubernetes' 30 s terminationGracePeriod).
   * The API lets running requests end in this time; the worker its running jobs.
   */
  shutdownGraceSeconds: number;
  /**
   * How long the API goes on accepting connections after SIGTERM while its readiness answers 503, so that the load
   * balancer takes it out before it refuses (SHUTDOWN_DELAY_SECONDS, default 0: Kubernetes' preStop hook can wait instead).
   */
  shutdownDelaySeconds: number;
  /** The Bearer token /metrics wants (METRICS_TOKEN, at least 16 characters); none: the API serves no metrics. */
  metricsToken: string | null;
}

function seconds(env: Record<string, string | undefined>, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`Environment variable ${name} must be a whole number of seconds from 0 to ${max}`);
  return value;
}

export function readOpsSettings(env: Record<string, string | undefined>): OpsSettings {
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && metricsToken.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters');
  return {
    shutdownGraceSeconds: seconds(env, 'SHUTDOWN_GRACE_SECONDS', 25, 3600),
    shutdownDelaySeconds: seconds(env, 'SHUTDOWN_DELAY_SECONDS', 0, 300),
    metricsToken,
  };
}
