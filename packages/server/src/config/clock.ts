/** The time, passed in so tests can stand on any date. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** The clock's date, YYYY-MM-DD in UTC: the server's "today" where the runner gives none. */
export const dateOf = (clock: Clock): string => clock().toISOString().slice(0, 10);
