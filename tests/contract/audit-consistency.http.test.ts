// @vitest-environment node
/**
 * Over real HTTP, for EVERY BRP test person: the citizen's own log (GET as that citizen) is a
 * subset of the auditors' records under the person's pseudonym, and what the auditors see in
 * addition is exactly the confidential records (issue 6's "same universe" promise). Since
 * issue 15 no auditor sees everything: the AP sees all but the intelligence services, the
 * CTIVD only those, so the two remits must partition each person's records.
 * Test persons whose BSN fails the 11-check cannot sign in; their citizen view is the
 * gateway's own filter (visibleRecords), the same function the citizen endpoint uses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import { auditEngine, configureAudit } from '@mocks/data/audit';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { LOG_FROM, LOG_TO } from '@mocks/data/verwerkingen/events';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { visibleRecords } from '@mocks/handlers/ldv';
import { isValidBsn } from '../../src/lib/bsn';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { signInOverHttp } from '../utils/session';

const gateway = realHttpGatewayForThisFile();
configureAudit({ target: 0 }); // test persons + the minimum synthetic part with planted anomalies
beforeAll(async () => {
  await auditEngine().ensure();
}, 120_000);

type AuditRecord = { spanId: string; vertrouwelijk: boolean; pseudoniem: string };

async function auditorRecords(cookie: string, pseudoniem: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `${gateway()}/api/audit/records?pseudoniem=${pseudoniem}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers: { Cookie: cookie } });
    // A person with no processing in this remit is refused, not listed empty.
    if (response.status === 403 && (await response.clone().json()).code === 'outsideRemit') return [];
    expect(response.status, await response.clone().text()).toBe(200);
    const body = (await response.json()) as { records: AuditRecord[]; volgende: string | null; totaal: number };
    out.push(...body.records);
    cursor = body.volgende;
  } while (cursor);
  return out;
}

async function citizenSpans(bsn: string): Promise<string[]> {
  if (!isValidBsn(bsn))
    return visibleRecords({
      bsn,
      startTime: 0,
      endTime: Number.MAX_SAFE_INTEGER,
      activityId: undefined,
      traceId: undefined,
    }).map((r) => r.spanId);
  const cookie = await signInOverHttp(gateway(), { bsn });
  const response = await fetch(`${gateway()}/api/ldv/processing-activities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({
      'dpl.core.data_subject_id': subjectIdFor(bsn),
      'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
      startTime: LOG_FROM,
      endTime: LOG_TO,
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { processingActivities: Array<{ spanId: string }> };
  return body.processingActivities.map((r) => r.spanId);
}

describe('auditor records = citizen log + confidential records, for every test person', () => {
  it('holds for all 1,176 BRP test persons', { timeout: 600_000 }, async () => {
    const bsns = allTestBsns();
    expect(bsns).toHaveLength(1176);
    const ap = await signInOverHttp(gateway(), { auditor: 'ap-toezicht' });
    const ctivd = await signInOverHttp(gateway(), { auditor: 'ctivd-toezicht' });
    const problems: string[] = [];
    let confidential = 0;
    let intelligence = 0;
    let records = 0;
    const batch = 6;
    for (let start = 0; start < bsns.length; start += batch) {
      await Promise.all(
        bsns.slice(start, start + batch).map(async (bsn) => {
          const p = pseudonymFor(bsn);
          const [seenByAp, seenByCtivd, citizen] = await Promise.all([
            auditorRecords(ap, p),
            auditorRecords(ctivd, p),
            citizenSpans(bsn),
          ]);
          if (seenByCtivd.some((r) => !r.vertrouwelijk))
            problems.push(`${bsn}: the CTIVD sees non-confidential processing`);
          const audit = [...seenByAp, ...seenByCtivd];
          intelligence += seenByCtivd.length;
          const auditSpans = new Map(audit.map((r) => [r.spanId, r]));
          if (auditSpans.size !== audit.length)
            problems.push(`${bsn}: a span seen twice (by both remits, or duplicated)`);
          if (audit.some((r) => r.pseudoniem !== p)) problems.push(`${bsn}: record of another subject`);
          const citizenSet = new Set(citizen);
          for (const span of citizen)
            if (!auditSpans.has(span)) problems.push(`${bsn}: citizen span ${span} missing for the auditor`);
          for (const r of audit) {
            const inCitizen = citizenSet.has(r.spanId);
            if (inCitizen === r.vertrouwelijk)
              problems.push(
                `${bsn}: span ${r.spanId} confidential=${r.vertrouwelijk} but citizen sees it=${inCitizen}`,
              );
          }
          confidential += audit.length - citizen.length;
          records += audit.length;
        }),
      );
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(confidential).toBeGreaterThan(intelligence);
    expect(intelligence).toBeGreaterThan(0);
    console.info(
      `[audit consistency] ${bsns.length} test persons, ${records} auditor records, ${confidential} confidential`,
    );
  });
});
