// @vitest-environment node
import { zoekInkomstenverhoudingen } from '@mocks/data/uwv/inkomstenverhoudingen';
import { uwvHandlers } from '@mocks/handlers/uwv';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'uwv',
  handlers: uwvHandlers,
  core: zoekInkomstenverhoudingen,
});
