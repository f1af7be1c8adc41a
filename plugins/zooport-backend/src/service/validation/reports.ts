import {
  orgReportDetails,
  OrgReportQuery,
  reportBuckets,
  ReportQuery,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { afterFields, isoDate, teamRef } from './fields';
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

/** The most desks an org report may name. */
const MAX_REPORTED_DESKS = 1000;

const rangeFields = {
  from: isoDate,
  to: isoDate,
  bucket: z.enum(reportBuckets).default('week'),
};

/** A report's query, its range in order and at most a year. */
const checkedRange = <S extends z.ZodType<{ from: string; to: string }>>(
  schema: S,
) =>
  schema
    .refine(q => q.to >= q.from, {
      ...afterFields,
      message: 'must not be before from',
      path: ['to'],
    })
    .refine(q => daysFromTo(q) <= MAX_REPORT_DAYS, {
      ...afterFields,
      message: `must be at most ${MAX_REPORT_DAYS} days from from, both included`,
      path: ['to'],
    });

/** The query of `GET …/report` (and its `.csv`). */
export const reportQuerySchema = wireQuery<ReportQuery>()(
  checkedRange(z.object(rangeFields).strict()),
);

/** The query of `GET /report` (and its `.csv`): the range, and any desks. */
export const orgReportQuerySchema = wireQuery<OrgReportQuery>()(
  checkedRange(
    z
      .object({
        ...rangeFields,
        desk: z
          .union([teamRef, z.array(teamRef).max(MAX_REPORTED_DESKS)])
          .transform(v => (Array.isArray(v) ? v : [v]))
          .optional(),
        detail: z.enum(orgReportDetails).default('buckets'),
      })
      .strict(),
  ),
);
