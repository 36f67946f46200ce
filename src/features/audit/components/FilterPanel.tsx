import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { DateParts, readDateParts } from '@/components/DateParts';
import { ANOMALY_KINDS, auditQueries } from '../api/audit';
import { DEFAULT_SORT, FILTER_KEYS, SORTS, type Filters, type Sort } from '../model/filters';

type Props = { filters: Filters; sort: Sort; onChange: (filters: Filters, sort: Sort) => void };

/** The filter form; submitting writes the filters into the URL (the page reads them from there). */
export function FilterPanel({ filters, sort, onChange }: Props) {
  const { t } = useTranslation('audit');
  const catalogus = useQuery(auditQueries.catalogus());
  const c = catalogus.data;
  const [dateErrors, setDateErrors] = useState<Partial<Record<'van' | 'tot', string>>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const next: Filters = {};
    for (const key of FILTER_KEYS) {
      const v = data.get(key);
      if (typeof v === 'string' && v.trim()) next[key] = v.trim();
    }
    // The dates come from day/month/year boxes; a date that does not exist is said at the field, not searched.
    const errors: Partial<Record<'van' | 'tot', string>> = {};
    for (const key of ['van', 'tot'] as const) {
      const read = readDateParts(data, key);
      if ('iso' in read) next[key] = read.iso;
      else if ('invalid' in read) errors[key] = t('filters.ongeldigeDatum');
    }
    setDateErrors(errors);
    const firstInvalid = (['van', 'tot'] as const).find((key) => errors[key]);
    if (firstInvalid) {
      form.querySelector<HTMLInputElement>(`#f-${firstInvalid}`)?.focus();
      return;
    }
    const s = data.get('sorteer');
    onChange(next, (SORTS as readonly string[]).includes(String(s)) ? (s as Sort) : DEFAULT_SORT);
  };

  const select = (
    name: keyof Filters,
    options: Array<{ value: string; label: string }>,
    allLabel = t('filters.all'),
  ) => (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={`f-${name}`}>
        {t(`filters.${name}`)}
      </label>
      <select id={`f-${name}`} name={name} className="utrecht-select" defaultValue={filters[name] ?? ''}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby="filters-heading" className="mg-section">
      <h2 id="filters-heading" className="utrecht-heading-2">
        {t('filters.heading')}
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="mg-audit-filters">
          {(['van', 'tot'] as const).map((name) => (
            <DateParts
              key={name}
              id={`f-${name}`}
              name={name}
              legend={t(`filters.${name}`)}
              defaultValue={filters[name]}
              error={dateErrors[name]}
            />
          ))}
          {select(
            'organisatie',
            (c?.organisaties ?? [])
              .map((o) => ({ value: o.id, label: o.naam }))
              .sort((a, b) => a.label.localeCompare(b.label)),
          )}
          {select(
            'registratie',
            (c?.registraties ?? []).map((r) => ({ value: r, label: r.toUpperCase() })),
          )}
          {select(
            'activiteit',
            (c?.activiteiten ?? [])
              .filter((a) => !filters.organisatie || a.organisatie === filters.organisatie)
              .map((a) => ({ value: a.id, label: a.naam })),
          )}
          {select(
            'grondslag',
            (c?.grondslagen ?? []).map((g) => ({ value: g, label: t(`grondslagen.${g as 'Consent'}`) })),
          )}
          {select(
            'categorie',
            (c?.categorieen ?? []).map((g) => ({ value: g, label: g })),
          )}
          {select('uitvoering', [
            { value: 'mens', label: t('uitvoering.mens') },
            { value: 'systeem', label: t('uitvoering.systeem') },
          ])}
          {select('anomalie', [
            { value: 'alle', label: t('filters.anyAnomaly') },
            ...ANOMALY_KINDS.map((anomaly) => ({ value: anomaly, label: t(`afwijkingen.${anomaly}`) })),
          ])}
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="f-pseudoniem">
              {t('filters.pseudoniem')}
            </label>
            <input
              id="f-pseudoniem"
              name="pseudoniem"
              className="utrecht-textbox utrecht-textbox--html-input"
              defaultValue={filters.pseudoniem ?? ''}
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="f-sorteer">
              {t('search.sort')}
            </label>
            <select id="f-sorteer" name="sorteer" className="utrecht-select" defaultValue={sort}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`search.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="mg-audit-actions">
          <Button type="submit" appearance="primary">
            {t('filters.apply')}
          </Button>
          <Button appearance="secondary" onClick={() => onChange({}, DEFAULT_SORT)}>
            {t('filters.clear')}
          </Button>
        </div>
      </form>
    </section>
  );
}
