/**
 * A JSON `null` where the generated types say `undefined`. NSwag types an optional field as `T | undefined`, but a PUT
 * must send every writable field (the API refuses a missing one) and `JSON.stringify` drops `undefined` members, so an
 * empty optional field (no organisation, no linked lead) has to go over the wire as `null`.
 */
export function orNull<T>(value: T | undefined | null | ''): T | undefined {
  return value === undefined || value === null || value === '' ? (null as unknown as undefined) : value;
}
