import MarkdownIt, { type Token } from 'markdown-it';

// GitHub-flavoured like the portal's MarkdownContent: tables, strikethrough
// and bare links. Raw HTML is parsed so that its tags can be left out.
const markdown = new MarkdownIt({ html: true, linkify: true });

/** GitHub task-list boxes, which markdown-it leaves in the text. */
const TASK_BOX = /^\[[ xX]\]\s+/;

/** The words of inline tokens: link and image texts, code, no marks. */
function inlineText(tokens: Token[]): string {
  return tokens
    .map(token => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'image':
          return inlineText(token.children ?? []);
        case 'softbreak':
          return ' ';
        case 'hardbreak':
          return '\n';
        default:
          // Marks (emphasis, links, strikethrough) and inline HTML tags.
          return '';
      }
    })
    .join('');
}

function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/**
 * Markdown as the words a reader sees, for search documents: headings,
 * paragraphs, list items, table rows and code blocks each on a line of their
 * own, without the marks (`#`, `**`, list markers, fences, link targets).
 */
export function plainText(source: string): string {
  const lines: string[] = [];
  let line = '';
  let listItemStarts = false;
  const endLine = () => {
    if (line.trim()) {
      lines.push(line.trim());
    }
    line = '';
  };
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'inline': {
        const text = inlineText(token.children ?? []);
        line += listItemStarts ? text.replace(TASK_BOX, '') : text;
        listItemStarts = false;
        break;
      }
      case 'list_item_open':
        listItemStarts = true;
        break;
      case 'th_close':
      case 'td_close':
        line += ' ';
        break;
      case 'fence':
      case 'code_block':
        endLine();
        line = token.content;
        endLine();
        break;
      case 'html_block':
        endLine();
        line = withoutTags(token.content);
        endLine();
        break;
      case 'paragraph_close':
      case 'heading_close':
      case 'tr_close':
        endLine();
        break;
      default:
    }
  }
  endLine();
  return lines.join('\n');
}
