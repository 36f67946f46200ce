/** What every record of a `_zoek` registry carries for the page's header (our own contracts). */
export interface ZoekRecord {
  datumLaatsteWijziging: string;
  inOnderzoek?: { datumIngangOnderzoek: string; gegevens: readonly unknown[] } | null;
}

/**
 * The header facts the four `_zoek` mappers (BRI, DUO, KVK, UWV) share: the newest change date
 * and how many fields are in onderzoek since the oldest start. One place, so the card and the
 * page count "in onderzoek" the same way for every registry.
 */
export function zoekStatus(records: readonly ZoekRecord[], date: (iso: string) => string) {
  const onderzochten = records.flatMap((record) => (record.inOnderzoek ? [record.inOnderzoek] : []));
  const oudsteOnderzoek = onderzochten.map((o) => o.datumIngangOnderzoek).sort()[0];
  return {
    lastChanged: records
      .map((record) => record.datumLaatsteWijziging)
      .sort()
      .at(-1),
    inOnderzoek: {
      count: onderzochten.reduce((sum, o) => sum + o.gegevens.length, 0),
      ...(oudsteOnderzoek ? { sinds: date(oudsteOnderzoek) } : {}),
    },
  };
}
