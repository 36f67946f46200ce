import { useTranslation } from 'react-i18next';
import { beperkingSchema } from '../../model/schemas';
import { ErrorSummary, Radios } from '../fields';
import { StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/** Step 5: ask the holder to restrict the use of the data while it checks (GDPR art. 18). */
export function BeperkingStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const { form, error, summary, onSubmit } = useStepForm({
    schema: beperkingSchema,
    defaultValues: draft.beperking ? { beperking: draft.beperking } : {},
    onValid: (values) => {
      update({ beperking: values.beperking });
      next();
    },
  });
  return (
    <StepPage title={t('beperking.titel')} draft={draft}>
      <ErrorSummary {...summary} />
      <p className="utrecht-paragraph">{t('beperking.uitleg')}</p>
      <StepForm onSubmit={onSubmit}>
        <Radios
          name="beperking"
          legend={t('beperking.vraag')}
          error={error('beperking')}
          options={[
            { value: 'ja', label: t('beperking.ja'), hint: t('beperking.jaHint') },
            { value: 'nee', label: t('beperking.nee') },
          ]}
          registration={form.register('beperking')}
        />
      </StepForm>
    </StepPage>
  );
}
