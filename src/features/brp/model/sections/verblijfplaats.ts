/** BRP view model: the address (or stay abroad) and immigration. */
import type { Language } from '@/lib/i18n';
import { formatPostcode } from '@/lib/format';
import type { BrpPersoon, Verblijfplaats } from '../../api/brp';
import { formatDatum } from '../datum';
import { RNI_GEMEENTE_CODE } from '../sources';
import type { BrpKey, SectionVM } from '../types';
import {
  type Waardetabel,
  type Flags,
  text,
  key,
  nonEmpty,
  textOf,
  coded,
  registryText,
  landText,
  Fields,
  joinNonEmpty,
} from './fields';

function adresRegel(v: Extract<Verblijfplaats, { type: 'Adres' }>): string | undefined {
  const a = v.verblijfadres;
  if (!a) return undefined;
  const straat = a.officieleStraatnaam ?? a.korteStraatnaam;
  const aanduiding =
    a.aanduidingBijHuisnummer?.code === 'to' ? 't/o' : a.aanduidingBijHuisnummer?.code === 'by' ? 'bij' : undefined;
  const nummer = a.huisnummer !== undefined ? `${a.huisnummer}${a.huisletter ?? ''}` : undefined;
  const toevoeging = nonEmpty(a.huisnummertoevoeging) ? `-${a.huisnummertoevoeging.trim()}` : '';
  return joinNonEmpty([straat, aanduiding, nummer ? `${nummer}${toevoeging}` : undefined]);
}

const FUNCTIE_ADRES: Record<'W' | 'B', BrpKey> = { W: 'waarde.functieAdres.W', B: 'waarde.functieAdres.B' };

function functieAdresUitleg(functie: Waardetabel | undefined): BrpKey {
  return functie?.code === 'B' ? 'verblijfplaats.functieAdres.uitlegBriefadres' : 'verblijfplaats.functieAdres.uitleg';
}

/** What an address in the Netherlands and a location both say: what it is for, and since when. */
function functieEnSinds(
  f: Fields,
  v: Extract<Verblijfplaats, { type: 'Adres' | 'Locatie' }>,
  io: Flags | undefined,
  locale: Language,
): Fields {
  return f
    .add('functieAdres', 'verblijfplaats.functieAdres.label', coded(v.functieAdres, FUNCTIE_ADRES), {
      explanationKey: functieAdresUitleg(v.functieAdres),
      io: { flags: io, flag: 'functieAdres' },
    })
    .add('datumVan', 'verblijfplaats.datumVan.label', formatDatum(v.datumVan, locale), {
      explanationKey: 'verblijfplaats.datumVan.uitleg',
      io: { flags: io, flag: 'datumVan' },
    });
}

export function verblijfplaatsSection(p: BrpPersoon, locale: Language): SectionVM {
  const v = p.verblijfplaats;
  const f = new Fields(locale, 'verblijfplaats.');
  if (v) {
    const io: Flags | undefined = v.inOnderzoek;
    switch (v.type) {
      case 'Adres': {
        const a = v.verblijfadres;
        const aio: Flags | undefined = a?.inOnderzoek;
        f.add('adres', 'verblijfplaats.adres.label', textOf(adresRegel(v)), {
          explanationKey: 'verblijfplaats.adres.uitleg',
          io: [
            {
              flags: aio,
              flag: [
                'officieleStraatnaam',
                'korteStraatnaam',
                'huisnummer',
                'huisletter',
                'huisnummertoevoeging',
                'aanduidingBijHuisnummer',
              ],
            },
            { flags: io, flag: 'type' },
          ],
        }).add(
          'postcodeWoonplaats',
          'verblijfplaats.postcodeWoonplaats.label',
          textOf(joinNonEmpty([formatPostcode(a?.postcode), a?.woonplaats])),
          {
            io: [
              { flags: aio, flag: ['postcode', 'woonplaats'] },
              { flags: io, flag: 'type' },
            ],
          },
        );
        functieEnSinds(f, v, io, locale)
          .add(
            'adresseerbaarObjectIdentificatie',
            'verblijfplaats.adresseerbaarObject.label',
            textOf(v.adresseerbaarObjectIdentificatie),
            {
              explanationKey: 'verblijfplaats.adresseerbaarObject.uitleg',
              io: { flags: io, flag: 'adresseerbaarObjectIdentificatie' },
            },
          )
          .add(
            'nummeraanduidingIdentificatie',
            'verblijfplaats.nummeraanduiding.label',
            textOf(v.nummeraanduidingIdentificatie),
            {
              explanationKey: 'verblijfplaats.nummeraanduiding.uitleg',
              io: { flags: io, flag: 'nummeraanduidingIdentificatie' },
            },
          );
        break;
      }
      case 'VerblijfplaatsBuitenland': {
        const a = v.verblijfadres;
        const aio: Flags | undefined = a?.inOnderzoek;
        const regels = [a?.regel1, a?.regel2, a?.regel3].filter(nonEmpty);
        f.add(
          'adresBuitenland',
          'verblijfplaats.adresBuitenland.label',
          regels.length ? { kind: 'lines', lines: regels.map(text) } : undefined,
          {
            explanationKey: 'verblijfplaats.adresBuitenland.uitleg',
            io: [
              { flags: aio, flag: ['regel1', 'regel2', 'regel3'] },
              { flags: io, flag: 'type' },
            ],
          },
        )
          .add('land', 'verblijfplaats.land.label', landText(a?.land, locale), {
            io: [
              { flags: aio, flag: 'land' },
              { flags: io, flag: 'type' },
            ],
          })
          .add('datumVan', 'verblijfplaats.datumVanBuitenland.label', formatDatum(v.datumVan, locale), {
            io: { flags: io, flag: 'datumVan' },
          });
        break;
      }
      case 'Locatie': {
        const lio: Flags | undefined = v.verblijfadres?.inOnderzoek;
        f.add(
          'locatiebeschrijving',
          'verblijfplaats.locatiebeschrijving.label',
          textOf(v.verblijfadres?.locatiebeschrijving),
          {
            explanationKey: 'verblijfplaats.locatiebeschrijving.uitleg',
            io: [
              { flags: lio, flag: 'locatiebeschrijving' },
              { flags: io, flag: 'type' },
            ],
          },
        );
        functieEnSinds(f, v, io, locale);
        break;
      }
      case 'VerblijfplaatsOnbekend':
        f.add('onbekend', 'verblijfplaats.onbekend.label', key('verblijfplaats.onbekend.waarde'), {
          explanationKey: 'verblijfplaats.onbekend.uitleg',
          io: { flags: io, flag: 'type' },
        }).add('datumVan', 'verblijfplaats.datumVanOnbekend.label', formatDatum(v.datumVan, locale), {
          io: { flags: io, flag: 'datumVan' },
        });
        break;
    }
  }
  const pio = p.inOnderzoek;
  const gemeenteDatum = pio?.datumIngangOnderzoekGemeente;
  f.add('gemeenteVanInschrijving', 'verblijfplaats.gemeente.label', registryText(p.gemeenteVanInschrijving), {
    explanationKey:
      p.gemeenteVanInschrijving?.code === RNI_GEMEENTE_CODE
        ? 'verblijfplaats.gemeente.uitlegRni'
        : 'verblijfplaats.gemeente.uitleg',
    io: { flags: pio, flag: 'gemeenteVanInschrijving', datum: gemeenteDatum },
  }).add(
    'datumInschrijvingInGemeente',
    'verblijfplaats.datumInschrijving.label',
    formatDatum(p.datumInschrijvingInGemeente, locale),
    {
      io: { flags: pio, flag: 'datumInschrijvingInGemeente', datum: gemeenteDatum },
    },
  );

  const laatste = v?.datumVan ?? v?.datumIngangGeldigheid;
  const laatsteText = formatDatum(laatste, locale);
  return {
    id: 'verblijfplaats',
    fields: f.items,
    groups: [],
    ...(laatsteText
      ? { laatsteWijziging: { labelKey: 'bron.laatsteWijziging.verblijfplaats', datum: laatsteText } }
      : {}),
  };
}

export function immigratieSection(p: BrpPersoon, locale: Language): SectionVM | undefined {
  const imm = p.immigratie;
  if (!imm) return undefined;
  const io: Flags | undefined = imm.inOnderzoek;
  const f = new Fields(locale, 'immigratie.');
  f.add(
    'datumVestigingInNederland',
    'immigratie.datumVestiging.label',
    formatDatum(imm.datumVestigingInNederland, locale),
    {
      explanationKey: 'immigratie.datumVestiging.uitleg',
      io: { flags: io, flag: 'datumVestigingInNederland' },
    },
  )
    .add('landVanwaarIngeschreven', 'immigratie.landVanwaar.label', landText(imm.landVanwaarIngeschreven, locale), {
      explanationKey: 'immigratie.landVanwaar.uitleg',
      io: { flags: io, flag: 'landVanwaarIngeschreven' },
    })
    .add(
      'vanuitVerblijfplaatsOnbekend',
      'immigratie.vanuitOnbekend.label',
      imm.vanuitVerblijfplaatsOnbekend ? key('waarde.ja') : undefined,
      {
        explanationKey: 'immigratie.vanuitOnbekend.uitleg',
        io: { flags: io, flag: 'vanuitVerblijfplaatsOnbekend' },
      },
    );
  return { id: 'immigratie', fields: f.items, groups: [] };
}
