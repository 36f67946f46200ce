import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { Page } from '@/components/Page';
import { correctiePath, paths, registryPath, verzoekPath } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { MAX_UPLOAD_BYTES } from '@/lib/file-type';
import { formatDate } from '@/lib/format';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { ownBsn } from '@/lib/session';
import { zoekAdressen, type BagAdres } from '../api/bag';
import { correctieQueries } from '../api/queries';
import { submitCorrection } from '../api/submit';
import { checkFile, removeEvidence, uploadEvidence } from '../api/upload';
import {
  firstOpenStep,
  gegevenNaam,
  isAddressField,
  isDateField,
  loadDraft,
  newDraft,
  proposedValue,
  removeDraft,
  ruleOf,
  saveDraft,
  steps,
  targetsOf,
  type Draft,
  type Step,
  type Wat,
} from '../model/draft';
import {
  adresZoekSchema,
  beperkingSchema,
  datumSchema,
  toelichtingSchema,
  TOELICHTING_MAX,
  waardeSchema,
  watSchema,
} from '../model/schemas';
import { ErrorSummary, FileField, foutKey, Radios, TextField, type Issue } from './fields';
import { ManualAddress } from './ManualAddress';
import { RoutePage } from './RoutePage';
import { fieldKinds, needsRoutePage, type FieldKind } from '@/lib/remedies';
import '../correcties.css';

type StepProps = {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  next: () => void;
  /** Throw the answers away and start this request again (the first step offers it). */
  restart?: () => void;
};

function issuesOf(errors: FieldErrors, t: TFunction<'correcties'>, ids: Record<string, string> = {}): Issue[] {
  return Object.entries(errors).flatMap(([name, error]) =>
    error?.message ? [{ id: ids[name] ?? name, message: t(foutKey(String(error.message))) }] : [],
  );
}

function useFocusSummary(count: number) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  return ref;
}

function useT() {
  return useTranslation('correcties');
}

function StepPage({
  title,
  field,
  children,
  back,
}: {
  title: string;
  field: Draft;
  children: ReactNode;
  back?: string;
}) {
  const { t } = useT();
  const { stap } = useParams();
  const number = steps.indexOf(stap as Step) + 1;
  // Every step has a way back; the first goes back to the page the citizen came from.
  const backTo = back ?? registryPath(field.registry);
  return (
    <Page title={title} {...(number > 0 ? { caption: t('stapVan', { stap: number, totaal: steps.length }) } : {})}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link mg-back-link" to={backTo}>
          {back ? t('terug') : t('terugNaarGegeven')}
        </Link>
      </p>
      <div className="mg-correctie-veld">
        <span className="mg-correctie-veld__label">{t('gegeven', { label: gegevenNaam(field) })}</span>
        {field.huidigeWaarde ? (
          <span className="mg-correctie-veld__waarde">{t('nuGeregistreerd', { waarde: field.huidigeWaarde })}</span>
        ) : null}
      </div>
      {children}
      <Stoppen draft={field} />
    </Page>
  );
}

/**
 * "Stoppen" (issue 19): leave the flow, choosing to keep the answers for later (the draft stays,
 * bound to this sign-in, and the first step offers to continue) or to throw them away (the draft
 * and any evidence already uploaded are removed). Until sign-out either way: drafts never outlive it.
 */
function Stoppen({ draft }: { draft: Draft }) {
  const { t } = useT();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  const leave = () => void navigate(registryPath(draft.registry));
  if (!asking) {
    return (
      <p className="utrecht-paragraph mg-stoppen">
        <Button appearance="subtle" onClick={() => setAsking(true)}>
          {t('stoppen.knop')}
        </Button>
      </p>
    );
  }
  return (
    <section className="mg-section mg-stoppen" aria-labelledby="stoppen-vraag">
      <h2 id="stoppen-vraag" ref={questionRef} tabIndex={-1} className="utrecht-heading-3">
        {t('stoppen.vraag')}
      </h2>
      <p className="utrecht-paragraph">{t('stoppen.uitleg')}</p>
      <div className="mg-button-row">
        <Button appearance="primary" onClick={leave}>
          {t('stoppen.bewaren')}
        </Button>{' '}
        <Button
          onClick={() => {
            removeDraft(draft.registry, draft.veld);
            // Not left behind on the server; if this fails, the gateway sweeps unlinked uploads after a day.
            for (const doc of draft.documenten) void removeEvidence(doc.url).catch(() => undefined);
            leave();
          }}
        >
          {t('stoppen.weggooien')}
        </Button>{' '}
        <Button appearance="subtle" onClick={() => setAsking(false)}>
          {t('stoppen.doorgaan')}
        </Button>
      </div>
    </section>
  );
}

/** On the first step, when answers were kept from before: continue where the citizen left off, or start again. */
function VerderGaan({ draft, restart }: { draft: Draft; restart: () => void }) {
  const { t } = useT();
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

function Continue({ busy = false }: { busy?: boolean }) {
  const { t } = useT();
  return (
    <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
      {t('verder')}
    </Button>
  );
}

// ---------------------------------------------------------------------------------------

function WatStep({ draft, update, next, restart }: StepProps) {
  const { t } = useT();
  const form = useForm<{ wat: Wat }>({
    resolver: zodResolver(watSchema),
    ...(draft.wat ? { defaultValues: { wat: draft.wat } } : {}),
  });
  const summaryRef = useFocusSummary(
    form.formState.submitCount && Object.keys(form.formState.errors).length ? form.formState.submitCount : 0,
  );
  const options: Array<{ value: Wat; label: string; hint?: string }> = [
    { value: 'onjuist', label: t('wat.onjuist') },
    { value: 'onvolledig', label: t('wat.onvolledig') },
    ...(isAddressField(draft.registry, draft.veld)
      ? [{ value: 'adresBestaatNiet' as const, label: t('wat.adresBestaatNiet'), hint: t('wat.adresBestaatNietHint') }]
      : []),
  ];
  return (
    <StepPage
      title={t('wat.titel')}
      field={draft}
      {...(needsRoutePage(ruleOf(draft)) ? { back: correctiePath(draft.registry, draft.veld, 'route') } : {})}
    >
      {restart ? <VerderGaan draft={draft} restart={restart} /> : null}
      <ErrorSummary title={t('foutenTitel')} issues={issuesOf(form.formState.errors, t)} summaryRef={summaryRef} />
      <form
        noValidate
        className="mg-form"
        onSubmit={form.handleSubmit((values) => {
          update({ wat: values.wat });
          next();
        })}
      >
        <Radios
          name="wat"
          legend={t('wat.vraag')}
          error={form.formState.errors.wat?.message ? t(foutKey(form.formState.errors.wat.message)) : undefined}
          options={options}
          registration={form.register('wat')}
        />
        <Continue />
      </form>
    </StepPage>
  );
}

function WaardeStep(props: StepProps) {
  if (isAddressField(props.draft.registry, props.draft.veld)) return <AdresStep {...props} />;
  return <TekstWaardeStep {...props} />;
}

function TekstWaardeStep({ draft, update, next }: StepProps) {
  const { t } = useT();
  const date = isDateField(draft.veld, draft.huidigeWaarde);
  const form = useForm<{ nieuweWaarde: string }>({
    resolver: zodResolver(date ? datumSchema : waardeSchema),
    defaultValues: { nieuweWaarde: draft.nieuweWaarde ?? '' },
  });
  const errors = form.formState.errors;
  const summaryRef = useFocusSummary(errors.nieuweWaarde ? form.formState.submitCount : 0);
  return (
    <StepPage title={t('waarde.titel')} field={draft} back={correctiePath(draft.registry, draft.veld, 'wat')}>
      <ErrorSummary title={t('foutenTitel')} issues={issuesOf(errors, t)} summaryRef={summaryRef} />
      <form
        noValidate
        className="mg-form"
        onSubmit={form.handleSubmit((values) => {
          update({ nieuweWaarde: values.nieuweWaarde, adres: undefined });
          next();
        })}
      >
        <TextField
          id="nieuweWaarde"
          label={t('waarde.label', { label: draft.label })}
          hint={date ? t('waarde.hintDatum') : t('waarde.hint')}
          type={date ? 'date' : 'text'}
          error={errors.nieuweWaarde?.message ? t(foutKey(errors.nieuweWaarde.message)) : undefined}
          registration={form.register('nieuweWaarde')}
        />
        <Continue />
      </form>
    </StepPage>
  );
}

function AdresStep({ draft, update, next }: StepProps) {
  const { t } = useT();
  const search = useForm<{ postcode: string; huisnummer: string }>({
    resolver: zodResolver(adresZoekSchema) as never,
    defaultValues: { postcode: draft.adres?.postcode ?? '', huisnummer: draft.adres?.huisnummer ?? '' },
  });
  const [results, setResults] = useState<BagAdres[] | undefined>(undefined);
  const [manual, setManual] = useState(false);
  const [choice, setChoice] = useState<string>(draft.adres?.nummeraanduiding ?? '');
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const lookup = useMutation({
    mutationFn: (v: { postcode: string; huisnummer: string }) => zoekAdressen(v.postcode, v.huisnummer),
  });
  const errors = search.formState.errors;
  // No address found is an error to fix at the postcode, in the summary and at the field (issue 19),
  // not a loose line of text; the way to type the address in by hand comes right after.
  const notFound = results?.length === 0 ? t('adres.geenResultaten') : undefined;
  const issues = [
    ...issuesOf(errors, t),
    ...(notFound && !errors.postcode ? [{ id: 'postcode', message: notFound }] : []),
    ...(choiceError ? [{ id: 'adreskeuze', message: choiceError }] : []),
  ];
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useFocusSummary(issues.length ? attempts + search.formState.submitCount : 0);

  const onSearch = search.handleSubmit(async (values) => {
    setChoiceError(undefined);
    const found = await lookup.mutateAsync(values).catch(() => undefined);
    setResults(found);
    if (found?.length === 1 && found[0]) setChoice(found[0].id);
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
    <StepPage title={t('adres.titel')} field={draft} back={correctiePath(draft.registry, draft.veld, 'wat')}>
      <ErrorSummary title={t('foutenTitel')} issues={issues} summaryRef={summaryRef} />
      {draft.adres && !results ? (
        <Alert type="info" role="status">
          <p className="utrecht-paragraph">{t('adres.gekozen', { adres: draft.adres.weergave })}</p>
          <Button appearance="primary" onClick={next}>
            {t('adres.gekozenHouden')}
          </Button>
        </Alert>
      ) : null}
      <form noValidate className="mg-form" onSubmit={(event) => void onSearch(event)}>
        <p className="utrecht-paragraph">{t('adres.uitleg')}</p>
        <TextField
          id="postcode"
          label={t('adres.postcode')}
          hint={t('adres.postcodeHint')}
          width="short"
          autoComplete="postal-code"
          error={errors.postcode?.message ? t(foutKey(errors.postcode.message)) : notFound}
          registration={search.register('postcode')}
        />
        <TextField
          id="huisnummer"
          label={t('adres.huisnummer')}
          width="short"
          inputMode="numeric"
          error={errors.huisnummer?.message ? t(foutKey(errors.huisnummer.message)) : undefined}
          registration={search.register('huisnummer')}
        />
        <Button type="submit" busy={lookup.isPending} disabled={lookup.isPending}>
          {t('adres.zoeken')}
        </Button>
      </form>
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
              start={search.getValues()}
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

function ToelichtingStep({ draft, update, next }: StepProps) {
  const { t } = useT();
  const form = useForm<{ toelichting: string }>({
    resolver: zodResolver(toelichtingSchema),
    defaultValues: { toelichting: draft.toelichting ?? '' },
  });
  const errors = form.formState.errors;
  const summaryRef = useFocusSummary(errors.toelichting ? form.formState.submitCount : 0);
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
    <StepPage title={t('toelichting.titel')} field={draft} back={correctiePath(draft.registry, draft.veld, 'waarde')}>
      <ErrorSummary title={t('foutenTitel')} issues={issuesOf(errors, t)} summaryRef={summaryRef} />
      <form
        noValidate
        className="mg-form"
        onSubmit={form.handleSubmit((values) => {
          update({ toelichting: values.toelichting });
          next();
        })}
      >
        <TextField
          id="toelichting"
          multiline
          label={t('toelichting.label')}
          hint={t('toelichting.hint')}
          error={errors.toelichting?.message ? t(foutKey(errors.toelichting.message)) : undefined}
          registration={form.register('toelichting')}
          after={
            <p className={`mg-char-count ${used > TOELICHTING_MAX ? 'mg-char-count--over' : ''}`} aria-live="polite">
              {used > TOELICHTING_MAX
                ? t('toelichting.teVeel', { count: used - TOELICHTING_MAX })
                : t('toelichting.over', { count: TOELICHTING_MAX - used })}
            </p>
          }
        />
        <Continue />
      </form>
    </StepPage>
  );
}

type UploadState = { name: string; fraction: number } | null;

function BewijsStep({ draft, update, next }: StepProps) {
  const { t, i18n } = useT();
  const [error, setError] = useState<string | undefined>();
  const [uploading, setUploading] = useState<UploadState>(null);
  const [attempts, setAttempts] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const summaryRef = useFocusSummary(error ? attempts : 0);
  const mb = MAX_UPLOAD_BYTES / 1024 / 1024;

  const onFiles = async (files: FileList | null) => {
    setError(undefined);
    const list = files ? [...files] : [];
    let current = draft.documenten;
    for (const file of list) {
      const check = await checkFile(file);
      if (!check.ok) {
        setError(t(`bewijs.fout.${check.problem}`, { naam: file.name, mb }));
        setAttempts((n) => n + 1);
        break;
      }
      setUploading({ name: file.name, fraction: 0 });
      try {
        const doc = await uploadEvidence({
          bytes: check.bytes,
          bestandsnaam: file.name,
          registry: draft.registry,
          verzoekKenmerk: draft.verzoekKenmerk,
          creatiedatum: draft.startdatum,
          taal: i18n.language.startsWith('en') ? 'eng' : 'dut',
          onProgress: (fraction) => setUploading({ name: file.name, fraction }),
        });
        // The same file twice is one document (api/upload.ts): list it once.
        if (!current.some((d) => d.url === doc.url))
          current = [...current, { url: doc.url, bestandsnaam: file.name, grootte: file.size }];
        update({ documenten: current });
      } catch (failure) {
        const status = isApiError(failure) ? failure.status : undefined;
        // The gateway reads the whole file: it may be damaged, or a PDF that acts on its own.
        const code = isApiError(failure)
          ? failure.problem?.invalidParams?.find((p) => p.name === 'inhoud')?.code
          : undefined;
        const key =
          status !== 400 ? 'upload' : code === 'corrupt' ? 'corrupt' : code === 'active-content' ? 'actief' : 'type';
        setError(t(`bewijs.fout.${key}`, { naam: file.name, mb }));
        setAttempts((n) => n + 1);
        break;
      } finally {
        setUploading(null);
      }
    }
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <StepPage title={t('bewijs.titel')} field={draft} back={correctiePath(draft.registry, draft.veld, 'toelichting')}>
      <ErrorSummary
        title={t('foutenTitel')}
        issues={error ? [{ id: 'bewijs', message: error }] : []}
        summaryRef={summaryRef}
      />
      <div className="mg-form">
        <FileField
          id="bewijs"
          label={t('bewijs.label')}
          hint={t('bewijs.hint', { mb })}
          error={error}
          inputRef={inputRef}
          multiple
          disabled={uploading !== null}
          onChange={(files) => void onFiles(files)}
        />
        <div aria-live="polite">
          {uploading ? (
            <div className="mg-upload">
              <label htmlFor="upload-voortgang">
                {t('bewijs.bezig', { naam: uploading.name, procent: Math.round(uploading.fraction * 100) })}
              </label>
              <progress
                id="upload-voortgang"
                className="mg-progress"
                max={100}
                value={Math.round(uploading.fraction * 100)}
              />
            </div>
          ) : null}
        </div>
        {draft.documenten.length ? (
          <>
            <h2 className="utrecht-heading-3">{t('bewijs.toegevoegd')}</h2>
            <ul className="utrecht-unordered-list mg-bestanden">
              {draft.documenten.map((doc, index) => (
                <li key={doc.url}>
                  <span className="mg-bestand__naam">{doc.bestandsnaam}</span> ({formatSize(doc.grootte, i18n.language)}
                  ){' '}
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      update({ documenten: draft.documenten.filter((_, i) => i !== index) });
                      // Not left behind on the server; if this fails, the gateway sweeps unlinked uploads after a day.
                      void removeEvidence(doc.url).catch(() => undefined);
                    }}
                  >
                    {t('bewijs.verwijder')}
                    <span className="mg-visually-hidden"> {doc.bestandsnaam}</span>
                  </Button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('bewijs.geen')}</p>
        )}
        <Button appearance="primary" disabled={uploading !== null} onClick={next}>
          {t('verder')}
        </Button>
      </div>
    </StepPage>
  );
}

function formatSize(bytes: number, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'nl-NL';
  if (bytes < 1024 * 1024)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

function BeperkingStep({ draft, update, next }: StepProps) {
  const { t } = useT();
  const form = useForm<{ beperking: 'ja' | 'nee' }>({
    resolver: zodResolver(beperkingSchema),
    ...(draft.beperking ? { defaultValues: { beperking: draft.beperking } } : {}),
  });
  const errors = form.formState.errors;
  const summaryRef = useFocusSummary(errors.beperking ? form.formState.submitCount : 0);
  return (
    <StepPage title={t('beperking.titel')} field={draft} back={correctiePath(draft.registry, draft.veld, 'bewijs')}>
      <ErrorSummary title={t('foutenTitel')} issues={issuesOf(errors, t)} summaryRef={summaryRef} />
      <p className="utrecht-paragraph">{t('beperking.uitleg')}</p>
      <form
        noValidate
        className="mg-form"
        onSubmit={form.handleSubmit((values) => {
          update({ beperking: values.beperking });
          next();
        })}
      >
        <Radios
          name="beperking"
          legend={t('beperking.vraag')}
          error={errors.beperking?.message ? t(foutKey(errors.beperking.message)) : undefined}
          options={[
            { value: 'ja', label: t('beperking.ja'), hint: t('beperking.jaHint') },
            { value: 'nee', label: t('beperking.nee') },
          ]}
          registration={form.register('beperking')}
        />
        <Continue />
      </form>
    </StepPage>
  );
}

function ControlerenStep({ draft, update }: StepProps) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [progress, setProgress] = useState(draft.submitted);
  const mutation = useMutation({
    mutationFn: async () =>
      submitCorrection(draft, await ownBsn(queryClient), (submitted) => {
        setProgress(submitted);
        // Saved as it goes: a retry after a failure halfway continues where it stopped.
        update({ submitted });
      }),
    onSuccess: async (submitted) => {
      update({ submitted, done: true });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      // Replace the check page: Back from the confirmation must not reopen a sent request.
      await navigate(correctiePath(draft.registry, draft.veld, 'bevestiging'), { replace: true });
    },
  });
  // Opened again after sending (a bookmark, Back): the request is sent, show where it went.
  if (draft.done && mutation.isIdle)
    return <Navigate to={correctiePath(draft.registry, draft.veld, 'bevestiging')} replace />;
  const change = (stap: Step) => `${correctiePath(draft.registry, draft.veld, stap)}?terug=controleren`;
  const targets = targetsOf(draft);
  const rows: Array<{ key: string; label: string; value: ReactNode; stap: Step }> = [
    { key: 'wat', label: t('controleren.wat'), value: draft.wat ? t(`wat.${draft.wat}`) : '', stap: 'wat' },
    { key: 'waarde', label: t('controleren.waarde'), value: proposedValue(draft), stap: 'waarde' },
    {
      key: 'toelichting',
      label: t('controleren.toelichting'),
      value: <span className="mg-pre">{draft.toelichting}</span>,
      stap: 'toelichting',
    },
    {
      key: 'bewijs',
      label: t('controleren.bewijs'),
      value: draft.documenten.length
        ? draft.documenten.map((d) => d.bestandsnaam).join(', ')
        : t('controleren.geenBewijs'),
      stap: 'bewijs',
    },
    {
      key: 'beperking',
      label: t('controleren.beperking'),
      value: draft.beperking ? t(`beperking.${draft.beperking}`) : '',
      stap: 'beperking',
    },
  ];
  const failed = mutation.isError;
  return (
    <StepPage
      title={t('controleren.titel')}
      field={draft}
      back={correctiePath(draft.registry, draft.veld, 'beperking')}
    >
      {failed ? (
        <Alert type="error" heading={t('controleren.misluktTitel')} role="alert">
          <p className="utrecht-paragraph">{t('controleren.mislukt')}</p>
        </Alert>
      ) : null}
      <dl className="mg-check-list">
        {rows.map((row) => (
          <div key={row.key} className="mg-check-list__row">
            <dt className="mg-check-list__key">{row.label}</dt>
            <dd className="mg-check-list__value">{row.value}</dd>
            <dd className="mg-check-list__action">
              <Link className="utrecht-link" to={change(row.stap)}>
                {t('controleren.wijzig')}
                <span className="mg-visually-hidden"> {row.label.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{t('controleren.naarWie')}</h2>
      <p className="utrecht-paragraph">
        {targets.length > 1 ? t('controleren.meerdereHouders', { count: targets.length }) : t('controleren.eenHouder')}
      </p>
      <HolderList registries={targets} />
      <h2 className="utrecht-heading-2">{t('controleren.versturenTitel')}</h2>
      <p className="utrecht-paragraph">{t('controleren.verklaring')}</p>
      {mutation.isPending ? (
        <p className="utrecht-paragraph" role="status">
          {t('controleren.bezig', { klaar: progress.length, totaal: targets.length })}
        </p>
      ) : null}
      <Button
        appearance="primary"
        busy={mutation.isPending}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
      >
        {failed ? t('controleren.opnieuw') : t('controleren.versturen')}
      </Button>
    </StepPage>
  );
}

function HolderList({ registries }: { registries: RegistryId[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {registries.map((registry) => (
        <HolderItem key={registry} registry={registry} />
      ))}
    </ul>
  );
}

function HolderItem({ registry }: { registry: RegistryId }) {
  const { t } = useT();
  const { t: tCommon } = useTranslation('common');
  const bronhouder = useQuery(correctieQueries.bronhouder(registry));
  const name = tCommon(`registries.${registry}.name`);
  return (
    <li>
      {bronhouder.data ? t('controleren.houder', { houder: bronhouder.data.bronhouder.naam, registratie: name }) : name}
    </li>
  );
}

function BevestigingStep({ draft }: StepProps) {
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  if (!draft.done) return <Navigate to={correctiePath(draft.registry, draft.veld, 'controleren')} replace />;
  const first = draft.submitted[0];
  return (
    <Page title={t('bevestiging.titel')}>
      <div className="mg-panel" role="status">
        <p className="mg-panel__title">{t('bevestiging.verstuurd')}</p>
        {draft.submitted.map((s) => (
          <p key={s.uuid} className="mg-panel__body">
            {t('bevestiging.referentie')} <strong className="mg-reference">{s.identificatie}</strong>
          </p>
        ))}
      </div>
      <h2 className="utrecht-heading-2">{t('bevestiging.wieTitel')}</h2>
      <dl className="mg-check-list">
        {draft.submitted.map((s) => (
          <div key={s.uuid} className="mg-check-list__row">
            <dt className="mg-check-list__key">{tCommon(`registries.${s.registry}.name`)}</dt>
            <dd className="mg-check-list__value">
              {t('bevestiging.houder', { houder: s.holder })}
              <br />
              {s.dueDate
                ? t('bevestiging.uiterlijk', { houder: s.holder, datum: formatDate(s.dueDate, i18n.language) })
                : null}
              {s.dueDate && s.verlengbaar ? <> {t('bevestiging.verlengbaar')}</> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{t('bevestiging.volgendeTitel')}</h2>
      <ul className="utrecht-unordered-list">
        <li>{t('bevestiging.stap1')}</li>
        <li>{t('bevestiging.stap2')}</li>
        {draft.registry === 'brp' ? <li>{t('bevestiging.stap3Brp')}</li> : null}
        {draft.beperking === 'ja' ? <li>{t('bevestiging.stapBeperking')}</li> : null}
        <li>{t('bevestiging.stap4')}</li>
      </ul>
      <p className="utrecht-paragraph">
        {first ? (
          <Link className="utrecht-link" to={verzoekPath(first.uuid)}>
            {t('bevestiging.bekijk')}
          </Link>
        ) : null}
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.overview}>
          {t('bevestiging.terugNaarGegevens')}
        </Link>
      </p>
    </Page>
  );
}

// ---------------------------------------------------------------------------------------

const STEP_COMPONENTS: Record<Step, (props: StepProps) => ReactNode> = {
  wat: WatStep,
  waarde: WaardeStep,
  toelichting: ToelichtingStep,
  bewijs: BewijsStep,
  beperking: BeperkingStep,
  controleren: ControlerenStep,
};

type LinkState = {
  label?: unknown;
  value?: unknown;
  onderwerp?: unknown;
  remedy?: { kind?: unknown; partij?: unknown };
} | null;

const isFieldKind = (value: unknown): value is FieldKind => fieldKinds.includes(value as FieldKind);

/** The flow: `/correctie/:registry/:veld/:stap`. The draft is the single source of truth. */
export function CorrectieFlow() {
  const { registry = '', veld: rawVeld = '', stap } = useParams();
  const registryId = registryIds.find((id) => id === registry);
  const veld = decodeURIComponent(rawVeld);
  if (!registryId || !veld || veld.length > 200) return <NotFoundText />;
  return <Flow key={`${registryId}:${veld}`} registry={registryId} veld={veld} stap={stap} />;
}

function NotFoundText() {
  const { t } = useT();
  return (
    <Page title={t('onbekend.titel')}>
      <p className="utrecht-paragraph">{t('onbekend.tekst')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.overview}>
          {t('bevestiging.terugNaarGegevens')}
        </Link>
      </p>
    </Page>
  );
}

function Flow({ registry, veld, stap }: { registry: RegistryId; veld: string; stap: string | undefined }) {
  const location = useLocation();
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => {
    const state = location.state as LinkState;
    const existing = loadDraft(registry, veld);
    // A finished request stays readable on its confirmation page; a new link ("Klopt dit niet?",
    // which carries the field's label) starts anew. Browser Back into a sent request is handled below.
    if (existing && !(existing.done && stap !== 'bevestiging')) return existing;
    if (existing?.done && typeof state?.label !== 'string') return existing;
    // Opened by a typed URL or a bookmark, without the link's label: never the field's code on the page (issue 19).
    const label =
      typeof state?.label === 'string'
        ? state.label
        : t('onbekendGegeven', { registratie: tCommon(`registries.${registry}.name`) });
    const value = typeof state?.value === 'string' ? state.value : '';
    const soort = isFieldKind(state?.remedy?.kind) ? state.remedy.kind : undefined;
    const partij = typeof state?.remedy?.partij === 'string' ? state.remedy.partij.slice(0, 200) : undefined;
    const onderwerp = typeof state?.onderwerp === 'string' ? state.onderwerp.slice(0, 200) : undefined;
    return newDraft(registry, veld, label, value, {
      ...(soort ? { soort } : {}),
      ...(partij ? { partij } : {}),
      ...(onderwerp ? { onderwerp } : {}),
      taal: i18n.language.startsWith('en') ? 'en' : 'nl',
    });
  });
  useEffect(() => saveDraft(draft), [draft]);

  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((current) => {
      const next = { ...current, ...patch };
      saveDraft(next);
      return next;
    });
  }, []);

  const back = new URLSearchParams(location.search).get('terug');
  const index = steps.indexOf(stap as Step);
  const next = useCallback(() => {
    const after = back === 'controleren' ? 'controleren' : steps[index + 1];
    void navigate(correctiePath(registry, veld, after));
  }, [back, index, navigate, registry, veld]);

  if (stap === 'bevestiging') return <BevestigingStep draft={draft} update={update} next={next} />;
  // Back (or a bookmark) into a request that was already sent: go to that request, never to an
  // empty flow titled with the field's code (issue 19).
  // (On the check page the request has just been sent: that page moves on to the confirmation.)
  if (draft.done && stap !== 'controleren') {
    const first = draft.submitted[0];
    return <Navigate to={first ? verzoekPath(first.uuid) : paths.mijnVerzoeken} replace />;
  }
  // Which route fits (src/lib/remedies.ts): before any question, when more than one does.
  if (stap === 'route') return <RoutePage draft={draft} />;
  if (index < 0) return <Navigate to={correctiePath(registry, veld, 'wat')} replace />;
  // No skipping ahead: a step whose earlier answers are missing goes back to the first open one.
  const open = firstOpenStep(draft);
  if (index > steps.indexOf(open) && !(open === 'bewijs' && stap === 'beperking')) {
    return <Navigate to={correctiePath(registry, veld, open)} replace />;
  }
  const StepComponent = STEP_COMPONENTS[steps[index] ?? 'wat'];
  const restart = () => {
    for (const doc of draft.documenten) void removeEvidence(doc.url).catch(() => undefined);
    removeDraft(registry, veld);
    setDraft(
      newDraft(registry, veld, draft.label, draft.huidigeWaarde, {
        ...(draft.soort ? { soort: draft.soort } : {}),
        ...(draft.partij ? { partij: draft.partij } : {}),
        ...(draft.onderwerp ? { onderwerp: draft.onderwerp } : {}),
        ...(draft.taal ? { taal: draft.taal } : {}),
      }),
    );
  };
  // A new draft (start again) is a new form: keyed by the request's own key.
  return <StepComponent key={draft.verzoekKenmerk} draft={draft} update={update} next={next} restart={restart} />;
}
