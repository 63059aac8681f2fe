// On narrow screens the filters and an article's contents start folded, so the results and the
// text come first; without this script they are simply open everywhere.
(function () {
  'use strict';
  if (window.matchMedia('(max-width: 59.99rem)').matches) {
    document.querySelectorAll('details.filters').forEach(function (filters) {
      if (!filters.querySelector('a.selected')) {
        filters.open = false;
      }
    });
  }
  if (window.matchMedia('(max-width: 63.99rem)').matches) {
    document.querySelectorAll('nav.toc > details').forEach(function (contents) {
      contents.open = false;
    });
  }
})();
