import { convert } from "html-to-text";

export const DOCUMENT_FORMATS = ["text", "markdown", "html"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/**
 * A document's text as stored: plain text and Markdown as given (line endings made \n),
 * HTML converted to text by html-to-text: paragraphs and headings kept as blank-line
 * separated paragraphs, links as their words, images, scripts and styles dropped, no
 * wrapping (the stored text is what anchors count in).
 */
export function documentText(format: DocumentFormat, content: string): string {
  const text =
    format === "html"
      ? convert(content, {
          wordwrap: false,
          selectors: [
            ...HEADINGS,
            { selector: "a", options: { ignoreHref: true } },
            { selector: "img", format: "skip" },
            { selector: "nav", format: "skip" },
            { selector: "footer", format: "skip" },
          ],
        })
      : content;
  return text.replace(/\r\n?/g, "\n").trim();
}
