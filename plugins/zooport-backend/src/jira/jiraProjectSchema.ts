import { JIRA_PROJECT_KEY_PATTERN } from '@zooport/plugin-zooport-common';
import { z } from 'zod';
import { text } from '../service/validation/fields';

/** Where a desk or request type files bug tickets: `{ key, issueType }`. */
export const jiraProjectSchema = z
  .object({
    key: z.string().max(100).regex(JIRA_PROJECT_KEY_PATTERN, {
      message:
        'must be a Jira project key: capital letters, digits and _, e.g. ABC',
    }),
    issueType: text(100),
  })
  .strict();
