import { spreadsheetCsv } from '@/lib/csv';
import { formatDate } from '@/lib/format';
import { toCsvRows, type RegistryId, type RegistryView } from '@/lib/registry-view';

/**
 * GDPR art. 15(3): a copy in a common electronic form. The JSON holds, per registry, what the
 * page shows (with holder, legal basis and dates) and the registry's own answer; it also says
 * honestly which registries could not be loaded, so a missing one is never silent.
 */
export function toExportJson(views: RegistryView[], missing: RegistryId[], now: Date): string {
  return JSON.stringify(
    {
      bron: 'Mijn Gegevens',
      aangemaakt: now.toISOString(),
      nietGeladen: missing,
      registraties: views.map((view) => ({
        id: view.id,
        titel: view.title,
        bronhouder: view.holder,
        wettelijkeBasis: view.legalBasis,
        laatstGewijzigd: view.lastChanged ?? null,
        aantalInOnderzoek: view.inOnderzoek.count,
        onderdelen: view.sections.map((section) => ({
          titel: section.title,
          gegevens: (section.facts ?? []).map((fact) => ({
            gegeven: fact.label,
            waarde: fact.value,
            inOnderzoekSinds: fact.inOnderzoekSinds ?? null,
          })),
          tabel: section.table
            ? section.table.rows.map((row) =>
                Object.fromEntries(section.table!.columns.map((column) => [column.label, row.cells[column.id] ?? ''])),
              )
            : undefined,
        })),
        antwoordVanRegistratie: view.raw,
      })),
    },
    null,
    2,
  );
}

type CsvKey = 'registratie' | 'bronhouder' | 'onderdeel' | 'gegeven' | 'waarde' | 'inOnderzoekSinds';
const CSV_KEYS: readonly CsvKey[] = ['registratie', 'bronhouder', 'onderdeel', 'gegeven', 'waarde', 'inOnderzoekSinds'];

/**
 * A CSV of one registry that opens in Dutch Excel (semicolons, BOM, formula escaping: see
 * spreadsheetCsv), with column names in the page's language (`headers`, from the caller's `t`).
 */
export function toExportCsv(view: RegistryView, headers: Record<CsvKey, string>, language: string): string {
  const rows = (toCsvRows(view) as Array<Record<CsvKey, string>>).map((row) => ({
    ...row,
    inOnderzoekSinds: row.inOnderzoekSinds ? formatDate(row.inOnderzoekSinds, language) : '',
  }));
  const data = rows.length
    ? rows
    : [
        {
          registratie: view.title,
          bronhouder: view.holder,
          onderdeel: '',
          gegeven: '',
          waarde: view.emptyText ?? '',
          inOnderzoekSinds: '',
        },
      ];
  return spreadsheetCsv(
    CSV_KEYS.map((key) => ({ key, header: headers[key] })),
    data,
  );
}

export function exportFileName(kind: 'json' | 'csv', now: Date, id?: RegistryId): string {
  const day = now.toISOString().slice(0, 10);
  return id ? `mijn-gegevens-${id}-${day}.${kind}` : `mijn-gegevens-${day}.${kind}`;
}
