import { z } from 'zod';
import { fail, issue, ok, type Result } from '#core/result';

/**
 * The whole environment, parsed once at boot (STYLE.md rule 12). A bad value stops the process
 * with a message naming the variable; nothing else in the code reads process.env.
 */
const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  COUNTERPART_DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Counterpart <no-reply@counterpart.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: boolish.default(false),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(24 * 14),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 365)
    .default(24 * 30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Encrypts private notes and signs calendar links: 32+ characters, or base64 of 32 random bytes. */
  ENCRYPTION_KEY: z
    .string()
    .min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  SEED_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  SERVER_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
});

export type Env = {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly publicUrl: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly logLevel: string;
  readonly trustProxy: boolean;
  readonly sessionIdleHours: number;
  readonly sessionAbsoluteHours: number;
  readonly loginRateLimitPerMinute: number;
  /** auto: load the demo organisation into an empty embedded database, never into PostgreSQL. */
  readonly seedDemo: 'auto' | 'always' | 'never';
  /** Absent: the embedded database keeps a generated key in its data directory; PostgreSQL refuses. */
  readonly encryptionKey: string | undefined;
  /** How many processes `serve` answers requests with; more than one needs PostgreSQL (ADR 019). */
  readonly serverProcesses: number;
};

export function parseEnv(source: NodeJS.ProcessEnv): Result<Env> {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        return issue('env', `${name}: ${i.message} (got ${JSON.stringify(source[name] ?? '')})`, [name]);
      }),
    );
  }
  const e = parsed.data;
  if (e.SERVER_PROCESSES > 1 && !e.DATABASE_URL) {
    return fail([
      issue(
        'env',
        `SERVER_PROCESSES: more than one process needs DATABASE_URL; the embedded database lives inside one process (got ${JSON.stringify(source.SERVER_PROCESSES)})`,
        ['SERVER_PROCESSES'],
      ),
    ]);
  }
  return ok({
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.COUNTERPART_DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionIdleHours: e.SESSION_IDLE_HOURS,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    seedDemo: e.SEED_DEMO,
    encryptionKey: e.ENCRYPTION_KEY,
    serverProcesses: e.SERVER_PROCESSES,
  });
}

/** Human-readable, one line per bad variable. */
export function describeEnvIssues(issues: Result<Env> & { ok: false }): string {
  return `Invalid configuration:\n${issues.issues.map((i) => `  - ${i.message}`).join('\n')}`;
}
