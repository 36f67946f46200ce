/**
 * The holder's own date arithmetic, as the server side of the Zaken API does it (Open Zaak:
 * `startdatum + zaaktype.doorlooptijd`, dateutil's relativedelta). Written here on purpose and
 * not imported from the app (src/lib/deadlines): the double computes the holder's dates
 * itself, so a wrong deadline in the app cannot hide behind the same wrong code in the mock.
 *
 * Dates are ISO dates (YYYY-MM-DD) handled as UTC midnights; months are calendar months that
 * clamp to the last day of the target month (relativedelta: 31 January + 1 month = 28/29
 * February).
 */
import { MAANDEN } from '../brp/datum';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export type Periode = { jaren: number; maanden: number; dagen: number };

/** An ISO 8601 date period (`P4W`, `P1M`, `P2M`, `P1Y`, `P10D`); undefined for anything else, times included. */
export function leesPeriode(iso: unknown): Periode | undefined {
  if (typeof iso !== 'string') return undefined;
  const m = PERIOD.exec(iso);
  if (!m) return undefined;
  return { jaren: Number(m[1] ?? 0), maanden: Number(m[2] ?? 0), dagen: Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0) };
}

export function isDatum(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** `datum + periode`: years and months first (clamped to the month's end), then days. */
export function plusPeriode(datum: string, periode: string | Periode): string {
  const p = typeof periode === 'string' ? leesPeriode(periode) : periode;
  if (!p || !isDatum(datum)) throw new RangeError(`plusPeriode(${datum}, ${JSON.stringify(periode)})`);
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const maanden = y * 12 + (m - 1) + p.jaren * 12 + p.maanden;
  const jaar = Math.floor(maanden / 12);
  const maand = maanden % 12;
  const laatste = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  const basis = Date.UTC(jaar, maand, Math.min(d, laatste));
  return new Date(basis + p.dagen * 86_400_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

export type VerlengFout =
  'geen-verlenging' | 'ongeldige-duur' | 'te-lang' | 'te-laat' | 'reden-vereist' | 'al-verlengd';

/**
 * The holder's extension: possible once, only when the zaaktype allows it (GDPR art. 12(3):
 * two further months; for BRP data on civil status or nationality eight weeks, Wet GBA art. 82
 * as carried into the Wet BRP, see catalogus.ts), for at most its `verlengingstermijn`,
 * decided and told with reasons before the first term ends. The extension runs from the first
 * term's nominal end (`eersteTermijnTot`, before any move to a working day: the earlier,
 * stricter base) and its last day moves to a working day again; telling is in time up to the
 * first term's legal last day (`eersteTermijnWettelijk`).
 */
export function verleng(input: {
  eersteTermijnTot: string;
  eersteTermijnWettelijk: string;
  besluitOp: string;
  duur: string;
  reden: string;
  verlengingMogelijk: boolean;
  verlengingstermijn: string | null;
  alVerlengd: boolean;
}): { ok: true; tot: string } | { ok: false; fout: VerlengFout } {
  if (!input.verlengingMogelijk || !input.verlengingstermijn) return { ok: false, fout: 'geen-verlenging' };
  if (input.alVerlengd) return { ok: false, fout: 'al-verlengd' };
  if (!input.reden.trim()) return { ok: false, fout: 'reden-vereist' };
  if (!leesPeriode(input.duur)) return { ok: false, fout: 'ongeldige-duur' };
  // Compared on the same base date: "P9W" is longer than "P2M" from some days and not from others.
  if (plusPeriode(input.eersteTermijnTot, input.duur) > plusPeriode(input.eersteTermijnTot, input.verlengingstermijn)) {
    return { ok: false, fout: 'te-lang' };
  }
  if (input.besluitOp > input.eersteTermijnWettelijk) return { ok: false, fout: 'te-laat' };
  return { ok: true, tot: opWerkdag(plusPeriode(input.eersteTermijnTot, input.duur)) };
}

// ---------------------------------------------------------------------------------------
// Werkdagen: the holder's own calendar (Algemene termijnenwet art. 1 and 3)

/**
 * Paaszondag with the epact method (Knuth, The Art of Computer Programming 1.3.2, exercise
 * 14): another road than the app's (src/lib/working-days.ts), so a mistake cannot hide in both.
 */
export function paaszondag(jaar: number): string {
  const gulden = (jaar % 19) + 1;
  const eeuw = Math.floor(jaar / 100) + 1;
  const schrikkelCorrectie = Math.floor((3 * eeuw) / 4) - 12;
  const maanCorrectie = Math.floor((8 * eeuw + 5) / 25) - 5;
  const zondag = Math.floor((5 * jaar) / 4) - schrikkelCorrectie - 10;
  let epact = (11 * gulden + 20 + maanCorrectie - schrikkelCorrectie) % 30;
  if (epact < 0) epact += 30;
  if ((epact === 25 && gulden > 11) || epact === 24) epact += 1;
  let volleMaan = 44 - epact;
  if (volleMaan < 21) volleMaan += 30;
  const dag = volleMaan + 7 - ((zondag + volleMaan) % 7);
  return dag > 31 ? `${jaar}-04-${String(dag - 31).padStart(2, '0')}` : `${jaar}-03-${String(dag).padStart(2, '0')}`;
}

/**
 * The "algemeen erkende feestdagen" of Atw art. 3(1): Nieuwjaarsdag, tweede Paas- en
 * Pinksterdag, Hemelvaartsdag, both Christmas days, the King's birthday as celebrated (27
 * April, the 26th when the 27th is a Sunday; before 2014 Koninginnedag, 30/29 April) and 5 May.
 * Goede Vrijdag is not among them.
 */
export function feestdagen(jaar: number): Set<string> {
  const pasen = paaszondag(jaar);
  const koning = jaar >= 2014 ? 27 : 30;
  const koningsdag = new Date(Date.UTC(jaar, 3, koning)).getUTCDay() === 0 ? koning - 1 : koning;
  return new Set([
    `${jaar}-01-01`,
    plusPeriode(pasen, { jaren: 0, maanden: 0, dagen: 1 }),
    `${jaar}-04-${koningsdag}`,
    `${jaar}-05-05`,
    plusPeriode(pasen, { jaren: 0, maanden: 0, dagen: 39 }),
    plusPeriode(pasen, { jaren: 0, maanden: 0, dagen: 50 }),
    `${jaar}-12-25`,
    `${jaar}-12-26`,
  ]);
}

export function isWerkdag(datum: string): boolean {
  const dag = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return dag !== 0 && dag !== 6 && !feestdagen(Number(datum.slice(0, 4))).has(datum);
}

/** A term that ends on a Saturday, Sunday or feestdag runs to the next working day (Atw art. 1). */
export function opWerkdag(datum: string): string {
  let dag = datum;
  while (!isWerkdag(dag)) dag = plusPeriode(dag, { jaren: 0, maanden: 0, dagen: 1 });
  return dag;
}

/** Last day for bezwaar against a decision sent on `besluitdatum`: six weeks from the day after (Awb 6:7, 6:8), on a working day. */
export function bezwaarTot(besluitdatum: string): string {
  return opWerkdag(plusPeriode(besluitdatum, 'P6W'));
}

/** "28 december 2026": how the holder writes a date in a letter. */
export function datumInWoorden(datum: string): string {
  const [jaar, maand, dag] = datum.split('-').map(Number) as [number, number, number];
  return `${dag} ${MAANDEN[maand - 1] ?? ''} ${jaar}`;
}
