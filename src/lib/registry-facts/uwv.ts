import type { RegistryFacts } from '@/lib/registries';

const CORRECTIE = { id: 'correctie', law: ['Wet SUWI'] } as const;

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'uwv',
  order: 80,
  slug: 'werk-en-uitkering',
  legalBasis: {
    nl: 'Wet structuur uitvoeringsorganisatie werk en inkomen (Wet SUWI)',
    en: 'Work and Income (Implementation Structure) Act (Wet SUWI)',
  },
  dependsOn: [],
  colour: '#6e5a00',
  label: 'UWV',
  subject: 'polisadministratie',
  zoek: { path: '/uwv/inkomstenverhoudingen/_zoek', listKey: 'inkomstenverhoudingen' },
  names: {
    nl: { name: 'Werk en uitkeringen', holder: 'UWV', registry: 'Polisadministratie' },
    en: { name: 'Work and benefits', holder: 'UWV', registry: 'Employment records (polisadministratie)' },
  },
  bronhouder: { id: 'uwv', naam: 'UWV' },
  // By the row (a job, a benefit, a pension).
  remedies: [
    {
      kind: 'uwv-dienstbetrekking',
      match: 'hint',
      remedies: [{ id: 'loonaangifte', party: 'werkgever' }, CORRECTIE],
      dataCategories: ['dienstverband', 'inkomen'],
    },
    {
      kind: 'uwv-uitkering',
      match: 'hint',
      remedies: [{ id: 'bezwaar', law: [], party: 'uitkeringsinstantie' }, CORRECTIE],
      dataCategories: ['uitkering'],
    },
    {
      kind: 'uwv-pensioen',
      match: 'hint',
      remedies: [{ id: 'loonaangifte', party: 'pensioenfonds' }, CORRECTIE],
      dataCategories: ['pensioen'],
    },
    { kind: 'uwv-polis', remedies: [CORRECTIE], dataCategories: ['dienstverband', 'inkomen', 'uitkering'] },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    uwv: typeof facts;
  }
}
