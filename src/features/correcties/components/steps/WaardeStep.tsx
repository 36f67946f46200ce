import { useTranslation } from 'react-i18next';
import { DateParts } from '@/components/DateParts';
import { isAddressField, isDateField } from '../../model/draft';
import { datumSchema, delenVanDatum, foutDeel, waardeSchema } from '../../model/schemas';
import { TextField } from '../fields';
import { AdresStep } from './AdresStep';
import { StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/** Step 2: the correct value. An address is looked up in the BAG, a date typed as day, month and year. */
export function WaardeStep(props: StepProps) {
  if (isAddressField(props.draft.registry, props.draft.veld)) return <AdresStep {...props} />;
  if (isDateField(props.draft.veld, props.draft.huidigeWaarde)) return <DatumWaardeStep {...props} />;
  return <TekstWaardeStep {...props} />;
}

function TekstWaardeStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const { form, error, summary, onSubmit } = useStepForm({
    schema: waardeSchema,
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
          hint={t('waarde.hint')}
          error={error('nieuweWaarde')}
          registration={form.register('nieuweWaarde')}
        />
      </StepForm>
    </StepPage>
  );
}

const PARTS = ['dag', 'maand', 'jaar'] as const;

/**
 * A date in three boxes (day, month, year) instead of the browser's date picker, which speaks the
 * browser's language and is hard to use by keyboard, screen reader or phone (issue 19). The
 * holder still gets ISO yyyy-mm-dd.
 */
function DatumWaardeStep({ draft, update, next }: StepProps) {
  const { t } = useTranslation('correcties');
  const { form, error, summary, onSubmit } = useStepForm({
    schema: datumSchema,
    defaultValues: delenVanDatum(draft.nieuweWaarde),
    // The summary links to the box to fix; the day box carries the field's own id.
    ids: { dag: 'nieuweWaarde', maand: 'nieuweWaarde-maand', jaar: 'nieuweWaarde-jaar' },
    onValid: (values) => {
      update({ nieuweWaarde: values.nieuweWaarde, adres: undefined });
      next();
    },
  });
  const part = PARTS.find((p) => error(p));
  return (
    <StepPage title={t('waarde.titel')} draft={draft}>
      <StepForm summary={summary} onSubmit={onSubmit}>
        <DateParts
          id="nieuweWaarde"
          name="nieuweWaarde"
          legend={t('waarde.label', { label: draft.label })}
          hint={t('waarde.hintDatum')}
          error={part ? error(part) : undefined}
          errorPart={part ? foutDeel(form.formState.errors[part]?.message) : undefined}
          inputProps={(p) => form.register(p)}
        />
      </StepForm>
    </StepPage>
  );
}
