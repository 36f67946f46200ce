import type { RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { registryGroup, sessionGroup } from '../handlers/full';
import { candidatesFor } from './lazy';

/**
 * The registry group is asked per request with only the handlers whose route can fit the path
 * (issue 16: MSW compiles every handler's path anew per request). Leaving a handler out must
 * never change an answer: every handler stays a candidate for a path its own route matches.
 */
const groups: Array<[string, readonly RequestHandler[]]> = [
  ['registry', registryGroup],
  ['session', sessionGroup],
];

/** A concrete path for a route: each parameter and wildcard becomes a segment of its own. */
function concrete(path: string): string | undefined {
  const route = /\/api(\/.*)$/.exec(path)?.[1];
  if (!route) return undefined;
  return route.replace(/:[A-Za-z_]\w*/g, 'P1').replace(/\*/g, 'x/y');
}

describe('candidatesFor', () => {
  for (const [name, group] of groups) {
    it(`keeps every ${name} handler for a path its own route matches`, async () => {
      let checked = 0;
      for (const handler of group) {
        const path = (handler.info as { path?: unknown }).path;
        if (typeof path !== 'string') continue;
        const route = concrete(path);
        if (!route) continue;
        for (const variant of [route, route.toUpperCase(), `${route}/`]) {
          const request = new Request(`http://localhost/api${variant}`);
          // The handler's own matcher agrees that it fits (a variant it does not match says nothing).
          const { matches } = (
            await (
              handler as unknown as { parse: (a: { request: Request }) => Promise<{ match: { matches: boolean } }> }
            ).parse({ request })
          ).match;
          if (!matches) continue;
          expect(candidatesFor(group, request), `${handler.info.header} for ${variant}`).toContain(handler);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(group.length / 2);
    });
  }

  it('leaves out the handlers whose route cannot fit, and keeps their order', () => {
    const request = new Request('http://localhost/api/ldv/processing-activities', { method: 'POST' });
    const candidates = candidatesFor(registryGroup, request);
    expect(candidates.length).toBeLessThan(registryGroup.length / 4);
    const positions = candidates.map((h) => registryGroup.indexOf(h));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(candidates.map((h) => h.info.header).join(' ')).not.toMatch(/\/rvva\//);
  });

  it('asks every handler for a path outside the API base', () => {
    const request = new Request('http://localhost/elders');
    expect(candidatesFor(registryGroup, request)).toHaveLength(registryGroup.length);
  });
});
