const DOCS_BASE = 'https://github.com/support-tone/support-tone/blob/main/docs/rules/';

/** Link to a shipped rule's docs page. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
