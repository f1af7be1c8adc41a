import { Link } from '@backstage/core-components';
import { DeskReport } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';
import { DeskReportLinks } from './useDeskReportLinks';

/**
 * The figures of each bucket as a table, folded away: each bucket links
 * the requests filed in it.
 */
export const VolumeTable = (props: {
  report: DeskReport;
  links: DeskReportLinks;
}) => {
  const { report, links } = props;
  return (
    <details>
      <summary>Figures per {report.bucket}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{labelOf(report.bucket)}</th>
            <th scope="col">Filed</th>
            <th scope="col">Resolved</th>
            <th scope="col">Open at the end</th>
          </tr>
        </thead>
        <tbody>
          {report.buckets.map(bucket => (
            <tr key={bucket.label}>
              <th scope="row">
                <Link
                  to={links.filedIn(bucket)}
                  underline="always"
                  aria-label={`Requests filed in ${bucket.label}`}
                >
                  {bucket.label}
                </Link>
              </th>
              <td>{bucket.filed}</td>
              <td>{bucket.resolved}</td>
              <td>{bucket.open}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
};
