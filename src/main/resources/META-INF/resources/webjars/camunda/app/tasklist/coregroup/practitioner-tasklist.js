/*
 * Tasklist as a practitioner needs it (ADR 0020). Each part is small and goes through a
 * documented customisation point (a custom script, see config.js) or Tasklist's plugin views;
 * TasklistLookBrowserTest fails if one stops working after an upgrade.
 *
 * 1. Due dates: the date itself next to Tasklist's "in 7 days", and a flag that says
 *    "Overdue" or "Due soon" (within 3 days), so drift stands out on every card and task.
 * 2. The list opens sorted by due date, as the filters are, and its sort label says so.
 * 3. What stops a form being sent (the server's refusal, or the fields form-js marks) is shown
 *    next to the Start or Complete button, not only at the top of a long form.
 * 4. A confirmation once a task is completed.
 * 5. A link to the oversight page for those who supervise cases (those with Cockpit).
 */
const angular = window.angular;

const DUE_SOON_MS = 3 * 24 * 60 * 60 * 1000;
const UK_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London'
});
const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

/** Engine dates come as 2026-12-01T23:59:59.000+0000; the colon in the offset makes them ISO. */
function parseEngineDate(value) {
  if (!value) {
    return null;
  }
  const date = new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return isNaN(date.getTime()) ? null : date;
}

function child(holder, className, before) {
  let node = holder.querySelector(':scope > .' + className);
  if (!node) {
    node = document.createElement('span');
    node.className = className;
    if (before) {
      holder.insertBefore(node, holder.firstChild);
    } else {
      holder.appendChild(node);
    }
  }
  return node;
}

function markDue(holder, value) {
  const due = parseEngineDate(value);
  const left = due ? due.getTime() - Date.now() : null;
  const overdue = due !== null && left < 0;
  const soon = due !== null && !overdue && left <= DUE_SOON_MS;
  holder.classList.toggle('cg-overdue', overdue);
  holder.classList.toggle('overdue', overdue);
  holder.classList.toggle('cg-due-soon', soon);
  const flag = child(holder, 'cg-due-flag', true);
  flag.textContent = overdue ? 'Overdue' : soon ? 'Due soon' : '';
  flag.style.display = overdue || soon ? '' : 'none';
  child(holder, 'cg-due-on', false).textContent = due ? '(' + UK_DATE.format(due) + ')' : '';
}

angular.module('cam.tasklist').config(['$provide', 'ViewsProvider', function ($provide, ViewsProvider) {
  // 1. Every relative due date ("in 7 days") gets its date and, when it matters, a flag.
  $provide.decorator('amTimeAgoDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    // angular-moment's directive is a bare link function: AngularJS keeps it as compile's result.
    const link = directive.link || directive.compile();
    function linkWithDate(scope, element, attrs) {
      const result = link.apply(this, arguments);
      scope.$watch(attrs.amTimeAgo, function (value) {
        const holder = element[0].closest('.due-date');
        if (holder) {
          markDue(holder, value);
        }
      });
      return result;
    }
    directive.link = linkWithDate;
    directive.compile = function () {
      return linkWithDate;
    };
    return $delegate;
  }]);

  // 4. Tasklist calls assignNotification after every completed task (and every started process).
  $provide.decorator('assignNotification', ['$delegate', '$location', 'Notifications',
    function ($delegate, $location, Notifications) {
      return function () {
        if ($location.search().task) {
          Notifications.addMessage({
            status: 'Done',
            message: 'The task is complete and what you entered is saved.',
            duration: 10000
          });
        }
        return $delegate.apply(this, arguments);
      };
    }]);

  // 5. The oversight page, for team managers, chairs and administrators.
  ViewsProvider.registerDefaultView('tasklist.navbar.action', {
    id: 'coregroup-oversight',
    priority: 300,
    template: '<a ng-if="$root.authentication && $root.authentication.canAccess(\'cockpit\')" '
      + 'class="cg-oversight-link" href="/oversight">Oversight of cases</a>'
  });
}]);

// 2. Without a sorting in the address Tasklist sorts (and labels) by creation date.
angular.module('cam.tasklist').run(['$rootScope', '$location', function ($rootScope, $location) {
  $rootScope.$on('$locationChangeSuccess', function () {
    if ($location.path() !== '/login' && !$location.search().sorting) {
      $location.search('sorting', BY_DUE_DATE).replace();
    }
  });
}]);

// 3. Messages next to the Start and Complete buttons.
const SUBMIT_BUTTONS = ".task-details button[ng-click='complete()'], .modal-footer button[ng-click='startProcessInstance()']";

function visible(node) {
  return node.offsetParent !== null;
}

/** The label of the form field with this key (form-js ids end with Field_<key>), or the key. */
function labelOf(container, key) {
  const input = container.querySelector("[id$='-Field_" + key + "']");
  const field = input && input.closest('.fjs-form-field');
  const label = field && field.querySelector('.fjs-form-field-label');
  return label ? label.innerText.replace(/\*\s*$/, '').trim() : key;
}

/**
 * The server's refusal in plain words: Tasklist prefixes the product's "Please correct: field:
 * problem; ..." with engine wording and ids; keep the problems, each under its field's label.
 */
function plainRefusal(container, text) {
  const cleaned = text.replace(/^\s*×\s*/, '').replace(/\s*×\s*$/, '').trim();
  const at = cleaned.indexOf('Please correct:');
  if (at < 0) {
    return [cleaned];
  }
  return cleaned.substring(at + 'Please correct:'.length).split('; ').map(function (problem) {
    const match = problem.trim().match(/^([A-Za-z0-9_.\[\]]+): (.*)$/);
    if (!match) {
      return problem.trim();
    }
    const key = match[1].replace(/\[\d+\].*$/, '');
    return labelOf(container, key) + ': ' + match[2];
  });
}

function messagesFor(container) {
  const messages = [];
  container.querySelectorAll('.alert-danger').forEach(function (alert) {
    if (visible(alert) && !alert.closest('.cg-submit-message')) {
      plainRefusal(container, alert.innerText).forEach(function (message) {
        messages.push(message);
      });
    }
  });
  container.querySelectorAll('.fjs-form-field-error').forEach(function (error) {
    if (!visible(error)) {
      return;
    }
    const field = error.closest('.fjs-form-field');
    const label = field && field.querySelector('.fjs-form-field-label');
    const name = label ? label.innerText.replace(/\*\s*$/, '').trim() : '';
    messages.push((name ? name + ': ' : '') + error.innerText.trim());
  });
  return messages;
}

function showMessagesByButtons() {
  document.querySelectorAll(SUBMIT_BUTTONS).forEach(function (button) {
    const container = button.closest('.task-details, .modal-content');
    if (!container) {
      return;
    }
    const messages = messagesFor(container);
    const text = messages.join('\n');
    let box = container.querySelector('.cg-submit-message');
    if (!messages.length) {
      if (box) {
        box.remove();
      }
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'cg-submit-message';
      box.setAttribute('role', 'alert');
      button.parentNode.insertBefore(box, button);
    }
    if (box.dataset.text === text) {
      return;
    }
    box.dataset.text = text;
    box.textContent = messages.length === 1 ? 'This cannot be sent yet:' : 'These need your attention before this can be sent:';
    const list = document.createElement('ul');
    messages.forEach(function (message) {
      const item = document.createElement('li');
      item.textContent = message;
      list.appendChild(item);
    });
    box.appendChild(list);
  });
}

let scheduled = false;
new MutationObserver(function () {
  if (!scheduled) {
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      showMessagesByButtons();
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
