import { DeskEventCard } from './deskEventCard';

/**
 * Text for an Adaptive Card TextBlock or fact, which Teams reads as
 * Markdown: the characters that start emphasis, links, code, headings,
 * quotes and tables are escaped with a backslash, as are list markers at
 * the start, and `{{` is broken so that it is not read as a DATE or TIME
 * function.
 */
export function teamsText(text: string): string {
  return text
    .replace(/[\\`*_~[\]#<>|]/g, '\\$&')
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.')
    .replace(/\{\{/g, '{\u200b{');
}

/**
 * A desk event as Teams incoming webhooks and Workflows take it: a message
 * with one Adaptive Card (1.4), a link button to the portal.
 */
export function teamsMessage(card: DeskEventCard) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              text: teamsText(card.headline),
              size: 'Medium',
              weight: 'Bolder',
              wrap: true,
            },
            ...(card.text
              ? [{ type: 'TextBlock', text: teamsText(card.text), wrap: true }]
              : []),
            {
              type: 'FactSet',
              facts: card.facts.map(({ label, value }) => ({
                title: label,
                value: teamsText(value),
              })),
            },
          ],
          actions: card.link
            ? [
                {
                  type: 'Action.OpenUrl',
                  title: 'Open in Zooport',
                  url: card.link,
                },
              ]
            : [],
          msteams: { width: 'Full' },
        },
      },
    ],
  };
}
