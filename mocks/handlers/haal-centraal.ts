import { HttpResponse } from 'msw';
import { problem } from '../gateway/problem';

/**
 * What the Haal Centraal-style doubles (BAG, BRK, WOZ; the BRP for the body) answer alike: a
 * HAL body on success and problem+json otherwise, with the spec's `api-version` header, never
 * cached; and the spec's 400 `paramsValidation` when a POST body is not JSON.
 */
export function halResponse(result: { status: number; body: Record<string, unknown> }, apiVersion: string): Response {
  return HttpResponse.json(result.body, {
    status: result.status,
    headers: {
      'Content-Type': result.status === 200 ? 'application/hal+json' : 'application/problem+json',
      'api-version': apiVersion,
      'Cache-Control': 'no-store',
    },
  });
}

/** The request's JSON body, or the 400 a Haal Centraal API gives for one that is not JSON. */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | Response> {
  try {
    return { body: await request.json() };
  } catch {
    return problem(400, 'Een of meerdere parameters zijn niet correct.', 'De request body is geen geldige JSON.', {
      code: 'paramsValidation',
      instance: request.url,
    });
  }
}
