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
  };
}
