import 'i18next';
import type common from '@/i18n/nl/common.json';
import type session from '@/i18n/nl/session.json';
import type brp from '@/i18n/nl/brp.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; session: typeof session; brp: typeof brp };
  }
}
