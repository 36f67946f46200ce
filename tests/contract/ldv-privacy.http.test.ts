// @vitest-environment node
/**
 * Over real HTTP (the `npm run mock-api` gateway): no test person's log ever contains a
 * confidential processing record, and what is withheld is exactly the generator's
 * confidential events (so the auditor view = citizen view + confidential, issue 6).
 */
import { describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import { LOG_FROM, LOG_TO, eventsForBsn, isConfidentialEvent, spanIdFor } from '@mocks/data/verwerkingen/events';
import { SUBJECT_ID_TYPE, subjectIdFor } from '@mocks/data/verwerkingen/betrokkene';
import { isConfidential } from '@mocks/data/verwerkingen/register';
import { isValidBsn } from '../../src/lib/bsn';
import { realHttpGatewayForThisFile } from './support/http-gateway';
import { signInOverHttp } from '../utils/session';

const gateway = realHttpGatewayForThisFile();

const fetchLog = (bsn: string, cookie: string) =>
  fetch(`${gateway()}/api/ldv/processing-activities`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({
      'dpl.core.data_subject_id': subjectIdFor(bsn),
      'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
      startTime: LOG_FROM,
      endTime: LOG_TO,
    }),
  });

type Result = { processingActivities: Array<{ spanId: string; attributes: Record<string, unknown> }> };

describe('processing log over HTTP: confidential processing never reaches the citizen', () => {
  it('holds for all 1,176 test persons', { timeout: 300_000 }, async () => {
    const bsns = allTestBsns();
    expect(bsns).toHaveLength(1176);
    const problems: string[] = [];
    let personsWithConfidential = 0;
    let withheld = 0;
    let returned = 0;
    let cannotSignIn = 0;
    // A few at a time: the gateway is one process; this keeps the run short without flooding it.
    const batch = 8;
    for (let start = 0; start < bsns.length; start += batch) {
      await Promise.all(
        bsns.slice(start, start + batch).map(async (bsn) => {
          if (!isValidBsn(bsn)) {
            // Some BRP test BSNs fail the 11-check, so the gateway refuses their sign-in
            // (400): they can never read a log. Counted, and their sign-in checked.
            const refused = await fetch(`${gateway()}/api/auth/session`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ bsn }),
            });
            if (refused.status !== 400) problems.push(`${bsn}: sign-in without 11-check gave ${refused.status}`);
            cannotSignIn++;
            return;
          }
          const cookie = await signInOverHttp(gateway(), bsn);
          const response = await fetchLog(bsn, cookie);
          if (response.status !== 200) {
            problems.push(`${bsn}: status ${response.status}`);
            return;
          }
          const result = (await response.json()) as Result;
          const log = eventsForBsn(bsn)!;
          const visible = new Set<string>();
          const hidden = new Set<string>();
          for (let i = 0; i < log.length; i++)
            (isConfidentialEvent(log, i) ? hidden : visible).add(spanIdFor(log.subjectHash, log.seq[i]!));
          for (const record of result.processingActivities) {
            if (isConfidential(String(record.attributes['dpl.core.processing_activity_id'])))
              problems.push(`${bsn}: confidential record ${record.spanId}`);
            if (hidden.has(record.spanId)) problems.push(`${bsn}: withheld span ${record.spanId} returned`);
            if (!visible.has(record.spanId)) problems.push(`${bsn}: unknown span ${record.spanId}`);
          }
          // Citizen + confidential = the full (auditor) log, exactly.
          if (result.processingActivities.length !== visible.size)
            problems.push(`${bsn}: ${result.processingActivities.length} returned, ${visible.size} visible`);
          if (result.processingActivities.length + hidden.size !== log.length)
            problems.push(`${bsn}: returned + confidential ≠ full log`);
          if (hidden.size) personsWithConfidential++;
          withheld += hidden.size;
          returned += result.processingActivities.length;
        }),
      );
    }
    console.log(
      `${bsns.length} persons over HTTP (${cannotSignIn} cannot sign in: BSN fails the 11-check): ${returned} records returned; ${withheld} confidential records withheld for ${personsWithConfidential} persons`,
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect(personsWithConfidential).toBeGreaterThan(0);
  });

  it("answers 403 for another person's BSN", async () => {
    const cookie = await signInOverHttp(gateway(), '999993653');
    const response = await fetchLog('999992077', cookie);
    expect(response.status, await response.clone().text()).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.text()).not.toContain('999992077');
  });

  it('answers 401 without a session', async () => {
    const response = await fetchLog('999993653', '');
    expect(response.status).toBe(401);
  });
});
