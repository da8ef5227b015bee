/**
 * The phone page's script, served as /app.js. Plain browser JavaScript (no framework, ~5 KB):
 * join with the code, then follow the session by long polling /api/state and send a vote on
 * every choice. Builds the DOM with textContent only, so no title or nickname can inject markup.
 */
export const PAGE_SCRIPT = String.raw`'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var KEY = 'vlinder.live.token';
  var token = null;
  try { token = sessionStorage.getItem(KEY); } catch (e) { token = null; }
  var state = null;
  var shownRisk = null;
  var failures = 0;
  var MESSAGES = {
    code: 'Deze code klopt niet. Kijk nog eens op het scherm in de zaal.',
    rate: 'Te veel pogingen. Wacht even en probeer het dan opnieuw.',
    full: 'De sessie is vol.',
    ended: 'De werksessie is afgelopen.',
    'round-closed': 'De ronde voor dit risico is gesloten; uw score is niet meer gewijzigd.',
    value: 'Deze score hoort niet bij de schaal.',
    risk: 'Dit risico hoort niet bij de sessie.',
    criterion: 'Dit criterium hoort niet bij de sessie.'
  };
  function say(text) { $('status').textContent = text; }
  function show(view) {
    ['join', 'score', 'ended'].forEach(function (v) { $(v).hidden = v !== view; });
  }
  function api(method, path, body) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store', credentials: 'omit' })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (data) { return { status: res.status, data: data }; });
      });
  }

  var hash = /[#&]c=([A-Za-z0-9]+)/.exec(location.hash);
  if (hash) {
    $('code').value = hash[1].toUpperCase();
    history.replaceState(null, '', location.pathname);
  }

  $('join-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    $('join-error').textContent = '';
    var code = $('code').value.trim();
    if (!code) { $('join-error').textContent = 'Vul de sessiecode in.'; $('code').focus(); return; }
    api('POST', '/api/join', { code: code, name: $('name').value }).then(function (r) {
      if (r.status !== 200) { $('join-error').textContent = MESSAGES[r.data.reason] || 'Meedoen lukt niet (' + r.status + ').'; return; }
      token = r.data.token;
      try { sessionStorage.setItem(KEY, token); } catch (e) { /* a reload asks again */ }
      $('me').textContent = r.data.nickname ? 'U doet mee als ' + r.data.nickname + '.' : 'U doet anoniem mee (deelnemer ' + r.data.ref + ').';
      poll(-1);
    }, function () { $('join-error').textContent = 'Geen verbinding met de werksessie.'; });
  });

  function poll(v) {
    api('GET', '/api/state?v=' + v).then(function (r) {
      if (r.status === 401) { token = null; try { sessionStorage.removeItem(KEY); } catch (e) { /* ignore */ } show('join'); return; }
      if (r.status !== 200) { setTimeout(function () { poll(v); }, 1000); return; }
      failures = 0;
      render(r.data);
      if (!r.data.ended) poll(r.data.v);
    }, function () {
      failures++;
      if (state && failures > 5) { show('ended'); say('De verbinding met de werksessie is verbroken.'); }
      setTimeout(function () { poll(v); }, Math.min(5000, 500 * failures));
    });
  }

  function render(s) {
    state = s;
    if (s.ended) { show('ended'); $('ended-title').focus(); return; }
    show('score');
    var risk = s.risk;
    var fresh = !risk || shownRisk !== risk.id;
    $('progress').textContent = 'Risico ' + (s.index + 1) + ' van ' + s.total + ' · ' + s.name;
    $('risk-title').textContent = risk ? (risk.code ? risk.code + ' ' : '') + risk.title : '';
    $('risk-description').textContent = risk ? risk.description : '';
    var closed = s.round !== 'open';
    $('round-note').hidden = !closed;
    $('round-note').textContent = s.round === 'closed' ? 'De ronde voor dit risico is gesloten.' : 'Even wachten: de ronde is nog niet begonnen.';
    if (fresh) {
      buildCriteria(s);
      shownRisk = risk ? risk.id : null;
      $('risk-title').focus();
      say('');
    }
    var forms = $('criteria').querySelectorAll('fieldset');
    for (var i = 0; i < forms.length; i++) forms[i].disabled = closed;
    s.criteria.forEach(function (k) {
      var mine = s.mine[k.id];
      var inputs = document.getElementsByName('c-' + k.id);
      for (var j = 0; j < inputs.length; j++) inputs[j].checked = Number(inputs[j].value) === mine;
    });
  }

  function buildCriteria(s) {
    var form = $('criteria');
    form.textContent = '';
    s.criteria.forEach(function (k, ki) {
      var fs = document.createElement('fieldset');
      var lg = document.createElement('legend');
      lg.textContent = k.label;
      fs.appendChild(lg);
      k.options.forEach(function (o) {
        var label = document.createElement('label');
        label.className = 'option';
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = 'c-' + k.id;
        input.value = String(o.value);
        input.id = 'c' + ki + '-' + o.value;
        input.addEventListener('change', function () { vote(k, o.value, o.label); });
        var span = document.createElement('span');
        var b = document.createElement('b');
        b.textContent = o.code;
        b.setAttribute('aria-hidden', 'true');
        var text = document.createElement('div');
        text.textContent = o.label;
        if (o.anchor) { var sm = document.createElement('small'); sm.textContent = o.anchor; text.appendChild(document.createTextNode(' ')); text.appendChild(sm); }
        span.appendChild(b);
        span.appendChild(text);
        label.appendChild(input);
        label.appendChild(span);
        fs.appendChild(label);
      });
      var clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'clear';
      clear.textContent = 'Score wissen';
      clear.setAttribute('aria-label', 'Score wissen: ' + k.label);
      clear.addEventListener('click', function () { vote(k, null, null); });
      fs.appendChild(clear);
      form.appendChild(fs);
    });
  }

  function vote(k, value, label) {
    if (!state || !state.risk) return;
    api('POST', '/api/vote', { riskId: state.risk.id, criterion: k.id, value: value }).then(function (r) {
      if (r.status === 200) {
        state.mine[k.id] = value;
        say(value === null ? k.label + ': score gewist.' : k.label + ': ' + label + ' – opgeslagen.');
        return;
      }
      say(MESSAGES[r.data.reason] || 'Uw score is niet opgeslagen (' + r.status + ').');
      if (r.status === 401) show('join');
      else if (state) render(state);
    }, function () { say('Geen verbinding: uw score is niet opgeslagen.'); if (state) render(state); });
  }

  if (token) poll(-1); else show('join');
})();
`;
