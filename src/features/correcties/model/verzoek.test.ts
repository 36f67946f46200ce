// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { clearPersonalData } from '@/lib/privacy';
import { followOtherTabs, markSignedIn, markSignedOut } from '@/lib/session-sync';
import type { Zaak } from '../api/zgw';
import {
  firstOpenStep,
  loadDraft,
  newDraft,
  proposedValue,
  saveDraft,
  stepBefore,
  storageKey,
  targetsOf,
} from './draft';
import { beperkingOf, toVerzoeken, type ZakenBundle } from './verzoek';

const ZT = 'http://x/api/catalogi/api/v1/zaaktypen/';
const Z = 'http://x/api/zaken/api/v1/zaken/';

function zaak(uuid: string, patch: Partial<Zaak> = {}): Zaak {
  return {
    url: `${Z}${uuid}`,
    uuid,
    identificatie: `MG-2026-${uuid}`,
    omschrijving: 'x',
    zaaktype: `${ZT}zt-brp`,
    registratiedatum: '2026-11-28',
    startdatum: '2026-11-28',
    einddatum: null,
    uiterlijkeEinddatumAfdoening: '2026-12-26',
    verlenging: null,
    relevanteAndereZaken: [],
    status: `http://x/s/${uuid}-s1`,
    resultaat: null,
    ...patch,
  };
}

const bundle = (zaken: Zaak[]): ZakenBundle => ({
  zaken,
  zaaktypen: [
    {
      url: `${ZT}zt-brp`,
      identificatie: 'CORRECTIE-BRP-0599',
      omschrijving: 'c',
      doorlooptijd: 'P4W',
      trefwoorden: ['registratie:brp', 'verzoeksoort:correctie'],
      verlengingMogelijk: true,
      verlengingstermijn: 'P2M',
    },
    // Keywords in another order, with others in between: found by key, not by position.
    {
      url: `${ZT}zt-bag`,
      identificatie: 'UITLEG-BAG-0599',
      omschrijving: 'u',
      doorlooptijd: 'P1M',
      trefwoorden: ['verzoeksoort:uitleg', 'avg', 'registratie:bag'],
      verlengingMogelijk: true,
      verlengingstermijn: 'P2M',
    },
  ],
  // A holder that numbers its statustypen 10, 20, 90: the steps follow omschrijvingGeneriek.
  statustypen: [
    {
      url: 'http://x/st/1',
      omschrijving: 'Verzoek binnen',
      omschrijvingGeneriek: 'Ontvangen',
      zaaktype: `${ZT}zt-brp`,
      volgnummer: 10,
      isEindstatus: false,
    },
    {
      url: 'http://x/st/4',
      omschrijving: 'Klaar',
      omschrijvingGeneriek: 'Afgehandeld',
      zaaktype: `${ZT}zt-brp`,
      volgnummer: 90,
      isEindstatus: true,
    },
  ],
  statussen: zaken.map((z) => ({
    url: z.status ?? '',
    zaak: z.url,
    statustype: z.einddatum ? 'http://x/st/4' : 'http://x/st/1',
    datumStatusGezet: '2026-11-28T10:00:00Z',
  })),
  resultaten: [
    { url: 'http://x/r/1', zaak: `${Z}c`, resultaattype: 'http://x/rt/afgewezen', toelichting: 'Akte zegt anders.' },
    {
      url: 'http://x/r/2',
      zaak: `${Z}d`,
      resultaattype: 'http://x/rt/ingetrokken',
      toelichting: 'Ingetrokken door de indiener.',
    },
  ],
  resultaattypen: [
    { url: 'http://x/rt/afgewezen', omschrijvingGeneriek: 'Afgewezen' },
    { url: 'http://x/rt/ingetrokken', omschrijvingGeneriek: 'Ingetrokken' },
  ],
  zaakobjecten: [
    {
      url: 'http://x/o/1',
      zaak: `${Z}a`,
      objectIdentificatie: { overigeData: { registratie: 'brp', veld: 'verblijfplaats.adres' } },
    },
  ],
});

describe('zaken → requests', () => {
  it('groups linked zaken into one request and computes the clock', () => {
    const a = zaak('a', { relevanteAndereZaken: [{ url: `${Z}b`, aardRelatie: 'onderwerp' }] });
    const b = zaak('b', {
      zaaktype: `${ZT}zt-bag`,
      relevanteAndereZaken: [{ url: `${Z}a`, aardRelatie: 'onderwerp' }],
    });
    const c = zaak('c', { registratiedatum: '2026-08-03', einddatum: '2026-08-25', resultaat: 'http://x/r/1' });
    const verzoeken = toVerzoeken(bundle([a, b, c]), '2026-11-29');
    expect(verzoeken).toHaveLength(2);
    const [open, closed] = verzoeken;
    expect(open!.zaken.map((z) => z.uuid)).toEqual(['a', 'b']);
    // The zaak says Saturday 26 December (Boxing Day): the legal last day is Monday 28 December.
    expect(open!.zaken[0]).toMatchObject({
      registry: 'brp',
      soort: 'correctie',
      veld: 'verblijfplaats.adres',
      stap: 'ontvangen',
      dueDate: '2026-12-28',
      dueDateOnZaak: '2026-12-26',
      daysLeft: 29,
      overdue: false,
    });
    expect(open!.zaken[1]).toMatchObject({ registry: 'bag', soort: 'uitleg' });
    expect(closed!.zaken[0]).toMatchObject({
      stap: 'besloten',
      uitkomst: 'afgewezen',
      uitkomstToelichting: 'Akte zegt anders.',
      daysLeft: null,
      closed: true,
    });
  });

  it('gives the last day for bezwaar from the day the decision was sent, on a working day', () => {
    const c = zaak('c', { einddatum: '2026-11-28', resultaat: 'http://x/r/1' });
    const [v] = toVerzoeken(bundle([c]), '2026-11-29');
    // Sent on Saturday 28 November 2026: six weeks from the day after ends on Saturday 9 January → Monday 11 January.
    expect(v!.zaken[0]).toMatchObject({ besluitdatum: '2026-11-28', bezwaarTot: '2027-01-11' });
    const d = zaak('d', { einddatum: '2026-11-28', resultaat: 'http://x/r/2' });
    expect(toVerzoeken(bundle([d]), '2026-11-29')[0]!.zaken[0]).toMatchObject({
      besluitdatum: undefined,
      bezwaarTot: undefined,
    });
  });

  it('says a term can be extended only where the zaaktype allows it and none was given', () => {
    const withType = (verlengingMogelijk: boolean) => ({
      ...bundle([zaak('a')]),
      zaaktypen: bundle([]).zaaktypen.map((z) => ({ ...z, verlengingMogelijk })),
    });
    expect(toVerzoeken(withType(true), '2026-11-29')[0]!.zaken[0]!.verlengbaar).toBe(true);
    expect(toVerzoeken(withType(false), '2026-11-29')[0]!.zaken[0]!.verlengbaar).toBe(false);
    expect(
      toVerzoeken(bundle([zaak('a', { verlenging: { reden: 'Complex', duur: 'P2M' } })]), '2026-11-29')[0]!.zaken[0]!
        .verlengbaar,
    ).toBe(false);
  });

  it('knows the organisation a question about a processing went to', () => {
    const b = bundle([zaak('a')]);
    b.zaakobjecten = [
      {
        url: 'http://x/o/1',
        zaak: `${Z}a`,
        objectIdentificatie: { overigeData: { verwerkingsverantwoordelijke: 'e-politie' } },
      },
    ];
    expect(toVerzoeken(b, '2026-11-29')[0]!.zaken[0]!.organisatieId).toBe('e-politie');
  });

  it('tells a withdrawn request from a decided one by its resultaat, not by its end status', () => {
    const d = zaak('d', { einddatum: '2026-11-28', resultaat: 'http://x/r/2' });
    const [v] = toVerzoeken(bundle([d]), '2026-11-29');
    expect(v!.zaken[0]).toMatchObject({ stap: 'ingetrokken', uitkomst: 'ingetrokken', closed: true });
  });

  it('shows no clock when the holder has set no last day (it is not computed here)', () => {
    const [v] = toVerzoeken(bundle([zaak('a', { uiterlijkeEinddatumAfdoening: null })]), '2026-11-29');
    expect(v!.zaken[0]).toMatchObject({ dueDate: null, daysLeft: null, overdue: false });
  });

  it('marks an open zaak past its due date as overdue', () => {
    const [v] = toVerzoeken(bundle([zaak('a', { uiterlijkeEinddatumAfdoening: '2026-10-15' })]), '2026-11-29');
    expect(v!.zaken[0]).toMatchObject({ overdue: true, daysLeft: -45 });
  });
});

describe('the restriction of use (GDPR art. 18)', () => {
  const e = (pairs: Record<string, string>) => Object.entries(pairs).map(([naam, waarde]) => ({ naam, waarde }));
  it('is asked for, then in force while the holder checks, with the day it stops once announced, then lifted', () => {
    expect(beperkingOf(e({ beperkingGevraagd: 'nee' }), false, '2026-11-28')).toBeUndefined();
    expect(beperkingOf(e({ beperkingGevraagd: 'ja' }), false, '2026-11-28')).toEqual({ staat: 'gevraagd' });
    expect(beperkingOf(e({ beperkingGevraagd: 'ja' }), true, '2026-11-28')).toBeUndefined();
    expect(beperkingOf(e({ beperkingGevraagd: 'ja', beperking: 'van kracht' }), false, '2026-11-28')).toEqual({
      staat: 'vanKracht',
      stopt: undefined,
    });
    const aangekondigd = e({ beperkingGevraagd: 'ja', beperking: 'van kracht', beperkingStopt: '2027-01-12' });
    expect(beperkingOf(aangekondigd, true, '2027-01-11')).toEqual({ staat: 'vanKracht', stopt: '2027-01-12' });
    expect(beperkingOf(aangekondigd, true, '2027-01-12')).toEqual({ staat: 'opgeheven', op: '2027-01-12' });
  });
});

describe('the draft', () => {
  it('routes an address that does not exist to BRP and BAG, anything else to its own registry', () => {
    const d = newDraft('brp', 'verblijfplaats.adres', 'Adres', 'Boterdiep 31');
    expect(targetsOf({ ...d, wat: 'onjuist' })).toEqual(['brp']);
    expect(targetsOf({ ...d, wat: 'adresBestaatNiet' })).toEqual(['brp', 'bag']);
    expect(targetsOf({ ...newDraft('rdw', 'voertuigen.kleur', 'Kleur', 'Blauw'), wat: 'adresBestaatNiet' })).toEqual([
      'rdw',
    ]);
  });

  it('keeps one key per draft (it names the zaken) and never skips a question', () => {
    const d = newDraft('brp', 'naam.voornamen', 'Voornamen', 'Suzanne');
    expect(d.verzoekKenmerk).toMatch(/.{8,}/);
    expect(newDraft('brp', 'naam.voornamen', 'Voornamen', 'Suzanne').verzoekKenmerk).not.toBe(d.verzoekKenmerk);
    expect(firstOpenStep(d)).toBe('wat');
    expect(firstOpenStep({ ...d, wat: 'onjuist' })).toBe('waarde');
    expect(firstOpenStep({ ...d, wat: 'onjuist', nieuweWaarde: 'Zoë' })).toBe('toelichting');
    expect(firstOpenStep({ ...d, wat: 'onjuist', nieuweWaarde: 'Zoë', toelichting: 't', beperking: 'ja' })).toBe(
      'controleren',
    );
    expect(proposedValue({ ...d, adres: { postcode: '3077AW', huisnummer: '33', weergave: 'Boterdiep 33' } })).toBe(
      'Boterdiep 33',
    );
  });
});

describe('the draft in sessionStorage', () => {
  it('survives a reload (read back as saved) and is wiped at sign-out and idle timeout', async () => {
    const draft = {
      ...newDraft('brp', 'naam.voornamen', 'Voornamen', 'Suzanne'),
      wat: 'onjuist' as const,
      toelichting: 'Mijn naam',
    };
    saveDraft(draft);
    expect(loadDraft('brp', 'naam.voornamen')).toEqual(draft);
    // The same wipe the sign-out button and the idle timer run.
    await clearPersonalData(new QueryClient());
    expect(loadDraft('brp', 'naam.voornamen')).toBeUndefined();
  });

  // Issue 17, finding 3: a shared computer, two tabs, two people.
  it('is read back only under the sign-in that wrote it, even from a tab that missed the news', () => {
    markSignedIn();
    const draft = { ...newDraft('brp', 'naam.voornamen', 'Voornamen', 'Suzanne'), toelichting: 'van persoon A' };
    saveDraft(draft);
    const copy = sessionStorage.getItem(storageKey('brp', 'naam.voornamen'));
    expect(copy).toContain('van persoon A');
    // Someone else signs in (in any tab: the owner id lives in localStorage, shared by all tabs).
    markSignedIn();
    // A tab that was not wiped still holds the old draft …
    sessionStorage.setItem(storageKey('brp', 'naam.voornamen'), copy ?? '');
    // … but the new person never gets it, and it is removed when found.
    expect(loadDraft('brp', 'naam.voornamen')).toBeUndefined();
    expect(sessionStorage.getItem(storageKey('brp', 'naam.voornamen'))).toBeNull();
    // A save from a page still open under the old sign-in does not write it back either.
    saveDraft(draft);
    expect(sessionStorage.getItem(storageKey('brp', 'naam.voornamen'))).toBeNull();
  });

  it('is wiped in the other tabs at every sign-in and sign-out, which then reload', async () => {
    const reloads: string[] = [];
    const stop = followOtherTabs(() => reloads.push('reload'));
    // What another tab's markSignedOut/markSignedIn sends.
    const otherTab = new BroadcastChannel('mg-sessie');
    try {
      sessionStorage.setItem(storageKey('brp', 'naam.voornamen'), '{"toelichting":"van persoon A"}');
      otherTab.postMessage({ type: 'signed-out', tab: 'ander-tabblad' });
      await expect.poll(() => reloads.length).toBe(1);
      expect(sessionStorage.length).toBe(0);
      sessionStorage.setItem(storageKey('brp', 'naam.voornamen'), '{"toelichting":"van persoon A"}');
      otherTab.postMessage({ type: 'signed-in', tab: 'ander-tabblad' });
      await expect.poll(() => reloads.length).toBe(2);
      expect(sessionStorage.length).toBe(0);
      // This tab's own sign-in and sign-out do not make it reload itself (it navigates on).
      markSignedIn();
      markSignedOut();
      otherTab.postMessage({ type: 'signed-out', tab: 'ander-tabblad' });
      await expect.poll(() => reloads.length).toBeGreaterThanOrEqual(3);
      // Proving that something does not happen needs a moment for it to have happened.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(reloads.length).toBe(3);
    } finally {
      otherTab.close();
      stop();
    }
  });

  it('goes back one step in the flow; from the first question to the routes only where they were shown', () => {
    const rdw = newDraft('rdw', 'voertuigen.kleur', 'Kleur', 'Blauw');
    expect(stepBefore('waarde', rdw)).toBe('wat');
    expect(stepBefore('controleren', rdw)).toBe('beperking');
    // One route (the in-app correction): the first question goes back out of the flow.
    expect(stepBefore('wat', rdw)).toBeUndefined();
    // Income: its source decides the route, so the route page came first.
    expect(stepBefore('wat', newDraft('bri', 'inkomen.2025', 'Inkomen', '40.000'))).toBe('route');
  });
});
