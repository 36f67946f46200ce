import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { errorMessageKey } from '@/components/ErrorState';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { askWhy, QUESTION_MAX, type UitlegResult } from '../api/uitleg';
import type { LogEvent } from '../model/log';
import { todayIso } from '@/lib/clock';

/**
 * "Waarom is dit gebeurd?": one question to the organisation that did this processing (the
 * event's controller, GDPR art. 15); the last day to answer is what its zaak says.
 */
export function AskWhy({ event, when }: { event: LogEvent; when: string }) {
  const { t, i18n } = useTranslation('verwerkingen');
  const { t: tc } = useTranslation('common');
  const queryClient = useQueryClient();
  const schema = z.object({
    question: z
      .string()
      .trim()
      .min(1, t('ask.required'))
      .max(QUESTION_MAX, t('ask.tooLong', { max: QUESTION_MAX })),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { question: '' } });
  // One key per request, kept across failed attempts: it names the zaak, so a retry finds it instead of making a second one.
  const key = useRef<string>(crypto.randomUUID());
  const [result, setResult] = useState<UitlegResult | undefined>();
  const confirmationRef = useRef<HTMLDivElement>(null);
  const mutation = useMutation({
    mutationFn: (question: string) =>
      askWhy(queryClient, {
        organisationId: event.organisationId,
        traceId: event.traceId,
        spanId: event.spanId,
        question,
        about: `Vraag over: ${event.action} door ${event.organisation}${event.recipient ? ` aan ${event.recipient}` : ''} op ${when} (trace ${event.traceId}, span ${event.spanId}).`,
        key: key.current,
        today: todayIso(),
      }),
    onSuccess: (r) => {
      setResult(r);
      key.current = crypto.randomUUID();
      requestAnimationFrame(() => confirmationRef.current?.focus());
    },
  });
  const error = form.formState.errors.question?.message;
  const length = useWatch({ control: form.control, name: 'question' }).length;

  if (result) {
    return (
      <div ref={confirmationRef} tabIndex={-1} className="mg-confirmation">
        <Alert type="ok" heading={t('ask.sentTitle')} role="status">
          <dl className="mg-confirmation__list">
            <dt>{t('ask.reference')}</dt>
            <dd data-testid="zaak-identificatie">{result.identificatie}</dd>
            <dt>{t('ask.organisation')}</dt>
            <dd>{result.organisatie}</dd>
            <dt>{t('ask.received')}</dt>
            <dd>{formatDate(result.registratiedatum, i18n.language)}</dd>
            <dt>{t('ask.due')}</dt>
            <dd data-testid="uitleg-termijn">
              {result.dueDate ? formatDate(result.dueDate, i18n.language) : t('ask.dueUnknown')}
            </dd>
          </dl>
          <p className="utrecht-paragraph">
            {result.dueDate
              ? t('ask.next', { organisatie: result.organisatie, datum: formatDate(result.dueDate, i18n.language) })
              : t('ask.nextUnknown', { organisatie: result.organisatie })}
            {result.dueDate && result.verlengbaar ? (
              <> {t('ask.verlengbaar', { organisatie: result.organisatie })}</>
            ) : null}
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="mg-form"
      aria-labelledby="ask-title"
      onSubmit={form.handleSubmit((values) => mutation.mutate(values.question))}
    >
      {mutation.isError ? (
        <Alert type="error" heading={t('ask.failedTitle')} role="alert">
          {/* No such organisation in the registers (404): the question cannot go through the app. */}
          <p className="utrecht-paragraph">
            {isApiError(mutation.error) && mutation.error.status === 404
              ? t('ask.organisationFailed')
              : tc(errorMessageKey(mutation.error))}
          </p>
          <p className="utrecht-paragraph">{t('ask.failedKeep')}</p>
        </Alert>
      ) : null}
      <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="ask-question">
            {t('ask.label')}
          </label>
        </div>
        <div className="utrecht-form-field-description" id="ask-hint">
          {t('ask.hint', { max: QUESTION_MAX })}
        </div>
        {error ? (
          <div className="utrecht-form-field-error-message" id="ask-error">
            {error}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <textarea
            id="ask-question"
            rows={5}
            className={`utrecht-textarea utrecht-textarea--html-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'ask-hint ask-count ask-error' : 'ask-hint ask-count'}
            {...form.register('question')}
          />
        </div>
        <div className="utrecht-form-field-description" id="ask-count" aria-live="polite">
          {t('ask.count', { count: length, max: QUESTION_MAX })}
        </div>
      </div>
      <Button type="submit" appearance="primary" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('ask.busy') : mutation.isError ? t('ask.retry') : t('ask.submit')}
      </Button>
    </form>
  );
}
