import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toelichtingSchema, TOELICHTING_MAX } from '../../model/schemas';
import { TextField } from '../fields';
import { StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/** Step 3: the citizen's explanation, with a character count. */
export function ToelichtingStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const { form, error, summary, onSubmit } = useStepForm({
    schema: toelichtingSchema,
    defaultValues: { toelichting: draft.toelichting ?? '' },
    onValid: (values) => {
      update({ toelichting: values.toelichting });
      next();
    },
  });
  const value = useWatch({ control: form.control, name: 'toelichting' });
  const used = [...(value ?? '')].length;
  // Keep what is typed, even before "Verder": a reload must not lose a long statement.
  useEffect(() => {
    const id = setTimeout(() => {
      if (value !== undefined && value !== (draft.toelichting ?? '')) update({ toelichting: value });
    }, 400);
    return () => clearTimeout(id);
  }, [value, draft.toelichting, update]);
  return (
    <StepPage title={t('toelichting.titel')} draft={draft}>
      <StepForm summary={summary} onSubmit={onSubmit}>
        <TextField
          id="toelichting"
          multiline
          label={t('toelichting.label')}
          hint={t('toelichting.hint')}
          error={error('toelichting')}
          registration={form.register('toelichting')}
          after={
            <p className={`mg-char-count ${used > TOELICHTING_MAX ? 'mg-char-count--over' : ''}`} aria-live="polite">
              {used > TOELICHTING_MAX
                ? t('toelichting.teVeel', { count: used - TOELICHTING_MAX })
                : t('toelichting.over', { count: TOELICHTING_MAX - used })}
            </p>
          }
        />
      </StepForm>
    </StepPage>
  );
}
