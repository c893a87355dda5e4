/**
 * A broken rule in the words a runner reads when a move is refused (R-ADA-5): "two hard runs on consecutive
 * days", "no rest day left that week". Reads the rule id and the checker's message, so rules the checker
 * learns later still get an answer (their own message).
 */
import type { RuleViolation } from '../plan/check-plan-rules.js';

/**
 * @example ruleWords({ rule: 'R-REC-2', message: 'hard runs on consecutive dates 2026-12-15 and 2026-12-16' })
 * // "two hard runs on consecutive days"
 */
export function ruleWords(violation: RuleViolation): string {
  const message = violation.message.toLowerCase();
  switch (violation.rule) {
    case 'R-REC-2':
      return 'two hard runs on consecutive days';
    case 'R-REC-1':
      if (message.includes('rest day')) return 'no rest day left that week';
      if (message.includes('available day')) return 'not one of your training days';
      return 'two sessions on one day';
    case 'R-DAY-1':
      if (message.includes('strength has no'))
        return 'strength would be left without an easy or a quality run';
      if (message.includes('fewer than')) return 'the week would run on fewer days than it can';
      return 'only a run and a strength session may share a day';
    case 'R-STR-1':
      return message.includes('consecutive')
        ? 'strength on two days in a row'
        : 'more than two strength sessions in a week';
    case 'R-INT-5':
      return message.includes('more than 1 hill') || message.includes('more than one hill')
        ? 'more than one hill session in a week'
        : 'the hill repeats would climb faster than one repeat at a time';
    case 'R-INT-1':
      return 'interval running before your strength foundation is done';
    case 'R-INT-3':
    case 'R-INT-4':
      return 'the track ladder would climb faster than it may';
    case 'R-QUA-1':
      return message.includes('long')
        ? 'a hard run the day before or after the long run'
        : 'more hard days in a week than the plan allows';
    case 'R-REC-3':
      return message.includes('race')
        ? 'the race stays on its date, with the taper before it'
        : 'the deload week would no longer be lighter';
    case 'R-REC-4':
    case 'R-REC-5':
      return 'the deload or the taper would no longer be lighter';
    case 'R-TEC-2':
      return 'the technique focuses would no longer rotate through every two weeks';
    case 'R-VOL-1':
    case 'R-VOL-2':
      return 'a week would jump in running by more than the plan lets it grow';
    case 'R-LNG-1':
    case 'R-LNG-2':
      return 'the long run would no longer fit its week';
    case 'R-QUA-2':
      return 'the track or tempo steps would no longer build gradually';
    case 'R-REC-6':
      return 'race-pace work would run at a pace the plan cannot trust yet';
    default:
      return violation.message;
  }
}
