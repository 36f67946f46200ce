import type { RegistryFacts } from '@/lib/registries';

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'bag',
  order: 20,
  slug: 'adres',
  legalBasis: {
    nl: 'Wet basisregistratie adressen en gebouwen (Wet BAG)',
    en: 'Addresses and Buildings Register Act (Wet basisregistratie adressen en gebouwen)',
  },
  dependsOn: ['brp'],
  colour: '#8b4a6a',
  label: 'BAG',
  subject: 'BAG',
  names: {
    nl: {
      name: 'Adres en gebouw',
      holder: 'Uw gemeente, via het Kadaster',
      registry: 'Basisregistratie Adressen en Gebouwen (BAG)',
    },
    en: {
      name: 'Address and building',
      holder: 'Your municipality, via the Kadaster',
      registry: 'Addresses and Buildings Database (BAG)',
    },
  },
  bronhouder: 'gemeente',
  remedies: [
    {
      kind: 'bag-adres',
      remedies: [{ id: 'correctie', law: ['Wet basisregistraties adressen en gebouwen'] }],
      dataCategories: ['adres'],
    },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    bag: typeof facts;
  }
}
