// The search page's fallback when Pagefind cannot run: the site opened from files (file://, where
// browsers refuse the fetch Pagefind loads its index with: Pagefind issue #202), or served with the
// index out of reach (no network, nothing saved). It searches the small index the build writes as a
// plain script, search/offline-index.js (format: src/site/offline-index.ts): titles, dates,
// sources, places, excerpts and figures, not the articles' full text.
//
// The same file is loaded by the build (in a sandbox, without a document) to share titleSlug and
// decode with the code that writes the index, so the two cannot drift apart. Everything shown comes
// from seeds, so the page only ever gets text nodes from it, never markup.
(function (global) {
  "use strict";

  var KINDS = { k: "killed", i: "injured", a: "arrested", m: "missing" };
  var QUALIFIERS = { "": "", "+": "at least ", ">": "over ", "~": "about ", "<": "nearly ", "^": "up to ", "?": "about " };
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  // 32 digits that end a number and 32 that continue it: small numbers take one character.
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var PAGE = 10;
  var SHOWN_VALUES = 30;
  var DAY = 86400000;

  function fold(s) {
    // Most text is ASCII, and normalizing 10,000 excerpts is most of the time it takes to load them.
    return (/[^\x00-\x7f]/.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s).toLowerCase();
  }

  /** An article's id as src/records/ids.ts makes it from a title, in the common case; the index stores the ids this gets wrong. */
  function titleSlug(title) {
    var s = title
      .replace(/&/g, " and ")
      .replace(/ß/g, "ss")
      .replace(/[äÄ]/g, "ae")
      .replace(/[öÖ]/g, "oe")
      .replace(/[üÜ]/g, "ue")
      .replace(/[œŒ]/g, "oe")
      .replace(/[æÆ]/g, "ae")
      .replace(/[øØ]/g, "o")
      .replace(/[łŁ]/g, "l")
      .replace(/[đĐ]/g, "d")
      .replace(/(\w)['’]s\b/g, "$1s");
    s = fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
    if (s.length <= 80) return s;
    var cut = s.lastIndexOf("-", 80);
    return s.slice(0, cut > 20 ? cut : 80).replace(/-+$/, "");
  }

  var DIGIT = {};
  for (var k = 0; k < DIGITS.length; k++) DIGIT[DIGITS.charAt(k)] = k;

  function decodeNumbers(s) {
    var out = [];
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var d = DIGIT[s.charAt(i)];
      if (d >= 32) n = n * 32 + (d - 32);
      else {
        out.push(n * 32 + d);
        n = 0;
      }
    }
    return out;
  }

  function isoDay(days) {
    return days ? new Date(days * DAY).toISOString().slice(0, 10) : null;
  }

  function readableDate(iso) {
    if (!iso) return "Undated";
    var p = iso.split("-");
    return Number(p[2]) + " " + MONTHS[Number(p[1]) - 1] + " " + p[0];
  }

  function monthLabel(iso) {
    if (!iso) return "Undated";
    return MONTHS[Number(iso.slice(5, 7)) - 1] + " " + iso.slice(0, 4);
  }

  // One formatter: toLocaleString makes a new one per call, and was most of the time to load 10,000 articles.
  var NUMBER = typeof Intl !== "undefined" ? new Intl.NumberFormat("en-US") : { format: String };

  function figures(s) {
    var out = [];
    var re = /([kiam])([+>~<^?]?)(\d+)/g;
    for (var m = re.exec(s); m; m = re.exec(s)) out.push(QUALIFIERS[m[2]] + NUMBER.format(Number(m[3])) + " " + KINDS[m[1]]);
    return out;
  }

  function words(text) {
    return " " + fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  }

  var WORD = /[\p{L}\p{N}]/u;

  /**
   * The index as articles: every field spelled out, plus the folded text a query is matched
   * against. Loading 10,000 articles must not keep a reader waiting, so everything is folded once
   * per distinct word, place and source, never once per article, and ids are worked out only for
   * the results shown.
   */
  function decode(data) {
    var list = [];
    var ids = data.ids || {};
    var folded = data.w.map(function (t) {
      return WORD.test(t) ? fold(t) : " ";
    });
    var placeWords = data.places.map(function (p) {
      return words(p).trim();
    });
    var sourceWords = data.sources.map(function (p) {
      return words(p).trim();
    });
    function spell(code) {
      var n = decodeNumbers(code);
      var text = "";
      var plain = " ";
      for (var k = 0; k < n.length; k++) {
        text += data.w[n[k]];
        plain += folded[n[k]];
      }
      return [text, plain + " "];
    }
    for (var i = 0; i < data.t.length; i++) {
      var title = spell(data.t[i]);
      var excerpt = spell(data.e[i]);
      var date = isoDay(data.d[i]);
      var places = [];
      var where = [];
      var at = -1;
      var gaps = decodeNumbers(data.p[i]);
      for (var g = 0; g < gaps.length; g++) {
        at += gaps[g] + 1;
        places.push(data.places[at]);
        where.push(placeWords[at]);
      }
      where.push(sourceWords[data.s[i]]);
      var placeText = " " + where.join(" ") + " ";
      list.push({
        storedId: ids[i] || null,
        get id() {
          return this.storedId || titleSlug(this.title);
        },
        title: title[0],
        date: date,
        month: date ? date.slice(0, 7) : "",
        source: data.sources[data.s[i]],
        places: places,
        language: data.langs[data.l[i]],
        excerpt: excerpt[0],
        figureCode: data.f[i],
        get figures() {
          return figures(this.figureCode);
        },
        order: i,
        titleWords: title[1],
        placeWords: placeText,
        allWords: title[1] + placeText + excerpt[1],
      });
    }
    return list;
  }

  function terms(query) {
    return words(query || "")
      .trim()
      .split(" ")
      .filter(Boolean);
  }

  // Source, month and language have one value per article, so two chosen values mean either one;
  // an article names many places, so two chosen places mean both, as a researcher narrowing down means.
  var FACETS = [
    { name: "source", label: "Source", values: function (a) { return [a.source]; }, any: true },
    { name: "place", label: "Place", values: function (a) { return a.places; }, any: false },
    { name: "month", label: "Month", values: function (a) { return [a.month || "undated"]; }, any: true },
    { name: "language", label: "Language", values: function (a) { return [a.language]; }, any: true },
  ];

  function passes(a, facet, chosen) {
    if (!chosen || !chosen.length) return true;
    var own = facet.values(a);
    return facet.any ? chosen.some(function (v) { return own.indexOf(v) >= 0; }) : chosen.every(function (v) { return own.indexOf(v) >= 0; });
  }

  function score(a, words) {
    var n = 0;
    for (var i = 0; i < words.length; i++) {
      var w = " " + words[i];
      if (a.allWords.indexOf(w) < 0) return -1;
      n += 1 + (a.titleWords.indexOf(w) >= 0 ? 3 : 0) + (a.placeWords.indexOf(w) >= 0 ? 2 : 0);
    }
    return n;
  }

  /**
   * Articles matching every word (each a word's beginning, accents and case aside) and the chosen
   * filters; best match first, or by date ("desc", "asc"; undated last). Also the filters' values
   * with their counts: for a facet, counted as if its own choice were not made, so a reader sees
   * what another choice would give.
   */
  function search(articles, query, chosen, sort) {
    chosen = chosen || {};
    var ws = terms(query);
    var matched = [];
    for (var i = 0; i < articles.length; i++) {
      var s = ws.length ? score(articles[i], ws) : 0;
      if (s >= 0) matched.push({ article: articles[i], score: s });
    }
    var results = matched.filter(function (m) {
      return FACETS.every(function (f) { return passes(m.article, f, chosen[f.name]); });
    });
    var dir = sort === "asc" ? 1 : -1;
    results.sort(function (x, y) {
      var a = x.article;
      var b = y.article;
      if (sort === "asc" || sort === "desc") {
        if (a.date !== b.date) {
          if (!a.date) return 1;
          if (!b.date) return -1;
          return a.date < b.date ? -dir : dir;
        }
        return a.order - b.order;
      }
      return y.score - x.score || a.order - b.order;
    });
    var counts = {};
    FACETS.forEach(function (f) {
      var c = {};
      matched.forEach(function (m) {
        var ok = FACETS.every(function (g) { return (g === f && f.any) || passes(m.article, g, chosen[g.name]); });
        if (!ok) return;
        f.values(m.article).forEach(function (v) { c[v] = (c[v] || 0) + 1; });
      });
      counts[f.name] = c;
    });
    return {
      words: ws,
      results: results.map(function (m) { return m.article; }),
      counts: counts,
    };
  }

  // ---- The page ----------------------------------------------------------------------------------

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** The text with the words' beginnings marked, built from text nodes only. */
  function marked(p, text, ws) {
    if (!ws.length) {
      p.textContent = text;
      return p;
    }
    // Folded character by character so positions map back to the original text.
    var folded = "";
    var from = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text.charAt(i));
      for (var j = 0; j < f.length; j++) {
        folded += f.charAt(j);
        from.push(i);
      }
    }
    var marks = [];
    ws.forEach(function (w) {
      for (var k = folded.indexOf(w); k >= 0; k = folded.indexOf(w, k + 1)) {
        if (k > 0 && /[\p{L}\p{N}]/u.test(folded.charAt(k - 1))) continue;
        marks.push([from[k], from[k + w.length - 1] + 1]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) return;
      p.appendChild(document.createTextNode(text.slice(at, m[0])));
      p.appendChild(el("mark", "", text.slice(m[0], m[1])));
      at = m[1];
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  /**
   * Builds the search into options.element: a box named by the page's heading, the filters, the
   * results. options.root is the site's root URL; options.files makes links point at index.html
   * files, for a copy opened from disk.
   */
  function start(options) {
    var host = typeof options.element === "string" ? document.querySelector(options.element) : options.element;
    var articles = decode(options.data);
    var chosen = {};
    var shown = PAGE;
    var expanded = {};
    var sortSelect = options.sort || null;

    host.textContent = "";
    var box = el("div", "offline-search");
    var notice = el("p", "offline-search__notice");
    notice.textContent = options.notice || "Offline search: titles, sources, places and excerpts of every article, without the full text.";
    var form = el("form", "offline-search__form");
    form.setAttribute("role", "search");
    var input = el("input", "offline-search__input");
    input.type = "search";
    input.setAttribute("aria-labelledby", options.labelledBy || "search-heading");
    input.placeholder = options.placeholder || "Words to find, e.g. Juliaca";
    input.autocomplete = "off";
    input.value = options.term || "";
    form.appendChild(input);
    var layout = el("div", "offline-search__layout");
    var panel = el("fieldset", "offline-search__filters");
    panel.appendChild(el("legend", "", "Filters"));
    var area = el("div", "offline-search__results-area");
    var message = el("p", "offline-search__message");
    message.setAttribute("role", "status");
    var list = el("ol", "offline-search__results");
    var more = el("button", "offline-search__more", "Load more results");
    more.type = "button";
    more.hidden = true;
    area.appendChild(message);
    area.appendChild(list);
    area.appendChild(more);
    layout.appendChild(panel);
    layout.appendChild(area);
    box.appendChild(notice);
    box.appendChild(form);
    box.appendChild(layout);
    host.appendChild(box);

    var root = options.root;
    function href(a) {
      return root + "articles/" + a.id + "/" + (options.files ? "index.html" : "");
    }

    function result(a, ws) {
      var li = el("li", "offline-search__result");
      var title = el("p", "offline-search__title");
      var link = el("a", "offline-search__link", a.title);
      link.href = href(a);
      title.appendChild(link);
      li.appendChild(title);
      li.appendChild(marked(el("p", "offline-search__excerpt"), a.excerpt, ws));
      var tags = el("ul", "offline-search__tags");
      tags.appendChild(el("li", "offline-search__tag", "Date: " + readableDate(a.date)));
      tags.appendChild(el("li", "offline-search__tag", "Source: " + a.source));
      if (a.places.length) {
        // The places a query matched first: a result found by its place shows why.
        var hit = a.places.filter(function (p) {
          var w = words(p);
          return ws.some(function (q) { return w.indexOf(" " + q) >= 0; });
        });
        var places = hit.concat(a.places.filter(function (p) { return hit.indexOf(p) < 0; }));
        tags.appendChild(marked(el("li", "offline-search__tag"), "Places: " + places.slice(0, 6).join(", ") + (places.length > 6 ? " and " + (places.length - 6) + " more" : ""), ws));
      }
      if (a.figures.length) tags.appendChild(el("li", "offline-search__tag", "Figures: " + a.figures.join(", ")));
      li.appendChild(tags);
      return li;
    }

    function valueLabel(facet, v) {
      return facet.name === "month" ? (v === "undated" ? "Undated" : monthLabel(v + "-01")) : v;
    }

    function filters(counts) {
      var open = {};
      panel.querySelectorAll("details").forEach(function (d) {
        open[d.getAttribute("data-facet")] = d.open;
      });
      while (panel.children.length > 1) panel.removeChild(panel.lastChild);
      FACETS.forEach(function (f) {
        var c = counts[f.name];
        var mine = chosen[f.name] || [];
        var values = Object.keys(c).filter(function (v) { return c[v] > 0 || mine.indexOf(v) >= 0; });
        mine.forEach(function (v) { if (values.indexOf(v) < 0) values.push(v); });
        if (!values.length) return;
        if (f.name === "month") values.sort().reverse();
        else values.sort(function (a, b) { return (c[b] || 0) - (c[a] || 0) || (a < b ? -1 : a > b ? 1 : 0); });
        var details = el("details", "offline-search__filter");
        details.setAttribute("data-facet", f.name);
        details.open = !!open[f.name];
        details.appendChild(el("summary", "offline-search__filter-name", f.label));
        var group = el("fieldset", "offline-search__filter-group");
        group.appendChild(el("legend", "visually-hidden", f.label));
        var limit = expanded[f.name] ? values.length : SHOWN_VALUES;
        values.slice(0, limit).forEach(function (v, i) {
          var row = el("div", "offline-search__filter-value");
          var box = el("input", "offline-search__filter-checkbox");
          box.type = "checkbox";
          box.id = "offline-" + f.name + "-" + i;
          box.name = f.name;
          box.value = v;
          box.checked = mine.indexOf(v) >= 0;
          box.addEventListener("change", function () {
            var now = (chosen[f.name] || []).filter(function (x) { return x !== v; });
            if (box.checked) now.push(v);
            chosen[f.name] = now;
            shown = PAGE;
            run();
          });
          var label = el("label", "offline-search__filter-label", valueLabel(f, v) + " (" + (c[v] || 0) + ")");
          label.htmlFor = box.id;
          row.appendChild(box);
          row.appendChild(label);
          group.appendChild(row);
        });
        if (values.length > limit) {
          var all = el("button", "offline-search__filter-more", "Show all " + values.length);
          all.type = "button";
          all.addEventListener("click", function () {
            expanded[f.name] = true;
            run();
          });
          group.appendChild(all);
        }
        details.appendChild(group);
        panel.appendChild(details);
      });
    }

    function run() {
      var term = input.value;
      var anyFilter = Object.keys(chosen).some(function (k) { return chosen[k].length; });
      var found = search(articles, term, chosen, sortSelect ? sortSelect.value : "");
      filters(found.counts);
      list.textContent = "";
      if (!found.words.length && !anyFilter) {
        message.textContent = "";
        more.hidden = true;
        return;
      }
      var n = found.results.length;
      message.textContent = (n === 1 ? "1 result" : n.toLocaleString("en-US") + " results") + (found.words.length ? " for " + term.trim() : "");
      found.results.slice(0, shown).forEach(function (a) {
        list.appendChild(result(a, found.words));
      });
      more.hidden = n <= shown;
    }

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      shown = PAGE;
      timer = setTimeout(run, 120);
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      run();
    });
    more.addEventListener("click", function () {
      shown += PAGE;
      run();
    });
    if (sortSelect) {
      sortSelect.addEventListener("change", function () {
        shown = PAGE;
        run();
      });
    }
    run();
    return { articles: articles.length, run: run };
  }

  global.ArchiveOfflineSearch = { titleSlug: titleSlug, decode: decode, search: search, start: start, DIGITS: DIGITS };
})(typeof window !== "undefined" ? window : globalThis);
