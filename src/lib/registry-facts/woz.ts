import type { RegistryFacts } from '@/lib/registries';

const BEZWAAR = { id: 'bezwaar', law: ['Wet waardering onroerende zaken'] } as const;
const CORRECTIE = { id: 'correctie', law: ['Wet waardering onroerende zaken'] } as const;

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'woz',
  order: 40,
  slug: 'woz-waarde',
  legalBasis: {
    nl: 'Wet waardering onroerende zaken (Wet WOZ)',
    en: 'Valuation of Immovable Property Act (Wet waardering onroerende zaken)',
  },
  dependsOn: ['brp'],
  colour: '#a90061',
  label: 'WOZ',
  subject: 'WOZ',
  names: {
    nl: { name: 'WOZ-waarde', holder: 'Uw gemeente', registry: 'Basisregistratie WOZ' },
    en: { name: 'WOZ value', holder: 'Your municipality', registry: 'WOZ property valuation register' },
  },
  bronhouder: 'gemeente',
  // The value (each row of the values table) is a beschikking; object facts can be corrected.
  remedies: [
    {
      kind: 'woz-waarde',
      match: /^(waarde|peildatum|rij\.)/,
      remedies: [BEZWAAR, CORRECTIE],
      dataCategories: ['WOZ-waarde'],
    },
    { kind: 'woz-object', remedies: [CORRECTIE, BEZWAAR], dataCategories: ['WOZ-waarde'] },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    woz: typeof facts;
  }
}
