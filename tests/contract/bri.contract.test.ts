// @vitest-environment node
import { zoekInkomens } from '@mocks/data/bri/inkomens';
import { briHandlers } from '@mocks/handlers/bri';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'bri',
  handlers: briHandlers,
  core: zoekInkomens,
});
