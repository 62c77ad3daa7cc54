/*
 * The case reference on a start form offers the user's own open cases (ADR 0035).
 *
 * A start form that asks for the reference of an existing case (Record a visit, Raise a concern,
 * Move a meeting, ...) gets a list of suggestions under its "Case reference" field: the
 * reference and the child's name of each open case the user may see, from GET /cases (the
 * product's endpoint, read under her own login). It is the browser's own <datalist>, so she can
 * still type any reference; the server checks the reference at the start as before. The start of
 * a new plan asks for the child's name too: a new case has no reference yet, so it gets none.
 */
const CASE_FIELD = "[id$='-Field_caseReference']";
const CHILD_FIELD = "[id$='-Field_childName']";
const LIST_ID = 'cg-case-choices';
const FRESH_MS = 30 * 1000;

let loaded = null;
let loadedAt = 0;

/** The choices, asked for again once they are older than FRESH_MS (a case just started shows). */
function choices() {
  if (!loaded || Date.now() - loadedAt > FRESH_MS) {
    loadedAt = Date.now();
    loaded = fetch('/cases', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .catch(function () {
        return [];
      });
  }
  return loaded;
}

function attach(input) {
  input.dataset.cgCaseChoices = 'asked';
  choices().then(function (cases) {
    if (!cases.length || !input.isConnected) {
      return;
    }
    let list = document.getElementById(LIST_ID);
    if (!list) {
      list = document.createElement('datalist');
      list.id = LIST_ID;
      document.body.appendChild(list);
    }
    list.replaceChildren.apply(list, cases.map(function (choice) {
      const option = document.createElement('option');
      option.value = choice.reference;
      option.label = choice.childName;
      option.textContent = choice.childName;
      return option;
    }));
    input.setAttribute('list', LIST_ID);
    input.setAttribute('autocomplete', 'off');
  });
}

function attachAll() {
  document.querySelectorAll('.modal-content ' + CASE_FIELD).forEach(function (input) {
    const form = input.closest('.fjs-form');
    if (input.dataset.cgCaseChoices || !form || form.querySelector(CHILD_FIELD)) {
      return;
    }
    attach(input);
  });
}

let scheduled = false;
new MutationObserver(function () {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      attachAll();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true });
