// Starts Pagefind's search UI. Kept in a file of its own (not inline) so pages can forbid inline
// scripts in their Content-Security-Policy.
//
// The index is split into shards (one Pagefind bundle per month, see src/build/search-index.ts) so
// adding an article re-indexes only its month; /pagefind/shards.json lists the bundles to merge
// into the primary one at /pagefind/.
(function () {
  "use strict";
  var ui = null;
  var shards = [];

  function input() {
    return document.querySelector("#search input.pagefind-ui__search-input");
  }

  function label() {
    // The UI's box only has a placeholder; name it by the page's heading so it is announced as
    // what it is, and make it a search field.
    var box = input();
    if (box) {
      box.setAttribute("aria-labelledby", "search-heading");
      box.setAttribute("type", "search");
    }
  }

  function selectedFilters() {
    var chosen = {};
    var boxes = document.querySelectorAll("#search input.pagefind-ui__filter-checkbox:checked");
    for (var i = 0; i < boxes.length; i++) {
      var name = boxes[i].name;
      (chosen[name] = chosen[name] || []).push(boxes[i].value);
    }
    return chosen;
  }

  function start(sort, term, filters) {
    var options = {
      element: "#search",
      showSubResults: true,
      showImages: false,
      resetStyles: false,
      pageSize: 10,
      translations: { placeholder: "Words to find, e.g. Juliaca" },
      // Pagefind's module through our wrapper, which keeps an order by date across the shards.
      bundlePath: "/assets/search/",
      mergeIndex: shards.map(function (path) {
        return { bundlePath: path };
      }),
    };
    if (sort) options.sort = { date: sort };
    ui = new PagefindUI(options);
    label();
    if (filters && Object.keys(filters).length) ui.triggerFilters(filters);
    if (term) ui.triggerSearch(term);
  }

  function ready() {
    var params = new URLSearchParams(window.location.search);
    start("", params.get("q") || "", null);
    var box = document.getElementById("search-sort-box");
    var select = document.getElementById("search-sort");
    if (!box || !select) return;
    box.hidden = false;
    // The UI reads its sort order only when it starts, so a new order restarts it with the same
    // words and filters.
    select.addEventListener("change", function () {
      var field = input();
      var term = field ? field.value : "";
      var filters = selectedFilters();
      ui.destroy();
      document.getElementById("search").textContent = "";
      start(select.value, term, filters);
    });
  }

  window.addEventListener("DOMContentLoaded", function () {
    if (typeof PagefindUI === "undefined") return;
    fetch("/pagefind/shards.json")
      .then(function (r) {
        return r.ok ? r.json() : { shards: [] };
      })
      .then(function (d) {
        shards = d.shards || [];
      })
      .catch(function () {
        shards = [];
      })
      .then(ready);
  });
})();
