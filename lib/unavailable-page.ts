/**
 * The stand-alone 503 page, served by the proxy before any React renders. It refreshes
 * itself, so a reader who waits sees the page come back when the database does.
 */
export function unavailableHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Temporarily unavailable · War Powers Explorer</title>
<style>
  body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f8f7f4; color: #1c1917; }
  main { max-width: 34rem; margin: 15vh auto; padding: 0 1.5rem; }
  h1 { font: 600 1.75rem/1.25 Georgia, "Times New Roman", serif; margin: 0 0 .75rem; }
  p { margin: 0 0 .75rem; color: #44403c; }
  code { font-size: .9em; }
  @media (prefers-color-scheme: dark) { body { background: #1c1917; color: #f5f5f4; } p { color: #d6d3d1; } }
</style>
</head>
<body>
<main>
  <p><strong>503 · Service unavailable</strong></p>
  <h1>War Powers Explorer cannot reach its database</h1>
  <p>Nothing is lost: the content is stored in the database, which is not answering right now.</p>
  <p>This page tries again every few seconds and will show the content as soon as the database is back.</p>
</main>
</body>
</html>`;
}
