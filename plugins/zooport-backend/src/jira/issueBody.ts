import { parseEntityRef } from '@backstage/catalog-model';
import { JiraProject, StoredRequest } from '@zooport/plugin-zooport-common';
import { JiraApiVersion } from './jiraSettings';

/** What an issue is made of: the request, and where it goes. */
export interface IssueSource {
  request: Pick<
    StoredRequest,
    | 'id'
    | 'teamRef'
    | 'typeName'
    | 'title'
    | 'description'
    | 'priority'
    | 'requesterRef'
  >;
  project: JiraProject;
  /** The request's page in the portal. */
  link: string;
}

/** Jira's longest summary. */
const MAX_SUMMARY = 255;

/** Jira refuses spaces in labels: `Bug report` becomes `bug-report`. */
export function jiraLabel(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 255);
}

function labelsOf({ request }: IssueSource): string[] {
  const labels = [
    'zooport',
    parseEntityRef(request.teamRef).name,
    request.typeName,
  ].map(jiraLabel);
  return [...new Set(labels)].filter(Boolean);
}

/** The lines above the request's description: where it came from. */
function preamble({ request, link }: IssueSource): string[] {
  return [
    `Zooport request: ${link}`,
    `Filed by ${request.requesterRef} with ${request.teamRef} as ${request.typeName}, priority ${request.priority}.`,
  ];
}

/** Version 2 takes the description as text (Jira wiki markup). */
function textDescription(source: IssueSource): string {
  const description = source.request.description.trim();
  return [...preamble(source), ...(description ? ['', description] : [])].join(
    '\n',
  );
}

type AdfNode = Record<string, unknown>;

/** One paragraph of plain text, its line breaks kept; links marked. */
function adfParagraph(lines: string[], link?: string): AdfNode {
  const content = lines.flatMap((line, index): AdfNode[] => [
    ...(index > 0 ? [{ type: 'hardBreak' }] : []),
    ...(line ? [{ type: 'text', text: line }] : []),
  ]);
  if (link) {
    content.push({
      type: 'text',
      text: link,
      marks: [{ type: 'link', attrs: { href: link } }],
    });
  }
  return { type: 'paragraph', content };
}

/**
 * Version 3 (Jira Cloud) takes the description as an Atlassian Document:
 * the link back, the preamble, and the request's description as plain text
 * paragraphs (its markdown is not interpreted).
 */
function documentDescription(source: IssueSource): AdfNode {
  const [, origin] = preamble(source);
  const paragraphs = source.request.description
    .trim()
    .split(/\n\s*\n/)
    .map(paragraph => paragraph.split('\n'))
    .filter(lines => lines.some(line => line.trim()));
  return {
    type: 'doc',
    version: 1,
    content: [
      adfParagraph(['Zooport request: '], source.link),
      adfParagraph([origin]),
      ...paragraphs.map(lines => adfParagraph(lines)),
    ],
  };
}

/** The body of `POST /rest/api/{version}/issue` for a request. */
export function issueBody(source: IssueSource, apiVersion: JiraApiVersion) {
  return {
    fields: {
      project: { key: source.project.key },
      issuetype: { name: source.project.issueType },
      summary: source.request.title.trim().slice(0, MAX_SUMMARY),
      description:
        apiVersion === 3
          ? documentDescription(source)
          : textDescription(source),
      labels: labelsOf(source),
    },
  };
}
