/** The few line icons the app uses, inline so they cost no request and follow the text colour. */
import type { SessionType } from '@speedwork/core';

const PATHS = {
  today: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z',
  plan: 'M8 3v3m8-3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm3 8h2m4 0h2m-8 4h2',
  progress: 'M4 19h16M6 16l4-5 4 3 5-7',
  library: 'M5 4h4v16H5zM10 4h4v16h-4zM15.5 4.5l3.8 1-3.7 15-3.9-1',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4.9a7.6 7.6 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.5a7.6 7.6 0 0 0-2.2 1.3l-2.4-.9-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-.9c.7.5 1.4 1 2.2 1.3l.4 2.6h4l.4-2.6c.8-.3 1.5-.8 2.2-1.3l2.4.9 2-3.4-2-1.6c.1-.4.1-.9.1-1.3Z',
  sun: 'M12 17a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0-15v2m0 16v2M4.2 4.2l1.4 1.4m12.8 12.8 1.4 1.4M2 12h2m16 0h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4',
  moon: 'M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z',
  auto: 'M12 21a9 9 0 1 0 0-18v18Zm0 0a9 9 0 1 1 0-18',
  chevronLeft: 'm15 18-6-6 6-6',
  chevronRight: 'm9 18 6-6-6-6',
  check: 'm5 12 5 5L20 7',
  strength: 'M6 7v10M3 9v6m15-8v10m3-8v6M6 12h12',
  track: 'M12 4c4.4 0 8 3.6 8 8s-3.6 8-8 8-8-3.6-8-8 3.6-8 8-8Zm0 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
  hills: 'm3 19 6-10 4 6 3-4 5 8H3Z',
  easy: 'M13 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm-3 16 2-6 3 3v3m-5-9 3-2 3 3h3M9 11l-3 1',
  // A winding route to a far point: the long run.
  long: 'M4 19h11a3.5 3.5 0 0 0 0-7H9a3.5 3.5 0 0 1 0-7h10m-2-2 2 2-2 2',
  // A gauge held past the middle: steady, comfortably hard.
  tempo: 'M12 14l4-4M5 19a9 9 0 1 1 14 0H5Z',
  // Hard reps with easy jogs between.
  intervals: 'M4 19v-8m5 8V7m5 12v-8m5 8V7M3 19h18',
  race: 'M5 21V4m0 0h11l-2 4 2 4H5',
  'time-trial': 'M12 8v5l2 2m-4-13h4m-2 0v3m7 8a7 7 0 1 1-14 0 7 7 0 0 1 14 0Z',
  offline:
    'M3 3l18 18M8.5 16.4a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 4-2.4m6 .1a10 10 0 0 1 4 2.3M2 9.3a15 15 0 0 1 4.2-2.8m5.8-.9A15 15 0 0 1 22 9.3M12 20h.01',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon(props: { name: IconName | SessionType; size?: number; label?: string }) {
  const size = props.size ?? 22;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="icon"
      {...(props.label ? { role: 'img', 'aria-label': props.label } : { 'aria-hidden': true })}
    >
      <path d={PATHS[props.name]} />
    </svg>
  );
}
