import Papa from 'papaparse';
import { CSV_FORMULA_START } from '@/lib/csv';
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

/** A CSV of one registry; the BOM makes Excel read the Dutch diacritics as UTF-8. */
export function toExportCsv(view: RegistryView): string {
  const rows = toCsvRows(view);
  const csv = Papa.unparse(rows.length ? rows : [{ registratie: view.title, bronhouder: view.holder, onderdeel: '', gegeven: '', waarde: view.emptyText ?? '', inOnderzoekSinds: '' }], {
    columns: ['registratie', 'bronhouder', 'onderdeel', 'gegeven', 'waarde', 'inOnderzoekSinds'],
    // Cells that start with = + - @ would run as formulas in a spreadsheet (CSV injection).
    escapeFormulae: CSV_FORMULA_START,
  });
  return `\uFEFF${csv}`;
}

export function exportFileName(kind: 'json' | 'csv', now: Date, id?: RegistryId): string {
  const day = now.toISOString().slice(0, 10);
  return id ? `mijn-gegevens-${id}-${day}.${kind}` : `mijn-gegevens-${day}.${kind}`;
}
