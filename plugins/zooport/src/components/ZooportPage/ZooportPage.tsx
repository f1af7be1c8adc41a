import { Content, Header, HeaderTabs, Page } from '@backstage/core-components';
import {
  Route,
  Routes,
  useLocation,
  useNavigate,
  useResolvedPath,
} from 'react-router-dom';
import { RequestPage } from '../RequestPage';
import { RequestsView } from '../RequestsView';
import { Zoo } from '../Zoo';

const tabs = [
  { id: 'zoo', label: 'Zoo', path: '.' },
  { id: 'requests', label: 'Requests', path: 'requests' },
];

/** Zoo and Requests, for wherever the app mounts the page. */
const ZooportTabs = () => {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const requestsPath = useResolvedPath('requests').pathname;
  const onRequests =
    pathname === requestsPath || pathname.startsWith(`${requestsPath}/`);
  return (
    <HeaderTabs
      tabs={tabs}
      selectedIndex={onRequests ? 1 : 0}
      onChange={index => navigate(tabs[index].path)}
    />
  );
};

/**
 * The Zooport page: the zoo with who is on duty at each desk, the request
 * queues, and one request at `requests/:id`.
 */
export const ZooportPage = () => (
  <Page themeId="tool">
    <Header
      title="Zooport"
      subtitle="Every team has an animal. Ask the animal, reach whoever is on duty."
    />
    <ZooportTabs />
    <Content>
      <Routes>
        <Route path="/" element={<Zoo />} />
        <Route path="/requests" element={<RequestsView />} />
        <Route path="/requests/:id" element={<RequestPage />} />
      </Routes>
    </Content>
  </Page>
);
