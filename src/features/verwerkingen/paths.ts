import { paths } from '@/config/paths';

/** The detail page of one event; the id is trace + span id, never personal data. */
export const eventPath = (id: string) => paths.verwerking.replace(':id', encodeURIComponent(id));
