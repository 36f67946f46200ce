import type { TFunction } from 'i18next';
import { todayIso } from '@/lib/clock';
import { formatDate, formatPostcode } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import type { BagAdres, BagAdresseerbaarObject, BagData, BagHolder, Gebruiksdoel } from './api';

/**
 * The law that makes BAG a base registry. Data, not view text (LEGAL.md): a correction of the
 * reading is a change here. No article is cited: none we could confirm.
 */
export type BagMapperContext = Omit<MapperContext, 't'> & { t: TFunction<'bag'> };

type Marker = { kenmerk: string; inOnderzoek: 'J' | 'N'; historie: { beginGeldigheid: string } };

/**
 * Builds facts and remembers which are in onderzoek, so the view's count and oldest date
 * always match the facts that carry the marker.
 */
class Facts {
  private readonly since: string[] = [];
  constructor(private readonly context: BagMapperContext) {}

  fact(id: string, key: FactKey, value: string, markers: Marker[] = [], kenmerken: readonly string[] = []): Fact {
    const { t, language } = this.context;
    const started = markers
      .filter((m) => m.inOnderzoek === 'J' && kenmerken.includes(m.kenmerk))
      .map((m) => m.historie.beginGeldigheid)
      .sort()[0];
    if (started) this.since.push(started);
    return {
      id,
      label: t(`facts.${key}.label`),
      value,
      explanation: t(`facts.${key}.explanation`),
      ...(started ? { inOnderzoekSinds: formatDate(started, language) } : {}),
    };
  }

  summary(): RegistryView['inOnderzoek'] {
    const oldest = [...this.since].sort()[0];
    return { count: this.since.length, ...(oldest ? { sinds: formatDate(oldest, this.context.language) } : {}) };
  }
}

type FactKey =
  | 'straat'
  | 'huisnummer'
  | 'postcode'
  | 'woonplaats'
  | 'soortAdres'
  | 'statusAdres'
  | 'nummeraanduiding'
  | 'soortObject'
  | 'gebruiksdoel'
  | 'oppervlakte'
  | 'status'
  | 'objectIdentificatie'
  | 'ligging'
  | 'bouwjaar'
  | 'pandStatus'
  | 'pandIdentificatie';

function huisnummer(adres: Pick<BagAdres, 'huisnummer' | 'huisletter' | 'huisnummertoevoeging'>): string {
  // The usual Dutch notation: 12A-2 (letter attached, toevoeging after a dash).
  return `${adres.huisnummer}${adres.huisletter ?? ''}${adres.huisnummertoevoeging ? `-${adres.huisnummertoevoeging}` : ''}`;
}

export function bagAddressLine(adres: BagAdres, t: TFunction<'bag'>): string {
  const values = { straat: adres.openbareRuimteNaam, nummer: huisnummer(adres), woonplaats: adres.woonplaatsNaam };
  const postcode = formatPostcode(adres.postcode);
  return postcode ? t('addressLine', { ...values, postcode }) : t('addressLineNoPostcode', values);
}

/** "Wonen", "Winkel": what a citizen calls the use, by the BAG's code ("woonfunctie"). */
function gebruiksdoel(codes: readonly Gebruiksdoel[], t: TFunction<'bag'>): string {
  return codes.map((g) => t(`values.gebruiksdoel.${g}`)).join(', ');
}

/** The one adresseerbaar object in the answer, whichever of the three kinds it is. */
function objectOf(object: BagAdresseerbaarObject) {
  if (object.verblijfsobject) {
    const v = object.verblijfsobject;
    return {
      kind: v.verblijfsobject.type,
      inner: v.verblijfsobject,
      markers: v.inonderzoek ?? [],
      hoofdadres: v._embedded?.heeftAlsHoofdAdres,
      panden: v._embedded?.maaktDeelUitVan ?? [],
      vbo: v.verblijfsobject,
    };
  }
  const p = object.ligplaats ?? object.standplaats;
  const inner = object.ligplaats?.ligplaats ?? object.standplaats?.standplaats;
  if (!p || !inner) throw new Error('BAG response without an adresseerbaar object');
  return {
    kind: inner.type,
    inner,
    markers: p.inonderzoek ?? [],
    hoofdadres: p._embedded?.heeftAlsHoofdAdres,
    panden: [],
    vbo: undefined,
  };
}

/**
 * The first four digits of a BAG identificatie are the code of the municipality that issued
 * it; the LV BAG's bronhouder read gives that municipality's official name. A municipality
 * that has since merged has an end date: the holder is then the new municipality, whose name
 * the code does not tell, so we say "your municipality (formerly …)". Without the name (the
 * read failed or answered for another code) the code is shown, so no name is guessed.
 */
function holderLine(identificatie: string, holder: BagHolder | null, t: TFunction<'bag'>): string {
  const code = /^[0-9]{4}/.exec(identificatie)?.[0];
  if (!code) return t('holderUnknown');
  if (holder?.code !== code) return t('holderCode', { code });
  const opgeheven = holder.eindGeldigheid !== undefined && holder.eindGeldigheid <= todayIso();
  return t(opgeheven ? 'holderFormer' : 'holder', { naam: holder.naam });
}

export function toBagView(data: BagData, context: BagMapperContext): RegistryView {
  const { t } = context;
  const base = {
    id: 'bag',
    title: t('title'),
    description: t('description'),
    legalBasis: registryFacts.bag.legalBasis[context.language],
  } as const;
  if (!data) {
    return {
      ...base,
      holder: t('holderUnknown'),
      inOnderzoek: { count: 0 },
      keyFacts: [],
      emptyText: t('empty'),
      sections: [],
      raw: data,
    };
  }
  const { adres } = data;
  const object = objectOf(data.object);
  const hoofdadres = object.hoofdadres;
  // The nummeraanduiding markers carry a start date; the adres' own boolean flags do not.
  const naMarkers =
    hoofdadres && hoofdadres.nummeraanduiding.identificatie === adres.nummeraanduidingIdentificatie
      ? (hoofdadres.inonderzoek ?? [])
      : [];
  const facts = new Facts(context);

  const adresFacts: Fact[] = [
    // The whole address on one line first, as the overview card shows it.
    {
      id: 'volledigAdres',
      label: t('keyFacts.adres'),
      value: bagAddressLine(adres, t),
      explanation: t('keyFacts.adresExplanation'),
      noAction: true,
    },
    facts.fact('straat', 'straat', adres.openbareRuimteNaam, naMarkers, ['ligt aan']),
    facts.fact('huisnummer', 'huisnummer', huisnummer(adres), naMarkers, [
      'huisnummer',
      'huisletter',
      'huisnummertoevoeging',
    ]),
    ...(adres.postcode
      ? [facts.fact('postcode', 'postcode', formatPostcode(adres.postcode) ?? adres.postcode, naMarkers, ['postcode'])]
      : []),
    facts.fact('woonplaats', 'woonplaats', adres.woonplaatsNaam, naMarkers, ['ligt in']),
    facts.fact(
      'soortAdres',
      'soortAdres',
      t(adres.indicatieNevenadres ? 'facts.soortAdres.nevenadres' : 'facts.soortAdres.hoofdadres'),
    ),
    ...(hoofdadres && naMarkers === hoofdadres.inonderzoek
      ? [
          facts.fact(
            'statusAdres',
            'statusAdres',
            t(`values.status.${hoofdadres.nummeraanduiding.status}`),
            naMarkers,
            ['status'],
          ),
        ]
      : []),
    // The BAG's own numbers: nobody corrects an identifier; the street, number and postcode above can be.
    { ...facts.fact('nummeraanduiding', 'nummeraanduiding', adres.nummeraanduidingIdentificatie), noAction: true },
  ];

  const m = object.markers;
  const objectFacts: Fact[] = [
    facts.fact('soortObject', 'soortObject', t(`facts.soortObject.${object.kind}`), naMarkers, [
      'type adresseerbaar object',
    ]),
    ...(object.vbo
      ? [
          {
            ...facts.fact('gebruiksdoel', 'gebruiksdoel', gebruiksdoel(object.vbo.gebruiksdoelen, t), m, [
              'gebruiksdoel',
            ]),
            // The value in plain words; the BAG's own term (the law's) stays in the explanation.
            explanation: t('facts.gebruiksdoel.explanation', { officieel: object.vbo.gebruiksdoelen.join(', ') }),
          },
          facts.fact(
            'oppervlakte',
            'oppervlakte',
            t('facts.oppervlakte.value', { oppervlakte: object.vbo.oppervlakte }),
            m,
            ['oppervlakte'],
          ),
        ]
      : []),
    facts.fact('status', 'status', t(`values.status.${object.inner.status}`), m, ['status']),
    {
      ...facts.fact('objectIdentificatie', 'objectIdentificatie', object.inner.identificatie, m, [
        'heeft als hoofdadres',
        'heeft als nevenadres',
        'maakt deel uit van',
      ]),
      noAction: true,
    },
  ];
  if (m.some((marker) => marker.inOnderzoek === 'J' && marker.kenmerk === 'geometrie')) {
    objectFacts.push(facts.fact('ligging', 'ligging', t('facts.ligging.value'), m, ['geometrie']));
  }

  const panden = object.panden;
  const pandSections: RegistrySection[] = panden.map((p, index) => {
    const pm = p.inonderzoek ?? [];
    const pandFacts = [
      facts.fact('bouwjaar', 'bouwjaar', p.pand.oorspronkelijkBouwjaar, pm, ['oorspronkelijk bouwjaar']),
      facts.fact('pandStatus', 'pandStatus', t(`values.status.${p.pand.status}`), pm, ['status']),
      { ...facts.fact('pandIdentificatie', 'pandIdentificatie', p.pand.identificatie, pm), noAction: true },
    ];
    if (pm.some((marker) => marker.inOnderzoek === 'J' && marker.kenmerk === 'geometrie')) {
      pandFacts.push(facts.fact('pandLigging', 'ligging', t('facts.ligging.value'), pm, ['geometrie']));
    }
    return {
      id: `pand-${p.pand.identificatie}`,
      title: panden.length > 1 ? t('sections.pand.titleNummer', { nummer: index + 1 }) : t('sections.pand.title'),
      intro: t('sections.pand.intro'),
      facts: pandFacts,
    };
  });

  const changes = [
    object.inner.voorkomen.beginGeldigheid,
    hoofdadres?.nummeraanduiding.voorkomen.beginGeldigheid,
    ...panden.map((p) => p.pand.voorkomen.beginGeldigheid),
    // Starting an investigation is itself a change to the record.
    ...[...m, ...naMarkers, ...panden.flatMap((p) => p.inonderzoek ?? [])].map(
      (marker) => marker.historie.beginGeldigheid,
    ),
  ].filter((d): d is string => Boolean(d));
  const lastChanged = changes.sort().at(-1);

  const bouwjaar = panden[0]?.pand.oorspronkelijkBouwjaar;
  const keyFacts: Fact[] = [
    { id: 'adres', label: t('keyFacts.adres'), value: bagAddressLine(adres, t) },
    ...(object.vbo
      ? [
          {
            id: 'gebruiksdoel',
            label: t('facts.gebruiksdoel.label'),
            value: gebruiksdoel(object.vbo.gebruiksdoelen, t),
          },
        ]
      : []),
    ...(bouwjaar ? [{ id: 'bouwjaar', label: t('facts.bouwjaar.label'), value: bouwjaar }] : []),
  ];

  return {
    ...base,
    holder: holderLine(object.inner.identificatie, data.bronhouder, t),
    ...(lastChanged ? { lastChanged } : {}),
    inOnderzoek: facts.summary(),
    keyFacts,
    sections: [
      { id: 'adres', title: t('sections.adres.title'), intro: t('sections.adres.intro'), facts: adresFacts },
      { id: 'object', title: t('sections.object.title'), intro: t('sections.object.intro'), facts: objectFacts },
      ...pandSections,
    ],
    raw: data,
  };
}
