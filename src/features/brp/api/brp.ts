import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { z } from 'zod';
import type { components } from '@/generated/brp';
import { apiRequest } from '@/lib/api-client';
import { ownBsn } from '@/lib/session';

/**
 * Haal Centraal BRP Personen Bevragen 2.7: `POST /personen` with RaadpleegMetBurgerservicenummer.
 * Contract: mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml. The schema below checks
 * the parts the page reads; everything else the spec allows passes through (`.loose()`), so a
 * new optional field in a later 2.x does not break the page. `api/brp.test.ts` proves at compile
 * time that what we validate is a valid generated `Persoon`, and at run time that every official
 * test person passes.
 */
type S = components['schemas'];

// ---------------------------------------------------------------------------------------------
// Request

/**
 * Only what the page shows (data minimisation, and the gateway may refuse more). Paths from
 * mocks/specs/brp/brp-fields-Persoon.csv; a parent path returns all its children.
 * inOnderzoek, geheimhoudingPersoonsgegevens and opschortingBijhouding come automatically and
 * must NOT be asked for (the API answers 400).
 */
export const brpFields = [
  'naam',
  'geboorte',
  'geslacht',
  'nationaliteiten',
  'verblijfplaats',
  'immigratie',
  'gemeenteVanInschrijving',
  'datumInschrijvingInGemeente',
  'datumEersteInschrijvingGBA',
  'partners',
  'ouders',
  'kinderen',
  'gezag',
  'verblijfstitel',
  'europeesKiesrecht',
  'uitsluitingKiesrecht',
  'indicatieCurateleRegister',
  'overlijden',
] as const;

export function raadpleegBody(bsn: string) {
  return {
    type: 'RaadpleegMetBurgerservicenummer',
    burgerservicenummer: [bsn],
    fields: [...brpFields],
  } satisfies S['RaadpleegMetBurgerservicenummer'];
}

// ---------------------------------------------------------------------------------------------
// Response schema

/**
 * The response schemas, built on first use (`brpSchemas()`), not when this module loads: zod
 * builds ~40 nested schemas here, 20–40 ms on a fast machine (×4 in Lighthouse's phone), and the
 * module loads with the page's code in one task (issue 16). The timer at the end builds them a
 * group at a time (each `yield` ends a task), while the BRP answer is still on its way; an answer
 * that comes first has the rest built at once.
 */
function* buildSteps() {
  const waardetabel = z.object({ code: z.string().optional(), omschrijving: z.string().optional() }).loose();

  const datumSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('Datum'), datum: z.iso.date(), langFormaat: z.string() }).loose(),
    z
      .object({
        type: z.literal('JaarMaandDatum'),
        jaar: z.number().int(),
        maand: z.number().int().min(1).max(12),
        langFormaat: z.string(),
      })
      .loose(),
    z.object({ type: z.literal('JaarDatum'), jaar: z.number().int(), langFormaat: z.string() }).loose(),
    z.object({ type: z.literal('DatumOnbekend'), onbekend: z.boolean(), langFormaat: z.string() }).loose(),
  ]);

  /** An inOnderzoek object: a flag per field that is being checked, and the start date. */
  function inOnderzoek<const K extends string>(flags: readonly K[]) {
    const shape = Object.fromEntries(flags.map((flag) => [flag, z.boolean().optional()])) as {
      [P in K]: z.ZodOptional<z.ZodBoolean>;
    };
    return z.object({ ...shape, datumIngangOnderzoek: datumSchema.optional() }).loose();
  }

  const naamGerelateerde = z
    .object({
      voornamen: z.string().optional(),
      adellijkeTitelPredicaat: waardetabel.extend({ soort: z.enum(['titel', 'predicaat']).optional() }).optional(),
      voorvoegsel: z.string().optional(),
      geslachtsnaam: z.string().optional(),
      voorletters: z.string().optional(),
      inOnderzoek: inOnderzoek([
        'voornamen',
        'adellijkeTitelPredicaat',
        'voorvoegsel',
        'geslachtsnaam',
        'voorletters',
      ]).optional(),
    })
    .loose();

  const naamPersoon = naamGerelateerde.extend({
    volledigeNaam: z.string().optional(),
    aanduidingNaamgebruik: waardetabel.optional(),
    inOnderzoek: inOnderzoek([
      'voornamen',
      'adellijkeTitelPredicaat',
      'voorvoegsel',
      'geslachtsnaam',
      'voorletters',
      'aanduidingNaamgebruik',
      'volledigeNaam',
    ]).optional(),
  });

  /**
   * When, where (country and place) and whether under investigation: the shape the BRP gives a
   * birth, the start of a marriage or partnership, and a death alike.
   */
  const datumLandPlaats = z
    .object({
      datum: datumSchema.optional(),
      land: waardetabel.optional(),
      plaats: waardetabel.optional(),
      inOnderzoek: inOnderzoek(['datum', 'land', 'plaats']).optional(),
    })
    .loose();

  yield;
  const geboorte = datumLandPlaats;

  const nationaliteitBase = { redenOpname: waardetabel.optional(), datumIngangGeldigheid: datumSchema.optional() };
  /** The four kinds of nationaliteit that name no nationality: only the reason and the date. */
  const zonderNationaliteit = <T extends string>(type: T) =>
    z
      .object({
        type: z.literal(type),
        ...nationaliteitBase,
        inOnderzoek: inOnderzoek(['type', 'redenOpname']).optional(),
      })
      .loose();
  yield;
  const nationaliteitSchema = z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('Nationaliteit'),
        ...nationaliteitBase,
        nationaliteit: waardetabel.optional(),
        inOnderzoek: inOnderzoek(['type', 'redenOpname', 'nationaliteit']).optional(),
      })
      .loose(),
    zonderNationaliteit('BehandeldAlsNederlander'),
    zonderNationaliteit('VastgesteldNietNederlander'),
    zonderNationaliteit('Staatloos'),
    zonderNationaliteit('NationaliteitOnbekend'),
  ]);

  yield;
  const verblijfplaatsBase = { datumIngangGeldigheid: datumSchema.optional(), datumVan: datumSchema.optional() };
  const verblijfplaatsSchema = z.discriminatedUnion('type', [
    z
      .object({
        type: z.literal('Adres'),
        ...verblijfplaatsBase,
        verblijfadres: z
          .object({
            officieleStraatnaam: z.string().optional(),
            korteStraatnaam: z.string().optional(),
            huisnummer: z.number().int().optional(),
            huisletter: z.string().optional(),
            huisnummertoevoeging: z.string().optional(),
            aanduidingBijHuisnummer: waardetabel.optional(),
            postcode: z.string().optional(),
            woonplaats: z.string().optional(),
            inOnderzoek: inOnderzoek([
              'officieleStraatnaam',
              'korteStraatnaam',
              'huisnummer',
              'huisletter',
              'huisnummertoevoeging',
              'aanduidingBijHuisnummer',
              'postcode',
              'woonplaats',
            ]).optional(),
          })
          .loose()
          .optional(),
        functieAdres: waardetabel.optional(),
        adresseerbaarObjectIdentificatie: z.string().optional(),
        nummeraanduidingIdentificatie: z.string().optional(),
        indicatieVastgesteldVerblijftNietOpAdres: z.boolean().optional(),
        inOnderzoek: inOnderzoek([
          'type',
          'datumVan',
          'datumIngangGeldigheid',
          'functieAdres',
          'adresseerbaarObjectIdentificatie',
          'nummeraanduidingIdentificatie',
        ]).optional(),
      })
      .loose(),
    z
      .object({
        type: z.literal('VerblijfplaatsBuitenland'),
        ...verblijfplaatsBase,
        verblijfadres: z
          .object({
            regel1: z.string().optional(),
            regel2: z.string().optional(),
            regel3: z.string().optional(),
            land: waardetabel.optional(),
            inOnderzoek: inOnderzoek(['regel1', 'regel2', 'regel3', 'land']).optional(),
          })
          .loose()
          .optional(),
        inOnderzoek: inOnderzoek(['type', 'datumVan', 'datumIngangGeldigheid']).optional(),
      })
      .loose(),
    z
      .object({
        type: z.literal('Locatie'),
        ...verblijfplaatsBase,
        verblijfadres: z
          .object({
            locatiebeschrijving: z.string().optional(),
            inOnderzoek: inOnderzoek(['locatiebeschrijving']).optional(),
          })
          .loose()
          .optional(),
        functieAdres: waardetabel.optional(),
        indicatieVastgesteldVerblijftNietOpAdres: z.boolean().optional(),
        inOnderzoek: inOnderzoek(['type', 'datumVan', 'datumIngangGeldigheid', 'functieAdres']).optional(),
      })
      .loose(),
    z
      .object({
        type: z.literal('VerblijfplaatsOnbekend'),
        ...verblijfplaatsBase,
        inOnderzoek: inOnderzoek(['type', 'datumVan', 'datumIngangGeldigheid']).optional(),
      })
      .loose(),
  ]);

  yield;
  const naamVolledigeNaam = z.object({ volledigeNaam: z.string().optional() }).loose();
  const gezagOuder = z.object({ burgerservicenummer: z.string().optional(), naam: naamVolledigeNaam }).loose();
  const bekendeDerde = z
    .object({
      type: z.literal('BekendeDerde'),
      burgerservicenummer: z.string().optional(),
      naam: naamVolledigeNaam.optional(),
    })
    .loose();
  const gezagBase = {
    minderjarige: z
      .object({ burgerservicenummer: z.string(), naam: naamVolledigeNaam.optional(), leeftijd: z.number().optional() })
      .loose(),
    inOnderzoek: z.boolean().optional(),
  };
  yield;
  const gezagSchema = z.discriminatedUnion('type', [
    z
      .object({ type: z.literal('GezamenlijkOuderlijkGezag'), ...gezagBase, ouders: z.array(gezagOuder).optional() })
      .loose(),
    z.object({ type: z.literal('EenhoofdigOuderlijkGezag'), ...gezagBase, ouder: gezagOuder.optional() }).loose(),
    z
      .object({
        type: z.literal('GezamenlijkGezag'),
        ...gezagBase,
        ouder: gezagOuder.optional(),
        derde: z
          .discriminatedUnion('type', [bekendeDerde, z.object({ type: z.literal('OnbekendeDerde') }).loose()])
          .optional(),
      })
      .loose(),
    z.object({ type: z.literal('Voogdij'), ...gezagBase, derden: z.array(bekendeDerde).optional() }).loose(),
    z.object({ type: z.literal('TijdelijkGeenGezag'), ...gezagBase, toelichting: z.string() }).loose(),
    z.object({ type: z.literal('GezagNietTeBepalen'), ...gezagBase, toelichting: z.string() }).loose(),
  ]);

  yield;
  const partner = z
    .object({
      burgerservicenummer: z.string().optional(),
      geslacht: waardetabel.optional(),
      soortVerbintenis: waardetabel.optional(),
      naam: naamGerelateerde.optional(),
      geboorte: geboorte.optional(),
      inOnderzoek: inOnderzoek(['burgerservicenummer', 'geslacht', 'soortVerbintenis']).optional(),
      aangaanHuwelijkPartnerschap: datumLandPlaats.optional(),
      ontbindingHuwelijkPartnerschap: z
        .object({ datum: datumSchema.optional(), inOnderzoek: inOnderzoek(['datum']).optional() })
        .loose()
        .optional(),
    })
    .loose();

  yield;
  const ouder = z
    .object({
      burgerservicenummer: z.string().optional(),
      geslacht: waardetabel.optional(),
      ouderAanduiding: z.string().optional(),
      datumIngangFamilierechtelijkeBetrekking: datumSchema.optional(),
      naam: naamGerelateerde.optional(),
      geboorte: geboorte.optional(),
      inOnderzoek: inOnderzoek([
        'burgerservicenummer',
        'geslacht',
        'datumIngangFamilierechtelijkeBetrekking',
      ]).optional(),
    })
    .loose();

  yield;
  const kind = z
    .object({
      burgerservicenummer: z.string().optional(),
      naam: naamGerelateerde.optional(),
      geboorte: geboorte.optional(),
      inOnderzoek: inOnderzoek(['burgerservicenummer']).optional(),
    })
    .loose();

  yield;
  const persoonSchema = z
    .object({
      burgerservicenummer: z.string().optional(),
      datumEersteInschrijvingGBA: datumSchema.optional(),
      geheimhoudingPersoonsgegevens: z.boolean().optional(),
      geslacht: waardetabel.optional(),
      inOnderzoek: z
        .object({
          datumIngangOnderzoekPersoon: datumSchema.optional(),
          datumIngangOnderzoekGemeente: datumSchema.optional(),
          datumIngangOnderzoekGezag: datumSchema.optional(),
          burgerservicenummer: z.boolean().optional(),
          geslacht: z.boolean().optional(),
          leeftijd: z.boolean().optional(),
          gemeenteVanInschrijving: z.boolean().optional(),
          datumInschrijvingInGemeente: z.boolean().optional(),
          indicatieCurateleRegister: z.boolean().optional(),
        })
        .loose()
        .optional(),
      uitsluitingKiesrecht: z
        .object({ uitgeslotenVanKiesrecht: z.boolean().optional(), einddatum: datumSchema.optional() })
        .loose()
        .optional(),
      europeesKiesrecht: z
        .object({ aanduiding: waardetabel.optional(), einddatumUitsluiting: datumSchema.optional() })
        .loose()
        .optional(),
      naam: naamPersoon.optional(),
      nationaliteiten: z.array(nationaliteitSchema).optional(),
      geboorte: geboorte.optional(),
      opschortingBijhouding: z
        .object({ reden: waardetabel.optional(), datum: datumSchema.optional() })
        .loose()
        .optional(),
      overlijden: datumLandPlaats.optional(),
      verblijfplaats: verblijfplaatsSchema.optional(),
      immigratie: z
        .object({
          landVanwaarIngeschreven: waardetabel.optional(),
          datumVestigingInNederland: datumSchema.optional(),
          vanuitVerblijfplaatsOnbekend: z.boolean().optional(),
          indicatieVestigingVanuitBuitenland: z.boolean().optional(),
          inOnderzoek: inOnderzoek([
            'datumVestigingInNederland',
            'landVanwaarIngeschreven',
            'vanuitVerblijfplaatsOnbekend',
            'indicatieVestigingVanuitBuitenland',
          ]).optional(),
        })
        .loose()
        .optional(),
      gemeenteVanInschrijving: waardetabel.optional(),
      datumInschrijvingInGemeente: datumSchema.optional(),
      indicatieCurateleRegister: z.boolean().optional(),
      gezag: z.array(gezagSchema).optional(),
      verblijfstitel: z
        .object({
          aanduiding: waardetabel.optional(),
          datumIngang: datumSchema.optional(),
          datumEinde: datumSchema.optional(),
          inOnderzoek: inOnderzoek(['aanduiding', 'datumIngang', 'datumEinde']).optional(),
        })
        .loose()
        .optional(),
      kinderen: z.array(kind).optional(),
      ouders: z.array(ouder).optional(),
      partners: z.array(partner).optional(),
    })
    .loose();

  /** The validated 2.7 Persoon the mappers work on (assignable to the generated type). */

  yield;
  const raadpleegResponseSchema = z
    .object({ type: z.literal('RaadpleegMetBurgerservicenummer'), personen: z.array(persoonSchema).optional() })
    .loose();
  return {
    datumSchema,
    gezagSchema,
    kind,
    nationaliteitSchema,
    ouder,
    partner,
    persoonSchema,
    raadpleegResponseSchema,
    verblijfplaatsSchema,
  };
}

type Built = ReturnType<typeof buildSteps> extends Generator<unknown, infer R, unknown> ? R : never;
let steps: Generator<undefined, Built, unknown> | undefined;
let built: Built | undefined;
/** The schemas, now: what is not built yet is built at once. */
export function brpSchemas(): Built {
  if (!built) {
    steps ??= buildSteps();
    let step = steps.next();
    while (!step.done) step = steps.next();
    built = step.value;
  }
  return built;
}
/** One group of schemas per task, until all are built (a long task would block input). */
function buildInSteps(): void {
  if (built) return;
  steps ??= buildSteps();
  const step = steps.next();
  if (step.done) built = step.value;
  else setTimeout(buildInSteps, 0);
}
export type Datum = z.infer<Built['datumSchema']>;
export type Nationaliteit = z.infer<Built['nationaliteitSchema']>;
export type Verblijfplaats = z.infer<Built['verblijfplaatsSchema']>;
export type Gezag = z.infer<Built['gezagSchema']>;
export type Partner = z.infer<Built['partner']>;
export type Ouder = z.infer<Built['ouder']>;
export type Kind = z.infer<Built['kind']>;
export type BrpPersoon = z.infer<Built['persoonSchema']>;
export type RaadpleegResponse = z.infer<Built['raadpleegResponseSchema']>;

// Off the module's own task (the page's code evaluates in one), before the answer arrives.
if (typeof window !== 'undefined') setTimeout(buildInSteps, 0);

/** The response schema, looked up at validation time. */
const raadpleegResponse = z.lazy(() => brpSchemas().raadpleegResponseSchema);

// ---------------------------------------------------------------------------------------------
// Query factory

export const brpQueries = {
  all: () => queryKeys.brp(),
  /**
   * The signed-in citizen's own persoonslijst. No BSN in the key: it is always the own person
   * and the cache is cleared at sign-out. The BSN comes from the session inside the queryFn, so
   * it never travels in a URL, a key or devtools' key list.
   */
  persoon: () =>
    queryOptions({
      queryKey: [...brpQueries.all(), 'persoon'] as const,
      queryFn: async ({ client, signal }): Promise<BrpPersoon | null> => {
        const response = await apiRequest('/brp/personen', {
          method: 'POST',
          body: raadpleegBody(await ownBsn(client)),
          // Looked up when the answer is in, not when the question goes out: by then the
          // schemas have been built a group per task (above), not all at once here.
          schema: raadpleegResponse,
          signal,
        });
        // Not found is an empty list, not a 404 (Haal Centraal); the page says so plainly.
        return response.personen?.[0] ?? null;
      },
      // Registry data changes rarely; no refetch while the citizen reads the page.
      staleTime: 5 * 60_000,
    }),
};
