import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useZooportHealth } from '../../hooks/useZooportHealth';

/** Shows whether the Zooport backend answers, with its version. */
export const BackendStatus = () => {
  const { value, loading, error } = useZooportHealth();
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  return (
    <Typography variant="body2" color="textSecondary">
      Connected to the Zooport backend {value?.version}.
    </Typography>
  );
};
