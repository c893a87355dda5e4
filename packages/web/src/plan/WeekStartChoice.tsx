/** "Weeks start on": the plan's own first day, Monday or Sunday, for the week view and the overview. */
import { RadioChoices } from '../ui/field.js';
import type { RadioOption } from '../ui/field.js';
import { weekdayShort } from '../units/pace-display.js';
import type { WeekStart } from './calendar-layout.js';
import { setWeekStart, useWeekStart } from './week-start.js';

export function WeekStartChoice(props: { planStart: string }) {
  const current = useWeekStart();
  const options: RadioOption<WeekStart>[] = [
    { value: 'plan', label: `${weekdayShort(props.planStart)} (as the plan runs)` },
    { value: 'monday', label: 'Monday' },
    { value: 'sunday', label: 'Sunday' },
  ];
  return (
    <RadioChoices
      legend="Weeks start on"
      className="week-start"
      name="week-start"
      options={options}
      value={current}
      onChoose={setWeekStart}
    />
  );
}
