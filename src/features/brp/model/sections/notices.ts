/** BRP view model: the notices above the page, the "in onderzoek" summary and the holder. */
import type { Language } from '@/lib/i18n';
import type { BrpPersoon } from '../../api/brp';
import { formatDatum } from '../datum';
import { RNI_GEMEENTE_CODE } from '../sources';
import type { BrpKey, HolderVM, InOnderzoekItemVM, NoticeVM, SectionVM } from '../types';
import { key, nonEmpty } from './fields';

const OPSCHORTING_REDEN: Record<'O' | 'E' | 'M' | 'R' | 'F', BrpKey> = {
  O: 'meldingen.opschorting.reden.O',
  E: 'meldingen.opschorting.reden.E',
  M: 'meldingen.opschorting.reden.M',
  R: 'meldingen.opschorting.reden.R',
  F: 'meldingen.opschorting.reden.F',
};

export function notices(p: BrpPersoon, locale: Language): NoticeVM[] {
  const out: NoticeVM[] = [];
  if (p.overlijden) {
    const datum = formatDatum(p.overlijden.datum, locale);
    out.push({
      id: 'overleden',
      type: 'info',
      headingKey: 'meldingen.overleden.titel',
      body: [datum ? key('meldingen.overleden.tekst', { datum }) : key('meldingen.overleden.tekstZonderDatum')],
    });
  }
  const v = p.verblijfplaats;
  if ((v?.type === 'Adres' || v?.type === 'Locatie') && v.indicatieVastgesteldVerblijftNietOpAdres) {
    out.push({
      id: 'nietOpAdres',
      type: 'warning',
      headingKey: 'meldingen.nietOpAdres.titel',
      body: [key('meldingen.nietOpAdres.tekst'), key('meldingen.nietOpAdres.actie')],
    });
  }
  if (p.opschortingBijhouding) {
    const code = p.opschortingBijhouding.reden?.code;
    const reden: BrpKey =
      code !== undefined && Object.hasOwn(OPSCHORTING_REDEN, code)
        ? OPSCHORTING_REDEN[code as keyof typeof OPSCHORTING_REDEN]
        : 'meldingen.opschorting.reden.onbekend';
    const datum = formatDatum(p.opschortingBijhouding.datum, locale);
    out.push({
      id: 'opschorting',
      type: 'info',
      headingKey: 'meldingen.opschorting.titel',
      body: [...(datum ? [key('meldingen.opschorting.sinds', { datum })] : []), key(reden)],
    });
  }
  if (p.geheimhoudingPersoonsgegevens) {
    out.push({
      id: 'geheimhouding',
      type: 'info',
      headingKey: 'meldingen.geheimhouding.titel',
      body: [key('meldingen.geheimhouding.tekst'), key('meldingen.geheimhouding.wie')],
    });
  }
  return out;
}

export function inOnderzoekSummary(sections: SectionVM[]): InOnderzoekItemVM[] {
  const items: InOnderzoekItemVM[] = [];
  for (const section of sections) {
    for (const field of section.fields) {
      if (field.inOnderzoekSinds)
        items.push({ sectionId: section.id, labelKey: field.labelKey, sinds: field.inOnderzoekSinds });
    }
    for (const group of section.groups) {
      for (const field of group.fields) {
        if (field.inOnderzoekSinds) {
          items.push({
            sectionId: section.id,
            labelKey: field.labelKey,
            group: group.title,
            sinds: field.inOnderzoekSinds,
          });
        }
      }
    }
  }
  return items;
}

export function holder(p: BrpPersoon): HolderVM {
  const gemeente = p.gemeenteVanInschrijving;
  if (gemeente?.code === RNI_GEMEENTE_CODE) return { kind: 'rni' };
  if (nonEmpty(gemeente?.omschrijving)) return { kind: 'gemeente', naam: gemeente.omschrijving };
  return { kind: 'onbekend' };
}
