/** The phone page's CSS: large type and touch targets (≥ 48 px), readable in sunlight and dark mode. */
export const PAGE_CSS = `
:root { --fg:#111; --bg:#fff; --muted:#444; --line:#767676; --accent:#0b5cad; --chosen:#0b5cad; --chosen-fg:#fff; --err:#b00020; }
@media (prefers-color-scheme: dark) { :root { --fg:#f2f2f2; --bg:#121212; --muted:#c8c8c8; --line:#9a9a9a; --accent:#8ab4f8; --chosen:#8ab4f8; --chosen-fg:#000; --err:#ff8a80; } }
* { box-sizing: border-box; }
html { font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); -webkit-text-size-adjust: 100%; }
body { margin: 0; }
main { max-width: 36rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
h1 { font-size: 1.45rem; line-height: 1.25; margin: .25rem 0 .75rem; }
h1:focus { outline: none; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input { display: block; width: 100%; min-height: 3rem; font: inherit; padding: .5rem .75rem; border: 2px solid var(--line); border-radius: .5rem; background: var(--bg); color: var(--fg); }
#code { font-size: 1.6rem; letter-spacing: .2em; text-transform: uppercase; }
button { font: inherit; min-height: 3rem; padding: .5rem 1rem; border-radius: .5rem; border: 2px solid var(--accent); background: var(--bg); color: var(--accent); }
button.primary { display: block; width: 100%; margin-top: 1.25rem; background: var(--accent); color: var(--chosen-fg); font-weight: 700; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.hint, .meta { color: var(--muted); font-size: .9rem; font-weight: 400; margin: .25rem 0; }
.error { color: var(--err); font-weight: 600; min-height: 1.5em; }
.note { border-left: 4px solid var(--accent); padding: .5rem .75rem; font-weight: 600; }
.status { position: fixed; left: 0; right: 0; bottom: 0; margin: 0; padding: .6rem 1rem; background: var(--fg); color: var(--bg); font-weight: 600; text-align: center; }
.status:empty { display: none; }
fieldset { border: 0; padding: 0; margin: 1.25rem 0 0; }
fieldset:disabled { opacity: .6; }
legend { font-weight: 700; font-size: 1.1rem; margin-bottom: .5rem; }
.option { position: relative; display: block; margin: .4rem 0; }
.option input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.option span { display: flex; gap: .75rem; align-items: center; min-height: 3.25rem; padding: .5rem .75rem; border: 2px solid var(--line); border-radius: .5rem; font-weight: 400; }
.option b { flex: 0 0 2rem; height: 2rem; display: inline-grid; place-items: center; border-radius: 50%; border: 2px solid currentColor; font-size: .95rem; }
.option small { display: block; color: var(--muted); font-size: .85rem; }
.option input:checked + span { background: var(--chosen); color: var(--chosen-fg); border-color: var(--chosen); font-weight: 700; }
.option input:checked + span small { color: inherit; }
.option input:focus-visible + span { outline: 3px solid var(--accent); outline-offset: 2px; }
.clear { margin-top: .25rem; min-height: 2.75rem; }
`;
