export interface Config {
  zooport?: {
    /**
     * Groups whose members may edit every support desk and rotation, e.g.
     * `group:default/zooport-admins`. Read by the Zooport permission policy.
     */
    adminGroups?: string[];
    /**
     * Desks created at start-up when the team has none yet; never
     * overwritten. Each has the fields of `PUT /desks/:namespace/:name` plus
     * `team` (a group entity ref).
     */
    seedDesks?: Array<{
      team: string;
      [field: string]: unknown;
    }>;
    /**
     * Knowledge-base entries written at start-up when their desk has no
     * entry of that title yet. Each has the fields of
     * `POST /desks/:namespace/:name/entries` plus `team` (a group ref).
     */
    seedEntries?: Array<{
      team: string;
      [field: string]: unknown;
    }>;
    /**
     * Scenarios added to their desk's deck at start-up when it has none of
     * that title yet. Each has the fields of
     * `POST /desks/:namespace/:name/scenarios` plus `team` (a group ref).
     */
    seedScenarios?: Array<{
      team: string;
      [field: string]: unknown;
    }>;
    /**
     * Files a made-up request history over the past `weeks` at the demo
     * desks at start-up, when there are no requests yet, without notifying
     * anyone, with answers to the platform desk's survey in the five
     * months before the current one: for demos only.
     */
    seedRequestHistory?: {
      weeks: number;
    };
    requests?: {
      /**
       * Hand requests nobody has answered yet to the new Zooporter at each
       * handoff. Default true.
       */
      rerouteOnHandoff?: boolean;
      /**
       * The share of an SLA target left when a clock turns at risk and its
       * warning goes out, between 0 and 1. Default 0.2.
       */
      atRiskShare?: number;
    };
    /**
     * Seconds a replica may answer who is on duty from Backstage's cache
     * (`backend.cache`) instead of the database; 0 reads the database every
     * time. With one replica or a shared cache store no lookup misses a
     * write; with a memory store per replica, a write made on another
     * replica shows within these seconds. Default 10.
     */
    onDutyCacheSeconds?: number;
    /**
     * Keeps each desk's Slack user group (e.g. `@dba-oncall`) set to the
     * people on duty. Off when no token is configured.
     */
    slack?: {
      /**
       * A Slack bot token (`xoxb-…`) with the scopes `usergroups:write`,
       * `users:read` and `users:read.email`.
       * @visibility secret
       */
      token?: string;
      /** The Slack Web API's address. Default https://slack.com/api. */
      apiUrl?: string;
    };
    /**
     * Files a Jira issue for a request resolved as a bug ticket at a desk
     * (or request type) that names a Jira project. Off when no token is
     * configured.
     */
    jira?: {
      /**
       * The Jira's address, e.g. `https://example.atlassian.net` or
       * `https://jira.example.com` (with its context path, if any).
       */
      baseUrl: string;
      /**
       * Jira Cloud: an API token of the account named by `email`. Jira
       * Server and Data Center: a personal access token.
       * @visibility secret
       */
      token?: string;
      /** Jira Cloud only: the account's e-mail; the token is then sent as Basic auth. */
      email?: string;
      /**
       * The REST API version: 2 (default; Cloud, Server and Data Center) or
       * 3 (Cloud only; the description is sent as an Atlassian Document).
       */
      apiVersion?: number;
      /**
       * Hosts the backend may reach for Jira although their addresses are
       * internal (a Jira Server in the company's network). Without it, the
       * Jira's host must have only public addresses, as desk webhooks must.
       */
      allowedHosts?: string[];
    };
    webhooks?: {
      /**
       * The only hosts desk webhooks may post to, e.g. `hooks.slack.com` or
       * `*.chat.example.com`. Without it, any host whose addresses are all
       * public: never the backend's own network.
       */
      allowedHosts?: string[];
    };
  };
}
