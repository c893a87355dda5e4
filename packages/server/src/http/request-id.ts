/** Request ids for the logs: the caller's `X-Request-Id` (cut to 64 characters), else ours, unique per process. */
let next = 0;
const prefix = `${process.pid.toString(36)}-`;

export function nextRequestId(given: string | string[] | undefined): string {
  const header = Array.isArray(given) ? given[0] : given;
  return header?.slice(0, 64) ?? `${prefix}${(next++).toString(36)}`;
}
