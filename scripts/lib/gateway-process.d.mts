/** Types for scripts/lib/gateway-process.mjs. */
export declare function startGatewayProcess(options: {
  root: string;
  nice?: number;
  until?: 'serving' | 'audit-store';
  env?: Record<string, string>;
  stderr?: (chunk: string) => void;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<{ url: string; stop: () => Promise<void> }>;
