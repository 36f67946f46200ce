import type { TFunction } from 'i18next';
import { formatDate, formatList } from '@/lib/format';
import type { Fact, RegistrySection, RegistryView } from '@/lib/registry-view';
import { registryFacts } from '@/lib/registries';
import type { MapperContext } from '../types';
import type { OnderzoekVeld, RdwData, Voertuig } from './api';

/**
 * The law behind the kentekenregister. Data, not view text (LEGAL.md): a correction of the
 * reading is a change here. No article is cited: none we could confirm.
 */
export type RdwMapperContext = Omit<MapperContext, 't'> & { t: TFunction<'rdw'> };

type FactId = OnderzoekVeld | 'voertuigsoort' | 'brandstof_omschrijving' | 'openstaande_terugroepactie_indicator';

function vehicleFacts(v: Voertuig, { t, tCommon, language }: RdwMapperContext): Fact[] {
  const jaNee = (value: 'Ja' | 'Nee') => (value === 'Ja' ? tCommon('yes') : tCommon('no'));
  const values: Array<[FactId, string]> = [
    // Kentekens stay as the RDW gives them (no dashes added).
    ['kenteken', v.kenteken],
    ['voertuigsoort', t(`soort.${v.voertuigsoort}`)],
    ['merk', v.merk],
    ['handelsbenaming', v.handelsbenaming],
    ['eerste_kleur', v.eerste_kleur],
    ['brandstof_omschrijving', v.brandstof_omschrijving ?? t('geenBrandstof')],
    ['massa_rijklaar', t('massa', { massa: v.massa_rijklaar })],
    ['datum_eerste_toelating', formatDate(v.datum_eerste_toelating, language)],
    ['datum_tenaamstelling', formatDate(v.datum_tenaamstelling, language)],
    ['tenaamstellingSinds', formatDate(v.tenaamstellingSinds, language)],
    ['vervaldatum_apk', v.vervaldatum_apk ? formatDate(v.vervaldatum_apk, language) : t('geenApk')],
    ['wam_verzekerd', v.wam_verzekerd === 'N.v.t.' ? t('nvt') : jaNee(v.wam_verzekerd)],
    ['openstaande_terugroepactie_indicator', jaNee(v.openstaande_terugroepactie_indicator)],
    ['tellerstandoordeel', t(`tellerstand.${v.tellerstandoordeel}`)],
  ];
  const onderzoek = v.inOnderzoek;
  const sinds = onderzoek ? formatDate(onderzoek.datumIngangOnderzoek, language) : undefined;
  return values.map(([id, value]) => ({
    id,
    label: t(`facts.${id}.label`),
    value,
    explanation: t(`facts.${id}.explanation`),
    ...(sinds && onderzoek?.gegevens.includes(id as OnderzoekVeld) ? { inOnderzoekSinds: sinds } : {}),
  }));
}

export function toRdwView(data: RdwData, context: RdwMapperContext): RegistryView {
  const { t, language } = context;
  const { voertuigen } = data;
  const base = {
    id: 'rdw',
    title: t('title'),
    description: t('description'),
    holder: t('holder'),
    legalBasis: registryFacts.rdw.legalBasis[language],
    raw: data,
  } as const;
  const lastChanged = voertuigen
    .map((v) => v.datumLaatsteWijziging)
    .sort()
    .at(-1);
  if (voertuigen.length === 0) {
    return {
      ...base,
      inOnderzoek: { count: 0 },
      keyFacts: [{ id: 'aantal', label: t('keyFacts.aantal'), value: '0' }],
      emptyText: t('empty'),
      sections: [],
    };
  }

  const perVoertuig = voertuigen.map((v) => ({ v, facts: vehicleFacts(v, context) }));
  const started = voertuigen.flatMap((v) =>
    v.inOnderzoek ? v.inOnderzoek.gegevens.map(() => v.inOnderzoek?.datumIngangOnderzoek ?? '') : [],
  );
  const oldest = [...started].sort()[0];
  const line = (v: Voertuig) =>
    t('voertuigLine', { kenteken: v.kenteken, merk: v.merk, handelsbenaming: v.handelsbenaming });

  const overzicht: RegistrySection = {
    id: 'overzicht',
    title: t('sections.overzicht.title'),
    intro: t('sections.overzicht.intro'),
    table: {
      caption: t('table.caption'),
      columns: [
        { id: 'kenteken', label: t('table.kenteken') },
        { id: 'soort', label: t('table.soort') },
        { id: 'merk', label: t('table.merk') },
        { id: 'opNaamSinds', label: t('table.opNaamSinds') },
        { id: 'apk', label: t('table.apk') },
      ],
      rows: perVoertuig.map(({ v, facts }) => {
        // Said in a sentence ("De organisatie controleert … deze gegevens: het merk, de kleur"), so
        // the lower-case names, not the labels.
        const wat = facts.filter((f) => f.inOnderzoekSinds).map((f) => t(`facts.${f.id as FactId}.wat`));
        return {
          id: v.kenteken,
          cells: {
            kenteken: v.kenteken,
            soort: t(`soort.${v.voertuigsoort}`),
            merk: `${v.merk} ${v.handelsbenaming}`,
            opNaamSinds: formatDate(v.tenaamstellingSinds, language),
            apk: v.vervaldatum_apk ? formatDate(v.vervaldatum_apk, language) : t('geenApk'),
          },
          ...(v.inOnderzoek && wat.length
            ? {
                inOnderzoekSinds: formatDate(v.inOnderzoek.datumIngangOnderzoek, language),
                inOnderzoekWat: formatList(wat, language),
              }
            : {}),
        };
      }),
    },
  };

  const first = voertuigen[0];
  return {
    ...base,
    ...(lastChanged ? { lastChanged } : {}),
    inOnderzoek: { count: started.length, ...(oldest ? { sinds: formatDate(oldest, language) } : {}) },
    keyFacts: [
      { id: 'aantal', label: t('keyFacts.aantal'), value: String(voertuigen.length) },
      ...(first ? [{ id: 'eerste', label: t('keyFacts.eerste'), value: line(first) }] : []),
    ],
    sections: [
      overzicht,
      ...perVoertuig.map(({ v, facts }) => ({
        id: `voertuig-${v.kenteken}`,
        title: t('sections.voertuig.title', { kenteken: v.kenteken, merk: v.merk, handelsbenaming: v.handelsbenaming }),
        facts,
      })),
    ],
  };
}
