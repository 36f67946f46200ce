import 'i18next';
import type { Resources } from '@/i18n/resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // The app's namespaces plus the ones each registry's folder adds (src/i18n/resources.ts).
    resources: Resources;
  }
}
