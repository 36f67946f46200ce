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
  const maanden = (y * 12 + (m - 1)) + p.jaren * 12 + p.maanden;
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

export type VerlengFout = 'geen-verlenging' | 'ongeldige-duur' | 'te-lang' | 'te-laat' | 'reden-vereist' | 'al-verlengd';

/**
 * The holder's extension (GDPR art. 12(3); for BRP requests Awb 4:14(3) within the same
 * ceiling): possible once, only when the zaaktype allows it, for at most its
 * `verlengingstermijn`, decided and told with reasons before the first term ends. The new
 * last day is the first term's last day plus the extension.
 */
export function verleng(input: {
  eersteTermijnTot: string;
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
  if (input.besluitOp > input.eersteTermijnTot) return { ok: false, fout: 'te-laat' };
  return { ok: true, tot: plusPeriode(input.eersteTermijnTot, input.duur) };
}
