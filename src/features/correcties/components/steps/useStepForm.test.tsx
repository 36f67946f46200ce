import { render, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { setupI18n, type Language } from '@/lib/i18n';
import { adresZoekSchema } from '../../model/schemas';
import { TextField } from '../fields';
import { StepForm } from './StepPage';
import { useStepForm } from './useStepForm';

type Values = { postcode: string; huisnummer: string };

/** The smallest step: two fields on the hook, as a step of the flow declares them. */
function Probe({ start, onValid }: { start: Values; onValid: (values: Values) => void }) {
  const { form, error, summary, onSubmit } = useStepForm({ schema: adresZoekSchema, defaultValues: start, onValid });
  return (
    <StepForm summary={summary} onSubmit={onSubmit}>
      <TextField id="postcode" label="Postcode" error={error('postcode')} registration={form.register('postcode')} />
      <TextField
        id="huisnummer"
        label="Huisnummer"
        error={error('huisnummer')}
        registration={form.register('huisnummer')}
      />
    </StepForm>
  );
}

function renderProbe(lang: Language, start: Values = { postcode: '', huisnummer: '' }) {
  const onValid = vi.fn();
  const i18n = setupI18n(lang);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Suspense>
        <Probe start={start} onValid={onValid} />
      </Suspense>
    </I18nextProvider>,
  );
  const rerender = (next: Values) =>
    view.rerender(
      <I18nextProvider i18n={i18n}>
        <Suspense>
          <Probe start={next} onValid={onValid} />
        </Suspense>
      </I18nextProvider>,
    );
  return { onValid, rerender, user: userEvent.setup() };
}

describe('useStepForm: the form wiring every step of the correction flow shares (issue 18)', () => {
  it('keeps what was typed on a failed submit, says what to fix and moves focus to the summary', async () => {
    const { onValid, rerender, user } = renderProbe('nl');
    await user.type(await screen.findByLabelText('Postcode'), '1234');
    await user.type(screen.getByLabelText('Huisnummer'), '12');
    await user.click(screen.getByRole('button', { name: 'Verder' }));

    const summary = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(summary).toHaveTextContent('Er is een probleem');
    expect(screen.getByRole('link', { name: 'Vul een postcode in zoals 1234 AB' })).toHaveAttribute(
      'href',
      '#postcode',
    );
    await waitFor(() => expect(summary).toHaveFocus(), { timeout: 10_000 });
    expect(screen.getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
    expect(onValid).not.toHaveBeenCalled();
    // Nothing typed is lost: not by the failed submit, nor when the page around it renders again
    // with other draft values (the explanation step saves to the draft while the citizen types).
    expect(screen.getByLabelText('Postcode')).toHaveValue('1234');
    expect(screen.getByLabelText('Huisnummer')).toHaveValue('12');
    rerender({ postcode: '9999 ZZ', huisnummer: '1' });
    expect(screen.getByLabelText('Postcode')).toHaveValue('1234');
    expect(screen.getByLabelText('Huisnummer')).toHaveValue('12');

    // A second failed try takes focus to the summary again.
    await user.click(screen.getByLabelText('Huisnummer'));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus(), { timeout: 10_000 });

    await user.type(screen.getByLabelText('Postcode'), ' aw');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    // The step gets the schema's output (postcode as the BAG writes it), and the errors are gone.
    await waitFor(() => expect(onValid).toHaveBeenCalled(), { timeout: 10_000 });
    expect(onValid).toHaveBeenCalledWith({ postcode: '1234AW', huisnummer: '12' }, expect.anything());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the earlier answer and speaks English on an English page', async () => {
    const { onValid, user } = renderProbe('en', { postcode: '3077 AW', huisnummer: '' });
    expect(await screen.findByLabelText('Postcode')).toHaveValue('3077 AW');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Enter a house number' })).toHaveAttribute('href', '#huisnummer');
    expect(screen.getByLabelText('Postcode')).toHaveValue('3077 AW');
    expect(onValid).not.toHaveBeenCalled();
  });
});
