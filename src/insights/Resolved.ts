/**
 * An options type with every default applied: each field present and
 * defined, whatever `undefined` the caller passed.
 */
export type Resolved<Options> = {
  [Key in keyof Options]-?: Exclude<Options[Key], undefined>;
};
