import { describe, expect, it } from 'vitest';
import { parseFaultParam } from './api';

describe('fault parameter for testers', () => {
  it('reads registry:mode[:latency] pairs and ignores what it does not know', () => {
    expect(parseFaultParam('rdw:500,bag:timeout,woz:none:4000,xyz:500,brk:explode')).toEqual({
      rdw: { mode: '500', latencyMs: 0 },
      bag: { mode: 'timeout', latencyMs: 0 },
      woz: { mode: 'none', latencyMs: 4000 },
    });
  });
});
