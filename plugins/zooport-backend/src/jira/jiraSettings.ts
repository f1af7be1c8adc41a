import { Config } from '@backstage/config';

/** The Jira REST API versions the issue body is written for. */
export const jiraApiVersions = [2, 3] as const;
export type JiraApiVersion = (typeof jiraApiVersions)[number];

/** How the backend reaches Jira, from `zooport.jira`. */
export interface JiraSettings {
  /** Without a trailing slash, e.g. `https://jira.example.com`. */
  baseUrl: string;
  /** The `Authorization` header of every call. */
  authorization: string;
  apiVersion: JiraApiVersion;
  /** Hosts the backend may reach although their addresses are internal. */
  allowedHosts?: string[];
}

/**
 * Jira Cloud takes an account's e-mail and API token as Basic auth; Jira
 * Server and Data Center take a personal access token as a Bearer token.
 */
function authorizationOf(token: string, email?: string): string {
  return email
    ? `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`
    : `Bearer ${token}`;
}

/**
 * The Jira settings, or undefined when `zooport.jira` or its token is not
 * configured (then nothing is filed in Jira). A base URL that is not http(s)
 * or an API version other than 2 or 3 stops the plugin at start-up.
 */
export function jiraSettingsOf(config: Config): JiraSettings | undefined {
  const jira = config.getOptionalConfig('zooport.jira');
  const token = jira?.getOptionalString('token');
  if (!jira || !token) {
    return undefined;
  }
  const baseUrl = jira.getString('baseUrl').replace(/\/+$/, '');
  let protocol: string;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    throw new Error(`zooport.jira.baseUrl: ${baseUrl} is not a URL`);
  }
  if (!['http:', 'https:'].includes(protocol)) {
    throw new Error('zooport.jira.baseUrl: must be an http(s) URL');
  }
  const apiVersion = jira.getOptionalNumber('apiVersion') ?? 2;
  if (!jiraApiVersions.includes(apiVersion as JiraApiVersion)) {
    throw new Error('zooport.jira.apiVersion: must be 2 or 3');
  }
  return {
    baseUrl,
    authorization: authorizationOf(token, jira.getOptionalString('email')),
    apiVersion: apiVersion as JiraApiVersion,
    allowedHosts: jira.getOptionalStringArray('allowedHosts'),
  };
}
