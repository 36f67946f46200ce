// @vitest-environment node
import { zoekVoertuigen } from '@mocks/data/rdw/voertuigen';
import { rdwHandlers } from '@mocks/handlers/rdw';
import { describeZoekContract } from './support/zoek-contract';

describeZoekContract({
  registry: 'rdw',
  handlers: rdwHandlers,
  core: zoekVoertuigen,
});
