import type { RegistryFacts } from '@/lib/registries';

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'kvk',
  order: 60,
  slug: 'handelsregister',
  legalBasis: {
    nl: 'Handelsregisterwet 2007',
    en: 'Trade Register Act 2007 (Handelsregisterwet 2007)',
  },
  dependsOn: [],
  colour: '#42145f',
  label: 'Handelsregister (KvK)',
  subject: 'Handelsregister',
  zoek: { path: '/kvk/inschrijvingen/_zoek', listKey: 'inschrijvingen' },
  names: {
    nl: { name: 'Bedrijven', holder: 'Kamer van Koophandel (KVK)', registry: 'Handelsregister' },
    en: { name: 'Businesses', holder: 'Chamber of Commerce (KVK)', registry: 'Trade Register' },
  },
  bronhouder: { id: 'kvk', naam: 'Kamer van Koophandel' },
  // The registrant reports changes (opgave); a correction request is for KVK's own errors.
  remedies: [
    {
      kind: 'kvk-inschrijving',
      remedies: [
        { id: 'opgave', law: ['Handelsregisterwet 2007'] },
        { id: 'correctie', law: ['Handelsregisterwet 2007'] },
      ],
      dataCategories: ['onderneming'],
    },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    kvk: typeof facts;
  }
}
