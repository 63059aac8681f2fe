// Autocomplete for search boxes marked data-suggest: entries from /api/suggest, shown as an ARIA
// combobox listbox. Without this script the search form still works; it only saves typing.
(function () {
  'use strict';

  var DELAY_MS = 120;
  var MIN_CHARS = 2;

  document.querySelectorAll('input[data-suggest]').forEach(enhance);

  function enhance(input) {
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(load, DELAY_MS);
    });
    input.addEventListener('keydown', onKey);
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    // Keep focus in the input while a suggestion is clicked.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('li');
      if (option) {
        go(items[Number(option.dataset.index)]);
      }
    });

    function load() {
      var text = input.value.trim();
      if (text.length < MIN_CHARS) {
        close();
        return;
      }
      var request = ++latest;
      fetch('/api/suggest?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (entries) {
          if (request === latest) {
            show(entries);
          }
        })
        .catch(close);
    }

    function show(entries) {
      items = entries;
      active = -1;
      list.textContent = '';
      if (items.length === 0) {
        close();
        return;
      }
      items.forEach(function (item, index) {
        var option = document.createElement('li');
        option.id = listId + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.index = String(index);
        var label = document.createElement('span');
        label.textContent = item.label;
        var kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = item.kind;
        option.append(label, kind);
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = items.length + (items.length === 1 ? ' suggestion' : ' suggestions') + '; use the arrow keys to choose';
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function onKey(event) {
      if (list.hidden) {
        return;
      }
      if (event.key === 'ArrowDown') {
        move(1);
      } else if (event.key === 'ArrowUp') {
        move(-1);
      } else if (event.key === 'Escape') {
        close();
      } else if (event.key === 'Enter' && active >= 0) {
        go(items[active]);
      } else {
        return;
      }
      event.preventDefault();
    }

    function move(step) {
      active = (active + step + items.length) % items.length;
      Array.prototype.forEach.call(list.children, function (option, index) {
        option.setAttribute('aria-selected', index === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', listId + '-' + active);
    }

    function go(item) {
      // Only ever follow links on this site.
      if (item && typeof item.url === 'string' && item.url.charAt(0) === '/' && item.url.charAt(1) !== '/') {
        window.location.assign(item.url);
      }
    }
  }
})();
