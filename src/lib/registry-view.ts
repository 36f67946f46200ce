import type { RemedyContext } from './remedies';
import type { RegistryId } from './registries';

export { registryIds, type RegistryId } from './registries';

/**
 * The common view model of "what one base registry holds about me". Every registry's mapper
 * (BRP in features/brp, the others in features/registries) produces one; the overview cards,
 * the detail pages and the export all read it. Strings are already translated and formatted
 * for the current language (mappers take `t` and the language), so views only lay them out.
 */
export type Fact = {
  id: string;
  label: string;
  value: string;
  /** Plain-language (B1) explanation of the fact. */
  explanation?: string;
  /** Formatted start date when the holder investigates this fact ("in onderzoek"). */
  inOnderzoekSinds?: string;
  /** Which route fits when it is wrong, when the id alone does not tell (src/lib/remedies.ts). */
  remedy?: RemedyContext;
  /** An identifier or a derived value nobody corrects as such: no "Klopt dit niet?" (issue 19). */
  noAction?: boolean;
};

export type RegistryTable = {
  caption: string;
  columns: Array<{ id: string; label: string }>;
  rows: Array<{
    id: string;
    cells: Record<string, string>;
    /** Formatted start date when something in this row is in onderzoek. */
    inOnderzoekSinds?: string;
    /** What is in onderzoek in this row, in words (e.g. "APK-vervaldatum"). */
    inOnderzoekWat?: string;
    /** Which route fits when the row is wrong (a job, a benefit, income from an assessment …). */
    remedy?: RemedyContext;
  }>;
};

export type RegistrySection = {
  id: string;
  title: string;
  intro?: string;
  facts?: Fact[];
  table?: RegistryTable;
  /** Shown instead of facts/table when the section has nothing (e.g. "Geen voertuigen"). */
  empty?: string;
};

export type RegistryView = {
  id: RegistryId;
  /** What this registry is, for a citizen: "Voertuigen (kentekenregister)". */
  title: string;
  /** One sentence: what the registry records and why. */
  description: string;
  /** Who keeps the data (bronhouder), by name: "Gemeente Rotterdam", "RDW". */
  holder: string;
  /** The law that lets the holder keep it. */
  legalBasis: string;
  /** ISO date (YYYY-MM-DD) of the most recent change we know of. */
  lastChanged?: string;
  /** How many facts are in onderzoek, and since when the oldest one is. */
  inOnderzoek: { count: number; sinds?: string };
  /** Two to four facts for the overview card. */
  keyFacts: Fact[];
  /** When the registry holds nothing about the person (a real, common case). */
  emptyText?: string;
  sections: RegistrySection[];
  /** The registry's own response, for the machine-readable export (GDPR art. 15(3)). */
  raw: unknown;
};

/** Rows for a CSV of one registry: every fact and every table row, with section and holder. */
export function toCsvRows(view: RegistryView): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  const base = { registratie: view.title, bronhouder: view.holder };
  for (const section of view.sections) {
    for (const fact of section.facts ?? []) {
      rows.push({
        ...base,
        onderdeel: section.title,
        gegeven: fact.label,
        waarde: fact.value,
        inOnderzoekSinds: fact.inOnderzoekSinds ?? '',
      });
    }
    for (const row of section.table?.rows ?? []) {
      for (const column of section.table?.columns ?? []) {
        rows.push({
          ...base,
          onderdeel: `${section.title}: ${row.cells[section.table?.columns[0]?.id ?? ''] ?? row.id}`,
          gegeven: column.label,
          waarde: row.cells[column.id] ?? '',
          inOnderzoekSinds: row.inOnderzoekSinds ?? '',
        });
      }
    }
  }
  return rows;
}
