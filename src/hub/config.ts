/** The hub's settings, all from the environment (twelve-factor), checked once at start. */
export interface HubConfig {
  databaseUrl: string;
  host: string;
  port: number;
  /** Largest request body in bytes; a sync batch of 100 quick-check bundles is about 0.5 MB. */
  bodyLimit: number;
  dbPoolSize: number;
  sessionTtlMs: number;
  enrolmentCodeTtlMs: number;
  /** Login and enrolment attempts per client address per minute. */
  loginRateLimit: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Origins of the desktop app allowed to call the hub from a page (CORS). */
  corsOrigins: string[];
  /** Behind a reverse proxy (TLS): take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** First start only: the park and its administrator account are created when no park exists. */
  bootstrap?: { parkName: string; adminUsername: string; adminPassword: string };
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function configFromEnv(env: NodeJS.ProcessEnv): HubConfig {
  const databaseUrl = env.HUB_DATABASE_URL ?? env.DATABASE_URL;
  if (!databaseUrl) throw new ConfigError('HUB_DATABASE_URL is not set (e.g. postgres://gongzhi@127.0.0.1:5432/gongzhi_hub)');
  const logLevel = env.HUB_LOG_LEVEL ?? 'info';
  if (!(levels as readonly string[]).includes(logLevel)) throw new ConfigError(`HUB_LOG_LEVEL must be one of ${levels.join(', ')}`);
  const { HUB_PARK_NAME: parkName, HUB_ADMIN_USERNAME: adminUsername, HUB_ADMIN_PASSWORD: adminPassword } = env;
  if (adminPassword !== undefined && adminPassword.length < 12)
    throw new ConfigError('HUB_ADMIN_PASSWORD must have at least 12 characters');
  return {
    databaseUrl,
    host: env.HUB_HOST ?? '127.0.0.1',
    port: integer(env, 'HUB_PORT', 8787, 0, 65535),
    bodyLimit: integer(env, 'HUB_BODY_LIMIT', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    dbPoolSize: integer(env, 'HUB_DB_POOL_SIZE', 10, 1, 200),
    sessionTtlMs: integer(env, 'HUB_SESSION_TTL_MINUTES', 12 * 60, 1, 30 * 24 * 60) * 60_000,
    enrolmentCodeTtlMs: integer(env, 'HUB_ENROLMENT_CODE_TTL_HOURS', 7 * 24, 1, 90 * 24) * 3_600_000,
    loginRateLimit: integer(env, 'HUB_LOGIN_RATE_LIMIT', 10, 1, 10_000),
    logLevel: logLevel as HubConfig['logLevel'],
    // app://gongzhi is the desktop app's fixed origin; the browser build's origin is added where used
    corsOrigins: (env.HUB_CORS_ORIGINS ?? 'app://gongzhi')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: env.HUB_TRUST_PROXY === '1' || env.HUB_TRUST_PROXY === 'true',
    ...(parkName && adminUsername && adminPassword ? { bootstrap: { parkName, adminUsername, adminPassword } } : {}),
  };
}
