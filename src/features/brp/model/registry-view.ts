import type { TFunction } from 'i18next';
import type { Language } from '@/lib/i18n';
import type { Fact, RegistryView } from '@/lib/registry-view';
import type { BrpPersoon } from '../api/brp';
import { resolveText } from '../components/text';
import { toViewModel } from './to-view-model';
import type { FieldVM, PersoonViewModel } from './types';

/** Dates in the 2.7 shape that have a full `datum` (YYYY-MM-DD). */
function isoOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'datum' in value && typeof value.datum === 'string') return value.datum;
  return undefined;
}

function holderName(t: TFunction<'brp'>, holder: PersoonViewModel['holder']): string {
  switch (holder.kind) {
    case 'gemeente':
      return t('bron.houderGemeente', { gemeente: holder.naam });
    case 'rni':
      return t('bron.houderRni');
    case 'onbekend':
      return t('bron.houderOnbekend');
  }
}

/**
 * The BRP as one RegistryView, for the overview card and the export. The detail page keeps
 * its richer BRP layout; this flattens the same view model, so both always agree.
 */
export function toBrpRegistryView(persoon: BrpPersoon, t: TFunction<'brp'>, language: Language): RegistryView {
  const vm = toViewModel(persoon, language);
  const say = (field: FieldVM): Fact => ({
    id: field.id,
    label: t(field.labelKey),
    value: resolveText(t, field.value).replace(/\n/g, ', '),
    ...(field.explanationKey ? { explanation: t(field.explanationKey) } : {}),
    ...(field.inOnderzoekSinds ? { inOnderzoekSinds: resolveText(t, field.inOnderzoekSinds) } : {}),
  });
  const sections = vm.sections.map((section) => ({
    id: section.id,
    title: t(`secties.${section.id}`),
    facts: [
      ...section.fields.map(say),
      ...section.groups.flatMap((group) =>
        group.fields.map((field) => {
          const fact = say(field);
          return { ...fact, id: `${group.id}.${field.id}`, label: `${resolveText(t, group.title)}: ${fact.label}` };
        }),
      ),
    ],
    ...(section.emptyKey ? { empty: t(section.emptyKey) } : {}),
  }));
  const allFacts = sections.flatMap((section) => section.facts);
  const byId = (id: string) => allFacts.find((fact) => fact.id === id);
  const adres = byId('verblijfplaats.adres');
  const nationaliteit = vm.sections.find((s) => s.id === 'nationaliteiten')?.groups[0];
  const keyFacts = [
    byId('naam.volledigeNaam'),
    byId('geboorte.datum'),
    adres
      ? { ...adres, value: [adres.value, byId('verblijfplaats.postcodeWoonplaats')?.value].filter(Boolean).join(', ') }
      : undefined,
    nationaliteit
      ? { id: 'nationaliteit', label: t('secties.nationaliteiten'), value: resolveText(t, nationaliteit.title) }
      : undefined,
  ].filter((fact): fact is Fact => fact !== undefined);

  const dates = [
    isoOf(persoon.verblijfplaats?.datumIngangGeldigheid),
    isoOf(persoon.datumInschrijvingInGemeente),
    ...(persoon.nationaliteiten ?? []).map((n) => isoOf(n.datumIngangGeldigheid)),
  ].filter((d): d is string => d !== undefined);
  const onderzoekDates = vm.inOnderzoek.map((item) => resolveText(t, item.sinds));

  return {
    id: 'brp',
    title: t('registry.titel'),
    description: t('registry.omschrijving'),
    holder: holderName(t, vm.holder),
    legalBasis: t('registry.grondslag'),
    lastChanged: dates.sort().at(-1),
    inOnderzoek: { count: vm.inOnderzoek.length, ...(onderzoekDates[0] ? { sinds: onderzoekDates[0] } : {}) },
    keyFacts,
    sections,
    raw: persoon,
  };
}

/** The BRP holds nothing about the person: the card says so (as the BRP page does) instead of loading forever. */
export function toEmptyBrpRegistryView(t: TFunction<'brp'>): RegistryView {
  return {
    id: 'brp',
    title: t('registry.titel'),
    description: t('registry.omschrijving'),
    holder: t('bron.houderOnbekend'),
    legalBasis: t('registry.grondslag'),
    inOnderzoek: { count: 0 },
    keyFacts: [],
    emptyText: t('pagina.nietGevonden'),
    sections: [],
    raw: null,
  };
}
