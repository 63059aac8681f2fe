// On narrow screens the filters start folded, so the results come first; without this script
// they are simply open everywhere.
(function () {
  'use strict';
  if (window.matchMedia('(max-width: 59.99rem)').matches) {
    document.querySelectorAll('details.filters').forEach(function (filters) {
      if (!filters.querySelector('a.selected')) {
        filters.open = false;
      }
    });
  }
})();
