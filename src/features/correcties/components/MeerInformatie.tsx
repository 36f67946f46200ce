import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { isApiError } from '@/lib/api-client';
import { todayIso } from '@/lib/clock';
import { MAX_UPLOAD_BYTES } from '@/lib/file-type';
import { formatDate } from '@/lib/format';
import { isIsoDate } from '@/lib/deadlines';
import { invalidateAfter } from '../api/invalidate';
import { correctieQueries } from '../api/queries';
import { checkFile, uploadEvidence } from '../api/upload';
import { zgw } from '../api/zgw';
import { FileField } from './fields';
import type { ZaakVM } from '../model/verzoek';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; naam: string; fraction: number }
  | { kind: 'sent'; naam: string }
  | { kind: 'error'; message: string };

/**
 * "Meer informatie nodig" (issue 19): the holder's question, the day it wants the answer (the
 * holder's eigenschap `antwoordGevraagdVoor`), what happens without one, and the answer itself: a
 * file with an optional note, added to the zaak as a document (the only thing a citizen adds to a
 * zaak, docs/decisions/021). A retry sends the same file once: the upload is named by its bytes
 * and the zaak refuses the same document twice, which counts as done.
 */
export function MeerInformatie({ zaak, houder }: { zaak: ZaakVM; houder: string }) {
  const { t, i18n } = useTranslation('correcties');
  const queryClient = useQueryClient();
  const eigenschappen = useQuery(correctieQueries.eigenschappen(zaak.uuid));
  const voor = eigenschappen.data?.find((e) => e.naam === 'antwoordGevraagdVoor')?.waarde;
  const deadline = voor && isIsoDate(voor) ? voor : undefined;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [note, setNote] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const vraag = zaak.history[zaak.history.length - 1]?.toelichting ?? '';
  const mb = MAX_UPLOAD_BYTES / 1024 / 1024;
  const lang = i18n.language;

  const send = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setPhase({ kind: 'error', message: t('infoNodig.fout.geenBestand') });
      return;
    }
    if ([...note].length > 1000) {
      setPhase({ kind: 'error', message: t('infoNodig.fout.teLang') });
      return;
    }
    const check = await checkFile(file);
    if (!check.ok) {
      setPhase({ kind: 'error', message: t(`bewijs.fout.${check.problem}`, { naam: file.name, mb }) });
      return;
    }
    setPhase({ kind: 'busy', naam: file.name, fraction: 0 });
    try {
      if (!zaak.registry) throw new Error('zaak without registry');
      const doc = await uploadEvidence({
        bytes: check.bytes,
        bestandsnaam: file.name,
        registry: zaak.registry,
        verzoekKenmerk: `antwoord:${zaak.identificatie}`,
        creatiedatum: todayIso(),
        taal: lang.startsWith('en') ? 'eng' : 'dut',
        onProgress: (fraction) => setPhase({ kind: 'busy', naam: file.name, fraction }),
      });
      try {
        await zgw.createZio({
          zaak: zaak.url,
          informatieobject: doc.url,
          titel: file.name.slice(0, 200),
          beschrijving: note.trim(),
        });
      } catch (error) {
        // Already linked by an earlier try that lost its answer: done.
        const unique =
          isApiError(error) && error.status === 400 && error.problem?.invalidParams?.some((p) => p.code === 'unique');
        if (!unique) throw error;
      }
      setPhase({ kind: 'sent', naam: file.name });
      setNote('');
      if (fileRef.current) fileRef.current.value = '';
      await invalidateAfter(queryClient, { kind: 'antwoord', zaak });
    } catch {
      setPhase({ kind: 'error', message: t('infoNodig.fout.versturen', { naam: file.name }) });
    }
  };

  if (phase.kind === 'sent') {
    return (
      <Alert type="ok" role="status" headingLevel={3} heading={t('infoNodig.verstuurdTitel')}>
        <p className="utrecht-paragraph">{t('infoNodig.verstuurd', { naam: phase.naam, houder })}</p>
      </Alert>
    );
  }
  const late = deadline !== undefined && deadline < todayIso();
  const fieldId = `antwoord-${zaak.uuid}`;
  return (
    <section aria-labelledby={`info-${zaak.uuid}`} className="mg-section mg-info-nodig">
      <Alert type="warning" role="note" headingLevel={3} heading={t('detail.infoNodigTitel')}>
        <p className="utrecht-paragraph">{t('infoNodig.vraagVan', { houder })}</p>
        <blockquote className="mg-quote">{vraag}</blockquote>
        {deadline ? (
          <p className="utrecht-paragraph">
            <strong>{t(late ? 'infoNodig.voorbij' : 'infoNodig.voor', { datum: formatDate(deadline, lang) })}</strong>
          </p>
        ) : null}
        <p className="utrecht-paragraph">{t('infoNodig.zonder', { houder })}</p>
      </Alert>
      <h3 id={`info-${zaak.uuid}`} className="utrecht-heading-3">
        {t('infoNodig.antwoordTitel')}
      </h3>
      <form
        noValidate
        className="mg-form"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        {phase.kind === 'error' ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{phase.message}</p>
          </Alert>
        ) : null}
        <FileField
          id={`${fieldId}-bestand`}
          label={t('infoNodig.bestand')}
          hint={t('bewijs.hint', { mb })}
          inputRef={fileRef}
          disabled={phase.kind === 'busy'}
          // A new choice answers the earlier error: do not leave it standing.
          onChange={() => setPhase((p) => (p.kind === 'error' ? { kind: 'idle' } : p))}
        />
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={`${fieldId}-notitie`}>
              {t('infoNodig.notitie')}
            </label>
          </div>
          <textarea
            id={`${fieldId}-notitie`}
            className="utrecht-textarea utrecht-textarea--html-textarea mg-textarea"
            rows={4}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div aria-live="polite">
          {phase.kind === 'busy' ? (
            <div className="mg-upload">
              <label htmlFor={`${fieldId}-voortgang`}>
                {t('bewijs.bezig', { naam: phase.naam, procent: Math.round(phase.fraction * 100) })}
              </label>
              <progress
                id={`${fieldId}-voortgang`}
                className="mg-progress"
                max={100}
                value={Math.round(phase.fraction * 100)}
              />
            </div>
          ) : null}
        </div>
        <Button type="submit" appearance="primary" busy={phase.kind === 'busy'} disabled={phase.kind === 'busy'}>
          {t('infoNodig.versturen')}
        </Button>
      </form>
    </section>
  );
}
