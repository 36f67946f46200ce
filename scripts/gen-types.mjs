#!/usr/bin/env node
/**
 * Types for every contract come from its OpenAPI file (openapi-typescript), never by hand.
 * `--check` fails when a committed file is out of date with its spec.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const contracts = [
  ['mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml', 'src/generated/brp.ts'],
  ['mocks/contracts/session.yaml', 'src/generated/session.ts'],
  ['mocks/contracts/vertegenwoordiging.yaml', 'src/generated/vertegenwoordiging.ts'],
  ['mocks/contracts/rdw.yaml', 'src/generated/rdw.ts'],
  ['mocks/specs/bag/bag-individuele-bevragingen-v2.0.0-official-archive-openapi.yaml', 'src/generated/bag.ts'],
  ['mocks/specs/brk/brk-bevragen-v2.0.0-openapi.yaml', 'src/generated/brk.ts'],
  ['mocks/specs/woz/woz-bevragen-v1.0.0-openapi.yaml', 'src/generated/woz.ts'],
  ['mocks/specs/kvk/kvk-basisprofiel-v1.3-openapi.yaml', 'src/generated/kvk.ts'],
  ['mocks/contracts/kvk.yaml', 'src/generated/kvk-inschrijvingen.ts'],
  ['mocks/contracts/bri.yaml', 'src/generated/bri.ts'],
  ['mocks/contracts/uwv.yaml', 'src/generated/uwv.ts'],
  ['mocks/contracts/duo.yaml', 'src/generated/duo.ts'],
  ['mocks/specs/zgw-zaken-openapi.yaml', 'src/generated/zaken.ts'],
  ['mocks/specs/zgw-documenten-openapi.yaml', 'src/generated/documenten.ts'],
  ['mocks/specs/zgw-catalogi-openapi.yaml', 'src/generated/catalogi.ts'],
  ['mocks/contracts/berichten.yaml', 'src/generated/berichten.ts'],
  ['mocks/contracts/meldingen.yaml', 'src/generated/meldingen.ts'],
  ['mocks/contracts/audit.yaml', 'src/generated/audit.ts'],
  ['mocks/contracts/ldv-gateway.yaml', 'src/generated/ldv-gateway.ts'],
];

/**
 * A schema marked `x-typescript-type: <Name>` becomes that app type instead of its literal union.
 * Only for mocks/contracts/registraties.yaml's registry: every contract that names a registry
 * refers to it, and its type is the app's `RegistryId` (the ids of src/lib/registry-facts/*; the
 * contract tests' validator fills in the same ids as its enum), so a new registry changes no
 * contract and no generated file (issue 18).
 */
const namedTypes = { RegistryId: '@/lib/registries' };
function namedType(schema) {
  const name = schema['x-typescript-type'];
  if (name === undefined) return undefined;
  if (!(name in namedTypes))
    throw new Error(`x-typescript-type ${name}: add it to namedTypes in scripts/gen-types.mjs`);
  return ts.factory.createTypeReferenceNode(name);
}

const check = process.argv.includes('--check');
let stale = 0;
for (const [spec, out] of contracts) {
  const ast = await openapiTS(new URL(`../${spec}`, import.meta.url), { transform: namedType });
  const body = astToString(ast);
  const imports = [...new Set([...body.matchAll(/\b(RegistryId)\b/g)].map((m) => m[1]))]
    .map((name) => `import type { ${name} } from '${namedTypes[name]}';\n`)
    .join('');
  const text = `// Generated from ${spec} by scripts/gen-types.mjs. Do not edit.\n${imports}${body}`;
  let current;
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    current = '';
  }
  if (current === text) continue;
  if (check) {
    console.error(`${out} is out of date with ${spec}: run npm run gen:types`);
    stale++;
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
process.exit(stale ? 1 : 0);
