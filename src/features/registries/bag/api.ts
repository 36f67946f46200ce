import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { AddressDeps } from '../types';

/**
 * BAG API Individuele Bevragingen 2.0.0 (Kadaster, Landelijke Voorziening BAG). Contract:
 * mocks/specs/bag/bag-individuele-bevragingen-v2.0.0-official-archive-openapi.yaml, types in
 * src/generated/bag.ts. BAG is keyed by address, not by person: the ids come from the BRP
 * verblijfplaats (AddressDeps). Two reads: the adresseerbaar object with its hoofdadres and
 * panden (`expand=true`), and the adres for the street and woonplaats names, which the object
 * only holds as ids. The schemas check the parts the page reads; the rest passes (`.loose()`).
 * `api.test.ts` proves at compile time that they agree with the generated types.
 */

const datum = z.iso.date();
const voorkomen = z.object({ beginGeldigheid: datum }).loose();
const indicatie = z.enum(['J', 'N']);

/** One "in onderzoek" marker (Kenmerk…InOnderzoek): which attribute, and since when. */
function kenmerkInOnderzoek<const K extends readonly [string, ...string[]]>(kenmerken: K) {
  return z
    .object({
      kenmerk: z.enum(kenmerken),
      inOnderzoek: indicatie,
      historie: z.object({ beginGeldigheid: datum }).loose(),
    })
    .loose();
}

// The kenmerk lists are the spec's closed enumerations (InOnderzoekVerblijfsobject etc.).
export const kenmerkVerblijfsobject = kenmerkInOnderzoek([
  'geometrie',
  'gebruiksdoel',
  'oppervlakte',
  'status',
  'maakt deel uit van',
  'heeft als hoofdadres',
  'heeft als nevenadres',
]);
export const kenmerkPlaats = kenmerkInOnderzoek([
  'geometrie',
  'status',
  'heeft als hoofdadres',
  'heeft als nevenadres',
]);
export const kenmerkPand = kenmerkInOnderzoek(['geometrie', 'oorspronkelijk bouwjaar', 'status']);
export const kenmerkNummeraanduiding = kenmerkInOnderzoek([
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'postcode',
  'type adresseerbaar object',
  'status',
  'ligt in',
  'ligt aan',
]);

export const gebruiksdoelSchema = z.enum([
  'woonfunctie',
  'bijeenkomstfunctie',
  'celfunctie',
  'gezondheidszorgfunctie',
  'industriefunctie',
  'kantoorfunctie',
  'logiesfunctie',
  'onderwijsfunctie',
  'sportfunctie',
  'winkelfunctie',
  'overige gebruiksfunctie',
]);
export type Gebruiksdoel = z.infer<typeof gebruiksdoelSchema>;
// Status values are BAG's own labels (closed lists in the spec); shown as given, never branched on.
export const statusNaamgevingSchema = z.enum(['Naamgeving uitgegeven', 'Naamgeving ingetrokken']);
export const statusPlaatsSchema = z.enum(['Plaats aangewezen', 'Plaats ingetrokken']);
export const statusPandSchema = z.enum([
  'Bouwvergunning verleend',
  'Niet gerealiseerd pand',
  'Bouw gestart',
  'Pand in gebruik (niet ingemeten)',
  'Pand in gebruik',
  'Verbouwing pand',
  'Sloopvergunning verleend',
  'Pand gesloopt',
  'Pand buiten gebruik',
  'Pand ten onrechte opgevoerd',
]);
export const statusVerblijfsobjectSchema = z.enum([
  'Verblijfsobject gevormd',
  'Niet gerealiseerd verblijfsobject',
  'Verblijfsobject in gebruik (niet ingemeten)',
  'Verblijfsobject in gebruik',
  'Verbouwing verblijfsobject',
  'Verblijfsobject ingetrokken',
  'Verblijfsobject buiten gebruik',
  'Verblijfsobject ten onrechte opgevoerd',
]);
export const typeAdresseerbaarObjectSchema = z.enum(['Verblijfsobject', 'Standplaats', 'Ligplaats']);

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const nummeraanduidingSchema = z.lazy(() =>
  z
    .object({
      identificatie: z.string(),
      huisnummer: z.number().int(),
      huisletter: z.string().optional(),
      huisnummertoevoeging: z.string().optional(),
      postcode: z.string().optional(),
      typeAdresseerbaarObject: typeAdresseerbaarObjectSchema,
      status: statusNaamgevingSchema,
      voorkomen,
    })
    .loose(),
);
export const nummeraanduidingIOHalSchema = z.lazy(() =>
  z
    .object({ nummeraanduiding: nummeraanduidingSchema, inonderzoek: z.array(kenmerkNummeraanduiding).optional() })
    .loose(),
);

export const pandIOHalSchema = z.lazy(() =>
  z
    .object({
      pand: z
        .object({ identificatie: z.string(), oorspronkelijkBouwjaar: z.string(), status: statusPandSchema, voorkomen })
        .loose(),
      inonderzoek: z.array(kenmerkPand).optional(),
    })
    .loose(),
);

const adresseerbaarObjectBase = {
  identificatie: z.string(),
  voorkomen,
  heeftAlsHoofdAdres: z.string(),
  heeftAlsNevenAdres: z.array(z.string()).optional(),
};

export const verblijfsobjectIOHalSchema = z.lazy(() =>
  z
    .object({
      verblijfsobject: z
        .object({
          ...adresseerbaarObjectBase,
          type: z.literal('Verblijfsobject'),
          status: statusVerblijfsobjectSchema,
          gebruiksdoelen: z.array(gebruiksdoelSchema),
          oppervlakte: z.number(),
          maaktDeelUitVan: z.array(z.string()),
        })
        .loose(),
      inonderzoek: z.array(kenmerkVerblijfsobject).optional(),
      _embedded: z
        .object({
          heeftAlsHoofdAdres: nummeraanduidingIOHalSchema.optional(),
          maaktDeelUitVan: z.array(pandIOHalSchema).optional(),
        })
        .loose()
        .optional(),
    })
    .loose(),
);

const plaatsEmbedded = z.object({ heeftAlsHoofdAdres: nummeraanduidingIOHalSchema.optional() }).loose().optional();
export const ligplaatsIOHalSchema = z.lazy(() =>
  z
    .object({
      ligplaats: z
        .object({ ...adresseerbaarObjectBase, type: z.literal('Ligplaats'), status: statusPlaatsSchema })
        .loose(),
      inonderzoek: z.array(kenmerkPlaats).optional(),
      _embedded: plaatsEmbedded,
    })
    .loose(),
);
export const standplaatsIOHalSchema = z.lazy(() =>
  z
    .object({
      standplaats: z
        .object({ ...adresseerbaarObjectBase, type: z.literal('Standplaats'), status: statusPlaatsSchema })
        .loose(),
      inonderzoek: z.array(kenmerkPlaats).optional(),
      _embedded: plaatsEmbedded,
    })
    .loose(),
);

/** The spec fills exactly one of the three; the mapper checks which. */
export const adresseerbaarObjectSchema = z.lazy(() =>
  z
    .object({
      verblijfsobject: verblijfsobjectIOHalSchema.optional(),
      ligplaats: ligplaatsIOHalSchema.optional(),
      standplaats: standplaatsIOHalSchema.optional(),
    })
    .loose()
    .refine(
      (o) => Boolean(o.verblijfsobject ?? o.ligplaats ?? o.standplaats),
      'no adresseerbaar object in the response',
    ),
);
export type BagAdresseerbaarObject = z.infer<typeof adresseerbaarObjectSchema>;

export const adresSchema = z.lazy(() =>
  z
    .object({
      openbareRuimteNaam: z.string(),
      korteNaam: z.string().optional(),
      huisnummer: z.number().int(),
      huisletter: z.string().optional(),
      huisnummertoevoeging: z.string().optional(),
      postcode: z.string().optional(),
      woonplaatsNaam: z.string(),
      nummeraanduidingIdentificatie: z.string(),
      adresseerbaarObjectIdentificatie: z.string().optional(),
      indicatieNevenadres: z.boolean().optional(),
    })
    .loose(),
);
export type BagAdres = z.infer<typeof adresSchema>;

/** The municipality that keeps the BAG data (BronhouderHal): its official name by gemeentecode. */
export const bronhouderSchema = z.lazy(() =>
  z
    .object({
      bronhouder: z
        .object({
          code: z.string().regex(/^[0-9]{4}$/),
          naam: z.string().min(1),
          eindGeldigheid: datum.optional(),
        })
        .loose(),
    })
    .loose(),
);
/** The municipality that holds the address (the BAG spec's `Bronhouder` resource). */
export type BagHolder = z.infer<typeof bronhouderSchema>['bronhouder'];

/**
 * What the BAG page shows; `null` when the BRP has no Dutch address for the person. The
 * holder is `null` when its read failed: the page then names the municipality by code. Its key
 * stays `bronhouder`, the spec's name: this object is the registry's answer in the JSON export.
 */
export type BagData = { adres: BagAdres; object: BagAdresseerbaarObject; bronhouder: BagHolder | null } | null;

// BAG answers 400 for an id that does not fit its pattern; BRP data sometimes has such ids.
const AO_PATTERN = /^[0-9]{4}(01|02|03)[0-9]{10}$/;
const NA_PATTERN = /^[0-9]{4}20[0-9]{10}$/;

function fetchObject(id: string, signal: AbortSignal) {
  return apiRequest(`/bag/adresseerbareobjecten/${encodeURIComponent(id)}?expand=true`, {
    schema: adresseerbaarObjectSchema,
    signal,
  });
}

function fetchAdres(id: string, signal: AbortSignal) {
  return apiRequest(`/bag/adressen/${encodeURIComponent(id)}?expand=nummeraanduiding`, { schema: adresSchema, signal });
}

/** The name only makes the holder line friendlier: a short wait, and no error if it fails. */
const HOLDER_TIMEOUT_MS = 4_000;

function fetchHolder(code: string, signal: AbortSignal): Promise<BagHolder | null> {
  return apiRequest(`/bag/bronhouders/${encodeURIComponent(code)}`, {
    schema: bronhouderSchema,
    signal,
    timeoutMs: HOLDER_TIMEOUT_MS,
  }).then(
    (body) => body.bronhouder,
    () => null,
  );
}

function hoofdadresVan(object: BagAdresseerbaarObject): string | undefined {
  return (object.verblijfsobject?.verblijfsobject ?? object.ligplaats?.ligplaats ?? object.standplaats?.standplaats)
    ?.heeftAlsHoofdAdres;
}

/**
 * Either id is enough: the other follows from the first answer. Both known: both reads at
 * once. Neither: the person has no Dutch address, so nothing is asked of BAG at all. The
 * holder (municipality name) is asked at the same time, by the gemeentecode that starts
 * the ids, so it adds no round trip; a failure there costs only the name.
 */
export async function fetchBag(deps: AddressDeps, signal: AbortSignal): Promise<BagData> {
  const ao =
    deps.adresseerbaarObjectIdentificatie && AO_PATTERN.test(deps.adresseerbaarObjectIdentificatie)
      ? deps.adresseerbaarObjectIdentificatie
      : undefined;
  const na =
    deps.nummeraanduidingIdentificatie && NA_PATTERN.test(deps.nummeraanduidingIdentificatie)
      ? deps.nummeraanduidingIdentificatie
      : undefined;
  const id = ao ?? na;
  if (!id) return null;
  // The first four digits of a BAG id are the gemeentecode of the municipality that issued it.
  const holder = fetchHolder(id.slice(0, 4), signal);
  if (ao && na) {
    const [object, adres] = await Promise.all([fetchObject(ao, signal), fetchAdres(na, signal)]);
    return { object, adres, bronhouder: await holder };
  }
  if (na) {
    const adres = await fetchAdres(na, signal);
    // The spec makes it optional; an address without its object would be a BAG data error.
    if (!adres.adresseerbaarObjectIdentificatie) throw new Error('BAG adres has no adresseerbaarObjectIdentificatie');
    return {
      adres,
      object: await fetchObject(adres.adresseerbaarObjectIdentificatie, signal),
      bronhouder: await holder,
    };
  }
  const object = await fetchObject(id, signal);
  const hoofdadres = hoofdadresVan(object);
  if (!hoofdadres) throw new Error('BAG adresseerbaar object has no hoofdadres');
  return { object, adres: await fetchAdres(hoofdadres, signal), bronhouder: await holder };
}

export const bagQuery = ({ adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie }: AddressDeps) =>
  queryOptions({
    // BAG ids identify a building, not a person; the BSN is never part of this key.
    queryKey: queryKeys.registry(
      'bag',
      adresseerbaarObjectIdentificatie ?? null,
      nummeraanduidingIdentificatie ?? null,
    ),
    queryFn: ({ signal }): Promise<BagData> =>
      fetchBag({ adresseerbaarObjectIdentificatie, nummeraanduidingIdentificatie }, signal),
    staleTime: 5 * 60_000,
  });
