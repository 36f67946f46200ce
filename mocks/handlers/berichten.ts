import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { requireCitizen } from '../gateway/citizen';
import { problem } from '../gateway/problem';
import { store } from '../data/zaken/index';
import { berichtJson, urls } from '../data/zaken/serialize';

/**
 * Berichtenbox (our contract, mocks/contracts/berichten.yaml): a message for every status
 * change of the citizen's own requests, newest first, with the unread count for the header.
 */

const json = (body: unknown, status = 200) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers: { 'Cache-Control': 'no-store' } });

export const berichtenHandlers = [
  http.get('/berichten', ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'verzoeken' });
    if (session instanceof Response) return session;
    const own = [...store.berichten.values()]
      .filter((b) => b.bsn === session.bsn)
      .sort((a, b) => (a.verzonden === b.verzonden ? b.seq - a.seq : a.verzonden < b.verzonden ? 1 : -1));
    const u = urls(new URL(request.url).origin);
    return json({ ongelezen: own.filter((b) => !b.gelezen).length, berichten: own.map((b) => berichtJson(b, u)) });
  }),

  http.patch('/berichten/:id', async ({ request, cookies, params }) => {
    const session = requireCitizen(cookies, { dienst: 'verzoeken' });
    if (session instanceof Response) return session;
    const bericht = store.berichten.get(String(params.id));
    // Another person's message is indistinguishable from a missing one.
    if (!bericht || bericht.bsn !== session.bsn) {
      return problem(404, 'Bericht niet gevonden', 'Dit bericht bestaat niet.', { code: 'notFound' });
    }
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      body = undefined;
    }
    const gelezen = (body as { gelezen?: unknown } | undefined)?.gelezen;
    if (!body || typeof body !== 'object' || typeof gelezen !== 'boolean' || Object.keys(body).length !== 1) {
      return problem(400, 'Ongeldige invoer', 'Stuur { "gelezen": true } of { "gelezen": false }.', {
        code: 'paramsValidation',
        invalidParams: [
          { name: 'gelezen', code: 'boolean', reason: 'Alleen gelezen (true/false) kan worden gewijzigd.' },
        ],
      });
    }
    bericht.gelezen = gelezen;
    return json(berichtJson(bericht, urls(new URL(request.url).origin)));
  }),
];
