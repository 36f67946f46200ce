// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { findActivity } from '@mocks/data/verwerkingen/register';
import { server } from '@mocks/node';
import { berichtenHandlers } from '@mocks/handlers/berichten';
import { ldvHandlers } from '@mocks/handlers/ldv';
import { meldingenHandlers } from '@mocks/handlers/meldingen';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

const meldingen = createValidator('mocks/contracts/meldingen.yaml');
const berichten = createValidator('mocks/contracts/berichten.yaml');
const URL_MELDINGEN = 'http://localhost/api/meldingen/verwerkingen';
const SIMULATE = 'http://localhost/api/__mock/verwerkingen/nieuwe-raadpleging';
const BSN = '999993653';

const put = (body: unknown) =>
  fetch(URL_MELDINGEN, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function box() {
  const r = await fetch('http://localhost/api/berichten');
  const body = await r.json();
  const validate = berichten.response('/berichten', 'get', '200');
  expectValid(validate, body);
  return body as {
    berichten: Array<{ soort: string; zaak: unknown; verwerking?: { traceId: string; spanId: string } }>;
  };
}

describe('Meldingen over verwerkingen (mocks/contracts/meldingen.yaml)', () => {
  it('is off by default, can be switched on and off, and is per person', async () => {
    server.use(...meldingenHandlers);
    await signInAs(BSN);
    const get = meldingen.response('/meldingen/verwerkingen', 'get', '200');
    const first = await (await fetch(URL_MELDINGEN)).json();
    expectValid(get, first);
    expect(first).toEqual({ adHocRaadplegingen: false });

    const r = await put({ adHocRaadplegingen: true });
    expect(r.status).toBe(200);
    const saved = await r.json();
    const putOk = meldingen.response('/meldingen/verwerkingen', 'put', '200');
    expectValid(putOk, saved);
    expect(await (await fetch(URL_MELDINGEN)).json()).toEqual({ adHocRaadplegingen: true });

    await signInAs('999990482');
    expect(await (await fetch(URL_MELDINGEN)).json()).toEqual({ adHocRaadplegingen: false });
  });

  it('answers 400 to a bad body and 401 without a session, in the documented problem shape', async () => {
    server.use(...meldingenHandlers);
    const anonymous = await fetch(URL_MELDINGEN);
    expect(anonymous.status).toBe(401);
    const problem401 = meldingen.response('/meldingen/verwerkingen', 'get', '401', 'application/problem+json');
    expect(problem401(await anonymous.json())).toBe(true);

    await signInAs(BSN);
    for (const body of [{}, { adHocRaadplegingen: 'ja' }, { adHocRaadplegingen: true, bsn: '999990482' }, []]) {
      const r = await put(body);
      expect(r.status).toBe(400);
      const problem400 = meldingen.response('/meldingen/verwerkingen', 'put', '400', 'application/problem+json');
      expect(problem400(await r.json())).toBe(true);
    }
  });

  it('a simulated ad-hoc look-up lands in the log, and in the berichtenbox only when opted in', async () => {
    server.use(...meldingenHandlers, ...berichtenHandlers, ...ldvHandlers);
    await signInAs(BSN);
    const before = (await box()).berichten.length;

    // Not opted in: the look-up is logged, no message.
    const silent = await (await fetch(SIMULATE, { method: 'POST' })).json();
    expect(silent.bericht).toBeNull();
    expect((await box()).berichten.length).toBe(before);
    const log = await (
      await fetch('http://localhost/api/ldv/processing-activities', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          'dpl.core.data_subject_id': subjectIdFor(BSN),
          'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
          traceId: silent.verwerking.traceId,
        }),
      })
    ).json();
    expect(log.processingActivities).toHaveLength(1);
    // An ad-hoc look-up: the register version it points at says so.
    expect(
      findActivity(log.processingActivities[0].attributes['dpl.core.processing_activity_id'])?.verstrekkingswijze,
    ).toBe('adhoc');

    // Opted in: one message of soort verwerking, pointing at the event, without a zaak.
    await put({ adHocRaadplegingen: true });
    const told = await (await fetch(SIMULATE, { method: 'POST' })).json();
    expect(told.bericht).toEqual(expect.any(String));
    const after = await box();
    expect(after.berichten.length).toBe(before + 1);
    expect(after.berichten[0]).toMatchObject({ soort: 'verwerking', zaak: null, verwerking: told.verwerking });
  });
});
