import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { correctiePath } from '@/config/paths';
import { firstOpenStep, isAddressField, type Draft, type Wat } from '../../model/draft';
import { watSchema } from '../../model/schemas';
import { Radios } from '../fields';
import { StepForm, StepPage, type StepProps } from './StepPage';
import { useStepForm } from './useStepForm';

/** Step 1: what is wrong with the data (wrong, incomplete, or an address the BAG does not know). */
export function WatStep({ draft, update, next, restart }: StepProps) {
  const { t } = useTranslation('correcties');
  const { form, error, summary, onSubmit } = useStepForm({
    schema: watSchema,
    defaultValues: draft.wat ? { wat: draft.wat } : {},
    onValid: (values) => {
      update({ wat: values.wat });
      next();
    },
  });
  const options: Array<{ value: Wat; label: string; hint?: string }> = [
    { value: 'onjuist', label: t('wat.onjuist') },
    { value: 'onvolledig', label: t('wat.onvolledig') },
    ...(isAddressField(draft.registry, draft.veld)
      ? [{ value: 'adresBestaatNiet' as const, label: t('wat.adresBestaatNiet'), hint: t('wat.adresBestaatNietHint') }]
      : []),
  ];
  return (
    <StepPage title={t('wat.titel')} draft={draft}>
      {restart ? <VerderGaan draft={draft} restart={restart} /> : null}
      <StepForm summary={summary} onSubmit={onSubmit}>
        <Radios
          name="wat"
          legend={t('wat.vraag')}
          error={error('wat')}
          options={options}
          registration={form.register('wat')}
        />
      </StepForm>
    </StepPage>
  );
}

/** On the first step, when answers were kept from before: continue where the citizen left off, or start again. */
function VerderGaan({ draft, restart }: { draft: Draft; restart: () => void }) {
  const { t } = useTranslation('correcties');
  const open = firstOpenStep(draft);
  if (!draft.wat || open === 'wat') return null;
  return (
    <Alert type="info" role="note" headingLevel={2} heading={t('verderGaan.titel')}>
      <p className="utrecht-paragraph">{t('verderGaan.tekst')}</p>
      <p className="utrecht-paragraph mg-button-row">
        <Link className="utrecht-link" to={correctiePath(draft.registry, draft.veld, open)}>
          {t('verderGaan.link')}
        </Link>{' '}
        <Button appearance="subtle" onClick={restart}>
          {t('verderGaan.opnieuw')}
        </Button>
      </p>
    </Alert>
  );
}
