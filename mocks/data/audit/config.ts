/**
 * How big the auditor universe is, and where the Node gateway may keep its DuckDB file.
 * `AUDIT_RECORDS` (Node only: `npm run mock-api`, the HTTP tests, e2e, the bench) sets the
 * target; the browser always builds DEFAULT_TARGET.
 */
import { DEFAULT_TARGET } from './universe';

export type AuditConfig = {
  /** Records to generate (the test persons are always complete, so a few more come out). */
  target: number;
  /**
   * DuckDB only: a directory to keep the generated database in, reused by the next start
   * with the same generator and target. Undefined: an in-memory database (tests).
   */
  cacheDir?: string | undefined;
  /** DuckDB only: its memory limit while serving (DuckDB syntax, e.g. "1GB"). */
  memoryLimit?: string | undefined;
  /** DuckDB only: its memory limit while building a cached store (default 512MB). */
  buildMemoryLimit?: string | undefined;
  /**
   * Whether an auditor's sign-in starts the build (issue 16; default yes). The unit tests turn
   * it off (tests/setup/gateway.ts): they sign auditors in by the dozen and must not each pay
   * for a universe that only the audit tests, which build their own, read.
   */
  buildOnSignIn?: boolean | undefined;
};

function envTarget(): number {
  const env = typeof process !== 'undefined' ? process.env?.AUDIT_RECORDS : undefined;
  const n = env ? Number(env) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : DEFAULT_TARGET;
}

let config: AuditConfig = { target: envTarget() };

export const auditConfig = (): AuditConfig => config;
export function setAuditConfig(next: Partial<AuditConfig>): void {
  config = { ...config, ...next };
}
