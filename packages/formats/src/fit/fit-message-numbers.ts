/** Global FIT message numbers from Garmin's profile, checked once when the module loads. */
import { Profile } from '@garmin/fitsdk';

function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new Error(`the FIT profile has no message ${name}`);
  return num;
}

export const FIT_MESG = {
  FILE_ID: mesgNum('FILE_ID'),
  EVENT: mesgNum('EVENT'),
  RECORD: mesgNum('RECORD'),
  LAP: mesgNum('LAP'),
  SESSION: mesgNum('SESSION'),
  ACTIVITY: mesgNum('ACTIVITY'),
  WORKOUT: mesgNum('WORKOUT'),
  WORKOUT_STEP: mesgNum('WORKOUT_STEP'),
  EXERCISE_TITLE: mesgNum('EXERCISE_TITLE'),
} as const;
