/** The time, passed in so tests can stand on any date. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
