import { IsoWeekday } from '@zooport/plugin-zooport-common';

/** The days of the week in ISO order, Monday first. */
export const weekdays: { day: IsoWeekday; label: string }[] = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 7, label: 'Sunday' },
];

/** The days of the week as a choice field's options, Monday first. */
export const weekdayChoices = weekdays.map(({ day, label }) => ({
  value: String(day),
  label,
}));
