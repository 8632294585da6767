// Starts Pagefind's search UI. Kept in a file of its own (not inline) so pages can forbid inline
// scripts in their Content-Security-Policy.
//
// The index is split into shards (one Pagefind bundle per month, see src/build/search-index.ts) so
// adding an article re-indexes only its month; /pagefind/shards.json lists the bundles to merge
// into the primary one at /pagefind/.
//
// When Pagefind cannot run, the page falls back to the offline search (assets/search/offline.js)
// over a small index shipped as a plain script (search/offline-index.js): on a copy opened from
// files (file://), where browsers refuse the fetches Pagefind needs (its issue #202), and on the
// published site when its index is out of reach (no network, and the service worker has not saved
// it). Both files are loaded as script elements, the one way a file:// page may load another file.
(function () {
  "use strict";
  var ui = null;
  var shards = [];
  var script = document.currentScript;
  // The site's root, from this file's own address (assets/search.js): a copy opened from files
  // has no "/" to start from.
  var root = new URL("../", script ? script.src : location.href).href;

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

  function load(src) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = src;
      // Run in the order added: the search code, then the index it reads.
      el.async = false;
      el.addEventListener("load", resolve);
      el.addEventListener("error", function () {
        reject(new Error(src));
      });
      document.head.appendChild(el);
    });
  }

  function fallback(fromFiles) {
    var host = document.getElementById("search");
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = root + "assets/offline.css";
    document.head.appendChild(css);
    Promise.all([load(root + "assets/search/offline.js"), load(root + "search/offline-index.js")])
      .then(function () {
        var select = document.getElementById("search-sort");
        var box = document.getElementById("search-sort-box");
        if (box && select) box.hidden = false;
        window.ArchiveOfflineSearch.start({
          element: host,
          data: window.ArchiveOfflineIndex,
          root: root,
          files: location.protocol === "file:",
          term: new URLSearchParams(location.search).get("q") || "",
          sort: select,
          notice: fromFiles
            ? "Offline search: this copy of the archive is opened from files, so search looks through the titles, sources, places and excerpts of every article, not their full text."
            : "Offline search: the full-text search cannot be reached now, so search looks through the titles, sources, places and excerpts of every article, not their full text.",
        });
      })
      .catch(function () {
        host.textContent = "";
        var p = document.createElement("p");
        p.textContent = "Search is not saved on this device yet: open this page once with a network connection. Every article is also listed by month, place and source.";
        host.appendChild(p);
      });
  }

  /**
   * With no network (the browser says so, or the service worker answered from its saved copy),
   * Pagefind works only if the worker saved its whole index.
   */
  function indexReachable(offline) {
    if (!offline && navigator.onLine !== false) return Promise.resolve(true);
    if (!window.caches) return Promise.resolve(false);
    return caches.match("/offline/saved.json").then(
      function (saved) {
        return !!saved;
      },
      function () {
        return false;
      },
    );
  }

  window.addEventListener("DOMContentLoaded", function () {
    if (location.protocol === "file:") return fallback(true);
    if (typeof PagefindUI === "undefined") return fallback(false);
    var offline = false;
    fetch(root + "pagefind/shards.json")
      .then(function (r) {
        if (!r.ok) throw new Error("no index at " + r.url);
        offline = r.headers.get("x-archive-offline") === "1";
        return r.json();
      })
      .then(function (d) {
        shards = d.shards || [];
        return indexReachable(offline);
      })
      .then(
        function (ok) {
          if (ok) ready();
          else fallback(false);
        },
        function () {
          fallback(false);
        },
      );
  });
})();
