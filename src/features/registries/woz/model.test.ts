import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { formatEuro } from '@/lib/format';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryView } from '@/lib/registry-view';
import { wozCollectieSchema, type WozData } from './api';
import { toWozView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

/**
 * Suzanne Moulin's home as the WOZ contract sends it (one object, six values, the newest under
 * objection): a literal, so the test does not move when the demo data does.
 */
const boterdiep: WozData = {
  wozObjecten:
    wozCollectieSchema.parse({
      _embedded: {
        wozObjecten: [
          {
            identificatie: '059949645023',
            aanduiding: {
              straat: 'Boterdiep',
              huisnummer: 31,
              postcode: '3077AW',
              woonplaats: 'Rotterdam',
              nummeraanduidingIdentificatie: '0599200000219678',
            },
            belanghebbendeEigenaar: {
              type: 'natuurlijk_persoon',
              burgerservicenummer: '999993653',
              naam: 'Suzanne Moulin',
            },
            kadastraalOnroerendeZaken: [
              {
                aanduidingMetGemeentenaam: 'Rotterdam N 7238 A1',
                identificatie: '11360723810001',
                aanduiding: {
                  gemeentecode: '1136',
                  sectie: 'N',
                  perceelnummer: 7238,
                  appartementsindex: 1,
                },
              },
            ],
            verantwoordelijkeGemeente: {
              code: '0599',
              omschrijving: 'Rotterdam',
            },
            waarden: [
              {
                vastgesteldeWaarde: 558000,
                waardepeildatum: '2025-01-01',
                ingangsdatum: '2026-01-01',
                beschikkingsStatussen: ['beschikking_genomen', 'bezwaar_ingediend'],
                indicatieBezwaarBeroep: true,
              },
              {
                vastgesteldeWaarde: 510000,
                waardepeildatum: '2024-01-01',
                ingangsdatum: '2025-01-01',
                beschikkingsStatussen: ['beschikking_genomen'],
              },
              {
                vastgesteldeWaarde: 489000,
                waardepeildatum: '2023-01-01',
                ingangsdatum: '2024-01-01',
                beschikkingsStatussen: ['beschikking_genomen'],
              },
              {
                vastgesteldeWaarde: 478000,
                waardepeildatum: '2022-01-01',
                ingangsdatum: '2023-01-01',
                beschikkingsStatussen: ['beschikking_genomen'],
              },
              {
                vastgesteldeWaarde: 410000,
                waardepeildatum: '2021-01-01',
                ingangsdatum: '2022-01-01',
                beschikkingsStatussen: ['beschikking_genomen'],
              },
              {
                vastgesteldeWaarde: 358000,
                waardepeildatum: '2020-01-01',
                ingangsdatum: '2021-01-01',
                beschikkingsStatussen: ['beschikking_genomen'],
              },
            ],
            adresseerbaarObjectIdentificaties: ['0599010000208579'],
            pandIdentificaties: ['0599109502852186'],
          },
        ],
      },
    })._embedded?.wozObjecten ?? [],
};

const view = (data: WozData, language: Language = 'nl'): RegistryView =>
  toWozView(data, { t: i18n.getFixedT(language, 'woz'), tCommon: i18n.getFixedT(language, 'common'), language });

describe('WOZ view', () => {
  it('shows the value history of 999993653, newest first, with the municipality as holder', () => {
    const v = view(boterdiep);
    expect(v.holder).toBe('Gemeente Rotterdam');
    expect(v.legalBasis).toBe('Wet waardering onroerende zaken (Wet WOZ)');
    expect(v.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['WOZ-waarde', formatEuro(558000, 'nl')],
      ['Waarde op', '1 januari 2025'],
    ]);
    const table = v.sections.find((s) => s.id.startsWith('waarden-'))?.table;
    expect(table?.caption).toBe('WOZ-waarden van Boterdiep 31, 3077 AW Rotterdam');
    expect(table?.columns.map((c) => c.id)).toEqual(['jaar', 'peildatum', 'waarde', 'status']);
    expect(table?.rows.map((r) => r.cells.jaar)).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
    // The 2026 value is under objection in the mock data; the last status is shown.
    expect(table?.rows[0]?.cells).toEqual({
      jaar: '2026',
      peildatum: '1 januari 2025',
      waarde: formatEuro(558000, 'nl'),
      status: 'Bezwaar ingediend',
    });
    expect(table?.rows[1]?.cells.status).toBe('Beschikking gegeven');
    const facts = v.sections.find((s) => s.id.startsWith('object-'))?.facts ?? [];
    expect(facts.map((f) => [f.id, f.value])).toEqual([
      ['adres', 'Boterdiep 31, 3077 AW Rotterdam'],
      ['identificatie', '059949645023'],
      ['belang', 'U bent eigenaar'],
      ['kadastraal', 'Rotterdam N 7238 A1'],
    ]);
    expect(facts.every((f) => f.explanation)).toBe(true);
    expect(v.lastChanged).toBe('2026-01-01');
    expect(v.inOnderzoek).toEqual({ count: 0 });
  });

  it('explains the OZB and the eigenwoningforfait in plain words', () => {
    const { description } = view(boterdiep);
    expect(description).toMatch(
      /voor de onroerendezaakbelasting \(OZB\)\. Dat is een belasting van de gemeente voor eigenaren van huizen/,
    );
    expect(description).toMatch(/eigenwoningforfait\. Dat is een bedrag dat u bij uw inkomen optelt/);
  });

  it('sorts by peildatum even when the answer does not, and names a rare status by its code', () => {
    const v = view({
      wozObjecten: [
        {
          verantwoordelijkeGemeente: { code: '0363' },
          waarden: [
            {
              vastgesteldeWaarde: 100000,
              waardepeildatum: '2023-01-01',
              ingangsdatum: '2024-01-01',
              beschikkingsStatussen: ['beschikking_genomen', 'hoge_raad_geding_verwezen'],
            },
            { vastgesteldeWaarde: 120000, waardepeildatum: '2024-01-01', ingangsdatum: '2025-01-01' },
          ],
        },
      ],
    });
    expect(v.holder).toBe('Gemeente (code 0363)');
    expect(v.keyFacts[0]?.value).toBe(formatEuro(120000, 'nl'));
    const rows = v.sections[1]?.table?.rows ?? [];
    expect(rows.map((r) => r.cells.jaar)).toEqual(['2025', '2024']);
    expect(rows[1]?.cells.status).toBe('hoge raad geding verwezen');
  });

  it('says plainly that there is no Dutch address (no BRP address: no query), and when WOZ finds nothing', () => {
    const v = view(null);
    expect(v.emptyText).toMatch(/geen adres in Nederland in de BRP/);
    expect(v.sections).toEqual([]);
    expect(view(null, 'en').emptyText).toMatch(/no address in the Netherlands in the BRP/);
    expect(view({ wozObjecten: [] }).emptyText).toBe('Voor uw adres is geen WOZ-waarde gevonden.');
  });

  it('speaks English with English numbers and dates', () => {
    const v = view(boterdiep, 'en');
    expect(v.holder).toBe('Municipality of Rotterdam');
    expect(v.description).toMatch(/property tax \(onroerendezaakbelasting, OZB\)\. Owners of homes/);
    expect(v.description).toMatch(/\(eigenwoningforfait\)\. That is an amount you add to your income/);
    expect(v.keyFacts.map((f) => f.value)).toEqual(['€558,000', '1 January 2025']);
    expect(v.sections[1]?.table?.rows[0]?.cells.status).toBe('Objection lodged');
  });
});
