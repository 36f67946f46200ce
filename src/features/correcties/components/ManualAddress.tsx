import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { handmatigAdresSchema, handmatigAdresTekst, type HandmatigAdres } from '../model/schemas';
import { ErrorSummary, foutKey, TextField, type Issue } from './fields';

type Values = {
  straat: string;
  huisnummer: string;
  huisletter: string;
  toevoeging: string;
  postcode: string;
  woonplaats: string;
};
const FIELDS = ['straat', 'huisnummer', 'huisletter', 'toevoeging', 'postcode', 'woonplaats'] as const;

/**
 * The address by hand, when the BAG search finds nothing (or not the right one). An address the
 * BAG does not know is a BAG matter too, so the request then also goes to the BAG holder
 * (`wat: 'adresBestaatNiet'`, see targetsOf); the page says so before the citizen continues.
 */
export function ManualAddress({
  start,
  onDone,
}: {
  start: { postcode: string; huisnummer: string };
  onDone: (adres: HandmatigAdres, weergave: string) => void;
}) {
  const { t } = useTranslation('correcties');
  const form = useForm<Values, unknown, HandmatigAdres>({
    resolver: zodResolver(handmatigAdresSchema),
    // What the citizen typed in the search is not asked again.
    defaultValues: {
      straat: '',
      huisnummer: start.huisnummer,
      huisletter: '',
      toevoeging: '',
      postcode: start.postcode,
      woonplaats: '',
    },
  });
  const errors = form.formState.errors;
  const issues: Issue[] = FIELDS.flatMap((name) =>
    errors[name]?.message ? [{ id: `handmatig-${name}`, message: t(foutKey(errors[name].message)) }] : [],
  );
  const message = (name: (typeof FIELDS)[number]) =>
    errors[name]?.message ? t(foutKey(errors[name].message)) : undefined;
  return (
    <form
      noValidate
      className="mg-form"
      onSubmit={(event) => void form.handleSubmit((values) => onDone(values, handmatigAdresTekst(values)))(event)}
    >
      <ErrorSummary title={t('foutenTitel')} issues={issues} summaryRef={null} />
      <p className="utrecht-paragraph">{t('adres.handmatig.uitleg')}</p>
      <TextField
        id="handmatig-straat"
        label={t('adres.handmatig.straat')}
        autoComplete="address-line1"
        error={message('straat')}
        registration={form.register('straat')}
      />
      <TextField
        id="handmatig-huisnummer"
        label={t('adres.huisnummer')}
        width="short"
        inputMode="numeric"
        error={message('huisnummer')}
        registration={form.register('huisnummer')}
      />
      <TextField
        id="handmatig-huisletter"
        label={t('adres.handmatig.huisletter')}
        hint={t('adres.handmatig.huisletterHint')}
        width="short"
        error={message('huisletter')}
        registration={form.register('huisletter')}
      />
      <TextField
        id="handmatig-toevoeging"
        label={t('adres.handmatig.toevoeging')}
        hint={t('adres.handmatig.toevoegingHint')}
        width="short"
        error={message('toevoeging')}
        registration={form.register('toevoeging')}
      />
      <TextField
        id="handmatig-postcode"
        label={t('adres.postcode')}
        hint={t('adres.postcodeHint')}
        width="short"
        autoComplete="postal-code"
        error={message('postcode')}
        registration={form.register('postcode')}
      />
      <TextField
        id="handmatig-woonplaats"
        label={t('adres.handmatig.woonplaats')}
        autoComplete="address-level2"
        error={message('woonplaats')}
        registration={form.register('woonplaats')}
      />
      <Button type="submit" appearance="primary">
        {t('verder')}
      </Button>
    </form>
  );
}
