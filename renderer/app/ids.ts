// New identifiers for cameras, risks, measures and table rows.
export const newId = (): string => crypto.randomUUID();
