/** The demo's request types, by their default names. */
export type TopicKind =
  | 'Question'
  | 'Access request'
  | 'Bug report'
  | 'Incident / urgent';

/** Something people ask a desk about. */
export interface Topic {
  kind: TopicKind;
  title: string;
  description: string;
  /** What an access request is for: an entity ref. */
  resource?: string;
}

const question = (title: string, description: string): Topic => ({
  kind: 'Question',
  title,
  description,
});
const access = (
  title: string,
  resource: string,
  description: string,
): Topic => ({
  kind: 'Access request',
  title,
  description,
  resource,
});
const bug = (title: string, description: string): Topic => ({
  kind: 'Bug report',
  title,
  description,
});
const incident = (title: string, description: string): Topic => ({
  kind: 'Incident / urgent',
  title,
  description,
});

/**
 * What each demo team is asked, by the team's name. The first three of each
 * come back week after week: the recurring questions of the reports.
 */
export const topicsByTeam: Record<string, Topic[]> = {
  'platform-software': [
    question(
      'How do I add a new service from the template?',
      'I want a new Node service with the usual pipeline. Which template do I pick?',
    ),
    question(
      'Why is my pipeline stuck in "waiting for runner"?',
      'The build has been queued for twenty minutes and nothing happens.',
    ),
    question(
      'How do I roll back a deployment?',
      'The last release broke checkout; how do I go back to the previous version?',
    ),
    question(
      'Can I deploy on Fridays?',
      'Is there a freeze, and who can approve an exception?',
    ),
    question(
      'How do I register my component in the catalog?',
      'My repository has a catalog-info.yaml but the component does not show up.',
    ),
    question(
      'Which Kubernetes namespace should my team use?',
      'We are moving our first service to the cluster.',
    ),
    question(
      'How do I add a secret to my pipeline?',
      'The deploy step needs an API token.',
    ),
    access(
      'Access to the production cluster',
      'system:default/kubernetes',
      'I am on call next week and need to read pod logs.',
    ),
    access(
      'Deploy rights for the payments service',
      'component:default/payments',
      'I joined the payments team and need to release.',
    ),
    access(
      'Admin on the portal',
      'system:default/backstage',
      'To edit our team page and its links.',
    ),
    bug(
      'Template fails on the lint step',
      'A fresh service from the Node template fails lint before any change.',
    ),
    bug(
      'TechDocs page shows an old version',
      "Our docs were rebuilt yesterday but the portal shows last month's page.",
    ),
    bug(
      'Pipeline cache is never restored',
      'Every build downloads all dependencies again.',
    ),
    incident(
      'All deployments fail with a registry timeout',
      'Nobody can deploy: pushing the image times out.',
    ),
    incident('The portal is down', 'The portal answers 502 for everyone.'),
  ],
  'database-administrators': [
    question(
      'How do I get a copy of production data for testing?',
      'We need realistic data in staging; what is the approved way?',
    ),
    question(
      'Why is my query slow?',
      'A report query went from two seconds to a minute since Monday.',
    ),
    question(
      'How do I run a schema migration safely?',
      'The table has 40 million rows; how do we add a column without locking it?',
    ),
    question(
      'What is the backup retention of our database?',
      'An auditor asks how far back we can restore.',
    ),
    question(
      'Can we get a read replica?',
      'Our analytics queries slow the primary down.',
    ),
    question(
      'Which PostgreSQL version should a new service use?',
      'Starting a new service and choosing the database.',
    ),
    question(
      'How many connections may my service open?',
      'We scale to 20 pods and each has a pool of 10.',
    ),
    access(
      'Read access to the orders database',
      'resource:default/orders-db',
      'To investigate a customer complaint.',
    ),
    access(
      'Write access to the billing database',
      'resource:default/billing-db',
      'For the data fix agreed in the incident review.',
    ),
    access(
      'Access to the analytics warehouse',
      'resource:default/warehouse',
      'For the quarterly figures.',
    ),
    bug(
      'Nightly backup job reports failure',
      'The backup dashboard shows red for last night, but files exist.',
    ),
    bug(
      'Replication lag alert fires constantly',
      'The alert fires every few minutes although lag is under a second.',
    ),
    bug(
      'Migration tool hangs on an empty database',
      'Running migrations against a fresh database never finishes.',
    ),
    incident(
      'Orders database is out of disk space',
      'Writes fail with "no space left on device".',
    ),
    incident(
      'Connections refused on the primary',
      'Services cannot connect: too many clients already.',
    ),
  ],
  'system-operators': [
    question(
      'How do I request a new virtual machine?',
      'We need a machine for a build agent.',
    ),
    question(
      "Why can't I reach the VPN from home?",
      'The VPN client says the certificate has expired.',
    ),
    question(
      'How do I get a DNS name for my service?',
      'We want orders.internal to point at our load balancer.',
    ),
    question(
      'When is the next maintenance window?',
      'We plan a release and want to avoid it.',
    ),
    question(
      'How do I read the logs of a host?',
      'A job on build-07 fails and I want to see the system log.',
    ),
    question(
      'Can we open a firewall port to a partner?',
      'The partner needs to call our API from their network.',
    ),
    question(
      'How do I renew a TLS certificate?',
      'Our certificate expires in two weeks.',
    ),
    access(
      'SSH access to the build hosts',
      'resource:default/build-hosts',
      'To debug failing agents.',
    ),
    access(
      'Access to the monitoring dashboards',
      'system:default/monitoring',
      'I joined the on-call rota.',
    ),
    access(
      'Sudo on the staging hosts',
      'resource:default/staging-hosts',
      'To install a profiler for a load test.',
    ),
    bug(
      'Monitoring shows a host as down that is up',
      'build-03 is red on the dashboard but answers ping and SSH.',
    ),
    bug(
      'Log shipping drops lines',
      'Some lines of our service never reach the log search.',
    ),
    bug(
      'Disk alert thresholds are wrong',
      'We get disk alerts at 50% on the data hosts.',
    ),
    incident(
      'The office network is down',
      'Nobody in the Berlin office can reach anything.',
    ),
    incident(
      'Load balancer returns 503',
      'All public traffic fails since a few minutes.',
    ),
  ],
  'test-engineering': [
    question(
      'How do I run the end-to-end tests locally?',
      'The README mentions a script but it needs a token I do not have.',
    ),
    question(
      'Why is this test flaky?',
      'checkout.spec fails one run in five on CI, never locally.',
    ),
    question(
      'How do I get a test account for the payment sandbox?',
      'We need to test refunds.',
    ),
    question(
      'Which browsers do our tests cover?',
      'A customer reports a bug in Safari.',
    ),
    question(
      'How do I quarantine a flaky test?',
      'It blocks our merges while we investigate.',
    ),
    question(
      'Can you review our test plan?',
      'For the new onboarding flow, before we start.',
    ),
    question(
      'How do I add my service to the load tests?',
      'We expect ten times the traffic at the sale.',
    ),
    access(
      'Access to the test device lab',
      'resource:default/device-lab',
      'To test the app on older phones.',
    ),
    access(
      'Access to the test results dashboard',
      'system:default/test-reports',
      'To follow our flaky tests.',
    ),
    access(
      'Admin on the test management tool',
      'system:default/test-management',
      'To organise our suites.',
    ),
    bug(
      'Test reports are missing screenshots',
      'Failed end-to-end tests no longer attach a screenshot.',
    ),
    bug(
      'The test environment resets during the day',
      'Staging data vanished at 14:00 while we tested.',
    ),
    bug(
      'Load test results page never loads',
      "The results of last night's run time out.",
    ),
    incident(
      'CI is red for every merge request',
      'A shared test fixture fails everywhere; nobody can merge.',
    ),
    incident(
      'The test environment is down before the release',
      'Staging answers 500 and the release is at 16:00.',
    ),
  ],
};

/** How often a topic comes up: the first three of a team are recurring. */
export function topicWeight(index: number): number {
  return index < 3 ? 5 : 1;
}
