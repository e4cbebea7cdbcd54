/**
 * A CSL 1.0.2 style for the bibliography entry of a web page in the Chicago Manual of
 * Style (17th ed., notes and bibliography, § 14.206): the page's title in quotation
 * marks and headline case, the site, the version, "Last modified" and the date, then the
 * address. Only what the explorer's pages need; the CSL engine (citeproc, through
 * citation-js) does the formatting: quotation marks and punctuation inside them, title
 * case, the date in words. ADR 0036 says why it is written here.
 */
export const CHICAGO_WEB_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style 17th edition (notes and bibliography): web pages</title>
    <id>war-powers-explorer/chicago-web</id>
    <category citation-format="note"/>
    <updated>2026-12-08T00:00:00+00:00</updated>
  </info>
  <macro name="title">
    <text variable="title" text-case="title" quotes="true"/>
  </macro>
  <macro name="version">
    <group delimiter=" ">
      <text value="Version"/>
      <text variable="version"/>
    </group>
  </macro>
  <macro name="modified">
    <group delimiter=" ">
      <text value="Last modified"/>
      <date variable="issued" form="text"/>
    </group>
  </macro>
  <citation>
    <layout suffix="." delimiter="; ">
      <group delimiter=", ">
        <text macro="title"/>
        <text variable="container-title"/>
        <text macro="version"/>
        <group delimiter=" ">
          <text value="last modified"/>
          <date variable="issued" form="text"/>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="title"/>
        <text variable="container-title"/>
        <text macro="version"/>
        <text macro="modified"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;
