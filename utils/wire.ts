/**
 * A value that crosses extension messaging as one JSON string. Chrome converts a message's nested objects one by one
 * on the receiving side: a 240 KB analysis (a 50k-character page) cost ~60–110 ms of the page's main thread as an
 * object, while one string crosses in about a millisecond and JSON.parse reads it in a few.
 */
export type Packed<T> = string & { readonly __packed?: T };

export const pack = <T>(value: T): Packed<T> => JSON.stringify(value) as Packed<T>;

export const unpack = <T>(packed: Packed<T>): T => JSON.parse(packed) as T;
