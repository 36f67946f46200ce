import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, type Language } from '@/lib/i18n';
import { FileField } from './fields';

function renderField(lang: Language) {
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={setupI18n(lang)}>
      <FileField
        id="bewijs"
        inputRef={null}
        label={lang === 'nl' ? 'Voeg bewijs toe' : 'Add evidence'}
        hint="PDF"
        onChange={onChange}
      />
    </I18nextProvider>,
  );
  return { onChange, user: userEvent.setup() };
}

describe('FileField: a file input in the page language (issue 19)', () => {
  it('says "Kies een bestand" and "Geen bestand gekozen" in Dutch, and shows the chosen file', async () => {
    const { onChange, user } = renderField('nl');
    expect(screen.getByText('Kies een bestand')).toBeInTheDocument();
    expect(screen.getByText('Geen bestand gekozen')).toBeInTheDocument();
    const input = screen.getByLabelText(/Voeg bewijs toe/);
    expect(input).toHaveAttribute('type', 'file');
    // Still the native control: reachable by Tab, and the styled button is its label.
    await user.tab();
    expect(input).toHaveFocus();
    expect(screen.getByText('Kies een bestand').closest('label')).toHaveAttribute('for', 'bewijs');
    await user.upload(input, new File(['%PDF-1.7'], 'akte.pdf', { type: 'application/pdf' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Gekozen: akte.pdf')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(/Gekozen: akte\.pdf/);
  });

  it('speaks English on an English page', async () => {
    renderField('en');
    // English is loaded on demand.
    expect(await screen.findByText('Choose a file')).toBeInTheDocument();
    expect(screen.getByText('No file chosen')).toBeInTheDocument();
  });
});
