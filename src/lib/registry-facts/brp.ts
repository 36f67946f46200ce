import type { RegistryFacts } from '@/lib/registries';

const STAAT = [
  {
    id: 'correctie',
    law: ['Wet BRP artikel 2.58', 'Wet GBA artikel 82'],
    term: { soort: 'beslistermijn', duur: 'P4W', verlenging: 'P8W' },
  },
] as const;
const OVERIG = [
  { id: 'correctie', law: ['Wet BRP artikel 2.58'], term: { soort: 'beslistermijn', duur: 'P4W', verlenging: null } },
] as const;

/** The facts about this registry that the app, the double and the tests share (src/lib/registries.ts). */
export const facts = {
  id: 'brp',
  order: 10,
  slug: 'persoonsgegevens',
  legalBasis: {
    nl: 'Wet basisregistratie personen (Wet BRP)',
    en: 'Personal Records Database Act (Wet BRP)',
  },
  dependsOn: [],
  colour: '#01689b',
  label: 'BRP',
  subject: 'BRP',
  names: {
    nl: { name: 'Persoonsgegevens', holder: 'Uw gemeente', registry: 'Basisregistratie Personen (BRP)' },
    en: { name: 'Personal data', holder: 'Your municipality', registry: 'Personal Records Database (BRP)' },
  },
  bronhouder: 'gemeente',
  // Field ids as the BRP page makes them (naam.voornamen, partners.0.naam, verblijfplaats.adres …).
  // A request to the municipality of registration (Wet BRP art. 2.58), four weeks; civil status
  // and nationality may be extended by eight weeks (Wet GBA art. 82; docs/legal/remedies.md).
  remedies: [
    {
      kind: 'brp-staat',
      match: /^naam\./,
      remedies: STAAT,
      dataCategories: ['naam'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-staat',
      match: /^geboorte\./,
      remedies: STAAT,
      dataCategories: ['geboortedatum'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-staat',
      match: /^geslacht\./,
      remedies: STAAT,
      dataCategories: ['geslacht'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-staat',
      match: /^(partners|ouders)\./,
      remedies: STAAT,
      dataCategories: ['burgerlijke staat'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-staat',
      match: /^kinderen\./,
      remedies: STAAT,
      dataCategories: ['kinderen'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-staat',
      match: /^overlijden\./,
      remedies: STAAT,
      dataCategories: ['overlijden'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-nationaliteit',
      match: /^nationaliteit/,
      remedies: STAAT,
      dataCategories: ['nationaliteit'],
      gegevenssoort: 'staat-nationaliteit',
    },
    {
      kind: 'brp-verblijfplaats',
      match: /^(verblijfplaats|adressering|immigratie)\./,
      remedies: OVERIG,
      dataCategories: ['adres'],
    },
    { kind: 'brp-overig', match: /^verblijfstitel\./, remedies: OVERIG, dataCategories: ['verblijfsrecht'] },
    { kind: 'brp-overig', match: /^burgerservicenummer/, remedies: OVERIG, dataCategories: ['burgerservicenummer'] },
    { kind: 'brp-overig', remedies: OVERIG, dataCategories: [] },
  ],
} as const satisfies RegistryFacts;

declare module '@/lib/registries' {
  interface RegistryCatalog {
    brp: typeof facts;
  }
}
