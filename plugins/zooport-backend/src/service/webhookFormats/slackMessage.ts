import { DeskEventCard } from './deskEventCard';

/**
 * Text for Slack's mrkdwn: `&`, `<` and `>` as entities, so that text from
 * people cannot mention `<!channel>`, a user or a disguised link.
 */
export function slackText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `text` cut to `length` characters, with an ellipsis when cut. */
function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

// Block Kit's limits: a header's plain text 150 characters, a section's
// text 3,000 and a field 2,000. Text is cut before it is escaped, and an
// escaped character takes up to five.
const HEADER_LENGTH = 150;
const SECTION_LENGTH = 590;
const FIELD_LENGTH = 390;

/**
 * A desk event as a Slack incoming webhook takes it: Block Kit blocks, and
 * `text` as the fallback that notifications and screen readers use.
 */
export function slackMessage(card: DeskEventCard) {
  const link = card.link && `<${slackText(card.link)}|Open in Zooport>`;
  return {
    text: slackText([card.headline, card.text].filter(Boolean).join(': ')),
    blocks: [
      {
        type: 'header',
        // Plain text: Slack shows it as it is.
        text: { type: 'plain_text', text: cut(card.headline, HEADER_LENGTH) },
      },
      ...(card.text
        ? [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: slackText(cut(card.text, SECTION_LENGTH)),
              },
            },
          ]
        : []),
      {
        type: 'section',
        fields: card.facts.map(({ label, value }) => ({
          type: 'mrkdwn',
          text: `*${label}*\n${slackText(cut(value, FIELD_LENGTH))}`,
        })),
      },
      ...(link
        ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: link }] }]
        : []),
    ],
  };
}
