/** BRP view model: residence permit, voting rights, guardianship and death. */
import type { Language } from '@/lib/i18n';
import type { BrpPersoon } from '../../api/brp';
import { formatDatum } from '../datum';
import type { SectionVM } from '../types';
import { type Flags, key, coded, registryText, landText, Fields } from './fields';

export function verblijfstitelSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const t = p.verblijfstitel;
  if (!t) return undefined;
  const io: Flags | undefined = t.inOnderzoek;
  const f = new Fields(locale, 'verblijfstitel.');
  f.add('aanduiding', 'verblijfstitel.aanduiding.label', registryText(t.aanduiding), {
    explanationKey: 'verblijfstitel.aanduiding.uitleg',
    io: { flags: io, flag: 'aanduiding' },
  })
    .add('datumIngang', 'verblijfstitel.datumIngang.label', formatDatum(t.datumIngang, locale), {
      io: { flags: io, flag: 'datumIngang' },
    })
    .add('datumEinde', 'verblijfstitel.datumEinde.label', formatDatum(t.datumEinde, locale), {
      explanationKey: 'verblijfstitel.datumEinde.uitleg',
      io: { flags: io, flag: 'datumEinde' },
    });
  return { id: 'verblijfstitel', fields: f.items, groups: [] };
}

export function kiesrechtSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const eu = p.europeesKiesrecht;
  const uitsluiting = p.uitsluitingKiesrecht;
  if (!eu && !uitsluiting?.uitgeslotenVanKiesrecht) return undefined;
  const f = new Fields(locale, 'kiesrecht.');
  f.add(
    'europeesKiesrecht',
    'kiesrecht.europees.label',
    coded(eu?.aanduiding, { '1': 'waarde.europeesKiesrecht.1', '2': 'waarde.europeesKiesrecht.2' }),
    { explanationKey: 'kiesrecht.europees.uitleg' },
  )
    .add('einddatumUitsluitingEuropees', 'kiesrecht.europeesEinde.label', formatDatum(eu?.einddatumUitsluiting, locale))
    .add(
      'uitgeslotenVanKiesrecht',
      'kiesrecht.uitgesloten.label',
      uitsluiting?.uitgeslotenVanKiesrecht ? key('waarde.ja') : undefined,
      {
        explanationKey: 'kiesrecht.uitgesloten.uitleg',
      },
    )
    .add('einddatumUitsluiting', 'kiesrecht.uitgeslotenEinde.label', formatDatum(uitsluiting?.einddatum, locale));
  return { id: 'kiesrecht', fields: f.items, groups: [] };
}

export function curateleSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  if (!p.indicatieCurateleRegister) return undefined;
  const f = new Fields(locale, 'curatele.');
  f.add('indicatieCurateleRegister', 'curatele.indicatie.label', key('waarde.ja'), {
    explanationKey: 'curatele.indicatie.uitleg',
    io: { flags: p.inOnderzoek, flag: 'indicatieCurateleRegister', datum: p.inOnderzoek?.datumIngangOnderzoekGezag },
  });
  return { id: 'curatele', fields: f.items, groups: [] };
}

export function overlijdenSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const o = p.overlijden;
  if (!o) return undefined;
  const io: Flags | undefined = o.inOnderzoek;
  const f = new Fields(locale, 'overlijden.');
  f.add('datum', 'overlijden.datum.label', formatDatum(o.datum, locale), { io: { flags: io, flag: 'datum' } })
    .add('plaats', 'overlijden.plaats.label', registryText(o.plaats), { io: { flags: io, flag: 'plaats' } })
    .add('land', 'overlijden.land.label', landText(o.land, locale), { io: { flags: io, flag: 'land' } });
  return { id: 'overlijden', fields: f.items, groups: [] };
}
