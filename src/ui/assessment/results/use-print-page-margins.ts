import { useEffect } from 'react';

/** A CSS string literal: quotes, backslashes and line breaks escaped so a company name cannot break the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * While the report is shown, every printed page carries the company and date at the top and "page n / m" at
 * the bottom (CSS page-margin boxes, which Chromium prints). The text comes from data, so the rule is built
 * here and added through CSSOM: the CSP (style-src 'self') refuses inline <style> elements, not CSSOM.
 */
export function usePrintPageMargins(header: string, pageLabel: (page: string, pages: string) => string): void {
  // The translated label around the two counters, split at two private-use placeholders.
  const [before, between, after] = pageLabel('\uE000', '\uE001').split(/[\uE000\uE001]/);
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { @page {
      @top-left { content: ${cssString(header)}; font-size: 8pt; color: #555; }
      @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(between ?? '')} counter(pages) ${cssString(after ?? '')}; font-size: 8pt; color: #555; }
    } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [header, before, between, after]);
}
