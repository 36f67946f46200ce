import type { ParseKeys } from 'i18next';
import { formatDate, formatList, formatPostcode } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import { zoekStatus } from '../zoek-status';
import type { Inschrijving, KvkAdres, KvkGegevens, KvkInschrijving } from './api';

/** Who keeps the data and the law that lets them: data, not view text (LEGAL.md). */
export const KVK_HOLDER = 'Kamer van Koophandel (KVK)';
type Key = ParseKeys<'kvk'>;
type Veld = NonNullable<Inschrijving['inOnderzoek']>['gegevens'][number];

const rolKey = { eigenaar: 'rol.eigenaar', vennoot: 'rol.vennoot' } as const satisfies Record<Inschrijving['rol'], Key>;
const rolUitlegKey = {
  eigenaar: 'rolExplanation.eigenaar',
  vennoot: 'rolExplanation.vennoot',
} as const satisfies Record<Inschrijving['rol'], Key>;
const rechtsvormKey = {
  Eenmanszaak: 'rechtsvorm.Eenmanszaak',
  VennootschapOnderFirma: 'rechtsvorm.VennootschapOnderFirma',
} as const satisfies Record<Inschrijving['rechtsvorm'], Key>;
const rechtsvormUitlegKey = {
  Eenmanszaak: 'rechtsvormExplanation.Eenmanszaak',
  VennootschapOnderFirma: 'rechtsvormExplanation.VennootschapOnderFirma',
} as const satisfies Record<Inschrijving['rechtsvorm'], Key>;

/** Which fact on the page shows each field KVK can have in onderzoek; every field has one. */
const factVoorVeld = {
  naam: 'naam',
  rol: 'rol',
  rechtsvorm: 'rechtsvorm',
  datumAanvang: 'datumAanvang',
  datumEinde: 'datumEinde',
  handelsnamen: 'handelsnamen',
  sbiActiviteiten: 'activiteiten',
  adressen: 'adres',
  totaalWerkzamePersonen: 'werkzamePersonen',
} as const satisfies Record<Veld, string>;
type FactId =
  (typeof factVoorVeld)[Veld] | 'kvkNummer' | 'registratiedatum' | 'vestigingsnummer' | 'websites' | 'geenReclame';

const veldKey = {
  naam: 'fields.naam',
  rol: 'fields.rol',
  rechtsvorm: 'fields.rechtsvorm',
  datumAanvang: 'fields.datumAanvang',
  datumEinde: 'fields.datumEinde',
  handelsnamen: 'fields.handelsnamen',
  sbiActiviteiten: 'fields.sbiActiviteiten',
  adressen: 'fields.adressen',
  totaalWerkzamePersonen: 'fields.totaalWerkzamePersonen',
} as const satisfies Record<Veld, Key>;

/** KVK dates are "JJJJMMDD" strings; anything else is not a date we can show. */
function kvkDatum(value: string | undefined): string | undefined {
  const match = value ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** The visiting address if there is one (that is where the business is), else the first. */
function hoofdadres(adressen: readonly KvkAdres[] | undefined): KvkAdres | undefined {
  return adressen?.find((adres) => adres.type === 'bezoekadres') ?? adressen?.[0];
}

/** Still running first, then the most recent start. */
function nieuwsteEerst(items: readonly KvkInschrijving[]): KvkInschrijving[] {
  return [...items].sort(
    (a, b) =>
      Number(a.inschrijving.datumEinde !== null) - Number(b.inschrijving.datumEinde !== null) ||
      b.inschrijving.datumAanvang.localeCompare(a.inschrijving.datumAanvang),
  );
}

/**
 * The citizen's own businesses in the Handelsregister as one RegistryView: a table of all
 * registrations, then each one's details from its basisprofiel.
 */
export function toKvkView(data: KvkGegevens, { t, tCommon, language }: MapperContext): RegistryView {
  // Pin the namespace on every call, so the mapper does not depend on how `t` was bound.
  const say = (key: Key, options?: Record<string, string | number>): string => t(key, { ...options, ns: 'kvk' });
  const date = (iso: string) => formatDate(iso, language);
  const list = (items: string[]) => formatList(items, language);
  const onbekend = tCommon('unknownValue');
  const items = nieuwsteEerst(data.inschrijvingen);

  const base = {
    id: 'kvk' as const,
    title: say('title'),
    description: say('description'),
    holder: KVK_HOLDER,
    legalBasis: registryFacts.kvk.legalBasis[language],
    ...zoekStatus(
      items.map(({ inschrijving }) => inschrijving),
      date,
    ),
    raw: data,
  };
  const eerste = items[0];
  if (!eerste) return { ...base, keyFacts: [], emptyText: say('empty'), sections: [] };

  const einde = (inschrijving: Inschrijving) =>
    inschrijving.datumEinde === null ? say('bestaatNog') : date(inschrijving.datumEinde);
  const sinds = (inschrijving: Inschrijving, veld: Veld) =>
    inschrijving.inOnderzoek?.gegevens.includes(veld)
      ? { inOnderzoekSinds: date(inschrijving.inOnderzoek.datumIngangOnderzoek) }
      : {};

  const overzicht: RegistrySection = {
    id: 'inschrijvingen',
    title: say('sections.inschrijvingen'),
    intro: say('inschrijvingen.intro'),
    table: {
      caption: say('inschrijvingen.caption'),
      columns: (['naam', 'kvkNummer', 'rol', 'rechtsvorm', 'datumAanvang', 'datumEinde'] as const).map((id) => ({
        id,
        label: say(`columns.${id}`),
      })),
      rows: items.map(({ inschrijving }) => ({
        id: inschrijving.kvkNummer,
        cells: {
          naam: inschrijving.naam,
          kvkNummer: inschrijving.kvkNummer,
          rol: say(rolKey[inschrijving.rol]),
          rechtsvorm: say(rechtsvormKey[inschrijving.rechtsvorm]),
          datumAanvang: date(inschrijving.datumAanvang),
          datumEinde: einde(inschrijving),
        },
        ...(inschrijving.inOnderzoek
          ? {
              inOnderzoekSinds: date(inschrijving.inOnderzoek.datumIngangOnderzoek),
              inOnderzoekWat: list(inschrijving.inOnderzoek.gegevens.map((veld) => say(veldKey[veld]))),
            }
          : {}),
      })),
    },
  };

  const details = ({ inschrijving, basisprofiel }: KvkInschrijving): RegistrySection => {
    const onderzoek = inschrijving.inOnderzoek;
    const fact = (id: FactId, value: string, extra: Partial<Fact> = {}): Fact => ({
      id,
      label: say(`facts.${id}.label`),
      value,
      explanation: say(`facts.${id}.explanation`),
      ...(onderzoek?.gegevens.some((veld) => factVoorVeld[veld] === id)
        ? { inOnderzoekSinds: date(onderzoek.datumIngangOnderzoek) }
        : {}),
      ...extra,
    });
    const handelsnamen = [...(basisprofiel.handelsnamen ?? [])]
      .sort((a, b) => (a.volgorde ?? 0) - (b.volgorde ?? 0))
      .flatMap((handelsnaam) => (handelsnaam.naam ? [handelsnaam.naam] : []));
    const activiteiten = (basisprofiel.sbiActiviteiten ?? []).flatMap((sbi) => {
      const tekst = [sbi.sbiCode, sbi.sbiOmschrijving].filter(Boolean).join(' ');
      if (!tekst) return [];
      // "Ja"/"Nee" is the official indicator's code, so it is safe to branch on.
      return [sbi.indHoofdactiviteit === 'Ja' ? say('hoofdactiviteit', { activiteit: tekst }) : tekst];
    });
    const hoofdvestiging = basisprofiel._embedded?.hoofdvestiging;
    const adres = hoofdadres(hoofdvestiging?.adressen);
    // Built from the parts where the KVK gives them, so the postcode reads "1234 AB" as on every
    // other page; the KVK's own one-line forms write it "1234AB".
    const postcodePlaats =
      adres?.postcode && adres.plaats ? `${formatPostcode(adres.postcode)} ${adres.plaats}` : adres?.postcodeWoonplaats;
    const adresTekst =
      adres?.indAfgeschermd === 'Ja'
        ? say('adresAfgeschermd')
        : adres?.straatHuisnummer && postcodePlaats
          ? `${adres.straatHuisnummer}, ${postcodePlaats}`
          : (adres?.volledigAdres ?? onbekend);
    const registratiedatum = kvkDatum(basisprofiel.formeleRegistratiedatum);
    const websites = hoofdvestiging?.websites ?? [];

    const facts: Fact[] = [
      fact('naam', inschrijving.naam),
      fact('kvkNummer', inschrijving.kvkNummer),
      fact('handelsnamen', handelsnamen.length ? handelsnamen.join(', ') : onbekend),
      fact('rechtsvorm', say(rechtsvormKey[inschrijving.rechtsvorm]), {
        explanation: say(rechtsvormUitlegKey[inschrijving.rechtsvorm]),
      }),
      fact('rol', say(rolKey[inschrijving.rol]), { explanation: say(rolUitlegKey[inschrijving.rol]) }),
      fact('datumAanvang', date(inschrijving.datumAanvang)),
      fact('datumEinde', einde(inschrijving)),
      ...(registratiedatum ? [fact('registratiedatum', date(registratiedatum))] : []),
      fact('activiteiten', activiteiten.length ? activiteiten.join('; ') : onbekend),
      fact('adres', adresTekst),
      fact(
        'werkzamePersonen',
        basisprofiel.totaalWerkzamePersonen === undefined ? onbekend : String(basisprofiel.totaalWerkzamePersonen),
      ),
      ...(hoofdvestiging?.vestigingsnummer ? [fact('vestigingsnummer', hoofdvestiging.vestigingsnummer)] : []),
      ...(websites.length ? [fact('websites', websites.join(', '))] : []),
      ...(basisprofiel.indNonMailing === 'Ja' || basisprofiel.indNonMailing === 'Nee'
        ? [fact('geenReclame', basisprofiel.indNonMailing === 'Ja' ? tCommon('yes') : tCommon('no'))]
        : []),
    ];
    return { id: `inschrijving-${inschrijving.kvkNummer}`, title: inschrijving.naam, facts };
  };

  const keyFacts: Fact[] = [
    {
      id: 'aantal',
      label: say('keyFacts.aantal'),
      value: String(items.length),
      explanation: say('keyFacts.aantalExplanation'),
    },
    {
      id: 'naam',
      label: say('keyFacts.naam'),
      value: eerste.inschrijving.naam,
      ...sinds(eerste.inschrijving, 'naam'),
    },
    {
      id: 'status',
      label: say('keyFacts.status'),
      value:
        eerste.inschrijving.datumEinde === null
          ? say('keyFacts.bestaatSinds', { datum: date(eerste.inschrijving.datumAanvang) })
          : say('keyFacts.gestoptOp', { datum: date(eerste.inschrijving.datumEinde) }),
    },
  ];

  return { ...base, keyFacts, sections: [overzicht, ...items.map(details)] };
}
