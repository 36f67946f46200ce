import type { TFunction } from 'i18next';
import { formatDate, formatEuro, formatPostcode } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import type { StatusBeschikking, WozData, WozObject, WozWaarde } from './api';

/**
 * The law behind the WOZ value. Data, not view text (LEGAL.md): a correction of the reading
 * is a change here. No article is cited: none we could confirm.
 */
export type WozMapperContext = Omit<MapperContext, 't'> & { t: TFunction<'woz'> };

/** Statuses with a plain name in our texts; rarer ones (court stages) are shown by their code. */
const STATUSSEN = [
  'beschikking_genomen',
  'bezwaar_ingediend',
  'bezwaar_gehandhaafd',
  'bezwaar_veranderd',
  'beroep_aangetekend',
  'beroep_gehandhaafd',
  'beroep_veranderd',
  'waarde_ambtshalve_verminderd',
  'beschikking_herzien',
  'beschikking_vernietigd',
] as const;
type BekendeStatus = (typeof STATUSSEN)[number];
const isBekend = (code: StatusBeschikking): code is BekendeStatus => (STATUSSEN as readonly string[]).includes(code);

function status(waarde: WozWaarde, t: TFunction<'woz'>): string {
  // The statuses follow the procedure in order; the last one is where it stands now.
  const laatste = waarde.beschikkingsStatussen?.at(-1);
  if (!laatste) return '';
  return isBekend(laatste) ? t(`status.${laatste}`) : laatste.replace(/_/g, ' ');
}

function adres(object: WozObject): string {
  const a = object.aanduiding;
  if (!a) return '';
  const nummer = a.huisnummer
    ? `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`
    : '';
  const straat = [a.straat, nummer].filter(Boolean).join(' ');
  const plaats = [formatPostcode(a.postcode), a.woonplaats].filter(Boolean).join(' ');
  return [straat, plaats].filter(Boolean).join(', ') || (a.locatieomschrijving ?? '');
}

/** Newest first, by waardepeildatum (ISO dates sort as text). */
const newestFirst = (waarden: WozWaarde[]) =>
  [...waarden].sort((a, b) => (b.waardepeildatum ?? '').localeCompare(a.waardepeildatum ?? ''));

function holder(objecten: WozObject[], t: TFunction<'woz'>): string {
  const gemeente = objecten.find((o) => o.verantwoordelijkeGemeente)?.verantwoordelijkeGemeente;
  if (gemeente?.omschrijving) return t('holder', { naam: gemeente.omschrijving });
  if (gemeente?.code) return t('holderCode', { code: gemeente.code });
  return t('holderUnknown');
}

function objectSections(object: WozObject, index: number, context: WozMapperContext): RegistrySection[] {
  const { t, language } = context;
  const id = object.identificatie ?? String(index);
  const regel = adres(object);
  const belang = object.belanghebbendeEigenaar ? 'eigenaar' : object.belanghebbendeGebruiker ? 'gebruiker' : 'geen';
  const fact = (
    factId: 'adres' | 'identificatie' | 'belang' | 'grondoppervlakte' | 'kadastraal',
    value: string,
  ): Fact => ({
    id: factId,
    label: t(`facts.${factId}.label`),
    value,
    explanation: t(`facts.${factId}.explanation`),
  });
  const kadastraal = (object.kadastraalOnroerendeZaken ?? []).flatMap((k) =>
    k.aanduidingMetGemeentenaam ? [k.aanduidingMetGemeentenaam] : [],
  );
  const facts: Fact[] = [
    ...(regel ? [fact('adres', regel)] : []),
    ...(object.identificatie ? [fact('identificatie', object.identificatie)] : []),
    fact('belang', t(`facts.belang.${belang}`)),
    ...(object.grondoppervlakte !== undefined
      ? [fact('grondoppervlakte', t('facts.grondoppervlakte.value', { grootte: object.grondoppervlakte }))]
      : []),
    ...(kadastraal.length ? [fact('kadastraal', kadastraal.join('; '))] : []),
  ];
  const waarden = newestFirst(object.waarden ?? []);
  return [
    {
      id: `object-${id}`,
      title: regel ? t('sections.object.titleAdres', { adres: regel }) : t('sections.object.title'),
      intro: t('sections.object.intro'),
      facts,
    },
    {
      id: `waarden-${id}`,
      title: t('sections.waarden.title'),
      intro: t('sections.waarden.intro'),
      ...(waarden.length
        ? {
            table: {
              caption: t('table.caption', { adres: regel || id }),
              columns: [
                { id: 'jaar', label: t('table.jaar') },
                { id: 'peildatum', label: t('table.peildatum') },
                { id: 'waarde', label: t('table.waarde') },
                { id: 'status', label: t('table.status') },
              ],
              rows: waarden.map((w, i) => ({
                id: w.waardepeildatum ?? String(i),
                cells: {
                  // The value applies from its ingangsdatum: 1 January of the tax year.
                  jaar: w.ingangsdatum?.slice(0, 4) ?? '',
                  peildatum: w.waardepeildatum ? formatDate(w.waardepeildatum, language) : '',
                  waarde: w.vastgesteldeWaarde !== undefined ? formatEuro(w.vastgesteldeWaarde, language) : '',
                  status: status(w, t),
                },
              })),
            },
          }
        : { empty: t('sections.waarden.empty') }),
    },
  ];
}

export function toWozView(data: WozData, context: WozMapperContext): RegistryView {
  const { t, language } = context;
  const base = {
    id: 'woz',
    title: t('title'),
    description: t('description'),
    legalBasis: registryFacts.woz.legalBasis[language],
    // WOZ Bevragen has no "in onderzoek"; an objection shows as a status instead.
    inOnderzoek: { count: 0 },
    raw: data,
  } as const;
  if (!data) return { ...base, holder: t('holderUnknown'), keyFacts: [], emptyText: t('empty'), sections: [] };
  const objecten = data.wozObjecten;
  if (objecten.length === 0)
    return { ...base, holder: t('holderUnknown'), keyFacts: [], emptyText: t('emptyNoObject'), sections: [] };

  const alleWaarden = objecten.flatMap((o) => o.waarden ?? []);
  // WOZ has no change date; the newest ingangsdatum (a new beschikking) is the nearest we know.
  const lastChanged = alleWaarden
    .flatMap((w) => (w.ingangsdatum ? [w.ingangsdatum] : []))
    .sort()
    .at(-1);
  const nieuwste = newestFirst(objecten[0]?.waarden ?? [])[0];
  const keyFacts: Fact[] = [
    ...(nieuwste?.vastgesteldeWaarde !== undefined
      ? [{ id: 'waarde', label: t('keyFacts.waarde'), value: formatEuro(nieuwste.vastgesteldeWaarde, language) }]
      : []),
    ...(nieuwste?.waardepeildatum
      ? [{ id: 'peildatum', label: t('keyFacts.peildatum'), value: formatDate(nieuwste.waardepeildatum, language) }]
      : []),
  ];

  return {
    ...base,
    holder: holder(objecten, t),
    ...(lastChanged ? { lastChanged } : {}),
    keyFacts,
    sections: objecten.flatMap((o, i) => objectSections(o, i, context)),
  };
}
