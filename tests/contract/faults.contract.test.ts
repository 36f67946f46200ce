import { describe, expect, it } from 'vitest';

const base = 'http://localhost/api';

describe('fault injection control (mock only)', () => {
  it('sets a fault for one registry and makes that registry fail, then clears it', async () => {
    const put = await fetch(`${base}/__mock/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rdw: { mode: '500', latencyMs: 0 } }),
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ rdw: { mode: '500', latencyMs: 0 } });
    const failing = await fetch(`${base}/rdw/voertuigen/_zoek`, { method: 'POST', body: '{}' });
    expect(failing.status).toBe(500);
    expect(failing.headers.get('content-type')).toMatch(/problem\+json/);

    const malformed = await fetch(`${base}/__mock/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ bri: { mode: 'malformed', latencyMs: 0 } }),
    });
    expect(await malformed.json()).toEqual({ bri: { mode: 'malformed', latencyMs: 0 } });
    const broken = await fetch(`${base}/bri/inkomens/_zoek`, { method: 'POST', body: '{}' });
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow();
    // The rdw fault was replaced: PUT sets the whole table.
    expect((await fetch(`${base}/rdw/voertuigen/_zoek`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('rejects an unknown mode', async () => {
    const put = await fetch(`${base}/__mock/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rdw: { mode: 'explode' } }),
    });
    expect(put.status).toBe(400);
  });
});
