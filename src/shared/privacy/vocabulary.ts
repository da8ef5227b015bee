/**
 * Words that look like names but are not: organisations, places and terms of the method. The
 * name detector skips two capitalised words when either is known here, which keeps the low-
 * confidence "is this a person?" hints down to the ones worth a look.
 */
import type { ProjectDoc } from '../model/doc.ts';

/** Built-in words: organisations, method terms, months, days, holidays. */
export const BUILTIN_WORDS: ReadonlySet<string> = new Set(
  (
  'gemeente politie openbaar ministerie veilig thuis zorg veiligheidshuis halt wmo jeugd jeugdwet participatiewet raad college burgemeester ' +
  'wethouder kinderbescherming reclassering belastingdienst riec liec ggd ggz ghor brandweer veiligheidsregio woningcorporatie woningcorporaties ' +
  'jongerenwerk welzijnswerk buurtbemiddeling onderwijs ondernemers horeca bewoners buurtpreventie whatsapp dorpsraad dorpsraden sociaal sociale ' +
  'wijkteam wijkteams wijkagent basisteam toezicht handhaving boa boa\'s omgevingsdienst vth bibob cjg centrum noord zuid oost west midden ' +
  'nederland nederlandse nederlands rijk rijksoverheid provincie europese unie kernbeleid veiligheid vng ccv ivp ivrp rrp nrb oov zvh kvo hic vpt bbv ' +
  'integraal integrale veiligheidsplan veiligheidsrisicoprofiel veiligheidsmonitor cbs politiewet opiumwet gemeentewet algemene plaatselijke ' +
  'verordening apv wet vlinder vlinderdas oorzaak oorzaken gevolg gevolgen maatregel maatregelen centrale gebeurtenis gevaar prioriteit ' +
  'januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ' +
  'kerst pasen pinksteren koningsdag oud nieuw nieuwjaar jaarwisseling carnaval kermis'
  ).split(' '),
);

/** Lower-case words of the project known not to be personal names: its areas, themes and municipality (the built-in words always count too). */
export function vocabularyOf(doc: ProjectDoc): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/[^\p{L}'-]+/u)) if (w) words.add(w.toLowerCase());
  };
  add(doc.project.municipality);
  for (const a of Object.values(doc.areas)) add(a.name);
  for (const t of Object.values(doc.themes)) add(t.label);
  return words;
}
