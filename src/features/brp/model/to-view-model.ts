import type { Language } from '@/lib/i18n';
import type { BrpPersoon, Datum } from '../api/brp';
import { formatDatum } from './datum';
import type { PersoonViewModel, SectionVM } from './types';
import { nonEmpty, Fields, listSection } from './sections/fields';
import { naamSection, geboorteSection, geslachtSection, nationaliteitGroup } from './sections/persoon';
import { verblijfplaatsSection, immigratieSection } from './sections/verblijfplaats';
import { partnerGroup, ouderGroup, kindGroup } from './sections/relaties';
import { gezagGroup } from './sections/gezag';
import { verblijfstitelSection, kiesrechtSection, curateleSection, overlijdenSection } from './sections/status';
import { notices, inOnderzoekSummary, holder } from './sections/notices';

/**
 * The BRP Persoon as the page shows it: one module per section in ./sections (persoon,
 * verblijfplaats, relaties, gezag, status, notices; shared building blocks in fields), put
 * together here in the page's order.
 *
 * Pure: same input, same output; `locale` only changes how dates are written. Branches on codes and types, never on descriptions.
 */
export function toViewModel(p: BrpPersoon, locale: Language): PersoonViewModel {
  const laatsteNationaliteit = (p.nationaliteiten ?? [])
    .map((n) => n.datumIngangGeldigheid)
    .filter((d): d is Extract<Datum, { type: 'Datum' }> => d?.type === 'Datum')
    .sort((a, b) => b.datum.localeCompare(a.datum))[0];
  const laatsteNationaliteitText = formatDatum(laatsteNationaliteit, locale);

  const sections = [
    naamSection(p, locale),
    geboorteSection(p, locale),
    geslachtSection(p, locale),
    listSection(
      'nationaliteiten',
      (p.nationaliteiten ?? []).map((n, i) => nationaliteitGroup(n, i, locale)),
      'nationaliteiten.geen',
      laatsteNationaliteitText
        ? { labelKey: 'bron.laatsteWijziging.nationaliteiten', datum: laatsteNationaliteitText }
        : undefined,
    ),
    verblijfplaatsSection(p, locale),
    immigratieSection(p, locale),
    listSection(
      'partners',
      (p.partners ?? []).map((x, i) => partnerGroup(x, i, locale)),
      'partners.geen',
    ),
    listSection(
      'ouders',
      (p.ouders ?? []).map((x, i) => ouderGroup(x, i, locale)),
      'ouders.geen',
    ),
    listSection(
      'kinderen',
      (p.kinderen ?? []).map((x, i) => kindGroup(x, i, locale)),
      'kinderen.geen',
    ),
    listSection(
      'gezag',
      (p.gezag ?? []).map((x, i) => gezagGroup(x, i, locale)),
      'gezag.geen',
    ),
    verblijfstitelSection(p, locale),
    kiesrechtSection(p, locale),
    curateleSection(p, locale),
    overlijdenSection(p, locale),
  ].filter((section): section is SectionVM => section !== undefined);

  const inschrijving = new Fields(locale, 'inschrijving.');
  inschrijving
    .add(
      'datumInschrijvingInGemeente',
      'bron.inschrijving.gemeente',
      formatDatum(p.datumInschrijvingInGemeente, locale),
    )
    .add('datumEersteInschrijvingGBA', 'bron.inschrijving.eerste', formatDatum(p.datumEersteInschrijvingGBA, locale), {
      derived: true,
      explanationKey: 'bron.inschrijving.eersteUitleg',
    });

  return {
    ...(nonEmpty(p.naam?.volledigeNaam) ? { volledigeNaam: p.naam.volledigeNaam } : {}),
    notices: notices(p, locale),
    inOnderzoek: inOnderzoekSummary(sections),
    sections,
    holder: holder(p),
    inschrijving: inschrijving.items,
  };
}
