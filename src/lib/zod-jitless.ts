import { config } from 'zod-initial/mini';

/**
 * Zod compiles fast object parsers with `new Function` when it may. Our Content-Security-Policy
 * forbids eval ('unsafe-eval' is not in script-src), so that probe fails anyway, but Chromium
 * still reports the caught attempt as a CSP violation. `jitless` skips the probe: parsing is
 * exactly what it would be under the policy, and the violation report is gone.
 *
 * It must run before any schema is created (zod checks at construction time), so main.tsx
 * imports this module first.
 */
config({ jitless: true });
