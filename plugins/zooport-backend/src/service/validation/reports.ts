import { reportBuckets, ReportQuery } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { afterFields, isoDate } from './fields';
import { wireQuery } from './wire';

/**
 * The longest range a report takes, in calendar days: a year, leap or
 * not. At most 366 day buckets, 54 weeks or 13 months.
 */
export const MAX_REPORT_DAYS = 366;

const daysFromTo = (q: { from: string; to: string }) =>
  DateTime.fromISO(q.to, { zone: 'utc' })
    .diff(DateTime.fromISO(q.from, { zone: 'utc' }), 'days')
    .as('days') + 1;

/** The query of `GET …/report` and `GET /report` (and their `.csv`). */
export const reportQuerySchema = wireQuery<ReportQuery>()(
  z
    .object({
      from: isoDate,
      to: isoDate,
      bucket: z.enum(reportBuckets).default('week'),
    })
    .strict()
    .refine(q => q.to >= q.from, {
      ...afterFields,
      message: 'must not be before from',
      path: ['to'],
    })
    .refine(q => daysFromTo(q) <= MAX_REPORT_DAYS, {
      ...afterFields,
      message: `must be at most ${MAX_REPORT_DAYS} days from from, both included`,
      path: ['to'],
    }),
);
