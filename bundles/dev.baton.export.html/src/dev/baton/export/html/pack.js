// Baton handover pack: the decision log's filter and the offline search. No network, no fetch:
// the search index comes from assets/search-index.js as window.BATON_SEARCH.
(function () {
  'use strict';
  function filters() {
    document.querySelectorAll('select[data-filter-table]').forEach(function (select) {
      var table = document.getElementById('table-' + select.getAttribute('data-filter-table'));
      if (!table) { return; }
      select.addEventListener('change', function () {
        table.querySelectorAll('tbody tr').forEach(function (row) {
          row.hidden = select.value !== '' && row.getAttribute('data-filter') !== select.value;
        });
      });
    });
  }
  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  function search() {
    var results = document.getElementById('search-results');
    if (!results) { return; }
    var query = new URLSearchParams(window.location.search).get('q') || '';
    var input = document.getElementById('search-query');
    if (input) { input.value = query; }
    var terms = words(query);
    var count = document.getElementById('search-count');
    if (terms.length === 0) { count.textContent = 'Type a word to search every page of the pack.'; return; }
    var root = document.body.getAttribute('data-root') || '';
    var hits = [];
    (window.BATON_SEARCH || []).forEach(function (page) {
      var title = page.t.toLowerCase();
      var text = page.x.toLowerCase();
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = title.indexOf(terms[i]) >= 0;
        var at = text.indexOf(terms[i]);
        if (!inTitle && at < 0) { return; }
        score += (inTitle ? 10 : 0) + (at >= 0 ? 1 : 0);
      }
      hits.push({ page: page, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.page.t.localeCompare(b.page.t); });
    count.textContent = hits.length + (hits.length === 1 ? ' page' : ' pages') + ' for “' + query + '”';
    hits.slice(0, 100).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + hit.page.u;
      link.textContent = hit.page.t;
      item.appendChild(link);
      var at = hit.page.x.toLowerCase().indexOf(terms[0]);
      if (at >= 0) {
        var excerpt = document.createElement('div');
        excerpt.className = 'excerpt';
        excerpt.textContent = (at > 60 ? '…' : '') + hit.page.x.substring(Math.max(0, at - 60), at + 140) + '…';
        item.appendChild(excerpt);
      }
      results.appendChild(item);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { filters(); search(); });
}());
