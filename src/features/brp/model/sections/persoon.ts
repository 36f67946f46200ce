/** BRP view model: name, birth, sex and nationalities. */
import type { Language } from '@/lib/i18n';
import type { BrpPersoon, Nationaliteit } from '../../api/brp';
import { formatDatum } from '../datum';
import { NATIONALITEIT_EN } from '../tabellen-en';
import type { BrpKey, GroupVM, SectionVM, Text } from '../types';
import {
  type Flags,
  key,
  textOf,
  coded,
  registryText,
  translatedText,
  landText,
  Fields,
  inOnderzoekSinds,
  GESLACHT,
} from './fields';

export function naamSection(p: BrpPersoon, locale: Language): SectionVM {
  const naam = p.naam;
  const io = naam?.inOnderzoek;
  const f = new Fields(locale, 'naam.');
  const titel = naam?.adellijkeTitelPredicaat;
  f.add('voornamen', 'naam.voornamen.label', textOf(naam?.voornamen), {
    explanationKey: 'naam.voornamen.uitleg',
    io: { flags: io, flag: 'voornamen' },
  })
    .add(
      'adellijkeTitelPredicaat',
      titel?.soort === 'predicaat' ? 'naam.predicaat.label' : 'naam.adellijkeTitel.label',
      registryText(titel),
      {
        explanationKey: titel?.soort === 'predicaat' ? 'naam.predicaat.uitleg' : 'naam.adellijkeTitel.uitleg',
        io: { flags: io, flag: 'adellijkeTitelPredicaat' },
      },
    )
    .add('voorvoegsel', 'naam.voorvoegsel.label', textOf(naam?.voorvoegsel), {
      explanationKey: 'naam.voorvoegsel.uitleg',
      io: { flags: io, flag: 'voorvoegsel' },
    })
    .add('geslachtsnaam', 'naam.geslachtsnaam.label', textOf(naam?.geslachtsnaam), {
      explanationKey: 'naam.geslachtsnaam.uitleg',
      io: { flags: io, flag: 'geslachtsnaam' },
    })
    .add(
      'aanduidingNaamgebruik',
      'naam.naamgebruik.label',
      coded(naam?.aanduidingNaamgebruik, {
        E: 'waarde.naamgebruik.E',
        N: 'waarde.naamgebruik.N',
        P: 'waarde.naamgebruik.P',
        V: 'waarde.naamgebruik.V',
      }),
      { explanationKey: 'naam.naamgebruik.uitleg', io: { flags: io, flag: 'aanduidingNaamgebruik' } },
    )
    .add('volledigeNaam', 'naam.volledigeNaam.label', textOf(naam?.volledigeNaam), {
      // Made from the first names and surname: a mistake is corrected there.
      derived: true,
      explanationKey: 'naam.volledigeNaam.uitleg',
      io: { flags: io, flag: 'volledigeNaam' },
    });
  return { id: 'naam', fields: f.items, groups: [] };
}

export function geboorteFields(
  f: Fields,
  geboorte: BrpPersoon['geboorte'],
  locale: Language,
  labels: { datum: BrpKey; plaats: BrpKey; land: BrpKey },
  explanations: { datum?: BrpKey; plaats?: BrpKey; land?: BrpKey } = {},
): void {
  const io = geboorte?.inOnderzoek;
  f.add('datum', labels.datum, formatDatum(geboorte?.datum, locale), {
    ...(explanations.datum ? { explanationKey: explanations.datum } : {}),
    io: { flags: io, flag: 'datum' },
  })
    .add('plaats', labels.plaats, registryText(geboorte?.plaats), {
      ...(explanations.plaats ? { explanationKey: explanations.plaats } : {}),
      io: { flags: io, flag: 'plaats' },
    })
    .add('land', labels.land, landText(geboorte?.land, locale), {
      ...(explanations.land ? { explanationKey: explanations.land } : {}),
      io: { flags: io, flag: 'land' },
    });
}

export function geboorteSection(p: BrpPersoon, locale: Language): SectionVM {
  const f = new Fields(locale, 'geboorte.');
  geboorteFields(
    f,
    p.geboorte,
    locale,
    { datum: 'geboorte.datum.label', plaats: 'geboorte.plaats.label', land: 'geboorte.land.label' },
    { datum: 'geboorte.datum.uitleg', plaats: 'geboorte.plaats.uitleg' },
  );
  // leeftijd is derived from the birth date; the page shows no age, so its flag belongs here.
  const datumField = f.items.find((field) => field.id === 'geboorte.datum');
  if (datumField && !datumField.inOnderzoekSinds) {
    const sinds = inOnderzoekSinds(p.inOnderzoek, 'leeftijd', locale, p.inOnderzoek?.datumIngangOnderzoekPersoon);
    if (sinds) datumField.inOnderzoekSinds = sinds;
  }
  return { id: 'geboorte', fields: f.items, groups: [] };
}

export function geslachtSection(p: BrpPersoon, locale: Language): SectionVM {
  const f = new Fields(locale, 'geslacht.');
  f.add('geslacht', 'geslacht.geslacht.label', coded(p.geslacht, GESLACHT), {
    explanationKey: 'geslacht.geslacht.uitleg',
    io: { flags: p.inOnderzoek, flag: 'geslacht', datum: p.inOnderzoek?.datumIngangOnderzoekPersoon },
  });
  return { id: 'geslacht', fields: f.items, groups: [] };
}

const NATIONALITEIT_TYPE: Record<Exclude<Nationaliteit['type'], 'Nationaliteit'>, { titel: BrpKey; uitleg: BrpKey }> = {
  BehandeldAlsNederlander: {
    titel: 'nationaliteiten.behandeldAlsNederlander.titel',
    uitleg: 'nationaliteiten.behandeldAlsNederlander.uitleg',
  },
  VastgesteldNietNederlander: {
    titel: 'nationaliteiten.vastgesteldNietNederlander.titel',
    uitleg: 'nationaliteiten.vastgesteldNietNederlander.uitleg',
  },
  Staatloos: { titel: 'nationaliteiten.staatloos.titel', uitleg: 'nationaliteiten.staatloos.uitleg' },
  NationaliteitOnbekend: { titel: 'nationaliteiten.onbekend.titel', uitleg: 'nationaliteiten.onbekend.uitleg' },
};

export function nationaliteitGroup(n: Nationaliteit, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `nationaliteiten.${index}.`);
  const io: Flags | undefined = n.inOnderzoek;
  let title: Text;
  if (n.type === 'Nationaliteit') {
    const naam = translatedText(n.nationaliteit, locale, NATIONALITEIT_EN);
    title = naam
      ? key('nationaliteiten.bekend.titel', { nationaliteit: naam })
      : key('nationaliteiten.bekend.titelZonderNaam');
    f.add('nationaliteit', 'nationaliteiten.nationaliteit.label', naam ?? key('waarde.onbekend'), {
      explanationKey: 'nationaliteiten.bekend.uitleg',
      io: { flags: io, flag: ['nationaliteit', 'type'] },
    });
  } else {
    const soort = NATIONALITEIT_TYPE[n.type];
    title = key(soort.titel);
    f.add('nationaliteit', 'nationaliteiten.nationaliteit.label', key(soort.titel), {
      explanationKey: soort.uitleg,
      io: { flags: io, flag: 'type' },
    });
  }
  f.add('redenOpname', 'nationaliteiten.redenOpname.label', registryText(n.redenOpname), {
    explanationKey: 'nationaliteiten.redenOpname.uitleg',
    io: { flags: io, flag: 'redenOpname' },
  }).add('datumIngangGeldigheid', 'nationaliteiten.sinds.label', formatDatum(n.datumIngangGeldigheid, locale), {
    explanationKey: 'nationaliteiten.sinds.uitleg',
  });
  return { id: `nationaliteit-${index}`, title, fields: f.items };
}
