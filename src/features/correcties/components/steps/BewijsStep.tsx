import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { isApiError } from '@/lib/api-client';
import { MAX_UPLOAD_BYTES } from '@/lib/file-type';
import { checkFile, removeEvidence, uploadEvidence } from '../../api/upload';
import { ErrorSummary, FileField } from '../fields';
import { StepPage, type StepProps } from './StepPage';
import { useFocusSummary } from './useStepForm';

type UploadState = { name: string; fraction: number } | null;

/** Step 4: evidence (optional): files are uploaded as they are chosen, and can be removed again. */
export function BewijsStep({ draft, update, next }: StepProps) {
  const { t, i18n } = useTranslation('correcties');
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
    <StepPage title={t('bewijs.titel')} draft={draft}>
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
