import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '@/lib/i18n';
import { DateParts, readDateParts } from './DateParts';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe('DateParts: day, month and year boxes instead of the browser date picker (issue 19)', () => {
  it('shows three labelled boxes in a group named by the legend, filled from an ISO date', () => {
    render(
      <I18nextProvider i18n={setupI18n('nl')}>
        <DateParts id="f-van" name="van" legend="Vanaf datum" defaultValue="2026-03-01" />
      </I18nextProvider>,
    );
    const group = screen.getByRole('group', { name: 'Vanaf datum' });
    expect(group).toHaveAccessibleDescription('Bijvoorbeeld 15 3 2026');
    expect(screen.getByLabelText('Dag')).toHaveValue('1');
    expect(screen.getByLabelText('Maand')).toHaveValue('3');
    expect(screen.getByLabelText('Jaar')).toHaveValue('2026');
    expect(document.querySelector('input[type="date"]')).toBeNull();
  });

  it('reads back an ISO date, nothing, or a date that does not exist', () => {
    expect(readDateParts(form({ 'van-dag': '1', 'van-maand': '3', 'van-jaar': '2026' }), 'van')).toEqual({
      iso: '2026-03-01',
    });
    expect(readDateParts(form({ 'van-dag': '', 'van-maand': '', 'van-jaar': '' }), 'van')).toEqual({ empty: true });
    expect(readDateParts(form({ 'van-dag': '31', 'van-maand': '4', 'van-jaar': '2026' }), 'van')).toEqual({
      invalid: true,
    });
    expect(readDateParts(form({ 'van-dag': '29', 'van-maand': '2', 'van-jaar': '2026' }), 'van')).toEqual({
      invalid: true,
    });
    expect(readDateParts(form({ 'van-dag': '1', 'van-maand': '', 'van-jaar': '2026' }), 'van')).toEqual({
      invalid: true,
    });
  });
});
