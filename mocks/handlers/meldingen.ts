import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { requireCitizen } from '../gateway/citizen';
import { addVerwerkingBericht } from '../data/zaken/index';
import { setAdHocAlerts, simulateAdHocLookup, wantsAdHocAlerts } from '../data/verwerkingen/meldingen';
import { ACTIVITIES, organisatie } from '../data/verwerkingen/register';

/**
 * Meldingen over verwerkingen (our contract, mocks/contracts/meldingen.yaml): the signed-in
 * citizen's opt-in for a message at every new ad-hoc look-up. Plus a dev control (mock only)
 * that simulates such a look-up now: it appears in the log, and, when opted in, as a
 * `verwerking` message in the berichtenbox.
 */

const noStore = { 'Cache-Control': 'no-store' };

export const meldingenHandlers = [
  http.get('/meldingen/verwerkingen', ({ cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'logboek' });
    if (session instanceof Response) return session;
    return HttpResponse.json({ adHocRaadplegingen: wantsAdHocAlerts(session.bsn ?? '') }, { headers: noStore });
  }),

  http.put('/meldingen/verwerkingen', async ({ request, cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'logboek' });
    if (session instanceof Response) return session;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      body = undefined;
    }
    const value = (body as { adHocRaadplegingen?: unknown } | undefined)?.adHocRaadplegingen;
    if (
      !body ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof value !== 'boolean' ||
      Object.keys(body).length !== 1
    ) {
      return problem(400, 'Ongeldige invoer', 'Stuur { "adHocRaadplegingen": true } of false.', {
        code: 'paramsValidation',
        invalidParams: [
          { name: 'adHocRaadplegingen', code: 'boolean', reason: 'Alleen adHocRaadplegingen (true/false).' },
        ],
      });
    }
    setAdHocAlerts(session.bsn ?? '', value);
    return HttpResponse.json({ adHocRaadplegingen: value }, { headers: noStore });
  }),

  // ---- dev control (mock only) ----------------------------------------------------------
  http.post('/__mock/verwerkingen/nieuwe-raadpleging', ({ cookies }) => {
    const session = requireCitizen(cookies, { dienst: 'logboek' });
    if (session instanceof Response) return session;
    const bsn = session.bsn ?? '';
    const event = simulateAdHocLookup(bsn);
    if (!event) return problem(404, 'Geen logboek', 'Voor deze persoon is geen logboek.', { code: 'notFound' });
    let bericht: string | null = null;
    if (wantsAdHocAlerts(bsn)) {
      const activity = ACTIVITIES[event.activity]!;
      const naam = organisatie(activity.organisatie)?.naam ?? 'Een organisatie';
      const datum = new Date(event.start).toISOString().slice(0, 10);
      bericht = addVerwerkingBericht({
        bsn,
        onderwerp: `Uw gegevens zijn opgevraagd door ${naam}`,
        inhoud: `${naam} heeft op ${datum} uw gegevens opgevraagd: ${activity.handeling}. Doel: ${activity.doel}. U ziet dit ook in "Wie gebruikte mijn gegevens".`,
        afzender: 'Mijn Gegevens',
        verwerking: { traceId: event.traceId, spanId: event.spanId },
      }).id;
    }
    return HttpResponse.json(
      { verwerking: { traceId: event.traceId, spanId: event.spanId }, bericht },
      { status: 201, headers: noStore },
    );
  }),
];
