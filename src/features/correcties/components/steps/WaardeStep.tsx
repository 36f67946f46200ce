import { useTranslation } from 'react-i18next';
import { isAddressField, isDateField } from '../../model/draft';
import { datumSchema, waardeSchema } from '../../model/schemas';
import { TextField } from '../fields';
import { AdresStep } from './AdresStep';
import { StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/** Step 2: the correct value. An address is looked up in the BAG; anything else is typed. */
export function WaardeStep(props: StepProps) {
  if (isAddressField(props.draft.registry, props.draft.veld)) return <AdresStep {...props} />;
  return <TekstWaardeStep {...props} />;
}

function TekstWaardeStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const date = isDateField(draft.veld, draft.huidigeWaarde);
  const { form, error, summary, onSubmit } = useStepForm({
    schema: date ? datumSchema : waardeSchema,
    defaultValues: { nieuweWaarde: draft.nieuweWaarde ?? '' },
    onValid: (values) => {
      update({ nieuweWaarde: values.nieuweWaarde, adres: undefined });
      next();
    },
  });
  return (
    <StepPage title={t('waarde.titel')} draft={draft}>
      <StepForm summary={summary} onSubmit={onSubmit}>
        <TextField
          id="nieuweWaarde"
          label={t('waarde.label', { label: draft.label })}
          hint={date ? t('waarde.hintDatum') : t('waarde.hint')}
          type={date ? 'date' : 'text'}
          error={error('nieuweWaarde')}
          registration={form.register('nieuweWaarde')}
        />
      </StepForm>
    </StepPage>
  );
}
