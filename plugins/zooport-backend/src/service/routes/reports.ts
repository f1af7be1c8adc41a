import {
  DeskReport,
  OrgReport,
  zooportRequestReadPermission,
} from '@zooport/plugin-zooport-common';
import express, { Request, Response } from 'express';
import { reportCsv } from '../reportCsv';
import { ReportedRequests, ReportService } from '../ReportService';
import { parseInput } from '../validation/fields';
import { orgReportQuerySchema, reportQuerySchema } from '../validation/reports';
import { RouteDeps } from './util/deps';
import { teamRefFrom } from './util/params';

export interface ReportRoutesDeps extends RouteDeps {
  reports: ReportService;
}

/** Whether the caller asked for CSV rather than JSON by `Accept`. */
const wantsCsv = (req: Request) =>
  req.accepts(['application/json', 'text/csv']) === 'text/csv';

function sendCsv(res: Response, name: string, reported: ReportedRequests[]) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
  res.send(reportCsv(reported.flatMap(r => r.requests)));
}

/**
 * Reports over a range: a desk's, and the org's (one row per desk), as
 * JSON, or the requests behind them as CSV. Reading them takes what
 * reading the request list takes.
 */
export function reportRoutes(router: express.Router, deps: ReportRoutesDeps) {
  const { access, reports, now } = deps;
  const mayRead = (req: Request) =>
    access.require(req, zooportRequestReadPermission, 'requests');

  async function deskReport(req: Request, res: Response, csv: boolean) {
    const teamRef = teamRefFrom(req);
    const range = parseInput(reportQuerySchema, req.query);
    await mayRead(req);
    if (csv) {
      const name = `report-${teamRef.replace(/\W+/g, '-')}-${range.from}-${
        range.to
      }`;
      sendCsv(res, name, [await reports.deskRequests(teamRef, range)]);
      return;
    }
    res.json(
      (await reports.deskReport(teamRef, range, now())) satisfies DeskReport,
    );
  }

  async function orgReport(req: Request, res: Response, csv: boolean) {
    const {
      desk: teamRefs,
      detail,
      ...range
    } = parseInput(orgReportQuerySchema, req.query);
    await mayRead(req);
    if (csv) {
      sendCsv(
        res,
        `report-${range.from}-${range.to}`,
        await reports.orgRequests(range, teamRefs),
      );
      return;
    }
    res.json(
      (await reports.orgReport(range, now(), {
        teamRefs,
        detail,
      })) satisfies OrgReport,
    );
  }

  router.get('/desks/:namespace/:name/report', (req, res) =>
    deskReport(req, res, wantsCsv(req)),
  );
  router.get('/desks/:namespace/:name/report.csv', (req, res) =>
    deskReport(req, res, true),
  );
  router.get('/report', (req, res) => orgReport(req, res, wantsCsv(req)));
  router.get('/report.csv', (req, res) => orgReport(req, res, true));
}
