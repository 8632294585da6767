// The service worker (served as /sw.js; registered by /assets/offline.js): after one visit, the
// pages a reader opened, the search page and the whole search index work with no network, and a
// page never saved gets the offline page instead of the browser's error.
//
// How each request is answered:
// - pages: from the network, so a reader online always gets the current build; the saved copy is
//   used only when the network fails.
// - Pagefind's chunks (fragment/, index/, filter/, *.pf_meta) are named by a hash of their content,
//   so a saved copy can never be stale: from the cache first.
// - everything else (styles, scripts, Pagefind's entry files and wasm, maps): network first, like
//   pages. Nothing old is ever served while the site is reachable, which keeps `npm start` and
//   tests that rebuild and reload seeing the new build.
//
// The build fills in BUILD (src/build/offline.ts). Its version is a hash of the files saved on
// install, so a rebuilt site installs a new worker: it saves the new files, fetches again the pages
// the reader had saved, and deletes the old caches.
"use strict";
var BUILD = { version: "dev", files: "/offline/files.json" };

var PREFIX = "news-archive-";
var FILES = PREFIX + "files-" + BUILD.version;
var PAGES = PREFIX + "pages-" + BUILD.version;
/** Written once the whole search index is saved; the search page and the offline page read it. */
var SAVED = "/offline/saved.json";
var OFFLINE_PAGE = "/offline/";
var CONTENT_HASHED = /^\/pagefind\/(?:[^?#]*\/)?(?:(?:fragment|index|filter)\/[^/]+|[^/]+\.pf_meta)$/;
var PARALLEL = 6;

/** Cache keys carry no query: /search/?q=x is the search page, and Pagefind adds ?ts= to bust caches. */
function key(url) {
  var u = new URL(url, self.location.href);
  return u.origin + u.pathname;
}

async function pool(items, fn) {
  var next = 0;
  async function worker() {
    while (next < items.length) await fn(items[next++]);
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

/** A navigation cannot be answered with a response marked as redirected; keep a plain copy. */
function plain(res) {
  return res.redirected ? new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers }) : res;
}

async function save(cache, url, mode) {
  var res = await fetch(url, { cache: mode || "no-cache" });
  if (!res.ok) throw new Error(url + ": " + res.status);
  await cache.put(key(res.url || url), plain(res));
}

async function listing() {
  var res = await fetch(BUILD.files + "?v=" + BUILD.version, { cache: "no-store" });
  if (!res.ok) throw new Error("no list of files to save");
  var list = await res.json();
  // A build finished between fetching this worker and its list: install the next worker instead.
  if (list.version !== BUILD.version) throw new Error("the site was rebuilt while this worker installed");
  return list;
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    (async function () {
      var list = await listing();
      var files = await caches.open(FILES);
      await pool(list.core, function (u) {
        return save(files, u);
      });
      await files.put(BUILD.files, new Response(JSON.stringify(list), { headers: { "content-type": "application/json" } }));
      var pages = await caches.open(PAGES);
      // The page that registered this worker loaded before the worker existed: save it now, with any
      // other open page of the site, and fetch again every page an older version had saved.
      var urls = new Set();
      var open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      open.forEach(function (c) {
        if (new URL(c.url).origin === self.location.origin) urls.add(key(c.url));
      });
      for (var name of await caches.keys()) {
        if (name.indexOf(PREFIX + "pages-") !== 0 || name === PAGES) continue;
        for (var req of await (await caches.open(name)).keys()) urls.add(key(req.url));
      }
      await pool([...urls], async function (u) {
        try {
          await save(pages, u);
        } catch (e) {
          // Offline or the server failing: an old copy is better than none. A page the new build
          // no longer has (404) is dropped with the old cache.
          var old = await caches.match(u);
          if (old && !/: 4\d\d$/.test(String(e && e.message))) await pages.put(u, old);
        }
      });
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    (async function () {
      for (var name of await caches.keys()) if (name.indexOf(PREFIX) === 0 && name !== FILES && name !== PAGES) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** A saved copy, marked so the search page can tell it got one because the network failed. */
function savedCopy(res) {
  var headers = new Headers(res.headers);
  headers.set("x-archive-offline", "1");
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers: headers });
}

async function fromCache(request) {
  return (await caches.open(PAGES)).match(key(request.url)).then(function (r) {
    return r || caches.open(FILES).then(function (c) {
      return c.match(key(request.url));
    });
  });
}

async function page(event) {
  try {
    var res = await fetch(event.request);
    if (res.ok && res.status === 200 && res.type === "basic" && !res.redirected) {
      var copy = res.clone();
      event.waitUntil(caches.open(PAGES).then(function (c) {
        return c.put(key(event.request.url), copy);
      }));
    }
    return res;
  } catch (e) {
    var saved = await fromCache(event.request);
    if (saved) return saved;
    var offline = await (await caches.open(FILES)).match(key(OFFLINE_PAGE));
    if (offline) return new Response(offline.body, { status: 503, statusText: "Offline", headers: offline.headers });
    throw e;
  }
}

async function networkFirst(event) {
  try {
    var res = await fetch(event.request);
    if (res.status === 200 && res.type === "basic") {
      var copy = res.clone();
      event.waitUntil(
        (async function () {
          var files = await caches.open(FILES);
          var old = await files.match(key(event.request.url));
          // Most requests get what is saved already; an unchanged ETag saves rewriting it.
          if (old && copy.headers.get("etag") && old.headers.get("etag") === copy.headers.get("etag")) return;
          await files.put(key(event.request.url), copy);
        })(),
      );
    }
    return res;
  } catch (e) {
    var saved = await fromCache(event.request);
    if (saved) return savedCopy(saved);
    throw e;
  }
}

async function cacheFirst(event) {
  var saved = await fromCache(event.request);
  if (saved) return saved;
  var res = await fetch(event.request);
  if (res.status === 200 && res.type === "basic") {
    var copy = res.clone();
    event.waitUntil(caches.open(FILES).then(function (c) {
      return c.put(key(event.request.url), copy);
    }));
  }
  return res;
}

self.addEventListener("fetch", function (event) {
  var req = event.request;
  if (req.method !== "GET" || req.headers.has("range")) return;
  var url = new URL(req.url);
  if (url.origin !== self.location.origin || url.pathname === "/sw.js") return;
  if (req.mode === "navigate") event.respondWith(page(event));
  else if (CONTENT_HASHED.test(url.pathname)) event.respondWith(cacheFirst(event));
  else event.respondWith(networkFirst(event));
});

var saving = null;

/** The whole search index, every shard. Resumable: a visit after an interrupted save fetches only what is missing. */
async function saveSearch() {
  var files = await caches.open(FILES);
  if (await files.match(SAVED)) return true;
  var listed = await files.match(BUILD.files);
  if (!listed) return false;
  var list = await listed.json();
  var have = new Set((await files.keys()).map(function (r) {
    return key(r.url);
  }));
  var failed = 0;
  await pool(
    list.index.filter(function (u) {
      return !have.has(key(u));
    }),
    async function (u) {
      try {
        // Hashed names can come from the HTTP cache; the others must be this build's.
        await save(files, u, CONTENT_HASHED.test(u) ? "default" : "no-cache");
      } catch (e) {
        failed++;
      }
    },
  );
  if (failed) return false;
  await files.put(SAVED, new Response(JSON.stringify({ version: BUILD.version, files: list.index.length, bytes: list.bytes.index, savedAt: new Date().toISOString() }), { headers: { "content-type": "application/json" } }));
  return true;
}

self.addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "save-search") return;
  saving = saving || saveSearch().finally(function () {
    saving = null;
  });
  var source = event.source;
  event.waitUntil(
    saving.then(function (complete) {
      if (source) source.postMessage({ type: "search-saved", complete: complete, version: BUILD.version });
    }, function () {
      if (source) source.postMessage({ type: "search-saved", complete: false, version: BUILD.version });
    }),
  );
});
