/** The phone page's HTML: two views (join, score), filled in by script.ts with textContent only. */
export const PAGE_HTML = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Vlinder – werksessie</title>
<link rel="stylesheet" href="/app.css">
<script src="/app.js" defer></script>
</head>
<body>
<main id="main">
  <section id="join" aria-labelledby="join-title">
    <h1 id="join-title">Meedoen aan de werksessie</h1>
    <form id="join-form" novalidate>
      <label for="code">Sessiecode</label>
      <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required aria-describedby="code-hint">
      <p id="code-hint" class="hint">De code staat op het scherm in de zaal.</p>
      <label for="name">Naam of bijnaam <span class="hint">(mag leeg blijven)</span></label>
      <input id="name" name="name" autocomplete="nickname" maxlength="40">
      <button type="submit" class="primary">Meedoen</button>
      <p id="join-error" class="error" role="alert"></p>
    </form>
  </section>
  <section id="score" hidden aria-labelledby="risk-title">
    <p id="progress" class="meta"></p>
    <h1 id="risk-title" tabindex="-1"></h1>
    <p id="risk-description"></p>
    <p id="round-note" class="note" hidden></p>
    <form id="criteria" novalidate></form>
    <p id="me" class="meta"></p>
  </section>
  <section id="ended" hidden aria-labelledby="ended-title">
    <h1 id="ended-title" tabindex="-1">De werksessie is afgelopen</h1>
    <p>Bedankt voor het meedoen. U kunt deze pagina sluiten.</p>
  </section>
  <p id="status" class="status" role="status" aria-live="polite"></p>
</main>
</body>
</html>
`;
