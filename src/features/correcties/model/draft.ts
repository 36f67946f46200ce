import { z } from 'zod';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { fieldKinds } from '@/lib/remedies';
import { todayIso } from '@/lib/clock';
import { draftOwner } from '@/lib/session-sync';
import { draftStorage as storage, storageKey, type Step } from './field';

export { STORAGE_PREFIX, gegevenNaam, steps, storageKey, type Step } from './field';
export { linkStart, ruleOf, stepBefore } from './start';

/**
 * A correction request being written. It lives in sessionStorage (one per field), so a reload
 * or a failed submit loses nothing; `clearPersonalData` wipes sessionStorage at sign-out and
 * idle timeout, and every sign-in or sign-out in any tab wipes it in all tabs. A draft also
 * carries the owner id of the sign-in it was written under (lib/session-sync.ts) and is read
 * back only under that same sign-in: on a shared computer it never reaches the next person,
 * even in a tab that missed the news. `verzoekKenmerk` is made once per draft and kept across
 * retries: the zaken and documents are named after it, so a retry finds what an earlier attempt
 * made and each holder gets exactly one zaak (api/exactly-once.ts).
 */

export const watOpties = ['onjuist', 'onvolledig', 'adresBestaatNiet'] as const;
export type Wat = (typeof watOpties)[number];

export const documentRefSchema = z.object({
  url: z.string(),
  bestandsnaam: z.string(),
  grootte: z.number(),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

export const adresSchema = z.object({
  postcode: z.string(),
  huisnummer: z.string(),
  weergave: z.string(),
  nummeraanduiding: z.string().optional(),
  /** Typed in by the citizen: the BAG does not know this address. */
  handmatig: z.boolean().optional(),
});
export type GekozenAdres = z.infer<typeof adresSchema>;

export const submittedSchema = z.object({
  registry: z.enum(registryIds),
  uuid: z.string(),
  url: z.string(),
  identificatie: z.string(),
  holder: z.string(),
  dueDate: z.string().nullable(),
  /** The zaaktype allows an extension (the catalogue says so): only then may the page say the term can be extended. */
  verlengbaar: z.boolean().optional(),
});
export type Submitted = z.infer<typeof submittedSchema>;

export const draftSchema = z.object({
  /** The sign-in this draft belongs to (a random id, not the person's identity). */
  owner: z.string().min(1),
  registry: z.enum(registryIds),
  veld: z.string(),
  label: z.string(),
  /** The object the field is about (a car, a parcel), as the registry page named it: "AB-123-C – Volkswagen Golf". */
  onderwerp: z.string().max(200).optional(),
  /** The language the label and object were shown in, so a list can mark them (lang) when the page is in the other. */
  taal: z.enum(['nl', 'en']).optional(),
  huidigeWaarde: z.string(),
  /** The kind of field and the party named on it, as the registry view gave them (src/lib/remedies.ts). */
  soort: z.enum(fieldKinds).optional(),
  partij: z.string().optional(),
  /** The request's own key (random, not personal): names its zaken and documents, so retries find them back. */
  verzoekKenmerk: z.string(),
  startdatum: z.string(),
  wat: z.enum(watOpties).optional(),
  nieuweWaarde: z.string().optional(),
  adres: adresSchema.optional(),
  toelichting: z.string().optional(),
  documenten: z.array(documentRefSchema).default([]),
  beperking: z.enum(['ja', 'nee']).optional(),
  /** Zaken already created in an earlier (partly failed) submit: a retry does not repeat them. */
  submitted: z.array(submittedSchema).default([]),
  done: z.boolean().default(false),
});
export type Draft = z.infer<typeof draftSchema>;

export function loadDraft(registry: RegistryId, veld: string): Draft | undefined {
  const key = storageKey(registry, veld);
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (parsed.success && parsed.data.owner === draftOwner()) return parsed.data;
  } catch {
    // not JSON: removed below like any draft that is not this sign-in's
  }
  storage()?.removeItem(key);
  return undefined;
}

export function saveDraft(draft: Draft): void {
  // Only under the sign-in that wrote it; without an owner id (no localStorage) it stays in memory.
  if (draft.owner !== draftOwner()) return;
  try {
    storage()?.setItem(storageKey(draft.registry, draft.veld), JSON.stringify(draft));
  } catch {
    // storage full or unavailable: the draft still lives in memory for this page
  }
}

export function removeDraft(registry: RegistryId, veld: string): void {
  storage()?.removeItem(storageKey(registry, veld));
}

export function newVerzoekKenmerk(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function newDraft(
  registry: RegistryId,
  veld: string,
  label: string,
  huidigeWaarde: string,
  remedy: { soort?: Draft['soort']; partij?: string; onderwerp?: string; taal?: Draft['taal'] } = {},
): Draft {
  return {
    owner: draftOwner() ?? '',
    registry,
    veld,
    label,
    ...(remedy.onderwerp ? { onderwerp: remedy.onderwerp } : {}),
    ...(remedy.taal ? { taal: remedy.taal } : {}),
    huidigeWaarde,
    ...(remedy.soort ? { soort: remedy.soort } : {}),
    ...(remedy.partij ? { partij: remedy.partij } : {}),
    verzoekKenmerk: newVerzoekKenmerk(),
    startdatum: todayIso(),
    documenten: [],
    submitted: [],
    done: false,
  };
}

/** Is this field an address (BRP verblijfplaats, the BAG address)? Then the new value is found in the BAG. */
export function isAddressField(registry: RegistryId, veld: string): boolean {
  if (registry === 'brp') return /^verblijfplaats\.(adres|postcode|woonplaats|straat|huisnummer)/.test(veld);
  if (registry === 'bag') return true;
  return false;
}

/** Is the value a date? Then the correct value is asked with a date input. */
export function isDateField(veld: string, huidigeWaarde: string): boolean {
  return /datum|Datum/.test(veld) || /^\d{4}-\d{2}-\d{2}$/.test(huidigeWaarde);
}

/**
 * Which registries (each with its own holder and zaak) a request goes to: an address that
 * does not exist as such in the BAG is a BAG matter too, so the BRP address correction and
 * the BAG correction go as two linked zaken.
 */
export function targetsOf(draft: Pick<Draft, 'registry' | 'veld' | 'wat'>): RegistryId[] {
  if (draft.wat === 'adresBestaatNiet' && isAddressField(draft.registry, draft.veld)) {
    return draft.registry === 'bag' ? ['bag', 'brp'] : ['brp', 'bag'];
  }
  return [draft.registry];
}

/** The proposed value as one line of text (what goes into the zaakeigenschap). */
export function proposedValue(draft: Draft): string {
  if (draft.adres) return draft.adres.weergave;
  return draft.nieuweWaarde ?? '';
}

/** The first step that still needs an answer (the flow never skips a question). */
export function firstOpenStep(draft: Draft): Step {
  if (!draft.wat) return 'wat';
  if (!draft.adres && !draft.nieuweWaarde) return 'waarde';
  if (draft.toelichting === undefined) return 'toelichting';
  if (draft.beperking === undefined) return 'bewijs';
  return 'controleren';
}
