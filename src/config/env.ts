import { z } from 'zod-initial/mini';

/**
 * Build-time settings. Switching to a real gateway is: VITE_MOCKS=off (and, when the gateway
 * is not same-origin under /api, VITE_API_BASE_URL). Parsed once, so a typo fails loudly.
 */
const minutes = (fallback: number) => z._default(z.coerce.number().check(z.positive()), fallback);
const schema = z.object({
  VITE_MOCKS: z._default(z.enum(['on', 'off']), 'on'),
  VITE_API_BASE_URL: z._default(
    z.string().check(z.regex(/^(\/|https:\/\/)/, 'VITE_API_BASE_URL must be a path or an https URL')),
    '/api',
  ),
  /** Minutes of inactivity before automatic sign-out (DigiD: 15) and before the warning. */
  VITE_IDLE_TIMEOUT_MINUTES: minutes(15),
  VITE_IDLE_WARNING_MINUTES: minutes(13),
  /** How long a registry may take before the app gives up and says so. */
  VITE_API_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 15_000),
});

const parsed = z.parse(schema, {
  VITE_MOCKS: import.meta.env.VITE_MOCKS || undefined,
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
  VITE_IDLE_TIMEOUT_MINUTES: import.meta.env.VITE_IDLE_TIMEOUT_MINUTES || undefined,
  VITE_IDLE_WARNING_MINUTES: import.meta.env.VITE_IDLE_WARNING_MINUTES || undefined,
  VITE_API_TIMEOUT_MS: import.meta.env.VITE_API_TIMEOUT_MS || undefined,
});

export const env = {
  mocks: parsed.VITE_MOCKS === 'on',
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  idleTimeoutMs: parsed.VITE_IDLE_TIMEOUT_MINUTES * 60_000,
  idleWarningMs: parsed.VITE_IDLE_WARNING_MINUTES * 60_000,
  apiTimeoutMs: parsed.VITE_API_TIMEOUT_MS,
} as const;
