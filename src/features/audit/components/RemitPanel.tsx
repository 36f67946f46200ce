import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { auditQueries } from '../api/audit';

/**
 * Which remit applies (issue 15), on every workspace page: whom the auditor works for, what
 * they may see and on what legal basis. The gateway limits every answer to it; this only
 * says so. Requests waiting for this auditor's four-eyes decision are announced here too.
 */
export function RemitPanel() {
  const { t, i18n } = useTranslation('audit');
  const id = useId();
  const remit = useQuery(auditQueries.bevoegdheid());
  const requests = useQuery(auditQueries.onthullingen());
  if (!remit.data) return null;
  const r = remit.data;
  const waiting = (requests.data?.verzoeken ?? []).filter(
    (v) => v.status === 'wacht' && v.aangevraagdDoor.id !== r.auditor.id,
  ).length;
  return (
    <section className="mg-audit-remit" aria-labelledby={`${id}-label`}>
      <p className="utrecht-paragraph">
        <strong id={`${id}-label`}>{t('remit.label')}</strong>{' '}
        {t('remit.as', { auditor: r.auditor.naam, toezichthouder: r.toezichthouder.naam })}
      </p>
      <p className="utrecht-paragraph" lang={i18n.language === 'en' ? 'en' : 'nl'}>
        {i18n.language === 'en' ? r.uitleg.en : r.uitleg.nl}
      </p>
      <details className="mg-audit-remit__more">
        <summary>{t('remit.more')}</summary>
        {r.verstrekkingenUit ? (
          <p className="utrecht-paragraph">
            {t('remit.disclosures', { registratie: r.verstrekkingenUit.registratie.toUpperCase() })}
          </p>
        ) : null}
        <p className="utrecht-paragraph">{t('remit.basis', { basis: r.wettelijkeBasis })}</p>
        {r.vierOgenBijGeheimhouding ? <p className="utrecht-paragraph">{t('remit.fourEyes')}</p> : null}
        <p className="utrecht-paragraph">{t('remit.organisations', { count: r.organisaties.length })}</p>
        <ul className="utrecht-unordered-list mg-audit-remit__orgs">
          {r.organisaties.map((o) => (
            <li key={o.id}>{o.naam}</li>
          ))}
        </ul>
      </details>
      {waiting > 0 ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`${paths.auditorTrail}#verzoeken`}>
            {t('remit.pending', { count: waiting })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
