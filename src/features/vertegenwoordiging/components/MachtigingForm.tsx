import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { isApiError } from '@/lib/api-client';
import { isValidBsn } from '@/lib/bsn';
import { todayIso } from '@/lib/clock';
import { DIENSTEN } from '@/lib/session';
import { geefMachtiging, vertegenwoordigingQueries } from '../api/vertegenwoordiging';
import { plusJaren } from '../model/handeling';

type Fout = 'onbekend' | 'zelf' | 'alGemachtigd' | 'anders';

/** The gateway's refusal as one of our texts (its own Dutch text is never shown). */
function foutVan(error: unknown): Fout {
  if (!isApiError(error)) return 'anders';
  if (error.status === 422) return 'onbekend';
  if (error.status === 409) return 'alGemachtigd';
  if (error.status === 400 && error.problem?.invalidParams?.some((p) => p.code === 'zelf')) return 'zelf';
  return 'anders';
}

/** Give someone a mandate (issue 14): BSN and birth date of that person, what, until when. */
export function MachtigingForm() {
  const { t } = useTranslation('vertegenwoordiging');
  const queryClient = useQueryClient();
  const id = useId();
  const today = todayIso();
  const schema = z.object({
    bsn: z.string().trim().refine(isValidBsn, t('form.fouten.bsn')),
    geboortedatum: z.iso.date(t('form.fouten.geboortedatum')),
    diensten: z.array(z.enum(DIENSTEN)).min(1, t('form.fouten.diensten')),
    geldigTot: z.iso
      .date(t('form.fouten.geldigTot'))
      .refine((d) => d >= today && d <= plusJaren(today, 5), t('form.fouten.geldigTot')),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { bsn: '', geboortedatum: '', diensten: ['gegevens'], geldigTot: plusJaren(today, 1) },
  });
  const [gegeven, setGegeven] = useState<string | undefined>();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      geefMachtiging({
        gemachtigde: { bsn: v.bsn, geboortedatum: v.geboortedatum },
        diensten: v.diensten,
        geldigTot: v.geldigTot,
      }),
    onSuccess: async (m) => {
      setGegeven(m.naam);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: vertegenwoordigingQueries.all() });
    },
  });
  const errors = form.formState.errors;
  const field = (name: 'bsn' | 'geboortedatum' | 'geldigTot', label: string, hint?: string, type = 'text') => {
    const error = errors[name]?.message;
    const describedBy =
      [hint ? `${id}-${name}-hint` : '', error ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={`${id}-${name}`}>
            {label}
          </label>
        </div>
        {hint ? (
          <div className="utrecht-form-field-description" id={`${id}-${name}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? (
          <div className="utrecht-form-field-error-message" id={`${id}-${name}-error`}>
            {error}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id={`${id}-${name}`}
            type={type}
            className={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            {...(name === 'bsn' ? { inputMode: 'numeric' as const, autoComplete: 'off', maxLength: 9 } : {})}
            {...form.register(name)}
          />
        </div>
      </div>
    );
  };
  const dienstenError = errors.diensten?.message;
  return (
    <form
      noValidate
      className="mg-form mg-machtiging-form"
      aria-labelledby={`${id}-title`}
      onSubmit={form.handleSubmit((v) => {
        setGegeven(undefined);
        mutation.mutate(v);
      })}
    >
      <h3 id={`${id}-title`} className="utrecht-heading-3">
        {t('form.title')}
      </h3>
      {gegeven ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t('form.gegeven', { naam: gegeven })}</p>
        </Alert>
      ) : null}
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t(`form.fouten.${foutVan(mutation.error)}`)}</p>
        </Alert>
      ) : null}
      {field('bsn', t('form.bsn'), t('form.bsnHint'))}
      {field('geboortedatum', t('form.geboortedatum'), undefined, 'date')}
      <fieldset className="utrecht-form-fieldset" aria-describedby={dienstenError ? `${id}-diensten-error` : undefined}>
        <legend className="utrecht-form-label">{t('form.diensten')}</legend>
        {dienstenError ? (
          <div className="utrecht-form-field-error-message" id={`${id}-diensten-error`}>
            {dienstenError}
          </div>
        ) : null}
        {DIENSTEN.map((d) => (
          <div key={d} className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={`${id}-dienst-${d}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              value={d}
              {...form.register('diensten')}
            />{' '}
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-dienst-${d}`}>
              {t(`dienst.${d}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {field('geldigTot', t('form.geldigTot'), t('form.geldigTotHint'), 'date')}
      <Button type="submit" appearance="primary" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('form.busy') : t('form.submit')}
      </Button>
    </form>
  );
}
