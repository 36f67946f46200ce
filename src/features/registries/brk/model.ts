import type { TFunction } from 'i18next';
import { formatDate, formatEuro, formatPostcode } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import type { BrkData, KadastraalOnroerendeZaak, TypeGerechtigde } from './api';

/**
 * The law under which the Kadaster keeps the BRK. Data, not view text (LEGAL.md): a
 * correction of the reading is a change here. No article is cited: none we could confirm.
 */
export type BrkMapperContext = Omit<MapperContext, 't'> & { t: TFunction<'brk'> };

/** Rights with a plain name in our texts; the spec has 18, rarer ones are shown by their code. */
const RECHTEN = [
  'eigenaar',
  'erfpachter',
  'opstalhouder',
  'vruchtgebruiker',
  'erfpachter_opstalhouder',
  'gebruik_bewoning',
] as const;
type BekendRecht = (typeof RECHTEN)[number];
const isBekend = (code: TypeGerechtigde): code is BekendRecht => (RECHTEN as readonly string[]).includes(code);

function recht(code: TypeGerechtigde | undefined, t: TFunction<'brk'>): string {
  if (!code) return t('onbekend');
  return isBekend(code) ? t(`recht.${code}`) : code.replace(/_/g, ' ');
}

type Adres = NonNullable<KadastraalOnroerendeZaak['adressen']>[number];
function adresLine(a: Adres): string {
  const nummer = a.huisnummer
    ? `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`
    : '';
  const straat = [a.straat, nummer].filter(Boolean).join(' ');
  const plaats = [formatPostcode(a.postcode), a.woonplaats].filter(Boolean).join(' ');
  return [straat, plaats].filter(Boolean).join(', ');
}

function koopsom(zaak: KadastraalOnroerendeZaak, { t, language }: BrkMapperContext): string {
  const { koopsom: bedrag, koopjaar: jaar } = zaak.koopsom ?? {};
  if (bedrag !== undefined && jaar !== undefined) return t('koopsom', { koopsom: formatEuro(bedrag, language), jaar });
  if (bedrag !== undefined) return formatEuro(bedrag, language);
  if (jaar !== undefined) return t('koopjaar', { jaar });
  return '';
}

function aanduiding(zaak: KadastraalOnroerendeZaak, t: TFunction<'brk'>): string {
  return zaak.kadastraleAanduiding ?? zaak.identificatie ?? t('onbekend');
}

export function toBrkView(data: BrkData, context: BrkMapperContext): RegistryView {
  const { t, language } = context;
  const { zaken } = data;
  const base = {
    id: 'brk',
    title: t('title'),
    description: t('description'),
    holder: t('holder'),
    legalBasis: registryFacts.brk.legalBasis[language],
    // BRK Bevragen has no "in onderzoek"; nothing is invented.
    inOnderzoek: { count: 0 },
    raw: data,
  } as const;
  const aantal: Fact = { id: 'aantal', label: t('keyFacts.aantal'), value: String(zaken.length) };
  // Nothing to count on the card: it shows the empty text instead.
  if (zaken.length === 0) return { ...base, keyFacts: [], emptyText: t('empty'), sections: [] };

  // BRK has no change date for a zaak; the newest start of a right is the nearest we know.
  const lastChanged = zaken
    .flatMap((zaak) => zaak._embedded?.zakelijkGerechtigden ?? [])
    .flatMap((g) => (g.aanvangsdatum ? [g.aanvangsdatum] : []))
    .sort()
    .at(-1);

  const overzicht: RegistrySection = {
    id: 'overzicht',
    title: t('sections.overzicht.title'),
    intro: t('sections.overzicht.intro'),
    table: {
      caption: t('table.caption'),
      columns: [
        { id: 'aanduiding', label: t('table.aanduiding') },
        { id: 'soort', label: t('table.soort') },
        { id: 'adres', label: t('table.adres') },
        { id: 'grootte', label: t('table.grootte') },
        { id: 'koopsom', label: t('table.koopsom') },
      ],
      rows: zaken.map((zaak, index) => {
        const grootte = zaak.kadastraleGrootte?.waarde;
        const adressen = (zaak.adressen ?? []).map(adresLine).filter(Boolean);
        return {
          id: zaak.identificatie ?? String(index),
          cells: {
            aanduiding: aanduiding(zaak, t),
            soort: zaak.type ? t(`soort.${zaak.type}`) : t('onbekend'),
            adres: adressen.length ? adressen.join('; ') : t('geenAdres'),
            grootte: grootte !== undefined ? t('grootte', { grootte }) : '',
            koopsom: koopsom(zaak, context),
          },
        };
      }),
    },
  };

  const gerechtigden: RegistrySection[] = zaken.map((zaak, index) => {
    const naam = aanduiding(zaak, t);
    const lijst = zaak._embedded?.zakelijkGerechtigden ?? [];
    return {
      id: `gerechtigden-${zaak.identificatie ?? index}`,
      title: t('sections.gerechtigden.title', { aanduiding: naam }),
      intro: t('sections.gerechtigden.intro'),
      ...(lijst.length
        ? {
            table: {
              caption: t('table.gerechtigdenCaption', { aanduiding: naam }),
              columns: [
                { id: 'naam', label: t('table.naam') },
                { id: 'recht', label: t('table.recht') },
                { id: 'aandeel', label: t('table.aandeel') },
                { id: 'sinds', label: t('table.sinds') },
              ],
              rows: lijst.map((g, i) => {
                const aandeel = g.tenaamstelling?.aandeel;
                return {
                  id: g.identificatie ?? String(i),
                  cells: {
                    naam: g.persoon?.omschrijving ?? t('onbekend'),
                    recht: recht(g.type, t),
                    aandeel:
                      aandeel?.teller !== undefined && aandeel.noemer !== undefined
                        ? t('aandeel', { teller: aandeel.teller, noemer: aandeel.noemer })
                        : '',
                    sinds: g.aanvangsdatum ? formatDate(g.aanvangsdatum, language) : '',
                  },
                };
              }),
            },
          }
        : { empty: t('sections.gerechtigden.empty') }),
    };
  });

  const first = zaken[0];
  return {
    ...base,
    ...(lastChanged ? { lastChanged } : {}),
    keyFacts: [aantal, ...(first ? [{ id: 'eerste', label: t('keyFacts.eerste'), value: aanduiding(first, t) }] : [])],
    sections: [overzicht, ...gerechtigden],
  };
}
