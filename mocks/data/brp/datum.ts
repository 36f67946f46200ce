import type { components } from '@/generated/brp';

type S = components['schemas'];
export type Datum = S['VolledigeDatum'] | S['JaarMaandDatum'] | S['JaarDatum'] | S['DatumOnbekend'];

/** Dutch month names, as the BRP and the holders' letters write dates. */
export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const GBA_DATUM = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * GBA date (`YYYYMMDD`, `00` for unknown parts) → 2.7 date object, per the official
 * feature `features/bevragen/persoon/datum.feature`: full date → `Datum`, day `00` →
 * `JaarMaandDatum`, month and day `00` → `JaarDatum`, `00000000` → `DatumOnbekend`.
 * `langFormaat` is Dutch ("1 juli 2002", "mei 2020", "1963", "onbekend").
 * Anything that is not 8 digits is treated as unknown, like the official GbaDatumMapper.
 */
export function toDatum(gba: string | undefined): Datum | undefined {
  if (gba === undefined || gba === '') return undefined;
  const m = GBA_DATUM.exec(gba);
  if (!m) return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  if (jaar === 0 || (maand === 0 && dag !== 0) || maand > 12) {
    return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  }
  if (maand === 0) return { type: 'JaarDatum', jaar, langFormaat: String(jaar) };
  const maandNaam = MAANDEN[maand - 1] ?? '';
  if (dag === 0) return { type: 'JaarMaandDatum', jaar, maand, langFormaat: `${maandNaam} ${jaar}` };
  return {
    type: 'Datum',
    datum: `${m[1]}-${m[2]}-${m[3]}`,
    langFormaat: `${dag} ${maandNaam} ${jaar}`,
  };
}

/**
 * Age in whole years on `today` (local calendar date), as the official GbaDatumMapper does:
 * full date → usual calculation; year+month known → computed from the 1st of that month,
 * except in the birth month itself, where it cannot be determined (undefined);
 * only a year or nothing known → undefined.
 */
export function leeftijd(gba: string | undefined, today: Date): number | undefined {
  const d = toDatum(gba);
  if (!d) return undefined;
  const y = today.getFullYear();
  const mo = today.getMonth() + 1;
  const day = today.getDate();
  let geboorte: { jaar: number; maand: number; dag: number };
  if (d.type === 'Datum') {
    const [jaar, maand, dag] = d.datum.split('-').map(Number) as [number, number, number];
    geboorte = { jaar, maand, dag };
  } else if (d.type === 'JaarMaandDatum') {
    if (d.maand === mo) return undefined;
    geboorte = { jaar: d.jaar, maand: d.maand, dag: 1 };
  } else {
    return undefined;
  }
  let age = y - geboorte.jaar;
  if (mo < geboorte.maand || (mo === geboorte.maand && day < geboorte.dag)) age--;
  return age >= 0 ? age : undefined;
}
