/** What the content discloses of a recipient: where its data goes, who it is. */
import { isDisclosed } from '../../core/disclosure';
import type { Activity, ProcessorData } from '../../schemas/processor';

/** The countries an activity processes or stores data in, as far as the vendor disclosed them. */
export const knownCountries = (activity: Activity): string[] => [
  ...new Set([
    ...(isDisclosed(activity.processing) ? activity.processing : []),
    ...(activity.storage !== undefined && isDisclosed(activity.storage) ? activity.storage : []),
  ]),
];

/** Whether an activity's processing and storage countries were both disclosed. */
export const locationsDisclosed = (activity: Activity): boolean =>
  isDisclosed(activity.processing) &&
  (activity.storage === undefined || isDisclosed(activity.storage));

type Entity = ProcessorData['legalEntity'];

/** The legal entity's name where it was disclosed; undefined for a category or an undisclosed entity. */
export const entityName = (entity: Entity): string | undefined =>
  entity !== undefined && isDisclosed(entity) ? entity.name : undefined;

/** The country the legal entity is established in, where it was disclosed. */
export const entityCountry = (entity: Entity): string | undefined =>
  entity !== undefined && isDisclosed(entity) && isDisclosed(entity.country)
    ? entity.country
    : undefined;
