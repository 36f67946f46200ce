// @vitest-environment node
import { zoekInkomstenverhoudingen } from '@mocks/data/uwv/inkomstenverhoudingen';
import { uwvHandlers } from '@mocks/handlers/uwv';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'uwv',
  path: '/uwv/inkomstenverhoudingen/_zoek',
  listKey: 'inkomstenverhoudingen',
  handlers: uwvHandlers,
  core: zoekInkomstenverhoudingen,
});
