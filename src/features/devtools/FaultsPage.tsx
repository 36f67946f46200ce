import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { registryIds } from '@/lib/registry-view';
import { faultModes, faultQueries, saveFaults, simulateLookup, type Faults } from './api';

const formSchema = z.object({
  rows: z.array(
    z.object({
      id: z.enum(registryIds),
      mode: z.enum(faultModes),
      latencyMs: z.coerce.number<string | number>().int().min(0).max(120_000),
    }),
  ),
});
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

const toForm = (faults: Faults): FormInput => ({
  rows: registryIds.map((id) => ({ id, mode: faults[id]?.mode ?? 'none', latencyMs: faults[id]?.latencyMs ?? 0 })),
});

const toFaults = (values: FormOutput): Faults =>
  Object.fromEntries(values.rows.map(({ id, mode, latencyMs }) => [id, { mode, latencyMs }]));

/** For testers (mocks on only): make a registry slow or fail, to see how the app copes. */
export function FaultsPage() {
  const { t } = useTranslation('devtools');
  const current = useQuery(faultQueries.all());
  return (
    <Page title={t('title')} lead={t('lead')}>
      {current.data ? <FaultsForm initial={current.data} /> : null}
      {!current.data && current.isError ? (
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      ) : null}
      {!current.data && !current.isError ? <LoadingState /> : null}
      <SimulateLookup />
    </Page>
  );
}

function FaultsForm({ initial }: { initial: Faults }) {
  const { t } = useTranslation('devtools');
  const { t: tCommon } = useTranslation('common');
  const queryClient = useQueryClient();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: toForm(initial),
  });
  const mutation = useMutation({
    mutationFn: (values: FormOutput) => saveFaults(toFaults(values)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(faultQueries.all().queryKey, saved);
      // Everything shown so far was fetched without these faults: fetch it again.
      await queryClient.resetQueries({ queryKey: ['registries'] });
      await queryClient.resetQueries({ queryKey: ['brp'] });
    },
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      <table className="mg-table">
        <caption className="mg-table__caption">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry')}</th>
            <th scope="col">{t('mode')}</th>
            <th scope="col">{t('latency')}</th>
          </tr>
        </thead>
        <tbody>
          {registryIds.map((id, index) => (
            <tr key={id}>
              <th scope="row">{tCommon(`registries.${id}.name`)}</th>
              <td>
                <select
                  className="utrecht-select utrecht-select--html-select"
                  aria-label={t('modeFor', { name: tCommon(`registries.${id}.name`) })}
                  {...form.register(`rows.${index}.mode`)}
                >
                  {faultModes.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`modes.${mode}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  className="utrecht-textbox utrecht-textbox--html-input mg-textbox--narrow"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={120000}
                  step={100}
                  aria-label={t('latencyFor', { name: tCommon(`registries.${id}.name`) })}
                  {...form.register(`rows.${index}.latencyMs`)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="submit" appearance="primary" busy={mutation.isPending} disabled={mutation.isPending}>
        {t('save')}
      </Button>
      {mutation.isSuccess ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t('saved')}</p>
        </Alert>
      ) : null}
      {mutation.isError ? <ErrorState error={mutation.error} /> : null}
    </form>
  );
}

/** Issue 4: simulate a new ad-hoc look-up (it appears in the log; a message too when opted in). */
function SimulateLookup() {
  const { t } = useTranslation('devtools');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: simulateLookup,
    onSuccess: () => queryClient.resetQueries({ queryKey: ['verwerkingen'] }),
  });
  return (
    <section aria-labelledby="lookup-title" className="mg-section">
      <h2 id="lookup-title" className="utrecht-heading-2">
        {t('lookup.title')}
      </h2>
      <p className="utrecht-paragraph">{t('lookup.intro')}</p>
      <Button busy={mutation.isPending} disabled={mutation.isPending} onClick={() => mutation.mutate()}>
        {t('lookup.button')}
      </Button>
      {mutation.isSuccess ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">
            {mutation.data.bericht ? t('lookup.doneWithMessage') : t('lookup.doneNoMessage')}
          </p>
        </Alert>
      ) : null}
      {mutation.isError ? <ErrorState error={mutation.error} /> : null}
    </section>
  );
}
