import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { registryIds } from '@/lib/registries';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export type JsonObject = Record<string, unknown>;

export function loadSpec(relativePath: string): JsonObject {
  const text = readFileSync(`${root}${relativePath}`, 'utf8');
  const spec = (relativePath.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 })) as JsonObject;
  return withEnums(spec);
}

/**
 * mocks/contracts/registraties.yaml names the registries by `x-enum-from: registryIds` instead
 * of a copied list (one facts file per registry, src/lib/registry-facts): the validator checks
 * against those ids, so a response naming any other registry still fails.
 */
function withEnums<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => withEnums(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node as JsonObject)) out[key] = withEnums(value);
  if (out['x-enum-from'] === 'registryIds') out.enum = [...registryIds];
  else if (out['x-enum-from'] !== undefined) throw new Error(`x-enum-from ${String(out['x-enum-from'])}: unknown list`);
  return out as T;
}

/**
 * OpenAPI 3.0 schemas are not JSON Schema: `nullable: true` must become a `null` type, and
 * 3.0's boolean `exclusiveMinimum` differs. Converted in place on a copy.
 */
export function openApi30ToJsonSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => openApi30ToJsonSchema(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node as JsonObject)) out[key] = openApi30ToJsonSchema(value);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
      const { description, ...rest } = out;
      return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] } as T;
    }
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = out[`exclusive${bound}`];
    if (typeof flag === 'boolean') {
      const limit = out[bound.toLowerCase()];
      delete out[`exclusive${bound}`];
      if (flag && typeof limit === 'number') {
        out[`exclusive${bound}`] = limit;
        delete out[bound.toLowerCase()];
      }
    }
  }
  return out as T;
}

/** The local files a spec's `$ref`s point into (`./registraties.yaml#/…`), relative to the spec. */
function referencedFiles(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) referencedFiles(item, found);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      // Local files only: an official spec's https:// references stay as they were (unresolved, unused).
      if (key === '$ref' && typeof value === 'string' && /^\.{1,2}\//.test(value)) found.add(value.split('#')[0]!);
      else referencedFiles(value, found);
    }
  }
  return found;
}

type ValidatorOptions = {
  /** OAS 3.0 documents need the nullable conversion. */
  openapi30?: boolean;
  /** Official specs that use `\'` in patterns are invalid under the `u` flag. */
  unicodeRegExp?: boolean;
  /** Last-resort edits of the spec copy before compiling (each must say why where it is used). */
  patch?: (spec: JsonObject) => void;
};

export function createValidator(relativePath: string, options: ValidatorOptions = {}) {
  const original = loadSpec(relativePath);
  const spec = options.openapi30 ? openApi30ToJsonSchema(original) : structuredClone(original);
  options.patch?.(spec);
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    unicodeRegExp: options.unicodeRegExp ?? true,
    validateFormats: true,
  });
  addFormats.default(ajv);
  const id = 'spec.json';
  ajv.addSchema({ ...spec, $id: id } as JsonObject);
  // Files the spec refers to (our contracts share mocks/contracts/registraties.yaml), under the
  // name the reference resolves to from `spec.json`: './registraties.yaml' → 'registraties.yaml'.
  for (const file of referencedFiles(spec)) {
    const referenced = loadSpec(posix.join(posix.dirname(relativePath), file));
    ajv.addSchema({
      ...(options.openapi30 ? openApi30ToJsonSchema(referenced) : referenced),
      $id: posix.normalize(file),
    });
  }
  const cache = new Map<string, ValidateFunction>();
  const byRef = (ref: string): ValidateFunction => {
    let validate = cache.get(ref);
    if (!validate) {
      const found = ajv.getSchema(`${id}${ref}`);
      if (!found) throw new Error(`No schema at ${ref} in ${relativePath}`);
      validate = found;
      cache.set(ref, validate);
    }
    return validate;
  };
  return {
    spec,
    schema: (name: string) => byRef(`#/components/schemas/${name}`),
    /** The schema of a documented response: `response('/personen', 'post', '200')`. */
    response: (path: string, method: string, status: string, mediaType = 'application/json') => {
      const pointerPath = path.replace(/~/g, '~0').replace(/\//g, '~1');
      return byRef(
        `#/paths/${pointerPath}/${method}/responses/${status}/content/${mediaType.replace(/\//g, '~1')}/schema`,
      );
    },
  };
}

/** Ajv's errors as readable lines, for assertion messages. */
export function describeErrors(validate: ValidateFunction, limit = 8): string {
  return (validate.errors ?? [])
    .slice(0, limit)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/**
 * The one way a contract test checks a body against its contract: valid, or the assertion
 * message lists Ajv's errors (after `label`, which says which case it was).
 */
export function expectValid(validate: ValidateFunction, body: unknown, label?: string): void {
  expect(validate(body), [label, describeErrors(validate)].filter(Boolean).join('\n')).toBe(true);
}
