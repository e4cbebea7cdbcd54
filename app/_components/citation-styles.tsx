"use client";

import { Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { CopyButton } from "./copy-button";

/**
 * One citation in each style, a tab for each: the reader picks a style, reads it and
 * copies it. Every style is in the page as sent (the others hidden and inert), so a
 * reference manager or a search engine reading the HTML finds them all.
 */
export function CitationStyles({
  styles,
  labelledBy,
}: {
  styles: { style: string; label: string; text: string }[];
  labelledBy: string;
}) {
  return (
    <Tabs defaultSelectedKey={styles[0]?.style} className="space-y-2">
      <TabList aria-labelledby={labelledBy} className="no-print flex gap-1 border-b border-rule">
        {styles.map((s) => (
          <Tab
            key={s.style}
            id={s.style}
            className="-mb-px cursor-pointer border-b-2 border-transparent px-2 py-1 text-sm text-muted outline-none hover:text-ink data-[selected]:border-accent data-[selected]:font-medium data-[selected]:text-ink data-[focus-visible]:ring-2 data-[focus-visible]:ring-accent"
          >
            {s.label}
          </Tab>
        ))}
      </TabList>
      {styles.map((s) => (
        <TabPanel
          key={s.style}
          id={s.style}
          shouldForceMount
          className="space-y-1 outline-none data-[focus-visible]:ring-2 data-[focus-visible]:ring-accent data-[inert]:hidden"
        >
          <p className="text-sm" data-citation-style={s.style}>
            {s.text}
          </p>
          <CopyButton text={s.text} label={`Copy ${s.label} citation`} />
        </TabPanel>
      ))}
    </Tabs>
  );
}
