import { HttpResponse } from 'msw';
import { z } from 'zod';
import { http } from './http';
import { problem } from './problem';

/**
 * How the gateway double behaves where a real gateway may differ. `ldvExtensies: true` (the
 * default) adds our documented `mg.*` attributes to log records (mocks/contracts/ldv-gateway.yaml);
 * `false` is the strict mode: records carry the standard `dpl.core.*` attributes only, as a
 * Logboek that follows the standard and nothing more. Tests switch it through the mock-only
 * control below; it resets with the rest of the mock state.
 */
const schema = z.object({ ldvExtensies: z.boolean() }).strict();
export type GatewayModus = z.infer<typeof schema>;

const DEFAULT: GatewayModus = { ldvExtensies: true };
let modus: GatewayModus = { ...DEFAULT };

export const gatewayModus = (): Readonly<GatewayModus> => modus;
export function setGatewayModus(next: GatewayModus): void {
  modus = { ...next };
}
export function resetGatewayModus(): void {
  modus = { ...DEFAULT };
}

export const modusHandlers = [
  // Mock-only control endpoints (a real gateway has none).
  http.get('/__mock/gateway-modus', () => HttpResponse.json(modus)),
  http.put('/__mock/gateway-modus', async ({ request }) => {
    const parsed = schema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return problem(400, 'Ongeldige gatewaymodus', 'Stuur { "ldvExtensies": true } of false.');
    setGatewayModus(parsed.data);
    return HttpResponse.json(modus);
  }),
];
