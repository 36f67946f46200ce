import type common from '@/i18n/nl/common.json';
import type session from '@/i18n/nl/session.json';
import type devtools from '@/i18n/nl/devtools.json';
import type toegankelijkheid from '@/i18n/nl/toegankelijkheid.json';
import type correcties from '@/i18n/nl/correcties.json';
import type berichten from '@/i18n/nl/berichten.json';
import type verwerkingen from '@/i18n/nl/verwerkingen.json';
import type audit from '@/i18n/nl/audit.json';
import type vertegenwoordiging from '@/i18n/nl/vertegenwoordiging.json';
import type views from '@/i18n/nl/views.json';
import type { RegistryId, RegistryNames } from '@/lib/registries';

/**
 * The shape of every i18n namespace (the Dutch source; English mirrors it, a test checks that),
 * which src/i18next.d.ts hands to i18next so `t()` keys are typed.
 *
 * Listed here: the app's own namespaces. Each registry adds its namespace from its own folder
 * (src/features/registries/<id>/index.ts, the BRP in src/features/brp/registry.ts) by
 * augmenting this interface, so a new registry does not edit this file (issue 18):
 *
 *   declare module '@/i18n/resources' {
 *     interface Resources { rdw: typeof rdwTexts }
 *   }
 *
 * An interface, not a type, because only interfaces merge across declarations.
 */
export interface Resources {
  /** Plus each registry's names, added from its facts file (src/lib/i18n.ts). */
  common: typeof common & { registries: Record<RegistryId, RegistryNames> };
  session: typeof session;
  devtools: typeof devtools;
  toegankelijkheid: typeof toegankelijkheid;
  correcties: typeof correcties;
  berichten: typeof berichten;
  verwerkingen: typeof verwerkingen;
  audit: typeof audit;
  vertegenwoordiging: typeof vertegenwoordiging;
  /** Texts of the pages that show registry data (facts, tables, 'in onderzoek', export), lazy: not needed to sign in. */
  views: typeof views;
}
