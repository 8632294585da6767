// Offline use of the published site, on every page: registers the service worker (source:
// templates/offline/sw.js, served as /sw.js), asks it to save the search index, tells a reader when
// the page is a saved copy, and on the offline page lists what is saved. On a copy opened from files
// (file://) there is no service worker, and nothing to do: every page is on disk already.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var script = document.currentScript;
  // Beside the site's root, wherever this file (/assets/offline.js) is.
  var worker = new URL("../sw.js", script ? script.src : location.href).href;
  var PAGES = "news-archive-pages-";
  var FILES = "news-archive-files-";
  var styled = false;

  function stylesheet() {
    if (styled || document.querySelector('link[href$="/assets/offline.css"]')) return;
    styled = true;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("offline.css", script.src).href;
    document.head.appendChild(link);
  }

  function notice() {
    var main = document.getElementById("main");
    var shown = document.getElementById("offline-notice");
    if (navigator.onLine !== false || !navigator.serviceWorker.controller || !main || document.getElementById("saved-pages")) {
      if (shown) shown.remove();
      return;
    }
    if (shown) return;
    stylesheet();
    var p = document.createElement("p");
    p.id = "offline-notice";
    p.className = "offline-notice";
    p.setAttribute("role", "status");
    p.textContent = "You are offline: this is the copy saved on this device when you last opened the page.";
    main.insertBefore(p, main.firstChild);
  }

  /** On the offline page: the pages saved here, by title, and whether search works offline. */
  function listSaved() {
    var list = document.getElementById("saved-pages");
    if (!list || !window.caches) return;
    caches
      .keys()
      .then(function (names) {
        var mine = names.filter(function (n) {
          return n.indexOf(PAGES) === 0 || n.indexOf(FILES) === 0;
        });
        return Promise.all(
          mine.map(function (name) {
            return caches.open(name).then(function (c) {
              return c.keys().then(function (keys) {
                return keys
                  .filter(function (k) {
                    return /\/$/.test(new URL(k.url).pathname);
                  })
                  .slice(0, 200)
                  .map(function (k) {
                    return c.match(k).then(function (r) {
                      return r.text().then(function (html) {
                        var m = /<title>[\s\S]*?<\/title>/i.exec(html);
                        var title = m ? new DOMParser().parseFromString(m[0], "text/html").title : k.url;
                        // "Title · Site name": the site's name is on every page.
                        title = title.replace(/\s·\s[^·]+$/, "");
                        return { url: new URL(k.url).pathname, title: title };
                      });
                    });
                  });
              });
            });
          }),
        );
      })
      .then(function (groups) {
        return Promise.all([].concat.apply([], groups));
      })
      .then(function (pages) {
        var seen = {};
        pages
          .filter(function (p) {
            if (seen[p.url] || p.url === "/offline/") return false;
            seen[p.url] = true;
            return true;
          })
          .sort(function (a, b) {
            return a.title.localeCompare(b.title);
          })
          .forEach(function (p) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = p.url;
            a.textContent = p.title;
            li.appendChild(a);
            list.appendChild(li);
          });
        var section = document.getElementById("saved");
        if (section && list.children.length) section.hidden = false;
        return caches.match("/offline/saved.json");
      })
      .then(function (saved) {
        var status = document.getElementById("search-saved");
        if (saved && status) status.hidden = false;
      })
      .catch(function () {});
  }

  window.addEventListener("online", notice);
  window.addEventListener("offline", notice);
  window.addEventListener("DOMContentLoaded", function () {
    notice();
    listSaved();
  });
  function saveSearch(sw) {
    var connection = navigator.connection;
    // Readers who ask to save data get pages and the small offline index, not the full one.
    if (!sw || (connection && connection.saveData)) return;
    sw.postMessage({ type: "save-search" });
  }

  // After the page has loaded, so saving never competes with what the reader asked for.
  window.addEventListener("load", function () {
    navigator.serviceWorker
      .register(worker)
      .then(function () {
        return navigator.serviceWorker.ready;
      })
      .then(function (reg) {
        saveSearch(reg.active);
      })
      .catch(function () {});
  });
  // A rebuilt site's worker takes over while the page is open: its index is the one to save.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    saveSearch(navigator.serviceWorker.controller);
  });
})();
