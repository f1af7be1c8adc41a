import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { ReportQuery } from '@zooport/plugin-zooport-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';

function saveFile(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  URL.revokeObjectURL(url);
}

/**
 * Downloads the requests behind a report as CSV: one desk's, or every
 * desk's without `teamRef`.
 */
export const DownloadCsvButton = (props: {
  query: ReportQuery;
  teamRef?: string;
}) => {
  const { query, teamRef } = props;
  const zooportApi = useApi(zooportApiRef);
  const [{ loading, error }, download] = useAsyncFn(async () => {
    const file = await zooportApi.getReportCsv(query, teamRef);
    saveFile(file, `requests-${query.from}-${query.to}.csv`);
  }, [zooportApi, query, teamRef]);
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<GetAppIcon />}
        disabled={loading}
        onClick={download}
      >
        Download CSV
      </Button>
      {error && (
        <Typography color="error" role="alert">
          The CSV could not be downloaded: {error.message}
        </Typography>
      )}
    </>
  );
};
