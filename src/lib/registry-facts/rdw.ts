import type { RegistryFacts } from '@/lib/registries';

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'rdw',
  order: 50,
  slug: 'voertuigen',
  legalBasis: {
    nl: 'Wegenverkeerswet 1994 (kentekenregister)',
    en: 'Road Traffic Act 1994 (Wegenverkeerswet 1994), vehicle register',
  },
  dependsOn: [],
  colour: '#ca6100',
  label: 'RDW',
  subject: 'kentekenregister',
  zoek: { path: '/rdw/voertuigen/_zoek', listKey: 'voertuigen' },
  names: {
    nl: { name: 'Voertuigen', holder: 'RDW', registry: 'Kentekenregister (Basisregistratie Voertuigen)' },
    en: { name: 'Vehicles', holder: 'RDW', registry: 'Vehicle register (Basisregistratie Voertuigen)' },
  },
  bronhouder: { id: 'rdw', naam: 'RDW' },
  remedies: [
    {
      kind: 'rdw-voertuig',
      remedies: [{ id: 'correctie', law: ['Wegenverkeerswet 1994'] }],
      dataCategories: ['voertuig', 'kenteken'],
    },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    rdw: typeof facts;
  }
}
