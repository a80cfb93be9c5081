/* Progressive enhancement only: every feature here has a no-JS fallback in the HTML. No inline handlers (CSP). */
(function () {
  'use strict';

  // Filters collapse behind the "Filters" disclosure on small screens (open by default for no-JS users).
  function collapseFilters() {
    var d = document.querySelector('.filters-disclosure');
    if (d && window.matchMedia('(max-width: 48rem)').matches) { d.open = false; }
  }

  // Client-side filter box for long facet lists.
  function facetFilters() {
    document.querySelectorAll('.facet-filter').forEach(function (input) {
      input.hidden = false;
      var items = input.closest('.facet').querySelectorAll('.facet-values > li');
      input.addEventListener('input', function () {
        var needle = input.value.trim().toLowerCase();
        items.forEach(function (li) {
          li.hidden = needle !== '' && li.textContent.toLowerCase().indexOf(needle) < 0;
        });
      });
    });
  }

  // Autocomplete of standards and issuing bodies from /api/suggest; choosing one applies it as a filter.
  function autocomplete() {
    var input = document.querySelector('input[data-suggest]');
    if (!input || !window.fetch) { return; }
    var list = document.createElement('ul');
    list.className = 'suggest-list';
    list.id = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', 'suggestions');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    var timer = null, active = -1, items = [];

    function close() { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); }
    function go(s) {
      var param = s.kind === 'issuingBody' ? 'issuingBody' : 'standard';
      var large = document.documentElement.classList.contains('large') ? '&large=1' : '';
      window.location.href = '/search?' + param + '=' + encodeURIComponent(s.value) + large;
    }
    function show(suggestions) {
      items = suggestions;
      list.textContent = '';
      suggestions.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = 'suggestion-' + i;
        li.setAttribute('role', 'option');
        li.textContent = s.label + (s.kind === 'issuingBody' ? ' (issuing body)' : ' (standard)');
        li.addEventListener('mousedown', function (e) { e.preventDefault(); go(s); });
        list.appendChild(li);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }
    function highlight(i) {
      active = i;
      list.querySelectorAll('li').forEach(function (li, j) { li.setAttribute('aria-selected', String(i === j)); });
      if (i >= 0) { input.setAttribute('aria-activedescendant', 'suggestion-' + i); }
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        fetch('/api/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (body) { if (input.value.trim() === q) { show(body.suggestions || []); } })
          .catch(function () { close(); });
      }, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) { return; }
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(Math.max(active - 1, -1)); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); go(items[active]); }
      else if (e.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', close);
  }

  // n / p jump between matching clauses on the document page.
  function matchKeys() {
    var matches = Array.prototype.slice.call(document.querySelectorAll('.clause.match'));
    if (matches.length === 0) { return; }
    document.addEventListener('keydown', function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) { return; }
      if (e.key !== 'n' && e.key !== 'p') { return; }
      var current = matches.findIndex(function (m) { return '#' + m.id === window.location.hash; });
      if (current < 0) {
        var y = window.scrollY + 10;
        current = e.key === 'n' ? matches.filter(function (m) { return m.offsetTop <= y; }).length - 1
                                : matches.filter(function (m) { return m.offsetTop < y; }).length;
      }
      var next = e.key === 'n' ? Math.min(current + 1, matches.length - 1) : Math.max(current - 1, 0);
      // past the first or last match of this part: follow its link to the part holding the next one
      var away = next === current && matches[current].querySelector(e.key === 'n' ? '.next-match' : '.prev-match');
      if (away && away.getAttribute('href').charAt(0) !== '#') { window.location.href = away.href; return; }
      window.location.hash = matches[next].id;
      var anchor = matches[next].querySelector('.clause-anchor');
      if (anchor) { anchor.focus(); }
    });
  }

  // A long document is shown in parts; a link to a clause of another part (/documents/x#clause-950, as in search
  // hits, citations and exports) loads the part holding it.
  function clauseInOtherPart() {
    var m = /^#clause-(\d+)$/.exec(window.location.hash);
    if (!m || document.getElementById('clause-' + m[1]) || !document.querySelector('.doc-parts')) { return; }
    var url = new URL(window.location.href);
    if (url.searchParams.get('clause') === m[1]) { return; }
    url.searchParams.delete('part');
    url.searchParams.set('clause', m[1]);
    window.location.replace(url.toString());
  }

  // Copy-link buttons next to clause numbers.
  function copyLinks() {
    if (!navigator.clipboard) { return; }
    document.querySelectorAll('.copy-link').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var url = window.location.origin + window.location.pathname + window.location.search + '#' + b.dataset.anchor;
        navigator.clipboard.writeText(url).then(function () {
          b.textContent = 'Copied';
          setTimeout(function () { b.textContent = 'Copy link'; }, 2000);
        });
      });
    });
  }

  // Citations: make the stable URL absolute and offer a copy button.
  function citations() {
    document.querySelectorAll('.citation').forEach(function (p) {
      var url = p.querySelector('.citation-url');
      if (url) { url.textContent = window.location.origin + p.dataset.path; }
      var b = p.parentNode.querySelector('.copy-citation');
      if (!b || !navigator.clipboard) { return; }
      b.hidden = false;
      b.addEventListener('click', function () {
        navigator.clipboard.writeText(p.textContent.trim()).then(function () {
          b.textContent = 'Copied';
          setTimeout(function () { b.textContent = 'Copy citation'; }, 2000);
        });
      });
    });
  }

  window.addEventListener('hashchange', clauseInOtherPart);

  document.addEventListener('DOMContentLoaded', function () {
    clauseInOtherPart();
    citations();
    collapseFilters();
    facetFilters();
    autocomplete();
    matchKeys();
    copyLinks();
  });
})();
