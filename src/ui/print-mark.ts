import { useEffect } from 'react';

/** A CSS string literal for `content`: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Prints `text` in the top margin of every printed page (an @page margin box:
 * Chromium prints those on each page, and they never cover the content). The
 * words come from the dictionary, so the rule is made here: the app's
 * Content-Security-Policy allows no inline <style>, a constructed sheet it does.
 * `null` prints no line (a view with its own running header).
 */
export function usePrintMark(text: string | null) {
  useEffect(() => {
    if (!text || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) {
      return undefined;
    }
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(
        `@page { @top-left { content: ${cssString(text)}; font-size: 9pt; font-weight: 700; color: #000; } }`,
      );
    } catch {
      // A browser without constructed sheets' @page: the print goes without the line.
      return undefined;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    };
  }, [text]);
}
