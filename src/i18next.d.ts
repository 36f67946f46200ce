import 'i18next';
import type common from '@/i18n/nl/common.json';
import type session from '@/i18n/nl/session.json';
import type brp from '@/i18n/nl/brp.json';
import type bag from '@/i18n/nl/bag.json';
import type brk from '@/i18n/nl/brk.json';
import type woz from '@/i18n/nl/woz.json';
import type rdw from '@/i18n/nl/rdw.json';
import type kvk from '@/i18n/nl/kvk.json';
import type bri from '@/i18n/nl/bri.json';
import type uwv from '@/i18n/nl/uwv.json';
import type duo from '@/i18n/nl/duo.json';
import type devtools from '@/i18n/nl/devtools.json';
import type toegankelijkheid from '@/i18n/nl/toegankelijkheid.json';
import type correcties from '@/i18n/nl/correcties.json';
import type berichten from '@/i18n/nl/berichten.json';
import type verwerkingen from '@/i18n/nl/verwerkingen.json';
import type audit from '@/i18n/nl/audit.json';
import type vertegenwoordiging from '@/i18n/nl/vertegenwoordiging.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      session: typeof session;
      brp: typeof brp;
      bag: typeof bag;
      brk: typeof brk;
      woz: typeof woz;
      rdw: typeof rdw;
      kvk: typeof kvk;
      bri: typeof bri;
      uwv: typeof uwv;
      duo: typeof duo;
      devtools: typeof devtools;
      toegankelijkheid: typeof toegankelijkheid;
      correcties: typeof correcties;
      berichten: typeof berichten;
      verwerkingen: typeof verwerkingen;
      audit: typeof audit;
      vertegenwoordiging: typeof vertegenwoordiging;
    };
  }
}
