import { z } from 'zod';

/**
 * Build-time settings. Switching to a real gateway is: VITE_MOCKS=off (and, when the gateway
 * is not same-origin under /api, VITE_API_BASE_URL). Parsed once, so a typo fails loudly.
 */
const schema = z.object({
  VITE_MOCKS: z.enum(['on', 'off']).default('on'),
  VITE_API_BASE_URL: z
    .string()
    .regex(/^(\/|https:\/\/)/, 'VITE_API_BASE_URL must be a path or an https URL')
    .default('/api'),
  /** Minutes of inactivity before automatic sign-out (DigiD: 15) and before the warning. */
  VITE_IDLE_TIMEOUT_MINUTES: z.coerce.number().positive().default(15),
  VITE_IDLE_WARNING_MINUTES: z.coerce.number().positive().default(13),
});

const parsed = schema.parse({
  VITE_MOCKS: import.meta.env.VITE_MOCKS || undefined,
  VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL || undefined,
  VITE_IDLE_TIMEOUT_MINUTES: import.meta.env.VITE_IDLE_TIMEOUT_MINUTES || undefined,
  VITE_IDLE_WARNING_MINUTES: import.meta.env.VITE_IDLE_WARNING_MINUTES || undefined,
});

export const env = {
  mocks: parsed.VITE_MOCKS === 'on',
  apiBaseUrl: parsed.VITE_API_BASE_URL.replace(/\/$/, ''),
  idleTimeoutMs: parsed.VITE_IDLE_TIMEOUT_MINUTES * 60_000,
  idleWarningMs: parsed.VITE_IDLE_WARNING_MINUTES * 60_000,
} as const;
