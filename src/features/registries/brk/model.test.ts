import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { formatEuro } from '@/lib/format';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import { brkForBsn, brkZaak } from '@mocks/data/brk';
import type { Session } from '@mocks/gateway/session';
import { kadastraalOnroerendeZaakSchema, zakenCollectieSchema, type BrkData } from './api';
import { toBrkView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

const ctx = { baseUrl: 'http://localhost/api/brk' };
const sessie = (bsn: string): Session => ({ id: 't', role: 'burger', bsn, naam: 't', expiresAt: '' });

/** What the query returns for a BRP test person: the POST, then each zaak with its gerechtigden. */
function dataFor(bsn: string): BrkData {
  const lijst = zakenCollectieSchema.parse(brkForBsn({ burgerservicenummer: bsn }, sessie(bsn), ctx).body);
  return {
    zaken: (lijst._embedded?.kadastraalOnroerendeZaken ?? []).map((z) =>
      kadastraalOnroerendeZaakSchema.parse(
        brkZaak(z.identificatie ?? '', new URLSearchParams('expand=zakelijkGerechtigden'), sessie(bsn), ctx).body,
      ),
    ),
  };
}

const view = (data: BrkData, language: Language = 'nl'): RegistryView =>
  toBrkView(data, { t: i18n.getFixedT(language, 'brk'), tCommon: i18n.getFixedT(language, 'common'), language });

describe('BRK view', () => {
  it('lists the property of 999993653 with size, purchase price and right holders', () => {
    const v = view(dataFor('999993653'));
    expect(v.holder).toBe('Kadaster');
    expect(v.legalBasis).toBe('Kadasterwet');
    const rows = v.sections[0]?.table?.rows ?? [];
    expect(rows.map((r) => r.cells.aanduiding)).toEqual(['Rotterdam N 7238 A1', 'Loosduinen H 6479']);
    expect(rows[0]?.cells).toMatchObject({
      soort: 'Appartementsrecht',
      adres: 'Boterdiep 31, 3077 AW Rotterdam',
      grootte: '',
      koopsom: `${formatEuro(418000, 'nl')} (2008)`,
    });
    expect(rows[1]?.cells).toMatchObject({
      soort: 'Perceel (grond, eventueel met gebouw)',
      grootte: '886 m²',
      koopsom: `${formatEuro(189000, 'nl')} (2009)`,
    });
    expect(rows[1]?.cells.adres).toContain('31, 2551 XS');
    const eerste = v.sections.find((s) => s.id === 'gerechtigden-11360723810001');
    expect(eerste?.title).toBe('Wie rechten heeft op Rotterdam N 7238 A1');
    expect(eerste?.table?.rows.map((r) => r.cells)).toEqual([
      { naam: 'Suzanne Moulin', recht: 'Eigenaar', aandeel: '1/1', sinds: '23 september 2008' },
    ]);
    expect(v.keyFacts.map((f) => f.value)).toEqual(['2', 'Rotterdam N 7238 A1']);
    expect(v.lastChanged && v.lastChanged >= '2008-09-23').toBe(true);
    // BRK has no "in onderzoek".
    expect(v.inOnderzoek).toEqual({ count: 0 });
  });

  it('shows shared ownership with each share (999970847) and erfpacht by its code (999995017)', () => {
    const samen = view(dataFor('999970847'));
    const gedeeld = samen.sections.flatMap((s) => s.table?.rows ?? []).filter((r) => r.cells.aandeel === '1/2');
    expect(gedeeld.length).toBeGreaterThanOrEqual(2);
    const erfpacht = view(dataFor('999995017'));
    const rechten = erfpacht.sections.flatMap((s) => s.table?.rows ?? []).map((r) => r.cells.recht);
    expect(rechten).toContain('Erfpachter');
    expect(rechten).toContain('Eigenaar');
  });

  it('shows a rare right by its code rather than guessing a name', () => {
    const v = view({
      zaken: [
        {
          identificatie: '1',
          kadastraleAanduiding: 'X A 1',
          _embedded: { zakelijkGerechtigden: [{ type: 'nutsvoorzieningen_gedeelte' }] },
        },
      ],
    });
    expect(v.sections[1]?.table?.rows[0]?.cells.recht).toBe('nutsvoorzieningen gedeelte');
    expect(v.lastChanged).toBeUndefined();
  });

  it('says plainly that nothing is registered (999993483 lives abroad)', () => {
    const v = view(dataFor('999993483'));
    expect(v.emptyText).toBe('Er staat in het Kadaster geen huis, appartement of grond op uw naam.');
    expect(v.sections).toEqual([]);
    expect(v.keyFacts).toEqual([]);
    expect(view({ zaken: [] }, 'en').emptyText).toBe(
      'No house, flat or land is registered in your name at the Kadaster.',
    );
  });

  it('speaks English with English numbers and dates', () => {
    const v = view(dataFor('999993653'), 'en');
    expect(v.title).toBe('Property (Kadaster)');
    expect(v.legalBasis).toBe('Cadastre Act (Kadasterwet)');
    expect(v.sections[0]?.table?.rows[0]?.cells.koopsom).toBe('€418,000 (2008)');
    expect(v.sections[1]?.table?.rows[0]?.cells).toMatchObject({ recht: 'Owner', sinds: '23 September 2008' });
  });
});
