import { registryFacts, type RegistryId } from '@/lib/registries';

/** Every route path in one place; Dutch, as citizens see them. */
export const paths = {
  home: '/mijn-gegevens',
  signIn: '/inloggen',
  overview: '/mijn-gegevens',
  persoonsgegevens: '/mijn-gegevens/persoonsgegevens',
  registry: '/mijn-gegevens/:slug',
  /** Who used my data: the processing log (issue 4). Static segment, so it wins over `:slug`. */
  verwerkingen: '/mijn-gegevens/gebruik',
  /** One event of the log; `:id` is trace and span id, never a BSN. */
  verwerking: '/mijn-gegevens/gebruik/:id',
  auditor: '/auditor',
  auditorSignIn: '/auditor/inloggen',
  auditorAnomalies: '/auditor/afwijkingen',
  auditorSubject: '/auditor/betrokkene/:pseudoniem',
  auditorSla: '/auditor/termijnen',
  auditorTrail: '/auditor/toegangslogboek',
  faults: '/testhulp/storingen',
  /** A correction request about one field (registry + field key; never a BSN). */
  correctie: '/correctie/:registry/:veld/:stap?',
  mijnVerzoeken: '/mijn-verzoeken',
  verzoek: '/mijn-verzoeken/:id',
  berichten: '/berichten',
  /**
   * Acting for others and who acts for me (issue 14). Under /mijn-gegevens/ so the registry
   * route's slug serves it until it has its own route in app/router.tsx (off-limits now).
   */
  vertegenwoordiging: '/mijn-gegevens/namens',
  /** The accessibility statement: public, linked from every page's footer. */
  toegankelijkheid: '/toegankelijkheid',
} as const;

export const registryPath = (id: RegistryId): string => `/mijn-gegevens/${registryFacts[id].slug}`;

/** A step of the correction flow for one field. */
export const correctiePath = (registry: RegistryId, veld: string, stap?: string): string =>
  `/correctie/${registry}/${encodeURIComponent(veld)}${stap ? `/${stap}` : ''}`;

export const verzoekPath = (zaakUuid: string): string => `/mijn-verzoeken/${encodeURIComponent(zaakUuid)}`;
/** A data subject's timeline in the auditor workspace: by pseudonym, never by BSN. */
export const auditorSubjectPath = (pseudoniem: string): string =>
  `/auditor/betrokkene/${encodeURIComponent(pseudoniem)}`;

/** One processing event in the citizen's log (`:id` is trace and span id, never a BSN). */
export const verwerkingPath = (traceId: string, spanId: string): string =>
  `/mijn-gegevens/gebruik/${encodeURIComponent(`${traceId}_${spanId}`)}`;
