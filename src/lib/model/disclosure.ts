/** What the content gives of a recipient: where its data goes, who it is. */
import { isKnown } from '../../core/disclosure';
import type { Activity, ProcessorData } from '../../schemas/processor';

/** The locations (countries and regions) an activity processes or stores data in, as far as given. */
export const knownCountries = (activity: Activity): string[] => [
  ...new Set([
    ...(isKnown(activity.processing) ? activity.processing : []),
    ...(activity.storage !== undefined && isKnown(activity.storage) ? activity.storage : []),
  ]),
];

/**
 * Whether an activity's processing and storage locations are both given. Storage left out is not
 * stated: it is never taken to be where the data is processed.
 */
export const locationsDisclosed = (activity: Activity): boolean =>
  isKnown(activity.processing) && activity.storage !== undefined && isKnown(activity.storage);

type Entity = ProcessorData['legalEntity'];

/** The legal entity's name where it is given; undefined for a category or an entity not given. */
export const entityName = (entity: Entity): string | undefined =>
  entity !== undefined && isKnown(entity) ? entity.name : undefined;

/** The country the legal entity is established in, where it is given. */
export const entityCountry = (entity: Entity): string | undefined =>
  entity !== undefined && isKnown(entity) && isKnown(entity.country) ? entity.country : undefined;
