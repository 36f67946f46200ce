import { HttpResponse } from 'msw';
import { z } from 'zod';
import { http } from '../gateway/http';
import { problem } from '../gateway/problem';
import { gatewayToday } from '../gateway/clock';
import { bsnFault } from '../gateway/bsn';
import { requireSession, type Session } from '../gateway/session';
import { getGbaPersoon, getPersoonByBsn } from '../data/brp';
import { gezaghebbers } from '../data/vertegenwoordiging/gezag';
import { loopt, registratiesVoor, ROL_VAN } from '../data/vertegenwoordiging/ccbr';
import { handelingenVoor } from '../data/vertegenwoordiging/handelingen';
import {
  accepteer,
  findMachtiging,
  geefMachtiging,
  gegevenDoor,
  isOpen,
  ontvangenDoor,
  trekIn,
  weigeringOp,
  type Machtiging,
} from '../data/vertegenwoordiging/machtigingen';
import { DIENSTEN } from '../data/vertegenwoordiging/types';

/**
 * Issue 14, our own contract (mocks/contracts/vertegenwoordiging.yaml):
 *
 *   GET  /vertegenwoordiging           who may act for me, and what they did in my name
 *   GET  /machtigingen                 mandates I gave and mandates I received
 *   POST /machtigingen                 give a mandate (DigiD Machtigen style)
 *   POST /machtigingen/{id}/accepteren the gemachtigde accepts
 *   POST /machtigingen/{id}/intrekken  either side ends it
 *
 * All of them are for the signed-in person **themselves**: a representative cannot read the
 * trail of other representatives, nor give or take mandates in someone else's name
 * (docs/decisions/060). BSNs of others are not sent back; names are.
 */

const noStore = { 'Cache-Control': 'no-store' };
const naamVan = (bsn: string) => getPersoonByBsn(bsn)?.naam?.volledigeNaam ?? '';

/** A citizen acting for themselves, or a 401/403 problem. */
function self(cookies: Record<string, string>): (Session & { bsn: string }) | Response {
  const session = requireSession(cookies);
  if (session instanceof Response) return session;
  if (session.role !== 'burger' || !session.bsn)
    return problem(403, 'Geen toegang', 'Alleen voor de burger zelf.', { code: 'forbidden' });
  if (session.subjectBsn && session.subjectBsn !== session.bsn) {
    return problem(403, 'Geen toegang', 'Dit kan alleen de persoon zelf, niet een vertegenwoordiger.', {
      code: 'alleenZelf',
    });
  }
  return { ...session, bsn: session.bsn };
}

function machtigingJson(m: Machtiging, kant: 'gegeven' | 'ontvangen', today: string) {
  const reden = weigeringOp(m, today);
  return {
    id: m.id,
    // The other side, by name: the giver typed the gemachtigde's BSN, the gemachtigde needs none.
    naam: naamVan(kant === 'gegeven' ? m.gemachtigdeBsn : m.geverBsn),
    diensten: m.diensten,
    geldigVan: m.geldigVan,
    geldigTot: m.geldigTot,
    status: m.status,
    bruikbaar: reden === undefined,
    ...(reden ? { reden } : {}),
    aangemaakt: m.aangemaakt,
    ...(m.geaccepteerd ? { geaccepteerd: m.geaccepteerd } : {}),
    ...(m.ingetrokken ? { ingetrokken: m.ingetrokken, ingetrokkenDoor: m.ingetrokkenDoor } : {}),
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nieuweMachtiging = z
  .object({
    gemachtigde: z.object({ bsn: z.string().max(20), geboortedatum: isoDate }).strict(),
    diensten: z.array(z.enum(DIENSTEN)).min(1).max(DIENSTEN.length),
    geldigTot: isoDate,
  })
  .strict();

/** YYYY-MM-DD plus whole years. */
const plusJaren = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
const gbaToIso = (d: string | undefined) =>
  d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined;

function invalid(name: string, code: string, reason: string): Response {
  return problem(400, 'Ongeldige invoer', reason, {
    code: 'paramsValidation',
    invalidParams: [{ name, code, reason }],
  });
}

export const vertegenwoordigingHandlers = [
  http.get('/vertegenwoordiging', ({ cookies }) => {
    const session = self(cookies);
    if (session instanceof Response) return session;
    const today = gatewayToday();
    const vertegenwoordigers = [
      ...gezaghebbers(session.bsn, today).map((g) => ({
        naam: naamVan(g.bsn),
        rol: g.rol,
        bron: 'brp',
        ...(g.tot ? { tot: g.tot } : {}),
      })),
      ...registratiesVoor(session.bsn)
        .filter((r) => loopt(r, today))
        .map((r) => ({
          naam: r.vertegenwoordiger.naam,
          rol: ROL_VAN[r.soort],
          bron: 'ccbr',
          ...(r.einddatum ? { tot: r.einddatum } : {}),
        })),
      ...gegevenDoor(session.bsn)
        .filter((m) => weigeringOp(m, today) === undefined)
        .map((m) => ({
          naam: naamVan(m.gemachtigdeBsn),
          rol: 'gemachtigde',
          bron: 'machtiging',
          tot: m.geldigTot,
        })),
    ];
    const handelingen = handelingenVoor(session.bsn).map((h) => ({
      id: h.id,
      at: h.at,
      naam: h.actorNaam,
      rol: h.rol,
      dienst: h.dienst,
      ...(h.register ? { register: h.register } : {}),
      ...(h.handeling ? { handeling: h.handeling } : {}),
    }));
    return HttpResponse.json({ vertegenwoordigers, handelingen }, { headers: noStore });
  }),

  http.get('/machtigingen', ({ cookies }) => {
    const session = self(cookies);
    if (session instanceof Response) return session;
    const today = gatewayToday();
    return HttpResponse.json(
      {
        gegeven: gegevenDoor(session.bsn).map((m) => machtigingJson(m, 'gegeven', today)),
        ontvangen: ontvangenDoor(session.bsn).map((m) => machtigingJson(m, 'ontvangen', today)),
      },
      { headers: noStore },
    );
  }),

  http.post('/machtigingen', async ({ request, cookies }) => {
    const session = self(cookies);
    if (session instanceof Response) return session;
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      return invalid('body', 'json', 'De inhoud is geen geldige JSON.');
    }
    const parsed = nieuweMachtiging.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return invalid(
        issue?.path.join('.') || 'body',
        issue?.code ?? 'invalid',
        'Vul het burgerservicenummer en de geboortedatum van de gemachtigde in, kies waarvoor en tot wanneer.',
      );
    }
    const { gemachtigde, diensten, geldigTot } = parsed.data;
    const today = gatewayToday();
    if (bsnFault(gemachtigde.bsn))
      return invalid('gemachtigde.bsn', 'elfproef', 'Dit is geen geldig burgerservicenummer.');
    if (gemachtigde.bsn === session.bsn) return invalid('gemachtigde.bsn', 'zelf', 'U kunt uzelf niet machtigen.');
    // BSN and birth date must belong together (as DigiD Machtigen asks): the form cannot be
    // used to find out who has a BSN. One answer for "unknown" and "does not match".
    const persoon = getGbaPersoon(gemachtigde.bsn);
    if (!persoon || gbaToIso(persoon.geboorte?.datum) !== gemachtigde.geboortedatum) {
      return problem(
        422,
        'Onbekende gemachtigde',
        'Burgerservicenummer en geboortedatum horen niet bij dezelfde persoon.',
        {
          code: 'gemachtigdeOnbekend',
          invalidParams: [
            {
              name: 'gemachtigde',
              code: 'onbekend',
              reason: 'Burgerservicenummer en geboortedatum horen niet bij dezelfde persoon.',
            },
          ],
        },
      );
    }
    if (persoon.overlijden?.datum) return invalid('gemachtigde', 'overleden', 'Deze persoon is overleden.');
    if (geldigTot < today || geldigTot > plusJaren(today, 5))
      return invalid('geldigTot', 'bereik', 'Kies een einddatum vanaf vandaag en binnen 5 jaar.');
    if (gegevenDoor(session.bsn).some((m) => m.gemachtigdeBsn === gemachtigde.bsn && isOpen(m, today))) {
      return problem(409, 'Al gemachtigd', 'Deze persoon heeft al een machtiging van u. Trek die eerst in.', {
        code: 'alGemachtigd',
      });
    }
    const m = geefMachtiging({
      geverBsn: session.bsn,
      gemachtigdeBsn: gemachtigde.bsn,
      diensten,
      geldigVan: today,
      geldigTot,
    });
    return HttpResponse.json(machtigingJson(m, 'gegeven', today), { status: 201, headers: noStore });
  }),

  http.post('/machtigingen/:id/accepteren', ({ params, cookies }) => {
    const session = self(cookies);
    if (session instanceof Response) return session;
    const m = findMachtiging(String(params.id));
    if (!m || m.gemachtigdeBsn !== session.bsn)
      return problem(404, 'Niet gevonden', 'Deze machtiging bestaat niet.', { code: 'notFound' });
    const today = gatewayToday();
    if (m.status !== 'wachtOpAcceptatie' || !isOpen(m, today))
      return problem(409, 'Niet meer mogelijk', 'Deze machtiging kan niet (meer) worden geaccepteerd.', {
        code: 'status',
      });
    accepteer(m);
    return HttpResponse.json(machtigingJson(m, 'ontvangen', today), { headers: noStore });
  }),

  http.post('/machtigingen/:id/intrekken', ({ params, cookies }) => {
    const session = self(cookies);
    if (session instanceof Response) return session;
    const m = findMachtiging(String(params.id));
    const kant = m?.geverBsn === session.bsn ? 'gegeven' : m?.gemachtigdeBsn === session.bsn ? 'ontvangen' : undefined;
    if (!m || !kant) return problem(404, 'Niet gevonden', 'Deze machtiging bestaat niet.', { code: 'notFound' });
    // Ending twice is the same as once (a retried click creates nothing new).
    if (m.status !== 'ingetrokken') trekIn(m, kant === 'gegeven' ? 'machtiginggever' : 'gemachtigde');
    return HttpResponse.json(machtigingJson(m, kant, gatewayToday()), { headers: noStore });
  }),
];
