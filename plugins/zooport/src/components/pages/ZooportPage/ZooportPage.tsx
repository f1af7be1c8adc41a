import { Content, Header, HeaderTabs, Page } from '@backstage/core-components';
import {
  Route,
  Routes,
  useLocation,
  useNavigate,
  useResolvedPath,
} from 'react-router-dom';
import { OrgInsights } from '../../insights/OrgInsights';
import { AskLink } from '../AskLink';
import { EntryPage } from '../../knowledge/EntryPage';
import { KnowledgeBase } from '../../knowledge/KnowledgeBase';
import { RequestPage } from '../../requests/RequestPage';
import { RequestsView } from '../../requests/RequestsView';
import { WorkshopRoom } from '../../readiness/WorkshopRoom';
import { MyDuty } from '../MyDuty';
import { Zoo } from '../Zoo';

const tabs = [
  { id: 'zoo', label: 'Zoo', path: '.' },
  { id: 'requests', label: 'Requests', path: 'requests' },
  { id: 'knowledge', label: 'Knowledge base', path: 'knowledge' },
  { id: 'duty', label: 'My duty', path: 'duty' },
  { id: 'insights', label: 'Insights', path: 'insights' },
];

/** The page's tabs, for wherever the app mounts the page. */
const ZooportTabs = () => {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const pagePath = useResolvedPath('.').pathname.replace(/\/$/, '');
  // A tab stays selected on the pages below it, e.g. one request; the zoo
  // is the rest.
  const selected = tabs.findIndex(tab => {
    const tabPath = `${pagePath}/${tab.path}`;
    return (
      tab.path !== '.' &&
      (pathname === tabPath || pathname.startsWith(`${tabPath}/`))
    );
  });
  return (
    <HeaderTabs
      tabs={tabs}
      selectedIndex={Math.max(selected, 0)}
      onChange={index => navigate(tabs[index].path)}
    />
  );
};

/**
 * The Zooport page: the zoo with who is on duty at each desk (and at
 * `ask/<animal or team>` a desk's request dialog over it), the request
 * queues and one request at `requests/:id`, the knowledge base and one
 * entry at `knowledge/:id`, the viewer's own duty, insights into every
 * desk's requests, and a desk's readiness workshop room at
 * `workshops/:namespace/:name/:id`.
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
        <Route path="/ask/:who" element={<AskLink />} />
        <Route path="/requests" element={<RequestsView />} />
        <Route path="/requests/:id" element={<RequestPage />} />
        <Route path="/knowledge" element={<KnowledgeBase />} />
        <Route path="/knowledge/:id" element={<EntryPage />} />
        <Route path="/duty" element={<MyDuty />} />
        <Route path="/insights" element={<OrgInsights />} />
        <Route
          path="/workshops/:namespace/:name/:id"
          element={<WorkshopRoom />}
        />
      </Routes>
    </Content>
  </Page>
);
