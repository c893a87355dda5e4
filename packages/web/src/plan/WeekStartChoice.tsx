/** "Weeks start on": the plan's own first day, Monday or Sunday, for the week view and the overview. */
import { Choice, ChoiceGroup } from '../ui/field.js';
import { weekdayShort } from '../units/pace-display.js';
import type { WeekStart } from './calendar-layout.js';
import { setWeekStart, useWeekStart } from './week-start.js';

export function WeekStartChoice(props: { planStart: string }) {
  const current = useWeekStart();
  const options: { value: WeekStart; label: string }[] = [
    { value: 'plan', label: `${weekdayShort(props.planStart)} (as the plan runs)` },
    { value: 'monday', label: 'Monday' },
    { value: 'sunday', label: 'Sunday' },
  ];
  return (
    <ChoiceGroup legend="Weeks start on" className="week-start">
      {options.map((o) => (
        <Choice
          key={o.value}
          type="radio"
          name="week-start"
          value={o.value}
          checked={current === o.value}
          onChange={() => {
            setWeekStart(o.value);
          }}
        >
          {o.label}
        </Choice>
      ))}
    </ChoiceGroup>
  );
}
