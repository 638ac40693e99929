/** Drops undefined fields, so JSON and YAML have no nulls and optional fields are simply absent. */
export const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
