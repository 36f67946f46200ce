// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOG_FROM, LOG_TO } from '@mocks/data/verwerkingen/events';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { setGatewayModus } from '@mocks/gateway/modus';
import { ldvHandlers } from '@mocks/handlers/ldv';
import { rvvaHandlers } from '@mocks/handlers/rvva';
import { server } from '@mocks/node';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

/**
 * What the gateway adds around the LDV and RvVA standards is written down in
 * mocks/contracts/ldv-gateway.yaml; every record and register answer the app can get is
 * checked against it, in both gateway modes.
 */

const HEAVY = '999994669';
const contract = createValidator('mocks/contracts/ldv-gateway.yaml');
const verwerking = contract.schema('Verwerking');
const versie = contract.schema('RegisterVersie');
const activiteit = contract.schema('RegisterActiviteit');
const organisatie = contract.schema('Organisatie');

type Record = {
  attributes: {
    [k: string]: unknown;
    'dpl.core.processing_activity_id': string;
    'dpl.core.foreign_operation.entity'?: string;
  };
};

async function log(bsn: string): Promise<Record[]> {
  const r = await fetch('http://localhost/api/ldv/processing-activities', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      'dpl.core.data_subject_id': subjectIdFor(bsn),
      'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
      startTime: LOG_FROM,
      endTime: LOG_TO,
    }),
  });
  expect(r.status).toBe(200);
  return ((await r.json()) as { processingActivities: Record[] }).processingActivities;
}

const gatewayPath = (uri: string) => `http://localhost${new URL(uri).pathname}`;

describe('gateway contract around LDV and RvVA (mocks/contracts/ldv-gateway.yaml)', () => {
  it("gives the citizen their encrypted log code in the session, never the BSN as the log's subject", async () => {
    server.use(...ldvHandlers);
    const session = await signInAs('999993653');
    expect(session.logboekBetrokkene).toEqual({ id: subjectIdFor('999993653'), type: SUBJECT_ID_TYPE });
    expect(session.logboekBetrokkene?.id).not.toContain('999993653');
  });

  it.each([true, false])('serves records that match the contract (extensions %s)', async (ldvExtensies) => {
    server.use(...ldvHandlers);
    setGatewayModus({ ldvExtensies });
    for (const bsn of ['999993653', '999990482', HEAVY]) {
      await signInAs(bsn);
      const records = await log(bsn);
      for (const r of records) expectValid(verwerking, r);
      const extended = records.filter((r) => 'mg.human' in r.attributes || 'mg.data_categories' in r.attributes);
      expect(extended.length).toBe(ldvExtensies ? records.length : 0);
    }
  });

  it("answers every register version, activity and organisation a citizen's log points at, per the contract", async () => {
    server.use(...ldvHandlers, ...rvvaHandlers);
    await signInAs('999993653');
    const records = await log('999993653');
    const versions = new Set(records.map((r) => r.attributes['dpl.core.processing_activity_id']));
    const entities = new Set(
      records.flatMap((r) =>
        r.attributes['dpl.core.foreign_operation.entity'] ? [r.attributes['dpl.core.foreign_operation.entity']] : [],
      ),
    );
    for (const uri of versions) {
      const v = await fetch(gatewayPath(uri));
      expect(v.status, uri).toBe(200);
      expectValid(versie, await v.json());
      const a = await fetch(gatewayPath(uri).replace(/\/versions\/\d+$/, ''));
      expectValid(activiteit, await a.json());
      const register = /\/rvva\/([^/]+)\//.exec(uri)![1];
      entities.add(`http://localhost/api/rvva/${register}/entities/${register}`);
    }
    for (const uri of entities) {
      const e = await fetch(gatewayPath(uri));
      expect(e.status, uri).toBe(200);
      expectValid(organisatie, await e.json());
    }
  });
});
