import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { zoekAdressen, type BagAdres } from '../../api/bag';
import { adresZoekSchema } from '../../model/schemas';
import { ErrorSummary, TextField } from '../fields';
import { ManualAddress } from '../ManualAddress';
import { Continue, StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/**
 * Step 2 for an address: find it in the BAG by postcode and house number and choose it, or type
 * it in by hand when the BAG does not know it (then the BAG holder gets the request too).
 */
export function AdresStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const [results, setResults] = useState<BagAdres[] | undefined>(undefined);
  const [manual, setManual] = useState(false);
  const [choice, setChoice] = useState<string>(draft.adres?.nummeraanduiding ?? '');
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const [attempts, setAttempts] = useState(0);
  const lookup = useMutation({
    mutationFn: (v: { postcode: string; huisnummer: string }) => zoekAdressen(v.postcode, v.huisnummer),
  });
  // No address found is an error to fix at the postcode, in the summary and at the field (issue 19),
  // not a loose line of text; the way to type the address in by hand comes right after.
  const notFound = results?.length === 0 ? t('adres.geenResultaten') : undefined;
  const search = useStepForm({
    schema: adresZoekSchema,
    defaultValues: { postcode: draft.adres?.postcode ?? '', huisnummer: draft.adres?.huisnummer ?? '' },
    onValid: async (values) => {
      setChoiceError(undefined);
      const found = await lookup.mutateAsync(values).catch(() => undefined);
      setResults(found);
      if (found?.length === 1 && found[0]) setChoice(found[0].id);
    },
    extra: {
      issues: [
        ...(notFound ? [{ id: 'postcode', message: notFound }] : []),
        ...(choiceError ? [{ id: 'adreskeuze', message: choiceError }] : []),
      ],
      attempts,
    },
  });

  const onChoose = () => {
    const chosen = results?.find((r) => r.id === choice);
    if (!chosen) {
      setChoiceError(t('fouten.adresKiezen'));
      setAttempts((n) => n + 1);
      return;
    }
    update({
      adres: {
        postcode: chosen.postcode,
        huisnummer: chosen.huisnummer,
        weergave: chosen.weergave,
        nummeraanduiding: chosen.id,
      },
      nieuweWaarde: undefined,
    });
    next();
  };

  return (
    <StepPage title={t('adres.titel')} draft={draft}>
      <ErrorSummary {...search.summary} />
      {draft.adres && !results ? (
        <Alert type="info" role="status">
          <p className="utrecht-paragraph">{t('adres.gekozen', { adres: draft.adres.weergave })}</p>
          <Button appearance="primary" onClick={next}>
            {t('adres.gekozenHouden')}
          </Button>
        </Alert>
      ) : null}
      <StepForm
        onSubmit={search.onSubmit}
        submit={
          <Button type="submit" busy={lookup.isPending} disabled={lookup.isPending}>
            {t('adres.zoeken')}
          </Button>
        }
      >
        <p className="utrecht-paragraph">{t('adres.uitleg')}</p>
        <TextField
          id="postcode"
          label={t('adres.postcode')}
          hint={t('adres.postcodeHint')}
          width="short"
          autoComplete="postal-code"
          error={search.error('postcode') ?? notFound}
          registration={search.form.register('postcode')}
        />
        <TextField
          id="huisnummer"
          label={t('adres.huisnummer')}
          width="short"
          inputMode="numeric"
          error={search.error('huisnummer')}
          registration={search.form.register('huisnummer')}
        />
      </StepForm>
      <div aria-live="polite" className="mg-adres-resultaten">
        {lookup.isError ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{t('adres.zoekFout')}</p>
          </Alert>
        ) : null}
        {results && !manual ? (
          <p className="utrecht-paragraph">
            <button type="button" className="utrecht-link mg-link-button" onClick={() => setManual(true)}>
              {t('adres.handmatig.open')}
            </button>
          </p>
        ) : null}
        {manual ? (
          <section aria-labelledby="handmatig-titel">
            <h2 id="handmatig-titel" className="utrecht-heading-2">
              {t('adres.handmatig.open')}
            </h2>
            <ManualAddress
              start={search.form.getValues()}
              onDone={(adres, weergave) => {
                // Not in the BAG: the BAG holder gets the request too (targetsOf).
                update({
                  adres: { postcode: adres.postcode, huisnummer: adres.huisnummer, weergave, handmatig: true },
                  nieuweWaarde: undefined,
                  wat: 'adresBestaatNiet',
                });
                next();
              }}
            />
          </section>
        ) : null}
        {results && results.length > 0 && !manual ? (
          <form
            noValidate
            className="mg-form"
            onSubmit={(event) => {
              event.preventDefault();
              onChoose();
            }}
          >
            <fieldset
              className="utrecht-form-fieldset mg-fieldset"
              aria-describedby={choiceError ? 'adreskeuze-error' : undefined}
            >
              <legend className="utrecht-form-fieldset__legend mg-legend">
                {t('adres.kies', { count: results.length })}
              </legend>
              {choiceError ? (
                <div className="utrecht-form-field-error-message" id="adreskeuze-error">
                  {choiceError}
                </div>
              ) : null}
              {results.map((r, index) => (
                <div key={r.id} className="utrecht-form-field utrecht-form-field--radio mg-radio">
                  <input
                    id={index === 0 ? 'adreskeuze' : `adreskeuze-${r.id}`}
                    type="radio"
                    name="adreskeuze"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    value={r.id}
                    checked={choice === r.id}
                    onChange={() => setChoice(r.id)}
                  />
                  <label
                    className="utrecht-form-label utrecht-form-label--radio"
                    htmlFor={index === 0 ? 'adreskeuze' : `adreskeuze-${r.id}`}
                  >
                    {r.weergave}
                  </label>
                </div>
              ))}
            </fieldset>
            <Continue />
          </form>
        ) : null}
      </div>
    </StepPage>
  );
}
