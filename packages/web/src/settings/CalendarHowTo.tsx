/**
 * How to add the calendar link in each common calendar app, folded away until asked for. Every app adds it
 * "by URL" (a subscription), which keeps polling the link, unlike importing a file once.
 */
import './settings.css';

const APPS: { name: string; steps: string[] }[] = [
  {
    name: 'Google Calendar',
    steps: [
      'On a computer, open calendar.google.com (the phone app cannot add a link).',
      'Beside “Other calendars” press +, then “From URL”.',
      'Paste your link and press “Add calendar”. It shows on your phone too, once synced.',
    ],
  },
  {
    name: 'Apple Calendar (iPhone, iPad, Mac)',
    steps: [
      'iPhone or iPad: in Settings open Calendar (under Apps on newer iPhones), then Accounts › Add Account › Other › Add Subscribed Calendar.',
      'Mac: in Calendar, File › New Calendar Subscription.',
      'Paste your link, then Next (or Subscribe) and Save.',
    ],
  },
  {
    name: 'Outlook',
    steps: [
      'In Outlook on the web or outlook.com, open the calendar and choose “Add calendar”.',
      'Pick “Subscribe from web”, paste your link and give it a name, such as speedwork.',
      'Press Import. New Outlook on Windows and Mac does the same from “Add calendar”.',
    ],
  },
];

export function CalendarHowTo() {
  return (
    <div className="calendar-how-to">
      {APPS.map((app) => (
        <details key={app.name}>
          <summary>Add it to {app.name}</summary>
          <ol>
            {app.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      ))}
      <p className="field-hint">
        Calendar apps fetch the link on their own schedule, from every few minutes to about a day, so a change
        to your plan can take that long to show there.
      </p>
    </div>
  );
}
