/** BRP view model: partners, parents and children. */
import type { Language } from '@/lib/i18n';
import type { Kind, Ouder, Partner } from '../../api/brp';
import { formatDatum } from '../datum';
import { LAND_EN } from '../tabellen-en';
import type { BrpKey, GroupVM, Text } from '../types';
import {
  type Flags,
  text,
  key,
  textOf,
  coded,
  tableName,
  Fields,
  joinNonEmpty,
  type Naam,
  naamVan,
  GESLACHT,
} from './fields';
import { geboorteFields } from './persoon';

/** A partner's, parent's and child's birth facts carry the same labels (not the person's own). */
const RELATIE_GEBOORTE = {
  datum: 'relatie.geboortedatum.label',
  plaats: 'relatie.geboorteplaats.label',
  land: 'relatie.geboorteland.label',
} as const satisfies Record<'datum' | 'plaats' | 'land', BrpKey>;

function relatedNaamTitle(naam: Naam | undefined, fallback: Text): Text {
  const volledig = naamVan(naam);
  return volledig ? text(volledig) : fallback;
}

function relatedNaamField(f: Fields, naam: Naam | undefined, labelKey: BrpKey): void {
  const nio: Flags | undefined = naam?.inOnderzoek;
  const volledig = naamVan(naam);
  f.add('naam', labelKey, volledig ? text(volledig) : undefined, {
    io: { flags: nio, flag: ['voornamen', 'adellijkeTitelPredicaat', 'voorvoegsel', 'geslachtsnaam'] },
  });
}

const SOORT_VERBINTENIS: Record<'H' | 'P', BrpKey> = { H: 'waarde.soortVerbintenis.H', P: 'waarde.soortVerbintenis.P' };

export function partnerGroup(partner: Partner, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `partners.${index}.`);
  const io: Flags | undefined = partner.inOnderzoek;
  relatedNaamField(f, partner.naam, 'partners.naam.label');
  f.add('soortVerbintenis', 'partners.soortVerbintenis.label', coded(partner.soortVerbintenis, SOORT_VERBINTENIS), {
    explanationKey: 'partners.soortVerbintenis.uitleg',
    io: { flags: io, flag: 'soortVerbintenis' },
  });
  const aangaan = partner.aangaanHuwelijkPartnerschap;
  const aio: Flags | undefined = aangaan?.inOnderzoek;
  f.add('aangaanDatum', 'partners.aangaanDatum.label', formatDatum(aangaan?.datum, locale), {
    io: { flags: aio, flag: 'datum' },
  }).add(
    'aangaanPlaats',
    'partners.aangaanPlaats.label',
    textOf(joinNonEmpty([aangaan?.plaats?.omschrijving, tableName(aangaan?.land, locale, LAND_EN)], ', ')),
    { io: { flags: aio, flag: ['plaats', 'land'] } },
  );
  const ontbinding = partner.ontbindingHuwelijkPartnerschap;
  f.add('ontbindingDatum', 'partners.ontbindingDatum.label', formatDatum(ontbinding?.datum, locale), {
    explanationKey: 'partners.ontbindingDatum.uitleg',
    io: { flags: ontbinding?.inOnderzoek, flag: 'datum' },
  });
  geboorteFields(f, partner.geboorte, locale, RELATIE_GEBOORTE);
  return {
    id: `partner-${index}`,
    title: relatedNaamTitle(partner.naam, key('partners.zonderNaam', { nummer: text(String(index + 1)) })),
    fields: f.items,
  };
}

export function ouderGroup(ouder: Ouder, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `ouders.${index}.`);
  const io: Flags | undefined = ouder.inOnderzoek;
  relatedNaamField(f, ouder.naam, 'ouders.naam.label');
  f.add('geslacht', 'ouders.geslacht.label', coded(ouder.geslacht, GESLACHT), { io: { flags: io, flag: 'geslacht' } });
  geboorteFields(f, ouder.geboorte, locale, RELATIE_GEBOORTE);
  f.add(
    'datumIngangFamilierechtelijkeBetrekking',
    'ouders.familierechtelijkeBetrekking.label',
    formatDatum(ouder.datumIngangFamilierechtelijkeBetrekking, locale),
    {
      explanationKey: 'ouders.familierechtelijkeBetrekking.uitleg',
      io: { flags: io, flag: 'datumIngangFamilierechtelijkeBetrekking' },
    },
  );
  const nummer = text(ouder.ouderAanduiding ?? String(index + 1));
  return {
    id: `ouder-${index}`,
    title: relatedNaamTitle(ouder.naam, key('ouders.zonderNaam', { nummer })),
    fields: f.items,
  };
}

export function kindGroup(kind: Kind, index: number, locale: Language): GroupVM {
  const f = new Fields(locale, `kinderen.${index}.`);
  relatedNaamField(f, kind.naam, 'kinderen.naam.label');
  geboorteFields(f, kind.geboorte, locale, RELATIE_GEBOORTE);
  return {
    id: `kind-${index}`,
    title: relatedNaamTitle(kind.naam, key('kinderen.zonderNaam', { nummer: text(String(index + 1)) })),
    fields: f.items,
  };
}
