// @vitest-environment node
import { zoekInkomens } from '@mocks/data/bri/inkomens';
import { briHandlers } from '@mocks/handlers/bri';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'bri',
  path: '/bri/inkomens/_zoek',
  listKey: 'inkomens',
  handlers: briHandlers,
  core: zoekInkomens,
});
