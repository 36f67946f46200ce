/**
 * Compile-time agreement between what the app validates (the type a zod schema gives) and the
 * type generated from the contract it parses (src/generated/*, scripts/gen-types.mjs). Types
 * only: nothing here reaches a bundle. Each feature checks its schemas once, in its api test,
 * with `expectTypeOf<Agrees<…>>().toEqualTypeOf<true>()` (docs/decisions/081-contracts-once.md);
 * `npx tsc -b` fails when a schema and its contract drift apart, and the failure names why.
 */

/**
 * Our own contracts (mocks/contracts): the schema accepts exactly the values the contract
 * describes, so a field added, dropped, renamed or retyped on either side fails.
 */
export type Agrees<App, Contract> = [UnknownFields<App, Contract>] extends [never]
  ? [UnknownFields<Contract, App, 'named'>] extends [never]
    ? [App] extends [Contract]
      ? [Contract] extends [App]
        ? true
        : 'the contract allows a value the schema rejects'
      : 'the schema accepts a value the contract does not describe'
    : { 'fields the schema does not have': UnknownFields<Contract, App, 'named'> }
  : { 'fields the contract does not have': UnknownFields<App, Contract> };

/**
 * Official specs (and parts of our own that several pages read differently): a page validates
 * only what it reads, so it may leave out any field. Every field it reads must exist in the
 * contract, and every response the contract allows must pass the schema (a field the schema
 * requires is required there, never null where the schema says not, of a type the schema takes).
 */
export type ReadsFrom<App, Spec> = [UnknownFields<App, Spec>] extends [never]
  ? [Spec] extends [App]
    ? true
    : 'a response the contract allows fails the schema (a field required or non-null here but not there, or of another type)'
  : { 'fields the contract does not have': UnknownFields<App, Spec> };

/**
 * A response of a spec generated from Django REST Framework (the ZGW APIs, as Open Zaak serves
 * them): its `required` lists describe what a client must send, but a response carries every
 * field (null where `nullable`). Compare a reader with this, not with the request shape.
 */
export type AsServed<T> = T extends readonly (infer U)[]
  ? AsServed<U>[]
  : T extends object
    ? { -readonly [K in keyof T]-?: AsServed<Exclude<T[K], undefined>> }
    : T;

/**
 * What a client sends of a resource of such a spec: its writable fields (openapi-typescript
 * marks `readOnly` ones `readonly`: url, uuid, computed fields), with the spec's `required`.
 */
export type Sent<T> = Pick<T, WritableKeys<T>>;
type IfEquals<X, Y, A, B> = (<G>() => G extends X ? 1 : 2) extends <G>() => G extends Y ? 1 : 2 ? A : B;
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/** A loose (`.loose()`) object's `[key: string]: unknown` is not a field. */
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
/** The object members of a spec type (a oneOf is a union: a field may come from any member). */
type Objects<T> = Exclude<Extract<T, object>, readonly unknown[]>;
type AnyKey<T, Keys> = T extends unknown ? (Keys extends 'named' ? NamedKeys<T> : keyof T) : never;
/**
 * The type of field K in the members of T that have it. With 'named', a member that allows K only
 * through its index signature (a `.loose()` member of a discriminated union) does not count:
 * its `unknown` would swallow the member that names K, and every field below K would seem missing.
 */
type FieldOf<T, K, Keys = 'any'> = T extends unknown ? (K extends AnyKey<T, Keys> ? T[K & keyof T] : never) : never;
type ElementOf<T> = T extends readonly (infer U)[] ? U : never;

/**
 * The names (at any depth) of fields App has that Spec has not got. With 'named', a field Spec
 * only allows through an index signature (a `.loose()` schema's rest) does not count as Spec's.
 */
type UnknownFields<App, Spec, Keys = 'any'> = App extends readonly (infer U)[]
  ? UnknownFields<U, ElementOf<Spec>, Keys>
  : App extends object
    ? {
        [K in NamedKeys<App>]-?: K extends AnyKey<Objects<Spec>, Keys>
          ? UnknownFields<App[K], FieldOf<Objects<Spec>, K, Keys>, Keys>
          : K;
      }[NamedKeys<App>]
    : never;
