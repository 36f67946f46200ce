import { z } from 'zod';
import { zoekQuery } from '../zoek';

/**
 * Voertuigen op naam (kentekenregister, RDW): `POST /rdw/voertuigen/_zoek` with the own BSN
 * in the body, never in a URL. Contract: mocks/contracts/rdw.yaml (ours: the RDW publishes no
 * holder lookup), types in src/generated/rdw.ts. The schema checks what the page reads;
 * `api.test.ts` proves it agrees with the generated types in both directions.
 */

const datum = z.iso.date();
const jaNee = z.enum(['Ja', 'Nee']);

/** Field names the RDW can put in onderzoek (the contract's closed list). */
export const onderzoekVeldSchema = z.enum([
  'kenteken',
  'merk',
  'handelsbenaming',
  'eerste_kleur',
  'datum_eerste_toelating',
  'datum_tenaamstelling',
  'tenaamstellingSinds',
  'vervaldatum_apk',
  'wam_verzekerd',
  'tellerstandoordeel',
  'massa_rijklaar',
]);
export type OnderzoekVeld = z.infer<typeof onderzoekVeldSchema>;

export const voertuigsoortSchema = z.enum(['Personenauto', 'Bedrijfsauto', 'Motorfiets', 'Bromfiets', 'Aanhangwagen']);
export const tellerstandoordeelSchema = z.enum(['Logisch', 'Onlogisch', 'Geen oordeel', 'Niet van toepassing']);
export const wamVerzekerdSchema = z.enum(['Ja', 'Nee', 'N.v.t.']);

// Object schemas are z.lazy: built at the first answer, not while the page's code loads
// (one task for all of it; issue 16, decision 095). Same checks, same types.
export const voertuigSchema = z.lazy(() =>
  z
    .object({
      kenteken: z.string(),
      voertuigsoort: voertuigsoortSchema,
      merk: z.string(),
      handelsbenaming: z.string(),
      eerste_kleur: z.string(),
      brandstof_omschrijving: z.enum(['Benzine', 'Diesel', 'Elektriciteit', 'LPG']).nullable(),
      massa_rijklaar: z.number().int(),
      datum_eerste_toelating: datum,
      datum_tenaamstelling: datum,
      vervaldatum_apk: datum.nullable(),
      wam_verzekerd: wamVerzekerdSchema,
      openstaande_terugroepactie_indicator: jaNee,
      tellerstandoordeel: tellerstandoordeelSchema,
      tenaamstellingSinds: datum,
      inOnderzoek: z
        .object({ datumIngangOnderzoek: datum, gegevens: z.array(onderzoekVeldSchema).min(1) })
        .loose()
        .nullable(),
      datumLaatsteWijziging: datum,
    })
    .loose(),
);
export type Voertuig = z.infer<typeof voertuigSchema>;

export const voertuigenResultaatSchema = z.lazy(() => z.object({ voertuigen: z.array(voertuigSchema) }).loose());
export type RdwData = z.infer<typeof voertuigenResultaatSchema>;

export const rdwQuery = () => zoekQuery('rdw', voertuigenResultaatSchema);
