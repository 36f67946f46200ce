import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { store } from '@mocks/data/zaken/index';
import { newDraft, type Draft } from '../model/draft';
import { findOrCreateZaak, zaakIdentificatie } from './exactly-once';
import { submitCorrection } from './submit';
import { zgw } from './zgw';
import { signInAs } from '../../../../tests/utils/session';

/**
 * Exactly one zaak per holder against a double that, like every ZGW server, ignores
 * Idempotency-Key: double submits, concurrent creators, and a lost answer at every step.
 */

const BSN = '999993653';

function draft(): Draft {
  return {
    ...newDraft('brp', 'naam.voornamen', 'Voornamen', 'Suzanne'),
    wat: 'onjuist',
    nieuweWaarde: 'Zoë',
    toelichting: 'Mijn naam is anders.',
    beperking: 'ja',
  };
}

const mine = () =>
  [...store.zaken.values()].filter((z) => z.creatorBsn === BSN && z.omschrijving.startsWith('Correctie'));
const children = (zaakUuid: string) => ({
  rollen: [...store.rollen.values()].filter((r) => r.zaakUuid === zaakUuid).length,
  objecten: [...store.zaakobjecten.values()].filter((o) => o.zaakUuid === zaakUuid).length,
  eigenschappen: [...store.eigenschappen.values()].filter((e) => e.zaakUuid === zaakUuid).length,
  statussen: [...store.statussen.values()].filter((s) => s.zaakUuid === zaakUuid).length,
});

describe('exactly one zaak without an Idempotency-Key', { timeout: 30_000 }, () => {
  const seen: string[] = [];
  beforeEach(async () => {
    await signInAs(BSN);
    seen.length = 0;
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      if (request.headers.has('Idempotency-Key')) seen.push(`${request.method} ${request.url}`);
    });
  });

  it('names the field and its object on the zaak, so every list can say what the request is about (issue 19)', async () => {
    const d = {
      ...newDraft('rdw', 'voertuig.apk', 'APK-vervaldatum', '2027-01-01', {
        onderwerp: 'AB-123-C – Volkswagen Golf',
        taal: 'nl',
      }),
      wat: 'onjuist' as const,
      nieuweWaarde: '2027-02-01',
      beperking: 'nee' as const,
    };
    const [filed] = await submitCorrection(d, BSN, () => undefined);
    const zaak = store.zaken.get(filed!.uuid)!;
    expect(zaak.omschrijving).toBe('Correctie: AB-123-C – Volkswagen Golf: APK-vervaldatum');
    const object = [...store.zaakobjecten.values()].find((o) => o.zaakUuid === zaak.uuid)!;
    expect(object.overigeData).toMatchObject({
      registratie: 'rdw',
      veld: 'voertuig.apk',
      gegeven: 'APK-vervaldatum',
      onderwerp: 'AB-123-C – Volkswagen Golf',
      taal: 'nl',
    });
  });

  it('files one zaak for a double click: the second submit joins the first', async () => {
    const d = draft();
    const [a, b] = await Promise.all([
      submitCorrection(d, BSN, () => undefined),
      submitCorrection(d, BSN, () => undefined),
    ]);
    expect(a).toEqual(b);
    expect(mine()).toHaveLength(1);
    expect(children(mine()[0]!.uuid)).toEqual({ rollen: 1, objecten: 1, eigenschappen: 6, statussen: 1 });
    expect(seen).toEqual([]);
  });

  it('finds the zaak back when two tabs create it at the same moment (identificatie-niet-uniek)', async () => {
    const b = await zgw.holder('brp');
    const body = {
      zaaktype: b.zaaktypen.correctie.url,
      bronorganisatie: b.bronorganisatie,
      verantwoordelijkeOrganisatie: b.bronhouder.rsin,
      identificatie: await zaakIdentificatie('tab-race', 'brp', '2026'),
      startdatum: '2026-11-28',
    };
    const [x, y] = await Promise.all([findOrCreateZaak(body), findOrCreateZaak(body)]);
    expect(x.uuid).toBe(y.uuid);
    expect([...store.zaken.values()].filter((z) => z.identificatie === body.identificatie)).toHaveLength(1);
  });

  it.each([
    ['the zaak', '*/api/zaken/api/v1/zaken'],
    ['the initiator', '*/api/zaken/api/v1/rollen'],
    ['the zaakobject', '*/api/zaken/api/v1/zaakobjecten'],
    ['an eigenschap', '*/api/zaken/api/v1/zaken/:uuid/zaakeigenschappen'],
    ['the first status', '*/api/zaken/api/v1/statussen'],
  ])('after the answer to %s is lost, the retry adds only what is missing', async (_name, route) => {
    let lost = false;
    server.use(
      http.post(route, async ({ request }) => {
        if (lost) return undefined;
        lost = true;
        // The server does it; the answer never arrives.
        await fetch(request.clone());
        return HttpResponse.error();
      }),
    );
    const d = draft();
    await expect(submitCorrection(d, BSN, () => undefined)).rejects.toThrow();
    expect(lost).toBe(true);
    const submitted = await submitCorrection(d, BSN, () => undefined);
    expect(submitted).toHaveLength(1);
    expect(mine()).toHaveLength(1);
    expect(children(mine()[0]!.uuid)).toEqual({ rollen: 1, objecten: 1, eigenschappen: 6, statussen: 1 });
    expect(submitted[0]!.dueDate).toBe('2026-12-28'); // P4W ends on Saturday 26 December (Boxing Day): the holder sets Monday 28 December
    expect(seen).toEqual([]);
  });
});
