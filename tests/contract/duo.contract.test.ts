// @vitest-environment node
import { zoekDiplomas } from '@mocks/data/duo/diplomas';
import { duoHandlers } from '@mocks/handlers/duo';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'duo',
  handlers: duoHandlers,
  core: zoekDiplomas,
});
