import { HttpResponse } from 'msw';

export type InvalidParam = { name: string; code: string; reason: string };

/**
 * An RFC 9457 problem+json response in the shape the Haal Centraal APIs use
 * (`type`, `title`, `status`, `detail`, `instance`, `code`, `invalidParams`). Titles and
 * details are Dutch, like the real gateway's; the app shows its own translated text
 * chosen by `code`, never this text as HTML.
 */
export function problem(status: number, title: string, detail?: string, extra: Record<string, unknown> = {}): Response {
  const body = {
    type: `https://mijn-gegevens.example/problemen/${status}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...extra,
  };
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}
