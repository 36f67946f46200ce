import type { RegistryFacts } from '@/lib/registries';

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'brk',
  order: 30,
  slug: 'eigendom',
  legalBasis: {
    nl: 'Kadasterwet',
    en: 'Cadastre Act (Kadasterwet)',
  },
  dependsOn: [],
  colour: '#39870c',
  label: 'Kadaster (BRK)',
  subject: 'BRK',
  names: {
    nl: { name: 'Huizen en grond', holder: 'Kadaster', registry: 'Basisregistratie Kadaster (BRK)' },
    en: { name: 'Houses and land', holder: 'Kadaster (Land Registry)', registry: 'Land Registry (BRK)' },
  },
  bronhouder: { id: 'kadaster', naam: 'Kadaster' },
  remedies: [
    {
      kind: 'brk-registratie',
      remedies: [{ id: 'correctie', law: ['Kadasterwet'] }],
      dataCategories: ['eigendom onroerend goed'],
    },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    brk: typeof facts;
  }
}
