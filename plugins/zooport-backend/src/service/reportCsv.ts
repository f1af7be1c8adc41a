import { ReportRequest } from '@zooport/plugin-zooport-common';

/** The columns of a report's CSV export, one row per request. */
const columns: [string, (request: ReportRequest) => string | number | null][] =
  [
    ['id', r => r.id],
    ['desk', r => r.teamRef],
    ['title', r => r.title],
    ['type', r => r.typeName],
    ['priority', r => r.priority],
    ['status', r => r.status],
    ['assignee', r => r.assigneeRef],
    ['filed_at', r => r.createdAt],
    ['first_responded_at', r => r.firstRespondedAt],
    ['first_response_due_at', r => r.firstResponseDueAt],
    ['resolved_at', r => r.resolvedAt],
    ['closed_at', r => r.closedAt],
    ['resolution_due_at', r => r.resolutionDueAt],
    ['resolution', r => r.resolution?.category ?? null],
    ['minutes_spent', r => r.resolution?.minutesSpent ?? null],
  ];

/**
 * A cell as RFC 4180 writes it: quoted when it holds a quote, comma or
 * line break. Text a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) is prefixed with a quote mark.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The requests behind a report as CSV, a header line first, CRLF line ends. */
export function reportCsv(requests: ReportRequest[]): string {
  const lines = [
    columns.map(([name]) => name).join(','),
    ...requests.map(request =>
      columns.map(([, cell]) => csvCell(cell(request))).join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
