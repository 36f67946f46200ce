import type { RegistryFacts } from '@/lib/registries';

const CORRECTIE = { id: 'correctie', law: ['Algemene wet inzake rijksbelastingen'] } as const;

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'bri',
  order: 70,
  slug: 'inkomen',
  legalBasis: {
    nl: 'Algemene wet inzake rijksbelastingen (basisregistratie inkomen)',
    en: 'General State Taxes Act (Algemene wet inzake rijksbelastingen), income register',
  },
  dependsOn: [],
  colour: '#00756b',
  label: 'Inkomen (BRI)',
  subject: 'inkomensgegevens',
  zoek: { path: '/bri/inkomens/_zoek', listKey: 'inkomens' },
  names: {
    nl: { name: 'Inkomen', holder: 'Belastingdienst', registry: 'Basisregistratie Inkomen (BRI)' },
    en: { name: 'Income', holder: 'Tax Administration (Belastingdienst)', registry: 'Income Register (BRI)' },
  },
  bronhouder: { id: 'belastingdienst', naam: 'Belastingdienst' },
  // By the source of that year's income (the view gives the kind per fact and row).
  remedies: [
    {
      kind: 'bri-aanslag',
      match: 'hint',
      remedies: [{ id: 'bezwaar', law: ['Algemene wet inzake rijksbelastingen'] }, CORRECTIE],
      dataCategories: ['inkomen'],
    },
    {
      kind: 'bri-loongegevens',
      match: 'hint',
      remedies: [{ id: 'loonaangifte', party: 'werkgever' }, CORRECTIE],
      dataCategories: ['inkomen'],
    },
    { kind: 'bri-aangifte', remedies: [CORRECTIE], dataCategories: ['inkomen'] },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    bri: typeof facts;
  }
}
