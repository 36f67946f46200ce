import type { RegistryFacts } from '@/lib/registries';

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'duo',
  order: 90,
  slug: 'diplomas',
  legalBasis: {
    nl: 'Wet register onderwijsdeelnemers',
    en: 'Education Participants Register Act (Wet register onderwijsdeelnemers)',
  },
  dependsOn: [],
  colour: '#d52b1e',
  label: 'DUO',
  subject: 'diplomaregister',
  zoek: { path: '/duo/diplomas/_zoek', listKey: 'diplomas' },
  names: {
    nl: { name: "Diploma's", holder: 'DUO', registry: 'Diplomaregister' },
    en: { name: 'Diplomas', holder: 'DUO', registry: 'Diploma register' },
  },
  bronhouder: { id: 'duo', naam: 'DUO' },
  remedies: [{ kind: 'duo-diploma', remedies: [{ id: 'correctie', law: [] }], dataCategories: ['diploma'] }],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    duo: typeof facts;
  }
}
