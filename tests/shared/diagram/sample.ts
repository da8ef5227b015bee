/** A realistic sample bow-tie (drug production in the countryside) for diagram tests and for looking at the output. */
import { builder } from '../layout/build.ts';

export function sampleBowtie() {
  const b = builder(7);
  const risk = b.risk({
    code: 'R03',
    title: 'Drugsproductie in het buitengebied',
    hazard: 'Georganiseerde drugscriminaliteit in het buitengebied',
    centralEvent: 'Drugslab of hennepkwekerij in leegstaand agrarisch pand',
  });
  const politie = b.partner('Politie');
  const gemeente = b.partner('Gemeente (OOV)');
  const riec = b.partner('RIEC Zeeland-West-Brabant');
  const boa = b.partner('Boa’s');
  const ltO = b.partner('ZLTO');

  const c1 = b.cause(risk, 'Leegstand van agrarische panden door stoppende boeren');
  const c2 = b.cause(risk, 'Financiële nood bij eigenaren van vastgoed');
  const c3 = b.cause(risk, 'Criminele netwerken zoeken afgelegen locaties');
  const c4 = b.cause(risk, 'Weinig sociale controle in het buitengebied');

  const m1 = b.measure(risk, 'cause', c1, 'Vitaliteitsgesprekken met stoppende agrariërs', { ownerId: ltO, effectiveness: 'moderate' });
  b.measure(risk, 'cause', c1, 'Herbestemmingsbeleid voor vrijkomende agrarische bebouwing', { ownerId: gemeente, effectiveness: 'unknown', status: 'planned', plannedYear: 2027 });
  b.measure(risk, 'cause', c2, 'Vroegsignalering schulden', { ownerId: gemeente, effectiveness: 'good' });
  const m4 = b.measure(risk, 'cause', c3, 'Bibob-toets bij verhuur en vergunningen', { ownerId: gemeente, effectiveness: 'good' });
  b.measure(risk, 'cause', c3, 'Integrale controles (HIT)', { ownerId: riec, effectiveness: 'moderate' });
  b.measure(risk, 'cause', c3, 'Informatie-uitwisseling met RIEC', { ownerId: riec, effectiveness: 'good' });
  b.measure(risk, 'cause', c4, 'Buitengebiedsboa’s op vaste route', { ownerId: boa, effectiveness: 'weak' });
  b.measure(risk, 'cause', c4, 'Meldpunt voor buurtbewoners en loonwerkers', { status: 'missing', effectiveness: 'unknown' });

  const e1 = b.escalation(m4, 'Huurder gebruikt katvanger, doordat eigendom lastig te herleiden is');
  b.measure(risk, 'escalation', e1, 'Kadaster- en KvK-check door RIEC', { ownerId: riec, effectiveness: 'moderate' });
  const e2 = b.escalation(m1, 'Agrariër wil niet meewerken door wantrouwen');
  void e2;

  const q1 = b.consequence(risk, 'Brand- en explosiegevaar voor omwonenden');
  const q2 = b.consequence(risk, 'Dumping van drugsafval in natuur');
  const q3 = b.consequence(risk, 'Ondermijning en intimidatie van bewoners');

  b.measure(risk, 'consequence', q1, 'Snelle ontmanteling door politie en brandweer', { ownerId: politie, effectiveness: 'good' });
  const n2 = b.measure(risk, 'consequence', q2, 'Opruimregeling drugsafval provincie', { ownerId: gemeente, effectiveness: 'moderate' });
  b.measure(risk, 'consequence', q2, 'Sluiting pand (art. 13b Opiumwet)', { ownerId: gemeente, effectiveness: 'good' });
  b.measure(risk, 'consequence', q3, 'Slachtofferhulp en nazorg bewoners', { status: 'missing', effectiveness: 'unknown' });
  const e3 = b.escalation(n2, 'Kosten lopen op omdat vondsten toenemen');
  b.measure(risk, 'escalation', e3, 'Landelijk opruimfonds', { status: 'planned', effectiveness: 'unknown' });
  b.measure(risk, 'escalation', e3, 'Afspraken met terreinbeheerders', { effectiveness: 'weak' });
  return { b, doc: b.doc, risk };
}
