import { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

// Room for a handful of rows each; two widgets side by side on a wide page.
const layout = {
  width: { minColumns: 4, defaultColumns: 6 },
  height: { minRows: 4, defaultRows: 7 },
};

const onDutyForWhatIUse = HomePageWidgetBlueprint.make({
  name: 'on-duty-for-what-i-use',
  params: {
    name: 'ZooportOnDutyForWhatIUse',
    title: 'Who is on duty for what I use',
    description:
      'The desks that own your entities and the ones you starred, with their animal and who is on duty.',
    components: () =>
      import('../components/home/OnDutyForWhatIUse').then(m => ({
        Content: m.OnDutyForWhatIUse,
      })),
    layout,
  },
});

const myDuty = HomePageWidgetBlueprint.make({
  name: 'my-duty',
  params: {
    name: 'ZooportMyDuty',
    title: 'My duty',
    description:
      'Your current or next shift, and the open requests at your desks, the pressing ones first.',
    components: () =>
      import('../components/home/MyDutySummary').then(m => ({
        Content: m.MyDutySummary,
      })),
    layout,
  },
});

const myRequests = HomePageWidgetBlueprint.make({
  name: 'my-requests',
  params: {
    name: 'ZooportMyRequests',
    title: 'My requests',
    description:
      'The support requests you filed, open ones first, with their status and SLA.',
    components: () =>
      import('../components/home/MyRequests').then(m => ({
        Content: m.MyRequests,
      })),
    layout,
  },
});

/** Zooport's widgets for Backstage's home page. */
export const homePageWidgets: ExtensionDefinition[] = [
  onDutyForWhatIUse,
  myDuty,
  myRequests,
];
