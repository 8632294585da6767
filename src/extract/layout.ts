// Scraped articles arrive wrapped in page chrome: site navigation, share and subscribe prompts,
// bylines glued to widget labels, copyright and disclaimer footers. This module splits a text into
// the parts the other extractors need — header lines, body paragraphs, footer lines — and drops the
// chrome. The patterns are one table of general web-page boilerplate, not rules for one site.
import ISO6391 from "iso-639-1";
import { COMMON_WORDS, INDEX, PERSON_NAMES, fold, nameKey } from "./gazetteer.ts";

export interface Layout {
  /** lines before the body, chrome removed (headline, standfirst, byline, dateline…) */
  header: string[];
  /** body paragraphs as Markdown-ish text (links to real addresses kept) */
  body: string[];
  /** the same paragraphs as plain text (links reduced to their text) for the extractors */
  plain: string[];
  /** boilerplate lines from the end of the page (copyright, disclaimer, "original source"…) */
  footer: string[];
  /** names found in page-builder chrome such as "Writer's picture<Name>" */
  chromeAuthors: string[];
  /**
   * the headline as the page's own title line gives it ("<headline> - BBC News" above the page),
   * when a header line repeats it: that line is the headline whatever else looks like one
   */
  headline?: string;
  /** the site's name as its masthead or title line prints it, for when nothing else names the publication */
  siteNames: string[];
  /**
   * credit lines ("Fuente: Andina") from above or below the body, which may name the publication; one
   * under a chart mid-article names a data source instead and is not kept
   */
  credits: string[];
  /** the date bar over the masthead (see PAGE_DAY), dropped as chrome */
  pageDay?: string;
  /** a document's running header ("PEACE BRIGADES INTERNATIONAL Briefing | April 2023"), dropped as furniture */
  runningHeader?: string;
}

const SMALL_IN_NAME = new Set(["de", "del", "y", "e", "en", "para", "of", "and", "for", "on", "in"]);
const ARTICLE_IN_NAME = new Set(["la", "las", "los", "el", "the"]);

/** A name written in capitals, as its owner writes it: "LA VOZ DE HUAMANGA" is La Voz de Huamanga, "THE GLOBE AND MAIL" The Globe and Mail. */
export function titleCaseName(caps: string): string {
  const words = caps.toLowerCase().split(" ");
  return words.map((w, i) => (i > 0 && (SMALL_IN_NAME.has(w) || (ARTICLE_IN_NAME.has(w) && SMALL_IN_NAME.has(words[i - 1]))) ? w : w.replace(/^\p{L}/u, (c) => c.toUpperCase()))).join(" ");
}

/** what a site says it is after its name: "Andina - Agencia Peruana de Noticias", "X – Independent News Agency" */
const MEDIA_KIND = /^(?:(?:the|la|el|\p{L}+a?s?)\s+){0,3}(?:news ?agency|press agency|newspaper|news|agencia(?:\s+\p{L}+){0,2}\s+de\s+noticias|agencia de noticias|diario|peri[oó]dico|revista|magazine|radio|televisi[oó]n|noticias)(?:\s+(?:de|del|of|from)\s+[\p{L} ]{2,30})?$/iu;

/**
 * The day's date in a bar over the masthead, with the weather or the exchange rate ("Domingo, 22
 * enero 2023 · Cusco 14 °C", "Tuesday, February 7, 2023 | Today's Paper"): the day the page was
 * viewed, which dates the article only when nothing else does.
 */
const PAGE_DAY = /^.{0,40}\b(?:19|20)\d\d\s*[|·]\s*(?:d[oó]lar|euro|weather|clima|tipo de cambio|today'?s paper|e-paper|edici[oó]n impresa|(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ ]{1,30}\s)?-?\d{1,2}\s?°)/i;

/** Lines that are page furniture wherever they appear; they never reach the body. */
const CHROME: RegExp[] = [
  /^(top|bottom) of (the )?page$/i,
  /^skip (to|links|next|this|over|ahead|navigation)\b/i,
  /^(saltar|ir|pasar) (al|a la|a) (contenido|navegación|menú|inicio)\b/i,
  /^(?:zum inhalt springen|direkt zum inhalt|aller au contenu|passer au contenu)$/i,
  /^(menu|home|search|close|login|log in|sign in|sign up|register|subscribe|share|tweet|print|email|e-mail|advertisement|ad|sponsored|related|related articles|read more|more|comments?|reply|next|previous|back to top|follow|following|open in app|write)$/i,
  /^(share|print|email|e-mail)( this( article| story| page)?)?( on| via| with)? ?(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email)?[.:]?$/i,
  /^(region|theme|tags?|topics?|categor(y|ies)|filed under|section)\s*:/i,
  /\b(?:follow us on|subscribe to our|sign up for (?:our|the)|click here|share buttons|repost and share|newsletter|síguenos|siguenos|suscríbete a|suscribete a|unete a nuestro|recibe (?:las|nuestras) (?:noticias|alertas)|descarga (?:la|nuestra) app|activa las notificaciones|activar notificaciones|turn on notifications|enable notifications|allow notifications|tax-deductible donation)\b|únete a nuestro/i,
  /^all .{1,40} articles can be read in \d+ languages/i,
  /^(note to readers|for media inquiries|comment on .{0,60} articles)/i,
  // news sites' page furniture around the headline
  /^this (article|story|page) is more than (\d+|an?|one|two|three) (years?|months?) old$/i,
  /^this (?:(?:article|story|page) )?was (?:first )?published (?:\d+|an?|one|two|three|over (?:\d+|an?|one|two))\s+(?:years?|months?|days?) ago$/i,
  /^\d{1,2} min(ute)?s? read$/i,
  /^(estimated )?reading time\s*:?\s*\d+\s*min(ute)?s?\.?$/i,
  /^\d+ comments?( \| \d+ shares?)?$/i,
  // a newsletter's issue line: "Notes from the highlands · Issue No. 38"
  /^.{0,80}(^|[·|•–—-]\s*)(issue|vol\.?|volume|edición|número)\s*(no\.?|n[°º]\.?|#)?\s*\d+$/i,
  // (one with a year may be the page's only date: "Updated on Mar 06, 2023 08:41 PM IST")
  /^(last )?(modified|updated) (on )?(?!.*\b(?:19|20)\d\d\b).{0,40}\d.{0,30}$/i,
  // "Updated 3 hours ago", "Published 4 hours 21 minutes ago", "hace 2 horas"
  // (a theme's stamp over the date: "2 weeks ago on" / "February 14, 2023")
  /^((updated|published|posted|actualizado|publicado)( on)?:? )?(\d{1,2}|an?) (minutes?|hours?|days?|weeks?|months?)( (and )?\d{1,2} (minutes?|hours?))? ago( on)?$/i,
  /^((actualizado|publicado):? )?hace (\d{1,2}|una?) (minutos?|horas?|d[ií]as?|semanas?|meses|mes)$/i,
  /^(navigation|main menu|select language|change language|current language( [a-zñáéíóúç]+)?|live tv|navigation menu|skip links|reuse this content|save|like|comment|restack|live|listen|listen to this article|acquire licensing rights(, opens new tab)?|show more|more on this story|explore more on these topics|most viewed|most read|most popular|read next)$/i,
  /^\d[\d,.]* (likes?|restacks?|shares?|comments?)( · \d[\d,.]* (likes?|restacks?|shares?|comments?))*$/i,
  /^(share full article|supported by|skip advertisement|advertisement|click to expand image|other ways to share|media options|download (video|audio)|watch full show|\+\s?follow|image caption,?|story)$/i,
  // a paywall's notice: "This copy is for your personal, non-commercial use only. Distribution and use …"
  /^this copy is for your personal,? non-commercial use only\b/i,
  // "Open main menu", "Close navigation", "Open this photo in gallery:"
  /^(open|close|toggle) (the )?(main )?(menu|navigation|search|sidebar)$/i,
  /^open this (photo|image|video) in (the )?gallery:?$/i,
  /^(print options:?|cancel print|embedded content|accessibility links)$/i,
  // "Share this: f t in ✉", "« Back to News", "Support Our Winter Fund Drive!"
  /^share this\s*:.{0,40}$/i,
  // an archive's banner over the page it captured: "archive.today", "webpage capture", "Saved from",
  // the capture's own time to the second ("14 Feb 2023 16:02:11 UTC"), its sharing row
  /^(?:archive\.(?:today|ph|is|li|vn|md)|webpage capture|saved from\b.{0,200}|all snapshots\b.{0,80}|webpage\s+screenshot|share\s+download \.zip\b.{0,80}|short link\s+long link\b.{0,80}|reddit\s+vkontakte\b.{0,80}|the wayback machine\b.{0,80}|\d{1,3} captures?\b.{0,80})$/i,
  /^\d{1,2} [A-Za-zÀ-ÿ]{3,9}\.? \d{4} \d{1,2}:\d{2}:\d{2} (?:UTC|GMT)$/,
  // a read-later app's own line: "Saved May 19, 2023 · 7 min"
  /^saved (?:on )?.{0,30}\d{4}\b.{0,30}$/i,
  /^https?:\/\/\S{4,300}$/,
  // a social network's own chrome around a copied post: "Iniciar sesión ¿Olvidaste tu cuenta? Crear cuenta nueva",
  // a forwarded chat message's stamp "[21/1 10:14] +51 9•• ••• 342: ↪️ Reenviado muchas veces"
  /^(?:iniciar sesión|log in|entrar)\b.{0,20}(?:¿olvidaste tu cuenta\?|forgot account\?|forgotten account\?).{0,40}$/i,
  /^\[\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,? \d{1,2}:\d{2}\][^\n]{0,80}:\s*(?:↪️\s*)?(?:reenviado|forwarded)\b.{0,30}$/i,
  /^(?:↪️\s*)?(?:reenviado muchas veces|forwarded many times|reenviado|forwarded)$/i,
  // a social post's furniture: "• 2nd", "11mo • Edited •", "2d · 🌐", "Feed post"
  /^(?:[•·]\s*)?(?:1st|2nd|3rd\+?)$/i,
  /^\d{1,2}\s?(?:mo|w|d|h|m|y|min|hr|hrs)\s*[•·](?:\s*(?:edited|editado)\s*[•·]?)?\s*\S{0,2}$/iu,
  /^feed post$/i,
  // WordPress's like button: "Like this:" / "Like Loading..."
  /^(?:like this:?|like loading(?:\.{3}|…)|loading(?:\.{3}|…))$/i,
  /^[«‹←<]\s*back to\b.{0,30}$/i,
  /^support our .{0,40}\b(?:fund|drive|appeal|campaign)!?$/i,
  /^(listen to (this|the|these) (article|story|stories)|image source\s*,|share this via |available in\b)/i,
  /^(escúchanos|escuchanos|escucha|síguenos|siguenos|mira|sintoniza)\b.{0,40}\b(en vivo|en directo|24 horas|online)\b/i,
  /^(buscar|search)\b.{0,30}$/i,
  /^(view|read) (this|the) (email|newsletter|message) (in|on) (your|a|the) (browser|web)/i,
  /^(this (site|website) uses cookies|we use cookies|usamos cookies|utilizamos cookies|este sitio (web )?utiliza cookies)\b/i,
  // paywalls: "Subscribe to unlock this article", "Try unlimited access", "Only $1 for 4 weeks"
  /^(subscribe|sign up|sign in|log in|register|suscríbete|regístrate) (to|para) (unlock|read|continue|keep reading|access|seguir leyendo|leer|continuar)\b/i,
  /^(try|start) (unlimited|full|premium|digital|free) (access|trial)\b/i,
  /^(only|just|then|sólo|solo)\s+[$€£S\/]+\s?\d[\d.,]*\b.{0,200}$/i,
  /^(subscribe|suscríbete|suscribete)\b.{0,20}[$€£]\s?\d.{0,40}$/i,
  // an offer banner: "LIMITED-TIME OFFER: Unlimited digital access for $1 for 6 months. Subscribe Now",
  // "Get unlimited access for just 99¢ a month. SUBSCRIBE NOW"
  // (not one that goes on to say what the publication is: "… $5 for 12 weeks. The Militant is a socialist newsweekly …")
  /^(?=.{0,60}(?:[$€£]\s?\d|\d\s?¢))(?=.*\b(?:subscribe|subscription|digital access|unlimited access|sign up)\b)(?!.*\bis an? \b).{0,200}$/i,
  /^(?:print|email|e-mail|share|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|copy link)(?: (?:print|email|e-mail|share|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|copy link))+$/i,
  /^explore (more )?offers\.?$/i,
  // a site's series label over the headline: "Mongabay Series: Amazon Conservation, …"
  /^[a-zà-ÿ&' ]{2,30} series\s*:/i,
  // a link back to the section: "Back to News & Statements", "← Back to Press Releases"
  /^[←‹<]?\s*back to\b.{0,40}$/i,
  // a weather widget and market tickers: "41°", "S&P 500 4,119.21 +42.61 (+1.05%)", "Crude Oil 80.45 1.20%"
  /^-?\d{1,3}\s*°\s*[CF]?$/i,
  /^[A-Za-z&/.'’ \d-]{2,30}\s+[\d,]+\.\d+\s+[+\-−]?[\d,]*\.?\d+%?(\s*\([+\-−]?\d+(\.\d+)?%\))?$/,
  /^[A-Za-z&/.'’ -]{2,20}\s\d+\s?(?:yr|year|month|mo)\b.{0,25}\d\.\d+%$/i,
  /^weather alerts?\b/i,
  // a site-wide banner over the page: "BREAKING: Winter storm warning for Chicago area Tuesday"
  /^(?:breaking(?: news)?|developing(?: story)?|just in)\s*:\s*\S.{0,140}$/i,
  // a ticker of the latest stories: "ÚLTIMA HORA ▸ Gobierno declara duelo nacional ▸ Fiscalía abre …"
  // (a headline may open with the same label, "URGENTE: …"; a ticker has several items)
  /^(?:última hora|ultima hora|lo último|urgente|breaking(?: news)?|latest|just in|flash)\s*[▸►▶»›]\s*\S.{0,150}\s[▸►▶»›]\s.{0,150}$/i,
  // ("ÚLTIMO MINUTO ► Aeropuerto suspende … ► Clases …", "▲ ÚLTIMAS: Municipalidad fumiga … · Creciente del río …")
  /^(?:[▲►▶•]\s*)?(?:últimas(?: noticias)?|ultimas(?: noticias)?|último minuto|ultimo minuto|lo último|última hora|breaking(?: news)?|latest|trending|tendencias)\s*[:▸►▶»›]\s*\S.{0,150}\s[▸►▶»›·•|]\s.{0,150}$/i,
  // a row of buttons in brackets: "[ Suscríbete ] [ Iniciar sesión ]", "[f] [t] [WhatsApp] [✉]   Tiempo de lectura: 4 min"
  /^(?:[A-Za-zÀ-ÿ ]{2,20}:\s*)?(?:\[[^[\]]{1,40}\]\s*){2,}(?:(?:tiempo de lectura|reading time|lectura)\s*:?\s*\d{1,2}\s*min\.?(?:utos?|utes?)?|\d{1,2}\s*min(?:utes?)? read)?$/i,
  // a page's counters: "👁 1 248 lecturas    💬 0 comentarios", "1,204 views · 12 comments"
  /^(?:[^A-Za-zÀ-ÿ\d]{0,3}\s*\d[\d.,  ]{0,9}\s*(?:lecturas|vistas|visitas|views|reads|comentarios|comments|compartidos|shares|likes|me gusta|reacciones)\s*[·•|]?\s*){1,4}$/i,
  // a town's weather and the exchange rate over the masthead: "Tacna 27°C | Tipo de cambio: Compra S/ 3.82"
  /^[A-ZÀ-Þ][A-Za-zÀ-ÿ ]{1,30}:?\s(?:m[aá]x\.?\s)?-?\d{1,2}\s?°\s?[CF]?(?:\s|$)/,
  /^(?:.{0,40}\|\s*)?tipo de cambio\b.{0,80}$/i,
  // today's date bar over the masthead: "Wednesday, January 25, 2023 | Dólar blue: 383 · Dólar oficial: 186,25"
  // (kept aside as the page's day, see Layout.pageDay)
  PAGE_DAY,
  /^(?:cookies? settings|cookie preferences|cookie policy|privacy settings|privacy preferences|configuración de cookies|política de cookies)$/i,
  // a row of quotes: "Dólar: S/ 3.85 ▲0.21% | Euro: S/ 4.18 | … | Oro: US$ 1,931.40/oz"
  /^(?=.*(?:%|S\/|US\$|\$|€|£))(?:[^|\d]{2,45}:?\s*(?:S\/|US\$|\$|€|£)?\s*[\d.,]+[^|]{0,25}\|\s*){2,}[^|\d]{2,45}:?\s*(?:S\/|US\$|\$|€|£)?\s*[\d.,]+[^|]{0,25}$/u,
  // newsletter boxes and media players: "By signing up, I agree…", "Enlarge this image", "toggle caption"
  /^by (signing up|subscribing|clicking|continuing|registering|submitting|entering)\b/i,
  /^(enlarge this image|hide caption|toggle caption|toggle more options|embed|download|transcript|keyboard shortcuts for audio player|accessibility links)$/i,
  /^<iframe\b/i,
  /^(also )?available in\s*:/i,
  /^share this (article|story|page|post)\s*:/i,
  // the site's address alone: "wsws.org", "www.dw.com"
  /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|com|net|info|news|tv|pe|es|co\.uk|de)$/i,
  /^(accept|reject|allow|deny|manage|aceptar|rechazar|permitir|configurar)( all| todas?| las)?( optional| non-essential| necessary| opcionales)?( cookies)?( settings| preferences| preferencias)?$/i,
  /^(más información|more info(rmation)?|learn more|entendido|got it|accept( all)?|aceptar( todo| todas)?|rechazar|configurar|manage (cookies|preferences)|ok)([ |]+(entendido|got it|accept( all)?|aceptar|rechazar|configurar|ok))*$/i,
  /^(ver|leer) (este|el) (correo|boletín|mensaje) en (tu|su|el) navegador/i,
  /^¿?no (?:ves|puedes ver|se ve) (?:bien )?(?:este|el) (?:correo|mensaje|boletín)(?![A-Za-zÀ-ÿ]).{0,60}$/i,
  // a breadcrumb's label: "Estás en: Noticias / Regionales", "You are here: Home › News"
  /^(?:estás en|usted está en|you are here|se encuentra en)\s*:.{0,80}$/i,
  // a live stream's promo: "● EN VIVO Mira la transmisión de la marcha", "LIVE: Watch the march"
  /^[●•]?\s*(?:en vivo|en directo|live)\s*[|:·-]?\s*(?:mira|sigue|escucha|watch|follow|listen)\b.{0,80}$/i,
  /^(nota de prensa|press release|comunicado)\s*(n[°º.]?|no\.?|nro\.?|#)\s*\d/i,
  /^become a (member|subscriber|patron)\b/i,
  /^\[?(?:please )?(?:consider )?donat(?:e|ing)(?: now| today| to us)?\]?!?$/i,
  // a publisher's appeal over the article: "We are an independent non-profit publisher run by an
  // all volunteer team. Your donations allow us to …", "Donations are voluntary and not required …"
  /^(?:we are|we're)\b.{0,80}\b(?:independent|non-?profit|not-for-profit|reader-(?:funded|supported)|volunteer)\b.{0,300}\b(?:your donations?|donat(?:e|ing)\b|your support)/i,
  /^donations are (?:voluntary|tax[- ]deductible)\b/i,
  /^all images in this article are from/i,
  /^(support|donate to) (us|our work|independent)/i,
  /^(photo|image|picture|credit|graphics?|illustrations?|artwork|design|infographics?)s?\s*:\s*\S.{0,80}$/i,
  // a public radio's page furniture: "News Expand/collapse submenu for News", "Enlarge this image",
  // "toggle caption", and a caption ending in "hide caption"
  /^.{0,40}\bexpand\/collapse submenu for\b.{0,40}$/i,
  /^(?:enlarge this image|toggle caption|hide caption|keyboard shortcuts for audio player|accessibility links)$/i,
  /^.{10,500}\s(?:hide caption|toggle caption)$/i,
  // a channel's message stamp: "Radio Onda Azul, [09.01.23 08:02]"
  /^[^[\]\n]{2,60},\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]$/,
  // a menu's button and its items on one line: "☰ MENÚ Noticias Política Locales …"; a video's play button
  /^(?:☰|≡)\s*(?:men[uú])(?=\s|$).{0,200}$/i,
  /^(?:▶\s*)?(?:ver|watch|mira|reproducir)\s+(?:el\s+|the\s+)?v[ií]deo\b.{0,20}$/i,
  // a row of account buttons: "Subscribe | Log in", "Suscríbete · Iniciar sesión"
  /^(?:subscribe|log ?in|sign ?in|sign ?up|register|my account|suscr[ií]bete|iniciar sesión|ingresar|regístrate)(?:\s*[|·•/]\s*(?:subscribe|log ?in|sign ?in|sign ?up|register|my account|suscr[ií]bete|iniciar sesión|ingresar|regístrate))+$/i,
  // platforms' own furniture: "Toggle Timeline subsection", "Create new account", "Email or phone",
  // a shared document's window title "Peru briefing Feb 2023 - PUBLIC v3 - Google Docs"
  /^toggle (?:the )?.{1,60} (?:subsection|section|menu)$/i,
  /^(?:request edit access|you can only (?:view|comment on) this file\.?.{0,30}|only allow essential cookies|allow all cookies|decline optional cookies)$/i,
  /^\d[\d,.]*\s?k?\s+(?:boosts?|favou?rites?|reblogs?|replies|retoots?)(?:\s*[·•]\s*\d[\d,.]*\s?k?\s+(?:boosts?|favou?rites?|reblogs?|replies))*$/i,
  /^(?:report|denunciar|reportar) (?:this |esta |este )?(?:article|post|comment|content|artículo|publicación|comentario)$/i,
  /^(?:create new account|crear cuenta nueva|email or phone|correo electrónico o teléfono|forgot account\?|¿olvidaste tu cuenta\?|not now|ahora no)$/i,
  /^.{1,160}\s[-–]\s(?:Google Docs|Google Drive|Documentos de Google|Google Sheets|Hojas de cálculo de Google)$/,
  // a chat channel's own furniture: "Mensajes fijados: 1", "canal · 24 563 suscriptores", "Pinned messages"
  /^(?:mensajes? fijados?|pinned messages?|mensaje fijado)\s*:?\s*\d*$/i,
  /^(?:canal|channel|grupo|group)\s*[·•|]\s*[\d  .,]+\s*(?:suscriptores|subscribers|miembros|members)$/i,
  // a caption with its camera: "📷 Imagen: Pobladores trasladan a un herido por la avenida Perú"
  /^(?:📷|📸|🖼️?|🎥)\s*(?:foto|fotos|imagen|imágenes|fotografía|photo|image|video|vídeo)\s*:\s*\S.{0,160}$/iu,
  /^[*•·\-–—_=~#]{1,5}$/,
  // a text browser's form field and a logo's alternative text: "Search: ______________ [Search]", "MercoPress logo"
  /^[^_]{0,40}_{6,}[^_]{0,40}$/,
  // a search engine's cached copy: its banner over the page and the banner's links
  /^(?:esta es la versión en caché de|this is google's cache of|ceci est la version en cache de)\s/i,
  /^(?:versión completa|versión de solo texto|ver código fuente|full version|text-only version|view source)$/i,
  /^(?:sugerencia|tip)\s*:\s*(?:para encontrar rápidamente|to quickly find)\b/i,
  // a table's or a message's rule: "------------------- ------------------"
  /^(?=.{10})[-=]{3,}(?:\s+[-=]{3,})*$/,
  // a converter's image size ("{width="6.26in"" / "height="3.41in"}") and a press clipping's fields
  // ("Página: 4", "Tendencia: Negativa", "Cm/col: 312": a monitoring office's, not the article's)
  /^\{?\s*(?:width|height)="[\d.]+(?:in|px|cm|%)?"(?:\s+(?:width|height)="[\d.]+(?:in|px|cm|%)?")?\s*\}?$/,
  /^(?:página|pág\.|sección|tipo de nota|tendencia|cm\/col|valorizaci[oó]n|valoraci[oó]n|tiraje|centimetraje|tama[ñn]o|ubicaci[oó]n)\s*:\s*\S.{0,40}$/i,
  // Spanish pages
  /^(menú|inicio|portada|buscar|cerrar|ingresar|iniciar sesión|regístrate|registrarse|suscríbete|suscribirse|compartir|comparte|tuitear|imprimir|enviar|publicidad|anuncio|patrocinado|contenido patrocinado|relacionadas|noticias relacionadas|notas relacionadas|más noticias|lo último|últimas noticias|lo más leído|más leídas|más leído|más vistas|ver más|leer más|lee más|comentarios|comentar|siguiente|anterior|volver arriba|ir arriba|ir al contenido|saltar al contenido|en vivo|escuchar|escucha la noticia|escuchar noticia|escuche esta noticia|escucha esta noticia|escuchar esta noticia|escuchar esta nota|boletín|copiar enlace|copiar link|guardar|seguir|te puede interesar|lee también|lea también|leer también|mira también|ver también|te recomendamos|recomendados|más en .{2,25})[.:]?$/i,
  /^(compartir|comparte|compártelo)( esta (nota|noticia|publicación))?( en| por| vía)? ?(facebook|twitter|x|whatsapp|telegram|linkedin|email|correo)?[.:]?$/i,
  /^(etiquetas|temas|tags|categoría|categorías|sección|archivado en|palabras clave|te puede interesar|lee también|lea también|leer también|mira también|ver también|te recomendamos|recomendado|relacionados?|relacionadas?|más información|más en [A-Za-zÀ-ÖØ-öø-ÿ ]{2,25})\s*:/i,
  // an icon's accessible description: "Close icon Two crossed lines that form an 'X'. It indicates …"
  /^\[?[A-Z][a-z]+(?: [a-z]+)? icon\]?(?:\([^)]*\))?(?:\s+(?:[Aa]n?|[Tt]wo|[Tt]hree|[Tt]he|[Ii]t)\b.{0,160})?$/,
  // the same in English: "Also read: Nine killed in mass shooting …" links another story
  /^(also read|read also|see also|read more|related|related story|related article|recommended|more on this|more coverage|watch|listen|must read)\s*:\s*\S.{0,150}$/i,
  /^(foto|fotos|fotografía|imagen|crédito|créditos|video|vídeo|ilustración|infografía)\s*:\s*\S.{0,100}$/i,
  /^(tiempo de )?lectura\s*:?\s*\d+\s*min/i,
  // a widget's credit: "Powered by Trinity Audio"
  /^powered by\s+[A-Za-zÀ-ÿ\d .&-]{2,30}$/i,
  // an audio player: "▶ Escuchar", "00:00 / 14:27", "Descargar audio (MP3, 13.2 MB)"
  /^(?:\d{1,2}:)?\d{1,2}:\d\d\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d\d$/,
  /^(?:▶|►)?\s*(?:escuchar|listen|play|reproducir)(?: (?:audio|el audio|now|ahora))?$/i,
  /^(?:descargar|download)\s+(?:el\s+)?(?:audio|mp3|podcast)\b.{0,40}$/i,
  // a reader view's estimate under the byline: "9–11 minutes", "4 minutos"
  /^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s*(?:minutes|minutos|mins?)$/i,
  /^\d+\s*min(utos)? de lectura$/i,
  // wire signatures: "(FIN) JCC/RRC", "ja/mr/ssa", "rsr/ll/dga"
  /^\((fin|end)\)/i,
  /^[a-z]{2,5}(\/[a-z]{2,5}){1,5}$/i,
];

/** "Lee también" alone: the next line is another article's headline. */
const RELATED_LABEL = /^(te puede interesar|también te puede interesar|te podría interesar|también le puede interesar|le puede interesar|otras noticias|lee también|lea también|leer también|mira también|ver también|te recomendamos|relacionadas|noticias relacionadas|notas relacionadas|más noticias|etiquetas|temas|tags|palabras clave|read more|read also|see also|read next|related|related article|related articles|related stories|related content|lo más leído|lo más visto|más leídas|más vistas|seguir leyendo|sigue leyendo|últimas noticias|more stories|more news|other news|more articles|more headlines|top stories|more on this story|more from .{2,30}|more [a-z-]+(?: [a-z-]+)? from .{2,30}|must[- ]reads|most viewed|most read|most popular|popular|trending|recommended|recommended stories|you may also like|you might also like|explore more on these topics|latest news|latest stories|recent posts|latest posts|popular posts|see all|entradas recientes|artículos recientes|publicaciones recientes|upcoming events|events|próximos eventos|agenda|older|newer|older posts?|newer posts?)[.:]?$/i;
/** Lines a list of other articles runs on for: headlines (no sentence end) and section links. */
const RELATED_RUN = 12;
/** A line that names where an article came from without being the page's own footer. */
// ("Subscribe to the LSE Latin America and Caribbean Blog by email": page furniture that names the blog)
const CREDIT = /^(?:(?:[Ff]uente|[Ss]ource|FUENTE|SOURCE)\s*:\s*\S.{0,60}|[Ss]ubscribe to (?:the )?\p{Lu}[\p{L}'’&. -]{2,60}?\s(?:Blog|Journal|Review|Magazine|Bulletin|Weekly|Monitor|Observer)\b.{0,20})$/u;

/** A line that starts the page footer: it and everything after it is boilerplate, not article. */
const FOOTER_START: RegExp[] = [
  /^the original source of this article is\b/i,
  /^(copyright\s|©\s?(?=\S)|\(c\)\s)/i,
  /^disclaimer\s*:/i,
  /^articles by\s*:/i,
  /^all rights reserved\b/i,
  /^this article (was )?(originally|first) (published|appeared)\b/i,
  /^(originally|first) (published|appeared) (in|by|on|at)\b/i,
  /^todos los derechos reservados\b/i,
  // "Diario Los Andes | Jr. Ilave, Puno | Todos los derechos reservados", "Pachamama Radio - Puno. Todos los derechos reservados."
  /^.{2,100}(?:[|·•.]\s*)(?:todos los derechos reservados|all rights reserved)\.?$/i,
  /^(esta|este) (nota|artículo|texto|información) (fue )?(publicad[oa]|difundid[oa]) (originalmente|por primera vez)\b/i,
  // Reuters' Spanish service signs off with its reporters: "(Reporte de …; editado por …)"
  /^\((reporte|reportaje|información|informacion|reporting|additional reporting) (de|por|by)\s/i,
  // English wire copy signs off the same way without the brackets: "Reporting by …; Editing by …"
  /^\(?(reporting|additional reporting|writing|editing|compiled) by\s+[A-ZÁÉÍÓÚÑ]/i,
  /^our standards\s*:/i,
  // "Términos y Condiciones | Política de Privacidad | © 2023 Infobae"
  /(^|\|\s*)©\s?(19|20)\d\d\b/,
  // "Andahuaylas Noticias © 2022 – Todos los derechos reservados": the name before the sign
  // ("Convoca.pe © 2023 · Periodismo de investigación y datos": a site's address as its name)
  /^[A-Za-zÀ-ÿ\d][A-Za-zÀ-ÿ\d .&'’-]{0,40}(?:\.[a-z]{2,4})?\s*©\s?(19|20)\d\d\b/,
];

/**
 * A reader-funded site's appeal over the article, wherever the line starts: "¿Te gusta lo que
 * hacemos? Apoya el periodismo independiente.", "Kaos en la Red se sostiene con tu apoyo. Hazte
 * socia o socio." Only above the body: under it, "Alborada is independent and reader-funded.
 * Support our journalism" names the publication for the source table.
 */
const READERS_APPEAL = /(?:^|[.!?¿¡]\s*)(?:apoya|apóyanos|support|donate to|dona a|colabora con)\s(?:[^.!?]{0,30}\s)?(?:periodismo|journalism|nuestro trabajo|our work|medios? independientes?|independent media)\b|\bse sostiene con (?:tu|su|el) apoyo\b|(?:^|[.!?]\s*)hazte soci[oa]\b/i;

const AGENCY_ROW = /^(?:AFP|AP|Reuters|EFE|Xinhua|Anadolu|dpa|ANSA|Bloomberg|Andina)(?:\s*(?:[|,&/]|and|y)\s*(?:AFP|AP|Reuters|EFE|Xinhua|Anadolu|dpa|ANSA|Bloomberg|Andina))+$/;

/** the heading of the readers' comments under an article */
const COMMENTS_START = /^(?:(?:\d+\s+)?(?:comments?|comentarios?|responses?|respuestas|reader comments)(?:\s*\(\d+\))?:?|(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|deja (?:un comentario|una respuesta)|dejar un comentario|escribe un comentario|comenta esta nota)(?: to .{1,80})?)$/i;
/** A line that closes the readers' comments: the page's own furniture again. */
function commentsEnd(raw: string, line: string): boolean {
  if (/^(?:more|más|related|relacionad[oa]s|also|también|sign up|subscribe|suscr[ií]bete|newsletter|most read|lo más|popular|trending|latest|últimas)\b/i.test(line)) return true;
  if (line.length <= 60 && line === line.toUpperCase() && /\p{Lu}{3}/u.test(line)) return true;
  const links = [...raw.matchAll(/\[([^\]]*)\]\(/g)].map((m) => m[1].trim());
  return links.length > 0 && !links.every((l) => /^(?:reply|responder|like|me gusta|report|reportar|denunciar|share|compartir|load more|ver más|cargar más|log ?in to (?:comment|reply|leave a comment)|inicia sesión para comentar|\d+)$/i.test(l));
}

/** a commenter's name over the comment's date: "Julio R. says:", "María dice:" */
const COMMENTER = /^\p{Lu}[\p{L}.'’ -]{1,40}\s(?:says|said|dice|dijo|comenta|escribió|wrote):?$/u;

/**
 * A wire agency's name alone on a line: at the end it closes the agency's copy ("EFE", "(c) Agencia
 * EFE") and starts the footer; anywhere else it is a photo credit.
 */
const AGENCY_ALONE = /^(?:\(c\)\s*|©\s*)?(?:agencia\s+)?(?:EFE|AFP|ANDINA|Andina|Europa Press|EUROPA PRESS|Reuters|REUTERS|AP|ANSA|dpa|Xinhua)\.?$/;

/** Chrome that carries a name: site builders print the author's avatar label glued to the name. */
// ("• [Avatar photo](#)Tom Whitcombe": a blog theme's author avatar, its label glued to the name)
const CHROME_AUTHOR = /^(?:[•·*\-]\s*)?(?:writer'?s\s+picture|author'?s?\s+avatar|avatar\s+photo|avatar)\s*(.{3,80})$/i;

/** A line that is one link to an author's page: the writer's name as site builders print it. */
const AUTHOR_LINK = /^\[([^\]]{3,60})\]\(https?:\/\/[^)\s]*\/(?:autor|autores|author|authors|perfil|profile|people|staff|columnista|columnistas|writer|writers|periodista|periodistas)\/[^)\s]*\)$/i;

/** the first characters CHROME_AUTHOR can start with */
function mayBeChromeAuthor(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x77 || c === 0x57 || c === 0x61 || c === 0x41 || bulletAt(line, 0);
}

const LINK = /\[([^[\]\n]*)\]\(([^()\s]*)(?:\s+"[^"\n]*")?\)/g;
const IMAGE = /!\[[^[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;
/**
 * An agency's or a paper's dateline opening a lead paragraph: "LIMA, Jan 10 (Reuters) -", "Lima, 10 ene
 * (EFE).-", "Lima.— La cifra…", "(Bloomberg) --". Not part of the sentence: its city is no place of a figure in it, and
 * a title derived from the lead starts after it.
 */
export const DATELINE_LEAD = /^(?:\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:,[^()\n]{0,30})?\s*\([\p{L} .&]{2,30}\)\s*(?:\.?\s*[-–—]+|[.:])\s*|\p{Lu}[\p{L}\p{M} '’]{1,30}\.\s?[—–-]{1,2}\s*(?=\p{Lu})|\(\p{Lu}[\p{L} .&]{1,30}\)\s*(?:--|[-–—])\s*)/u;

/** a photo's caption or credit line, which may sit between a headline or standfirst and the byline */
// ("… in the city's Plaza de Armas. (WNV/Isabel Yupanqui)": an outlet's initials and the photographer)
// ("Archivo - Manifestantes marchan en Lima … - Europa Press/Contacto/Renzo Salazar - Archivo": an archive photo's caption)
export const CAPTION = /^archivo\s+-\s.+\s-\s+archivo$|\/(?:Europa Press|Contacto|EPA-EFE|dpa)\b|[.!?]\s*\([A-Z]{2,8}\s?\/\s?[A-ZÁÉÍÓÚÑ][^()/]{2,40}\)$|\b(?:photo(?:graph)?|image|picture|credit|foto)s?\s*[:,]|\((?:[^()]*\/)?(?:AP|AFP|Reuters|EFE|Getty|ANSA|EPA|dpa|Xinhua|Andina|Anadolu)[^()]*\)|\/(?:AFP|AP|Reuters|EFE|Getty Images)\b|\[[^\]]*\/[^\]]*\]$|©/i;
// ("Topics [Politics](#) [World](#)": a label that needs no colon)
const TAG_LINKS = /^(?![^:]*\bby\s*:)(?:[^[\]\n]{1,40}:|(?:topics|tags|categories|categorías|temas|etiquetas|filed under|archivado en)(?=\s))\s*(?:\[[^[\]\n]*\]\([^()\s]*\)[\s,;|·•]*)+$/i;

/** Most longer words capitalized, as headlines in title case are and sentences are not. */
export function titleCased(line: string): boolean {
  let long = 0, caps = 0;
  for (const w of line.split(/\s+/)) {
    if (w.replace(/[^\p{L}]/gu, "").length < 4) continue;
    long++;
    if (/^["“‘'(]?\p{Lu}/u.test(w)) caps++;
  }
  return long >= 4 && caps / long >= 0.8;
}

/** "Nicolás Rivas Quintanilla": a person's name, starting with a known given name */
function linkedName(line: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: (?:de |del |da |van |von )?\p{Lu}[\p{L}'’-]+){1,3}$/u.test(line) && PERSON_NAMES.has(fold(line.split(" ")[0]));
}

function reduceLinks(s: string, keepReal: boolean): string {
  // an image is no text: "![Un manifestante herido…](#)" repeats the caption under it
  if (s.includes("![")) s = s.replace(IMAGE, "");
  return s.replace(LINK, (_m, text: string, href: string) => (keepReal && /^https?:\/\//i.test(href) && text.trim() ? `[${text}](${href})` : text));
}

// The table runs against every line of every article. Its patterns anchored at the line start go into
// one regex that V8 tries at position 0 only; the few that may match anywhere ("follow us on") would,
// in the same regex, make every alternative be retried at every character of a long paragraph.
// Most of the anchored patterns also end the line ("…$" after a bounded run): they cannot match a
// paragraph of running text, so a long line is tried only against the ones that read a prefix.
// (combined without the "u" flag: the patterns spell letters out, [A-Za-zÀ-ÿ], not \p{L})
const CHROME_ANCHORED = new RegExp(CHROME.filter((re) => re.source.startsWith("^")).map((re) => `(?:${re.source})`).join("|"), "i");
const CHROME_PREFIX = new RegExp(CHROME.filter((re) => re.source.startsWith("^") && !re.source.endsWith("$")).map((re) => `(?:${re.source})`).join("|"), "i");
/** no pattern that ends the line matches one longer than this */
const CHROME_SHORT = 260;
const CHROME_ANYWHERE = new RegExp(CHROME.filter((re) => !re.source.startsWith("^")).map((re) => `(?:${re.source})`).join("|"), "i");

/** "• ", "- ": the list marker isChrome looks past */
function bulletAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x2022 || c === 0xb7 || c === 0x2a || c === 0x2d;
}

/** Cookie banners: "We use cookies…", "Usamos cookies…", "EL PAÍS y nuestros socios utilizamos cookies…" */
// (the buttons' words may come first: "By clicking "Accept all" you agree to the use of cookies";
// a German site's banner: "Wir nutzen Cookies auf unserer Website")
const COOKIE_NOTICE = /\bcookies?\b.{0,200}\b(?:accept|aceptar|aceptás|acepta|consent|consentimiento|privacy|privacidad|pol[ií]tica|partners|socios|terceros|third[- ]party|navegaci[oó]n|browsing|tr[aá]fico|traffic|personali[sz]|analy[sz]|analizar|almacenar|dispositivo|device|preferences|preferencias|browser|navegador)|\b(?:accept all|aceptar todo|agree to the use of|we and our partners)\b.{0,200}\bcookies?\b|^wir (?:nutzen|verwenden) cookies\b/i;

/** languages by their own and their English names, first word folded ("english", "italiano", "deutsch", "tieng") */
const LANGUAGE_WORDS = new Set(
  [...ISO6391.getAllNativeNames(), ...ISO6391.getAllNames()].map((n) => fold(n.split(/[\s,(]+/)[0])).filter((w) => w.length >= 4)
);

/** a language menu names one of the big European languages among its items (a cheap first test) */
const MENU_LANGUAGE = /English|Español|Espanol|Français|Deutsch|Português|Italiano|ENGLISH|ESPAÑOL/;

/** A site's language menu: "English ▾ Italiano Français Deutsch Español Português Polski …" */
function isLanguageMenu(t: string): boolean {
  if (t.length > 300 || t.length < 20 || !MENU_LANGUAGE.test(t)) return false;
  const words = t.split(/[\s|·•/▾▼]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  let hits = 0;
  for (const w of words) if (LANGUAGE_WORDS.has(fold(w))) hits++;
  return hits >= 4 && hits >= 0.6 * words.length;
}

export function isChrome(line: string): boolean {
  const t = bulletAt(line, 0) ? line.replace(/^[•·*\-]\s+/, "").trim() : line.trim();
  if (!t.includes(". ") && isLanguageMenu(t)) return true;
  // (the cookie test only where the word is: as one more alternative of the unanchored regex it
  // would be tried at every character of every line)
  // (the unanchored patterns only on lines of page furniture's length: on a long paragraph they were a
  // fifth of the layout's time, and a paragraph that mentions a newsletter is not one)
  return (t.length > CHROME_SHORT ? CHROME_PREFIX : CHROME_ANCHORED).test(t) || (t.length <= CHROME_SHORT && CHROME_ANYWHERE.test(t)) || (t.includes("ookie") && COOKIE_NOTICE.test(t));
}

const FOOTER_RE = new RegExp(FOOTER_START.map((re) => `(?:${re.source})`).join("|"), "i");

export function isFooterStart(line: string): boolean {
  return FOOTER_RE.test(line.trim().replace(FOOTER_BULLET, ""));
}
const FOOTER_BULLET = /^[*•·]\s+(?=copyright\b|©|\(c\))/i;

const SENTENCE_END = /[.!?:"”’)\]…]$/;

/** the last characters SENTENCE_END accepts, by code */
function endsSentence(s: string): boolean {
  switch (s.charCodeAt(s.length - 1)) {
    case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x22: case 0x201d: case 0x2019: case 0x29: case 0x5d: case 0x2026:
      return true;
  }
  return false;
}
/** a line that continues a hard-wrapped one: /^[a-zà-ÿ(]/ */
function continuesLine(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xff) || c === 0x28;
}
/** "Cuaderno de la Sierra", "Tri-County Ledger-Dispatch": a short name, every main word capitalized */
function titleCaseLabel(s: string): boolean {
  if (s.length > 40) return false;
  const words = s.split(" ");
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|de|del|la|las|el|los|y|da|do|e)$/.test(w));
}

const SHARE_LINK = /^(?:share (?:this|on|via)\b|tweet\b|other ways to share|compartir (?:en|por|vía)(?![A-Za-zÀ-ÿ]))/i;
// ("[Image: Medium logo]": a text browser's label for the logo)
const LOGO = /!\[([^[\]\n]{2,60})\]\([^()\s]*logo[^()\s]*\)|!\[([^[\]\n]{2,60}?)\s+logo\]\([^()\s]*\)|^\[(?:image|imagen)\s*:\s*([^[\]\n]{2,60}?)\s+logo\]$/i;
const LINK_NUMBER = /\[\d{1,3}\](?!\()/;
const LINK_NUMBER_ALL = /\[\d{1,3}\](?!\()/g;
const ATTRIBUTES = /\{[#.][\w-]+(?:\s+[#.][\w-]+)*\}/;
const ATTRIBUTES_ALL = /\s*\{[#.][\w-]+(?:\s+[#.][\w-]+)*\}/g;

/** a table's or a message's rule drawn in dashes or equals signs ("----------  -----------") */
function ruleLine(text: string, from: number, to: number): boolean {
  if (to - from < 10) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x3d) marks++;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return marks >= 10;
}

/** a line of spaces and tabs only (or empty): what separates blocks */
function blankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Paragraph units: blank-line separated blocks, split further into lines when a block holds one
 * paragraph per line (some scrapes drop the blank lines), but re-joined where a line was merely
 * hard-wrapped (no sentence end, next line starts in lower case).
 */
const GLUED_TIME = /\b((?:19|20)\d\d)(\d{1,2}:\d\d\s?(?:[AaPp]\.?[Mm]\.?)?)(?!\d)/;

/** how much shorter than the width a wrapped line may be: the next line's first word did not fit */
const WRAP_SLACK = 16;

/**
 * The width a text browser, a converter or a mail client wrapped the text at ("lynx -dump",
 * pandoc, "format=flowed" mail), or 0 when its paragraphs are single lines, as most scrapes' are:
 * most lines that run on into another line without a blank between them end within a word's
 * length of one width, and that width is a terminal's, not a paragraph's.
 */
function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let prev = -1;
  for (let start = 0; start <= text.length; ) {
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    let a = start, b = stop;
    start = stop + 1;
    while (a < b && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x09)) a++;
    while (b > a && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09 || text.charCodeAt(b - 1) === 0x0d)) b--;
    // (lines of a few words, a reference list's addresses, say nothing of a wrap)
    let words = 0;
    for (let i = a; i < b && words < 4; i++) if (text.charCodeAt(i) === 0x20) words++;
    const n = words >= 4 ? b - a : b > a ? -1 : 0;
    if (n !== 0 && prev > 0) lengths.push(prev);
    prev = n;
    if (lengths.length > 400) break;
  }
  if (lengths.length < 12) return 0;
  lengths.sort((x, y) => x - y);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width < 50 || width > 100) return 0;
  let near = 0;
  for (const n of lengths) if (n >= width - WRAP_SLACK && n <= width) near++;
  return near >= 0.7 * lengths.length ? width : 0;
}

export function paragraphs(text: string): string[] {
  // One pass over the lines rather than split(/\n[ \t]*\n/) into blocks and each block into lines: a
  // line of spaces and tabs between two others is exactly what that split cut at, and a blank line
  // the split did not cut at (the second of a pair) only ever ends an empty paragraph.
  const out: string[] = [];
  let cur = "";
  const width = wrapWidth(text);
  // (the previous line as the text had it, trimmed: in a hard-wrapped text a line filled to the
  // width was wrapped, so the next line continues its paragraph whatever letter it starts with)
  let prevLength = 0;
  for (let start = 0; start <= text.length; ) {
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    const from = start;
    start = stop + 1;
    if (blankLine(text, from, stop)) {
      if (cur) out.push(cur);
      cur = "";
      continue;
    }
    // (a rule stands alone: no paragraph runs on into it or out of it)
    if (ruleLine(text, from, stop)) {
      if (cur) out.push(cur);
      out.push(text.slice(from, stop).trim().replace(/\s+/g, " "));
      cur = "";
      continue;
    }
    let line = text.slice(from, stop);
    const filled = width > 0 && cur !== "" && prevLength >= width - WRAP_SLACK && prevLength <= width;
    prevLength = width > 0 ? line.trim().length : 0;
    // most lines have no run of blanks to collapse, and the regex replace is a full pass
    if (line.includes("  ") || line.includes("\t")) {
      // "HOME   POLITICS   ECONOMY": a menu whose links the scrape turned into runs of spaces
      const gaps = line.length <= 160 ? line.trim().match(/[^\s.!?:;,"”][ \t]{2,}(?=\S)/g) : null;
      const items = gaps && gaps.length >= 2 ? line.trim().split(/[ \t]{2,}/) : null;
      line = items && items.every((w) => /^[\p{Lu}\d]/u.test(w)) && menuLine(line.trim()) ? items.join(" | ") : line.replace(/[ \t]+/g, " ");
    }
    // a text browser's link numbers ("city of [24]Ayacucho") and a converter's attributes
    // ("ANALYSIS{.eyebrow}", "{#title .entry-title}") are not words of the text
    if (line.includes("[") && LINK_NUMBER.test(line)) line = line.replace(LINK_NUMBER_ALL, "");
    if (line.includes("{") && ATTRIBUTES.test(line)) line = line.replace(ATTRIBUTES_ALL, "");
    // ("January 21, 20236:48 PM ET": a date and its time in two spans, copied without a space)
    if (line.length <= 60 && GLUED_TIME.test(line)) line = line.replace(GLUED_TIME, "$1 $2");
    line = line.trim();
    if (!line) continue;
    // a converter's hard line break ("Texto: Rosa Huamán Quispe\\" / "Fotos: …"): the line ends
    // there, and an emphasis that spans the break is closed on each side
    let hardBreak = false;
    if (line.charCodeAt(line.length - 1) === 0x5c) {
      line = line.slice(0, -1).trimEnd();
      hardBreak = true;
    }
    if (line.includes("**") && (line.split("**").length - 1) % 2 === 1) line = line.replace(/^\*\*(?=\S)|(?<=\S)\*\*$/, "");
    // a single word ("EFE" over "sáb, 21 de enero…") or a short name in capitals ("Cuaderno de la
    // Sierra" over its tagline) is a label, not a line the scrape wrapped
    // ("The police said 75 offi-" / "cers had been hurt": a printed column's word broken at the line's end)
    if (cur && cur.charCodeAt(cur.length - 1) === 0x2d && /\p{Ll}{2}-$/u.test(cur) && /^\p{Ll}/u.test(line)) cur = cur.slice(0, -1) + line;
    else if (cur && ((!endsSentence(cur) && continuesLine(line)) || filled) && cur.includes(" ") && !titleCaseLabel(cur)) cur += " " + line;
    else {
      if (cur) out.push(cur);
      cur = line;
    }
    if (hardBreak) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A byline or dateline within the next two lines (three when the first is a name alone, "Rocío
 * Paredes Vilca / Periodista / Actualizado el …"): the line before them is a standfirst, however long.
 */
function bylineFollows(paras: string[], i: number): boolean {
  let reach = 2;
  for (let k = i + 1, seen = 0; k < paras.length && seen < reach; k++) {
    const next = paras[k].includes("](") ? reduceLinks(paras[k], false).trim() : paras[k].trim();
    if (!next || isChrome(next) || (next.length <= 250 && CAPTION.test(next))) continue;
    if (isByline(next) || isDateline(next)) return true;
    if (seen === 0 && next.length <= 40 && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u.test(next)) reach = 3;
    seen++;
  }
  return false;
}

/** Lines the header may hold before the body must have begun (a masthead's tagline, a section, decks, byline, dates). */
const HEADER_MAX = 12;

/** A header line is short and not a sentence of running text. */
/** a caption's closing credit: "… Photograph: Stringer/AFP/Getty Images", "… Foto: Archivo / DC" */
const PHOTO_CREDIT_END = /[.!?]["”’]?\s+(?:photograph|photo|foto|fotografía|image|imagen|picture|credit)s?(?:\s+(?:by|de|por))?\s*:\s*[^.!?:]{2,80}$/i;

function isHeaderish(line: string): boolean {
  return line.length <= 300;
}

// The name after "by"/"por" is capitalized: "Por qué el sur se levantó" is a headline, not a byline.
/** What opens a byline, in English and Spanish: "By", "Por", "Analysis by", "Hosted by"… (author.ts reads the name after it) */
export const BYLINE_LEAD = "(?:by|por|par|von|author|escrito por|redactado por|escribe|texto|words|autor|autora|written by|words by|story by|text by|interview by|reporting by|(?:analysis|opinion|commentary|perspective|compiled|hosted|presented) by|conducido por|presentado por)\\s*:?\\s+";
const BYLINE = new RegExp(`^${BYLINE_LEAD}(?=\\S)`, "i");
const DATELINE_DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4})";
const DATE_IN_LINE = new RegExp(`(?:^|\\s)${DATELINE_DATE}(?:\\s|$)`, "iu");
const DATELINE_ONLY = new RegExp(
  "^(?:(?:published|posted|updated|last updated|modified|last modified|issued|fecha|publicado|publicada|actualizado|actualizada|última actualización)(?:\\s+(?:el|on))?\\s*:?\\s*)?" +
    // ("Lima, 16 dic 2022", "Lima - 16 DIC 2022 - 22:15 CET", "Ayacucho (Perú) 17 de diciembre de 2022")
    "(?:\\p{Lu}[\\p{L}&.'’ -]{1,60}?(?:,|\\s[-–—]|\\s\\([\\p{L} ]{2,30}\\),?)\\s*)?" +
    "(?:(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\\p{L}*\\.?,?\\s+)?" +
    DATELINE_DATE +
    // ("17 de diciembre de 2022. 21:10h": the time after a full stop)
    "(?:[\\sT,.|–—-]+(?:a las\\s+)?[\\d:.]+\\s*(?:am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|h|hrs?\\.?|horas)?\\s*\\p{Lu}{0,4})?" +
    // "· 3 min de lectura", "| 4 min read"
    "(?:\\s*[·|•—–-]\\s*\\d{1,2}\\s*min(?:utos?|s)?(?:\\.?\\s*(?:de lectura|read))?)?" +
    // ("Issued on: 11/01/2023 - 03:48 Modified: 11/01/2023 - 03:46", "Dec. 7, 2022, 7:41 PM EST / Updated Dec. 8, …",
    // "09.01.2024 - Update : 09.01.2024")
    "(?:\\s+(?:[-–—|]\\s+)?(?:modified|updated?|actualizado)\\s*:?\\s*[\\d/.:\\s-]{6,24}|\\s*[/|]\\s*(?:updated|actualizado)\\s.{6,40})?$",
  "iu",
);

export function isByline(line: string): boolean {
  const m = line.length <= 120 ? BYLINE.exec(line) : null;
  return m !== null && /^[\p{Lu}\[]/u.test(line.slice(m[0].length));
}

const DIGIT = /\d/;

/** "Jan 10", "10 de enero": a line that is a date without its year */
const YEARLESS_DATE = /^(?:\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:\s+de)?\s+\p{L}{3,10}\.?)$/u;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|set|dic)/i;

export function isDateline(line: string): boolean {
  // every date form in DATELINE_DATE has a digit; most header lines have none
  if (!DIGIT.test(line)) return false;
  // ("/ 11 de enero de 2023 / 06:25": a date between a paper's slashes)
  // ("5:12 am on 4 May 2023": the time first; "Vol. 87/No. 3 January 23, 2023": the issue first)
  const t = line.trim().replace(/^(?:vol\.?|volume)\s*\d+\s*[/,]\s*(?:no\.?|number|issue)\s*\d+\s+/i, "")
    // ("Submitted by AWL on 18 January, 2023 - 12:20": a site builder's line, the date after its account)
    .replace(/^(?:submitted|posted|published)\s+by\s+[^\n]{1,40}?\s+on\s+(?=\d|[A-Za-z]+\.?\s+\d)/i, "")
    .replace(/(\d{4})\s+-\s+\d{1,2}:\d{2}$/, "$1")
    // ("19.07.2023, 23:41 (actualizado: 20.07.2023, 02:05)": the time, and when it was updated)
    .replace(/\s*\((?:actualizado|updated|modificado)\s*:?[^()]{4,40}\)$/i, "")
    .replace(/^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),?\s+\d{1,2}:\d{2}$/, "$1")
    // ("Monday January 23 2023, 5.00pm, The Times": the time, and the paper's name after it)
    .replace(/(\d{4}),\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:,\s*(?:The\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})?$/i, "$1")
    // ("01/22/23 AT 12:41 PM": the time after the date)
    .replace(/(\d)\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$/i, "$1").replace(/^[•·*\-/]\s+/, "").replace(/\s+\/\s+\d{1,2}:\d{2}$/, "").replace(/^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+on\s+(?=\d)/i, "");
  if (DATELINE_ONLY.test(t)) return true;
  // ("News · 19 December 2022", "Lima | 10 de enero de 2023": a section's or a place's label before the date;
  // "10 enero, 2023 | Regional | 0 comentarios": the date before its section and comment count)
  // ("Jorge Antonio Rocha |09.01.2024 - Update : 09.01.2024": the writer's name as the label)
  const labelled = t.length <= 60 ? /^\p{Lu}[\p{L} ]{1,24}\s[·•|/]\s?(.+)$/u.exec(t) : null;
  if (labelled && DATELINE_ONLY.test(labelled[1])) return true;
  // ("January 31, 2023 / Ana Lucía Rojas": the date, then the writer)
  const dateName = t.length <= 90 ? /^(.{6,30}?\d{4})\s+[/|·]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.exec(t) : null;
  if (dateName && DATELINE_ONLY.test(dateName[1])) return true;
  // ("Q&A / Latin America & Caribbean 20 January 2023": a breadcrumb of sections, then the date)
  if (t.length <= 90 && t.includes(" / ")) {
    const crumb = /^([^\d]{2,60}?)\s+(\d{1,2}\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},\s+\d{4})$/u.exec(t);
    if (crumb && DATELINE_ONLY.test(crumb[2])) return true;
  }
  // ("Jan 11, 2023 - World": the date, then the section)
  const section = t.length <= 60 ? /^(.+?)\s[-–—|·•]\s(\p{Lu}[\p{L} &]{1,25})$/u.exec(t) : null;
  if (section && DATELINE_ONLY.test(section[1]) && sectionOrPlace(section[2])) return true;
  if (t.length <= 80 && /\s[·•|]\s/.test(t)) {
    const parts = t.split(/\s[·•|]\s/);
    // (not a masthead's day and weather, "Wednesday, January 11, 2023 | 34°F Light Snow")
    // ("Jueves 19 de enero de 2023 | Actualizado 21:47": the time it was last updated)
    if (DATELINE_ONLY.test(parts[0]) && parts.slice(1).every((p) => p.split(" ").length <= 3 && (!DIGIT.test(p) || /^(?:actualizado|updated|modificado)\s*:?\s*\d{1,2}[:.]\d{2}$/i.test(p) || /^[\d,.]+\s+(?:comentarios?|comments?|views|vistas|shares)$/i.test(p) || /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*\p{Lu}{0,4}$/iu.test(p)))) return true;
  }
  // ("Jan. 22 06:15 am JST": a year-less date with its time)
  const u = t.length <= 40 ? t.replace(/\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*\p{Lu}{0,4}$/iu, "") : t;
  const m = u.length <= 20 ? YEARLESS_DATE.exec(u) : null;
  return m !== null && MONTH_WORD.test(u.replace(/^\d{1,2}(?:\s+de)?\s+/, ""));
}

/** Separators and bullets between the links of a menu or a share row. */
const MENU_GLUE = /[\s|›»/·•,*\-–—]+/g;
const LANGUAGE_SWITCH = /\s[A-Z]{2}\s?[▾▼⌄]\s*$/;

/**
 * A line made only of links ("[Home](#) | [Politics](#)", "[Share on Twitter](#) [Email](#)"):
 * the longest link text's length in words, or 0 when the line holds anything but links.
 */
function linkOnlyWords(raw: string): number {
  // (a language switch at the row's end, "ES ▾", is one more of its buttons)
  if (!raw.includes("](") || raw.replace(LINK, "").replace(LANGUAGE_SWITCH, "").replace(MENU_GLUE, "") !== "") return 0;
  let most = 0;
  for (const m of raw.matchAll(LINK)) most = Math.max(most, m[1].trim().split(/\s+/).length);
  return Math.max(most, 1);
}

/** "[Subscribe](#) [Donate](#) [Books](#)": a row of three links or more, none a share button */
function linkRow(raw: string): boolean {
  if (raw.length > 300 || linkOnlyWords(raw) === 0) return false;
  let n = 0;
  for (const _ of raw.matchAll(LINK)) n++;
  return n >= 3 && !SHARE_ROW.test(reduceLinks(raw, false).trim());
}

/** A navigation item: three words at most, no digits, no sentence punctuation ("World", "Sign in", "US & Canada"). */
function menuItem(line: string): boolean {
  // "and Maria Cervantes" goes on a byline
  if (line.length > 24 || DIGIT.test(line) || /[.!?:;,"”’]$/.test(line) || isByline(line) || /^(?:and|&|y) /.test(line)) return false;
  // ("Source: Xinhua", "Editor: huaxia": a field and its value, not a link of the site's menu)
  if (/^[A-Za-zÀ-ÿ]+:\s/.test(line)) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) words++;
  return words <= 3;
}

/** Separators between menu items on one line: bars, breadcrumb arrows, the double spaces left where links were. */
const MENU_SEPARATOR = /\s*\|\s*|\s*::\s*|\s+[›»>·•]\s+|\s{2,}/;

/** "Ana Belén Torres | Corresponsal | Lima" over the date: the writer, her role and where, not a menu */
function bylineRow(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > 90 || !line.includes("|")) return false;
  const parts = line.split(/\s*\|\s*/);
  return parts.length <= 3 && linkedName(parts[0]) && BYLINE_ROLE.test(parts[1]) && isDateline(next);
}
const BYLINE_ROLE = /^(?:corresponsal|enviad[oa] especial|redactora?|periodista|correspondent|reporter|staff writer|columnista|columnist)\b/i;

/** A whole menu on one line: "Home | News | Sports | Opinion", "Home > News and Events > Press briefing notes". */
function menuLine(line: string): boolean {
  if (line.length > 260) return false;
  // ("• Menu • Search": a list of items with a bullet before the first too)
  if (bulletAt(line, 0) && line.charCodeAt(1) === 0x20) line = line.slice(2);
  const parts = line.split(MENU_SEPARATOR).filter(Boolean);
  // (a long line is a menu only with many items: "Latest | World | Business | U.S. | Politics | …")
  if (line.length > 160 && parts.length < 8) return false;
  // two items make a menu only as single words ("ESPAÑOL | ENGLISH") or a breadcrumb ("Home > News")
  if (parts.length < 2 || (parts.length < 3 && !/[›»>]/.test(line) && !parts.every((p) => !p.includes(" ")))) return false;
  // "Más...": a menu's last item may trail off
  // ("U.S.": an initialism's stop is no sentence's)
  // (four items or more may run longer: "Writer | Socialist | Latin America and labour movements | Naarm/Melbourne")
  const long = parts.length >= 4 ? 40 : 30;
  return parts.every((p) => p.length <= long && (!/[^.…][.!?:;,]$/.test(p) || /^(?:\p{Lu}\.){2,}$/u.test(p)) && p.split(" ").length <= (parts.length >= 4 ? 5 : 4));
}

/**
 * A menu whose separators the scrape lost: "News Local Sports Obituaries Opinion Classifieds Weather",
 * "Print Email Facebook Twitter". Five words or more, every one capitalized and none of the small
 * words a headline in title case has between them.
 */
function wordMenu(raw: string): boolean {
  // ("[Menu]  NEWS  TRAVEL  FOOD  LIVING IN PERU": the menu's button before its items)
  // (the menu's button first: "[Menu] NEWS TRAVEL FOOD LIVING IN PERU EXPAT LIFE", its items in capitals)
  const bare = raw.charCodeAt(0) === 0x5b || raw.startsWith("☰") ? raw.replace(/^(?:\[(?:menu|menú)\]|☰)\s+/i, "") : raw;
  if (bare.length > 200 || /[.!?:;,"“”]/.test(bare)) return false;
  if (bare !== raw && bare === bare.toUpperCase() && bare.split(" ").length >= 4) return true;
  const line = bare;
  const words = line.split(" ");
  // (a long line of them is a menu only when it has many items; a possessive is a headline's:
  // "Peru’s Deadly Unrest Reaches Copper Mines")
  if ((line.length > 120 && words.length < 12) || /\p{L}['’]s\b/u.test(line)) return false;
  // ("Home UK World Politics US Climate Science & Tech Business Ents & Arts …": "&" joins two items' words)
  return words.length >= 5 && !SHARE_ROW.test(line) && words.every((w) => (/^[\p{Lu}\d]/u.test(w) && !TITLE_SMALL_WORDS.has(w.toLowerCase())) || w === "&");
}
const TITLE_SMALL_WORDS = new Set("a an the of in on at to for and or but as by with from into over after before amid against de del la las el los en y a con por para sin sobre tras".split(" "));
/** "Print Email Facebook Twitter": a share row, page furniture wherever it is (CHROME) */
const SHARE_ROW = /^(?:print|email|e-mail|share|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|copy link)(?: (?:print|email|e-mail|share|facebook|twitter|x|whatsapp|linkedin|reddit|telegram|copy link))+$/i;

/** Before the body, a run of this many menu items (or link-only lines) in a row is site navigation. */
const MENU_RUN = 3;

const MAIL_FIELD = /^(from|date|sent|subject|to|cc|reply-to|de|fecha|enviado|asunto|para)\s*:\s*(.*)$/i;
/** the rule a mail client draws above pasted text: "________________", "-----Original Message-----" */
const PASTE_RULE = /^(?:_{8,}|-{5,}\s*(?:original message|mensaje original)?\s*-{0,}|={8,})$/i;
const MAIL_SEPARATOR = /^-{2,}\s*(?:forwarded message|original message|mensaje (?:reenviado|original))\s*-{2,}$/i;

/**
 * A newsletter or message forwarded into the archive: its header fields ("From:", "Date:",
 * "Subject:"). Of a forwarded one, the original's fields count: the forwarder's are dropped with
 * the note they added. The subject is the headline; the sender's name, when it is not a person's,
 * names the publication. The Date line stays for the date reader.
 */
function emailHeaders(paras: string[], limit: number): { drop: number[]; subject?: string; subjectAt?: number; from?: string } | null {
  const fields: number[] = [];
  for (let k = 0; k < limit; k++) if (MAIL_FIELD.test(paras[k]) || MAIL_SEPARATOR.test(paras[k])) fields.push(k);
  const names = fields.filter((k) => MAIL_FIELD.test(paras[k])).map((k) => paras[k].match(MAIL_FIELD)![1].toLowerCase());
  if (!names.some((n) => n === "subject" || n === "asunto") || !names.some((n) => n === "from" || n === "de")) return null;
  // the last block of fields: from its first field to its last
  let last = fields.length - 1;
  while (last > 0 && fields[last] - fields[last - 1] <= 2 && !MAIL_SEPARATOR.test(paras[fields[last]])) last--;
  const start = MAIL_SEPARATOR.test(paras[fields[last]]) ? fields[last] + 1 : fields[last];
  const drop: number[] = [];
  for (let k = 0; k < start; k++) drop.push(k);
  let subject: string | undefined;
  let subjectAt: number | undefined;
  let from: string | undefined;
  for (const k of fields) {
    if (k < start) continue;
    const m = paras[k].match(MAIL_FIELD);
    if (!m) {
      drop.push(k);
      continue;
    }
    const field = m[1].toLowerCase();
    if (field === "subject" || field === "asunto") {
      subject = m[2].replace(/^(?:(?:fwd?|re|rv|reenv)\s*:\s*)+/i, "").trim();
      subjectAt = k;
      continue;
    }
    if (field === "from" || field === "de") from = m[2].replace(/<[^>]*>|"|\S+@\S+/g, "").trim();
    if (field !== "date" && field !== "fecha" && field !== "sent" && field !== "enviado") drop.push(k);
  }
  // a person's name in From: is the sender, not a publication
  if (from && (PERSON_NAMES.has(fold(from.split(/\s+/)[0])) || from.split(/\s+/).length > 6)) from = undefined;
  // "Saving this for the archive …" / "________" / the pasted article: the sender's note and
  // signature go, and the subject was the sender's, not the article's headline
  const lastField = fields[fields.length - 1];
  for (let k = lastField + 1; k < Math.min(paras.length, lastField + 14); k++) {
    if (!PASTE_RULE.test(paras[k])) continue;
    for (let j = lastField + 1; j <= k; j++) drop.push(j);
    for (const f of fields) drop.push(f);
    return { drop, from };
  }
  return { drop, subject: subject || undefined, subjectAt: subject ? subjectAt : undefined, from: from || undefined };
}

/** "MercoPress. South Atlantic News Agency", "Report on the Americas": a publication's name and motto */
const MEDIA_WORD = /\b(?:news|press|agency|times|post|herald|report|reports|dispatch|radio|television|tv|journal|review|monitor|gazette|tribune|chronicle|observer|daily|weekly|magazine|network|noticias|diario|prensa|agencia|revista)\b/i;
export function isMastheadLike(line: string): boolean {
  const words = line.replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 6 && MEDIA_WORD.test(line) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|on|and|de|del|la|el|y|for)$/i.test(w));
}

/** a one-word brand ending in its number: "Página12", "Perú21", "Canal9" */
const NUMBERED_BRAND = /^\p{Lu}\p{L}{2,}\/?\d{1,3}$/u;

/** two or more Markdown links and nothing else */
const LINK_ROW = /^\[[^\]]*\]\([^)]*\)(?:[\s|·•]+\[[^\]]*\]\([^)]*\))+$/;

/** A motto with a founding year: "… since 1983", "… desde 1911", "Founded in 1998" */
const TAGLINE = /^[^.!?]{0,110}\b(?:since|desde|founded in|fundad[oa] en)\s+(?:18|19|20)\d\d$/i;

/**
 * A publication's name: its main words capitalized, and not only everyday words ("Play Live",
 * "Sign In" are buttons).
 */
function properName(name: string): boolean {
  const words = name.split(/\s+/);
  // ("teleSUR": a brand's capitals may come later in the word)
  if (/^welcome\b/i.test(name)) return false;
  // ("Letters from the Altiplano": a newsletter's name may have its small words)
  return words.every((w) => /^[\p{Lu}\d]|^\p{Ll}+\p{Lu}/u.test(w) || /^(?:of|the|de|del|la|el|and|y|&|en|from|for|on|in|at|to|con|sin|por|para|al|los|las)$/.test(w)) && !words.every((w) => BUTTON_WORDS.has(w.toLowerCase()));
}
/** What a page's buttons say: "Play Live", "Sign In", "Show More" are no publication's name. */
const BUTTON_WORDS = new Set("play live watch listen sign log in up out menu show more home search subscribe donate share follow read close open skip next back now get updates navigation main about us contact events all posts ingresa ingresar entrar acceder menú buscar suscríbete suscribete suscríbase suscribase suscribirse iniciar sesión registrarse regístrate regístrese ingrese apóyanos apoyanos dona donar".split(" "));

/** Words of a site's sections: "Latin America", "World News" at the top are a section, not the site */
const SECTION_WORDS = new Set(
  "blog blogs press stories insights updates publications statements reports campaigns resources dashboard dashboards data research experts programs projects conflicts conflict war wars security crime justice society rights human lifestyle news world nation latin america americas politics opinion analysis features international business economy culture sport sports science environment health tech technology region regional local national global breaking latest top stories middle east south north west asia africa europe pacific caribbean us uk canada video videos podcasts podcast live home noticias mundo internacional política politica economía economia opinión opinion cultura deportes región region regiones nacional américa latina perú peru".split(" ")
);
const SECTION_JOINERS = new Set(["the", "and", "of", "y", "de", "del", "la", "el", "los", "las"]);
/** a section's name or a place's ("Latin America & the Caribbean", "World / Americas"): no publication's name */
export function sectionOrPlace(name: string): boolean {
  // ("U.S. News": the initials' dots are no word breaks)
  const words = fold(name.includes(".") ? name.replace(/\b(\p{L})\.(?=\p{L}\.)|(?<=\b\p{L}\.\p{L})\./gu, "$1") : name).split(/[^a-z0-9ñ]+/).filter(Boolean);
  return (words.length > 0 && words.every((w) => SECTION_WORDS.has(w) || SECTION_JOINERS.has(w)) && !words.every((w) => SECTION_JOINERS.has(w))) || INDEX.has(nameKey(name));
}

/**
 * A page saved through a reader service opens with its metadata: "Title: <the page's title line>",
 * "URL Source: https://…", "Published Time: 2022-12-16T22:05:14+01:00", "Markdown Content:". The
 * title line is read like any page's (headline and site), the address and the label are dropped, the
 * time stays as a date line.
 */
function readerMetadata(paras: string[]): string[] {
  // (an article extractor's fields read the same way: "URL:", "Title:", "Authors: [...]", "Publish Date:", "Text:")
  const head = paras.slice(0, 10);
  if (!head.some((p) => p.startsWith("Title: ")) || !head.some((p) => /^(?:URL Source|URL|Publish Date|Published Time|Authors):\s/.test(p))) return paras;
  const out: string[] = [];
  // ("Meta Site Name: Axios": the extractor's own reading of the site; its newsletter among the authors is no writer)
  const site = head.map((p) => /^Meta Site Name:\s*(.+)$/.exec(p)?.[1].trim()).find(Boolean);
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    const field = k < 16 ? /^(Title|URL Source|Source URL|URL|Published Time|Publish Date|Authors|Top Image|Keywords|Meta Keywords|Meta Lang|Meta Site Name|Meta Description|Tags|Movies|Summary|Markdown Content|Text):\s*(.*)$/.exec(p) : null;
    if (!field) {
      out.push(p);
      continue;
    }
    const value = field[2].trim();
    if (field[1] === "Title") out.push(value);
    else if ((field[1] === "Published Time" || field[1] === "Publish Date") && value) out.push(`Published ${value}`);
    else if (field[1] === "Authors" && /^\[\s*['"]/.test(value)) {
      const names = value.replace(/^\[|\]$/g, "").replace(/['"]/g, "").split(/\s*,\s*/).filter((n) => n && !(site && n.split(/\s+/)[0].toLowerCase() === site.split(/\s+/)[0].toLowerCase()));
      if (names.length) out.push(`By ${names.join(" and ")}`);
    } else if (field[1] === "Meta Site Name" && value) out.push(`Source: ${value}`);
    else if ((field[1] === "Text" || field[1] === "Summary") && value) out.push(value);
  }
  return out;
}

const TOP_BIO = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}) is an? [^.]{0,80}?\b(?:writer|journalist|editor|reporter|correspondent|anthropologist|historian|professor|researcher|analyst|activist|sociologist|economist|lawyer|scholar|photographer|filmmaker|columnist)\b/u;

/**
 * A blog theme's one line for the headline, the writer and the date: "The Marchers Came Back by
 * Tomás Achahui Ccama / March 3rd, 2023" becomes the three lines the rest of the reading expects.
 */
function titleBylineDate(paras: string[]): string[] {
  for (let k = 0; k < Math.min(paras.length, 20); k++) {
    const p = paras[k];
    const m = p.length <= 260 ? TITLE_BY_DATE.exec(p) : null;
    if (!m || !isDateline(m[3].trim())) continue;
    return [...paras.slice(0, k), m[1].trim(), `By ${m[2].trim()}`, m[3].trim(), ...paras.slice(k + 1)];
  }
  return paras;
}
const TITLE_BY_DATE = /^(.{10,200}?)\s+by\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[/|·]\s*(.{6,40})$/u;

/** a site's own address as its name: "swissinfo.ch", "SpaceWar.com" */
const SITE_ADDRESS = /(?<![\w.@/-])[\p{L}][\p{L}\d-]{2,30}\.(?:com|org|net|info|news|tv|ch|pe|es|co\.uk)(?![\w.-])/u;

/** a web clipper's line naming the page it clipped: "Clipped from: https://…", "Source URL: …" */
const CLIPPED_FROM = /^(?:clipped from|clip source|saved from|captured from|source url|original url)\s*:\s*\S/i;
const TABLE_ROW = /^\|.*\|$/;
/** a note's own properties, in a table or a list: "| Created | March 7, 2023 9:12 AM |", "created: …", "Date added: …" */
const NOTE_PROPERTY = /^(?:\|\s*|[-*]\s+)?(?:created|created at|date created|clipped|clipped on|date clipped|saved|saved on|added|date added|last edited|last edited time|fecha de creación|creado)\s*(?:\||:)\s*\S.{0,60}$/i;
const CLOCK_TIME = /^\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?$/i;

/** How many lines from the top a masthead and a page's own title line are looked for in. */
const TOP_LINES = 40;
// ("<headline> : NPR": a colon with a space on both sides, which no headline's own colon has)
const TITLE_SEPARATOR = /\s+[-–—|:]\s+|\|/;

/**
 * What the top of a scraped page says about itself: its title line ("<headline> - BBC News", which
 * a later line repeats) and its masthead (the short lines above the navigation: "Tamarack County
 * Herald / Serving Tamarack County since 1889 / Wednesday … | 34°F"). Both are dropped from the
 * header; the site's name is kept for the source.
 */
function topOfPage(paras: string[], navTop: number, menu: boolean[], menuLines: boolean[]): { drop: Set<number>; headline?: string; siteNames: string[]; rewrite?: [number, string] } {
  const drop = new Set<number>();
  const siteNames: string[] = [];
  let headline: string | undefined;
  let logoName: string | undefined;
  const limit = Math.min(navTop, TOP_LINES);
  const mail = emailHeaders(paras, limit);
  let rewrite: [number, string] | undefined;
  if (mail) {
    for (const k of mail.drop) drop.add(k);
    if (mail.from) siteNames.push(mail.from);
    headline = mail.subject;
    // the subject line becomes the headline line itself
    if (mail.subjectAt !== undefined && mail.subject) rewrite = [mail.subjectAt, mail.subject];
  }
  const plainAt = (k: number) => (paras[k].includes("](") ? reduceLinks(paras[k], false).trim() : paras[k]);
  // A web clipper's stamp ("Sunday, January 22, 2023" / "9:41 AM" / "Clipped from: https://…"):
  // the day it was clipped, not the day the page was published
  for (let k = 0; k < Math.min(limit, 8); k++) {
    if (!CLIPPED_FROM.test(paras[k])) continue;
    drop.add(k);
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (paras[j].length <= 60 && (isDateline(paras[j]) || CLOCK_TIME.test(paras[j]))) drop.add(j);
    break;
  }
  for (let k = 0; k < Math.min(limit, 12); k++) if (paras[k].length <= 80 && NOTE_PROPERTY.test(paras[k])) drop.add(k);
  // (a note's properties as a table at its top, "| Property | Value |" / "| URL | https://… |":
  // the note's, not the page's; a table further down may be the article's own figures)
  for (let k = 0; k < Math.min(limit, 4); k++) {
    if (!TABLE_ROW.test(paras[k])) continue;
    let end = k;
    while (end + 1 < limit && TABLE_ROW.test(paras[end + 1])) end++;
    if (end > k && end - k < 16) for (let j = k; j <= end; j++) drop.add(j);
    break;
  }
  // the same top lines are asked about several times below
  const chromeAt: (boolean | undefined)[] = [];
  const chrome = (k: number): boolean => (chromeAt[k] ??= isChrome(plainAt(k)));
  let standalone: Set<string> | null = null;
  const isStandalone = (line: string) => {
    if (!standalone) {
      standalone = new Set<string>();
      for (let k = 0; k < limit; k++) if (paras[k].length <= 60) standalone.add(plainAt(k).toLowerCase());
    }
    return standalone.has(line.toLowerCase());
  };
  // a page's title line sits at its very top, above the headline it repeats
  for (let k = 0; k < Math.min(limit, 12) && headline === undefined; k++) {
    const line = plainAt(k);
    if (line.length > 250 || !TITLE_SEPARATOR.test(line)) continue;
    const m = line.match(/^(.+?)(?:\s+[-–—|:]\s+|\|)([^|–—:]+)$/) ?? null;
    const first = line.match(/^([^|–—]+?)(?:\s+[-–—|:]\s+|\|)(.+)$/) ?? null;
    // ("<headline> | Internacional | EL PAÍS América": the headline, a section, the site)
    const both = m && first && first[1] !== m[1] ? [first[1], m[2]] : null;
    for (const [head, site] of [m ? [m[1], m[2]] : null, first ? [first[2], first[1]] : null, both].filter(Boolean) as [string, string][]) {
      const h = head.trim(), st = site.trim();
      if (h.split(/\s+/).length < 3) continue;
      let repeated = false;
      const low = h.toLowerCase();
      // (lengths first: most lines are paragraphs of another length altogether)
      // (a converter's Markdown heading, "# <headline>", repeats it too)
      for (let j = k + 1; j < limit && !repeated; j++) if ((paras[j].includes("](") || Math.abs(paras[j].replace(/^#+\s+/, "").length - h.length) <= 2) && plainAt(j).replace(/^#+\s+/, "").toLowerCase() === low) repeated = true;
      if (!repeated) continue;
      headline = h;
      drop.add(k);
      // "Americas|Peru declares…" names a section, which the page also lists on its own
      if (st.split(/\s+/).length <= 5 && !isStandalone(st)) siteNames.push(st);
      break;
    }
  }
  // A browser's title line that the printed headline does not repeat ("Peru protests: 17 killed
  // … | Peru | The Guardian"): its last part is the site, when the page names it again
  if (headline === undefined) {
    let k = 0;
    while (k < Math.min(limit, 4) && chrome(k)) k++;
    const parts = k < limit && paras[k].length <= 250 ? plainAt(k).split(/\s+\|\s+/) : [];
    const site = parts.length >= 3 ? parts[parts.length - 1].trim() : "";
    if (site && site.split(/\s+/).length <= 4 && properName(site) && !sectionOrPlace(site) && parts[0].split(/\s+/).length >= 4) {
      for (let j = k + 1; j < paras.length; j++) {
        if (paras[j].includes(site)) {
          siteNames.push(site);
          drop.add(k);
          break;
        }
      }
    }
  }
  // The masthead: short lines before the last line of navigation near the top, none of them a
  // sentence, a byline or a headline someone repeated.
  let lastNav = -1;
  for (let k = 0; k < Math.min(limit, 15); k++) {
    // a row of share buttons sits under the headline, and a date line after the navigation starts
    // the article: the masthead is above them
    if (SHARE_LINK.test(plainAt(k)) || (lastNav >= 0 && paras[k].length <= 120 && SHARE_ROW.test(plainAt(k))) || (lastNav >= 0 && paras[k].length <= 80 && isDateline(plainAt(k)))) break;
    // (a writer's name over the share row is a byline, not the navigation's last item)
    if (menuLines[k] || (menu[k] && (menu[k - 1] || menu[k + 1]) && !linkedName(plainAt(k)))) lastNav = k;
    // navigation further down (a share row under the headline) is not the masthead's; a cookie
    // notice above it is no reason to stop looking
    // (a motto under the site's name may run longer: "The Andes Observer" / "Independent reporting from …")
    // ("SWI swissinfo.ch" / "Un servicio de la Sociedad Suiza de Radiodifusión…": a site's address counts as its name)
    else if (!drop.has(k) && plainAt(k).split(/\s+/).length > 8 && !chrome(k) && !(k > 0 && paras[k - 1].length <= 40 && (properName(plainAt(k - 1)) || SITE_ADDRESS.test(plainAt(k - 1))) && paras[k].length <= 160 && !/[.!?]["”’)]?$/.test(paras[k]))) break;
  }
  if (lastNav > 0) {
    const block: number[] = [];
    const mastDates: number[] = [];
    let ok = true;
    // (the page's first line, plain text over a row of links, is the masthead, not a menu item:
    // "Insider" over "[Subscribe](#) [Newsletters](#)")
    let first = 0;
    while (first < lastNav && chrome(first)) first++;
    const plainOverLinks = first < lastNav && !paras[first].includes("](") && paras[first].length <= 40 && paras[first + 1]?.includes("](");
    for (let k = 0; k < lastNav && ok; k++) {
      if (!(plainOverLinks && k === first) && (menuLines[k] || (menu[k] && (menu[k - 1] || menu[k + 1])) || drop.has(k))) continue;
      const line = plainAt(k);
      if (chrome(k)) continue;
      const words = line.split(/\s+/).length;
      // "Democracy Now!", "Yahoo!": a short name may end in an exclamation mark
      // (a long motto right under the name: "Equal Times" / "News, opinion and analysis on labour, …")
      const motto = k > 0 && block.includes(k - 1) && line.length <= 160 && !/[.!?]["”’)]?$/.test(line);
      // ("Workers World" / "Workers and oppressed peoples of the world unite!": a slogan under the name)
      const slogan = k > 0 && (block.includes(k - 1) || (paras[k - 1].length <= 40 && properName(plainAt(k - 1)))) && words <= 12 && line.endsWith("!");
      if ((words > 12 && !motto) || (/[.!?]["”’)]?$/.test(line) && !(words <= 3 && line.endsWith("!")) && !slogan) || (isByline(line) && !/^published by the\s/i.test(line)) || (headline && line.toLowerCase() === headline.toLowerCase())) ok = false;
      // a date line stays where it is: it dates the article, not the masthead
      else if (!isDateline(line)) block.push(k);
      else mastDates.push(k);
    }
    // …unless another date line follows the navigation, over the headline: then the masthead's
    // ("Montevideo, October 14th 2024 - 21:07 UTC") is the day the page was viewed
    if (ok && mastDates.length) {
      for (let k = lastNav + 1; k < Math.min(paras.length, lastNav + 10); k++) {
        if (paras[k].length <= 80 && isDateline(plainAt(k))) {
          for (const d of mastDates) drop.add(d);
          break;
        }
      }
    }
    if (ok && block.length) {
      for (const k of block) drop.add(k);
      // "The Guardian - Back to home": the name, not the link's label
      // "MercoPress, en Español": the name before a comma; a motto ("Academic rigour, journalistic
      // flair") is no name
      // ("Welcome to the United Nations" over "UN News": the first line that is a name)
      for (const k of block.slice(0, 3)) {
        // ("MercoPress. South Atlantic News Agency": the name before its motto)
        const address = plainAt(k).length <= 40 ? plainAt(k).match(SITE_ADDRESS) : null;
        if (address) {
          siteNames.push(address[0]);
          break;
        }
        // ("Vox homepage", "NBC News Logo": a logo's link label)
        const name = plainAt(k).split(TITLE_SEPARATOR)[0].split(/,\s+/)[0].split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)[0].replace(/\s+(?:homepage|home page|logo)$/i, "").trim();
        // ("Página12", "Perú21": a brand may end in its number)
        if (name.split(/\s+/).length <= 6 && (!DIGIT.test(name) || NUMBERED_BRAND.test(name)) && properName(name)) {
          siteNames.push(name);
          break;
        }
      }
    }
  }
  // A masthead with no navigation under it: the page's first line, a short proper name that the
  // page names again further down ("… writes about foreign affairs for The Washington Post").
  if (!siteNames.length && !drop.size) {
    let k = 0;
    while (k < limit && chrome(k)) k++;
    const name = k < limit ? plainAt(k) : "";
    const words = name.split(/\s+/);
    if (name && words.length >= 2 && words.length <= 5 && !DIGIT.test(name) && !/[.!?:;,]$/.test(name) && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:of|the|de|del|la|el|and|y|&)$/.test(w))) {
      for (let j = k + 1; j < paras.length; j++) {
        if (paras[j].length > name.length && paras[j].includes(name)) {
          siteNames.push(name);
          drop.add(k);
          break;
        }
      }
    }
  }
  // A masthead that says what it is: "MercoPress. South Atlantic News Agency" at the very top.
  if (!siteNames.length) {
    let k = 0;
    while (k < limit && chrome(k)) k++;
    const line = k < limit ? plainAt(k) : "";
    // (a row of links is the site's sections, "[News](#) [Commodities](#) [Markets](#)", not its name)
    if (line && isMastheadLike(line) && !LINK_ROW.test(paras[k])) {
      // the name before its motto: "MercoPress. South Atlantic…"
      siteNames.push(line.split(/[.,]\s+|\s+[-–—|]\s+/)[0].trim());
      drop.add(k);
    }
  }
  // The site's name as the first item of its navigation: "Andes Rights Monitor / Donate Now / Get
  // Updates …": a proper name of two to five capitalized words at the very top.
  if (!siteNames.length) {
    let k = 0;
    while (k < limit && chrome(k)) k++;
    const line = k < limit ? plainAt(k) : "";
    const words = line.split(/\s+/);
    // "MercoPress, en Español": the name before a comma
    const name = line.split(/,\s+/)[0];
    if (k < limit && menu[k] && !menuLines[k] && menu[k + 1] && words.length >= 2 && words.length <= 5 && properName(name)) {
      siteNames.push(name);
      drop.add(k);
    }
  }
  // A name at the top that the page's last lines give again: "PUNA LETTERS" over the text and
  // "Puna Letters · Jr. Lima 412 · Puno" under it; "UN News" above the headline and over the footer
  if (!siteNames.length) {
    let tail: [number, string][] | null = null;
    for (let k = 0; k < Math.min(limit, 12); k++) {
      // (a name is short: most lines here are the headline and paragraphs, not worth splitting)
      if (paras[k].length > 60) continue;
      const line = plainAt(k);
      const words = line.split(/\s+/);
      // (an everyday word, "Style" in the menu, is a section the footer lists again, unless in capitals)
      if (words.length > 4 || line.length < 4 || DIGIT.test(line) || /[.!?:;,]$/.test(line) || menuLines[k] || chrome(k)) continue;
      if (words.length === 1 && line !== line.toUpperCase() && COMMON_WORDS.has(fold(line))) continue;
      const name = line === line.toUpperCase() ? titleCaseName(line) : line;
      // (a writer's name at the top and in the bio under the text is a byline, not a masthead)
      if (!properName(name) || sectionOrPlace(name) || linkedName(name) || isByline(line)) continue;
      const low = line.toLowerCase();
      if (!tail) {
        tail = [];
        for (let j = Math.max(0, paras.length - 15); j < paras.length; j++) if (paras[j].length <= 120) tail.push([j, plainAt(j).toLowerCase()]);
      }
      // (below the text, not the headline block right under the name)
      if (tail.some(([j, t]) => j > k + 3 && (t === low || (t.startsWith(low) && /^\s*[·|•,–—-]\s/.test(t.slice(low.length)))))) {
        siteNames.push(name);
        drop.add(k);
        break;
      }
    }
  }
  // The site's name and what it is, on the page's first line: "Orinoco Tribune – News and opinion
  // pieces about Venezuela and beyond", when the page names the site again further down
  if (!siteNames.length) {
    let k = 0;
    while (k < Math.min(limit, 8) && chrome(k)) k++;
    const line = k < limit ? plainAt(k) : "";
    const sep = line.length <= 160 ? line.match(/^(.{2,50}?)\s+[-–—|:]\s+(.{8,})$/) : null;
    const name = sep?.[1].trim() ?? "";
    // ("SpaceWar.com - Your World At War": a name that is an address is a site's whatever follows it)
    const address = sep !== null && /^\p{Lu}/u.test(name) && SITE_ADDRESS.exec(name)?.[0] === name;
    // ("RADIO ONDA AZUL – PUNO": a station's or a paper's name and its town)
    // ("📻 LA DECANA | Juliaca - Puno": after the station's emoji, its town and region)
    const short = line.length <= 60 ? line.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, "").match(/^(.{2,40}?)\s+[-–—|]\s+(\p{Lu}[\p{L} ]{2,30}?)(?:\s+[-–—]\s+\p{Lu}[\p{L} ]{2,30})?$/u) : null;
    // (a radio's, a paper's or a channel's emoji says what the name is)
    const stationOfPlace = short !== null && (isMastheadLike(short[1]) || (/^(?:📻|📰|📺)/u.test(line) && short[1].split(/\s+/).length <= 4)) && sectionOrPlace(short[2]);
    if (address || stationOfPlace) {
      const own = stationOfPlace ? short![1].trim() : name;
      siteNames.push(own === own.toUpperCase() ? titleCaseName(own) : own);
      drop.add(k);
    } else if (sep && name.split(/\s+/).length <= 5 && !DIGIT.test(name) && properName(name) && ((/\s\p{Ll}{4,}/u.test(sep[2]) && !titleCased(sep[2])) || MEDIA_KIND.test(sep[2]))) {
      for (let j = k + 3; j < paras.length; j++) {
        if (paras[j].includes(name)) {
          siteNames.push(name);
          drop.add(k);
          break;
        }
      }
    }
  }
  // The site's logo, as a converter writes it: "[![Americas Quarterly](…/aq-logo.svg){.site-logo}](…)",
  // or an image of the name linking home, alone on one of the first lines: "[![Salud con Lupa](#)](#)"
  if (!siteNames.length) {
    // ("![Houston Chronicle Logo](#)", "![New York Post](#)": the logo as the page's first image, before any headline)
    let first = 0;
    while (first < Math.min(limit, 4) && chrome(first)) first++;
    const img = first < limit ? /^!\[([^\[\]\n]{2,40}?)(?:\s+logo)?\]\([^()\s]*\)$/i.exec(paras[first]) : null;
    if (img && img[1].split(/\s+/).length <= 5 && properName(img[1]) && !sectionOrPlace(img[1]) && !/\b(?:photo|image|foto|imagen|icon|banner|logo)\b/i.test(img[1]) && (menu[first + 1] || menuLines[first + 1] || paras[first + 1]?.includes("]("))) siteNames.push(img[1].trim());
  }
  if (!siteNames.length) {
    for (let k = 0; k < Math.min(limit, 4); k++) {
      const m = /^\[!\[([^\[\]\n]{2,40})\]\([^()\s]*\)\]\([^()\s]*\)/.exec(paras[k]);
      if (m && m[1].split(/\s+/).length <= 5 && properName(m[1]) && !/\b(?:photo|image|foto|imagen|icon|banner|logo|logotipo)\b/i.test(m[1])) {
        siteNames.push(m[1].trim());
        break;
      }
    }
  }
  if (!siteNames.length) {
    // (past the account buttons a blogging platform prints first: "Open in app", "Sign up", "Sign in")
    for (let k = 0, seen = 0; k < limit && seen < 6; k++) {
      if (chrome(k)) continue;
      seen++;
      const m = paras[k].includes("logo") ? paras[k].match(LOGO) : null;
      const name = (m?.[1] ?? m?.[2] ?? m?.[3])?.replace(/\s+logo$/i, "").trim();
      if (name && name.split(/\s+/).length <= 5 && properName(name)) {
        siteNames.push(name);
        // (a logo's label names the site even when it reads like a section: "The Nation logo")
        logoName = name;
        // ("Survival International – The global movement for …" under its logo: the masthead's motto)
        for (let j = k; j < Math.min(limit, k + 3); j++) {
          const line = plainAt(j);
          if (line.startsWith(name) && /^\s*[–—|:-]\s+\S/.test(line.slice(name.length)) && line.length <= 160) drop.add(j);
        }
        break;
      }
    }
  }
  // The one name in the top row of links that is not a button: "[Menú](#) [EL MUNDO](#) [Suscríbete](#) [Iniciar sesión](#)"
  if (!siteNames.length) {
    for (let k = 0; k < Math.min(limit, 4) && !siteNames.length; k++) {
      if (!LINK_ROW.test(paras[k])) continue;
      const all = [...paras[k].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1].trim()).filter(Boolean);
      // ("[Facebook](#) [Twitter](#) [Email](#) [Print](#)": a share row names platforms, not the site)
      if (SHARE_ROW.test(all.join(" "))) continue;
      // the logo's link first in the page's first row, the sections after it: "[CNN en Español](#) [EN VIVO](#) [Mundo](#) [Economía](#) …"
      const sections = all.slice(1).filter((x) => isChrome(x) || sectionOrPlace(x) || x.split(/\s+/).every((w) => SECTION_WORDS.has(fold(w)) || BUTTON_WORDS.has(w.toLowerCase())));
      if (k === 0 && all.length >= 4 && sections.length >= 0.6 * (all.length - 1) && all[0].split(/\s+/).length <= 4 && properName(all[0]) && !sectionOrPlace(all[0]) && !isChrome(all[0])) {
        siteNames.push(all[0]);
        break;
      }
      // ("Suscríbete al Plan Digital", "Subscribe for $1": a button's label starts with its verb)
      // (an everyday word, "[Schedule](#)" beside "[Listen live](#)", is a button or a section too)
      const items = all.filter((x) => !isChrome(x) && !x.split(/\s+/).every((w) => BUTTON_WORDS.has(w.toLowerCase()) || (x !== x.toUpperCase() && COMMON_WORDS.has(fold(w)))) && !/^(?:suscr[ií]bete|subscribe|reg[ií]strate|register|donate|dona|ap[oó]yanos|support us|ingresa|inicia|sign|log|listen|escucha|watch|mira)\b/i.test(x));
      // (a logo in capitals may spell a section's word: "EL MUNDO" beside the account buttons)
      const logo = items.length === 1 && items[0] === items[0].toUpperCase() && /\s/.test(items[0]);
      // (the logo leads the row: "[Menú](#) [EL MUNDO](#) …", not "[Home](#) [About](#) [Books](#) [Ecosocialism](#)")
      if (items.length === 1 && all.indexOf(items[0]) <= 1 && items[0].split(/\s+/).length <= 4 && (properName(items[0]) || logo) && (logo || (!sectionOrPlace(items[0]) && !SECTION_WORDS.has(items[0].toLowerCase())))) {
        const name = logo ? titleCaseName(items[0]) : items[0];
        siteNames.push(name);
        if (logo) logoName = name;
      }
    }
  }
  // A reader-mode capture opens with the site's address: "opendemocracy.net"
  if (!siteNames.length) {
    const m = paras[0]?.match(/^(?:www\.)?([a-z][a-z0-9-]{2,30})\.(?:org|com|net|news|info)(?:\.[a-z]{2})?$/i);
    // ("MINING.COM": an address in capitals is the brand's logo, its ending part of the name)
    if (m) siteNames.push(paras[0] === paras[0].toUpperCase() ? paras[0].replace(/^WWW\./, "") : m[1][0].toUpperCase() + m[1].slice(1));
  }
  // A short brand as the page's first line, which the page names again mid-sentence: "[Mongabay](#)"
  // and "… when Mongabay visited"; "TIME" and "More Must-Reads from TIME"; "DW" and "More from DW".
  // (an everyday word, "World", is a section, unless in capitals)
  if (!siteNames.length) {
    let k = 0;
    while (k < Math.min(limit, 8) && chrome(k)) k++;
    // ("Vox homepage": the logo's link label)
    const line = k < limit && paras[k].length <= 60 ? plainAt(k).replace(/\s+(?:homepage|home page)$/i, "") : "";
    const words = line.split(/\s+/);
    const everyday = words.length === 1 && line !== line.toUpperCase() && COMMON_WORDS.has(fold(line));
    // "[infobae](#)": a brand in lower case, named in capitals further down ("Infobae Perú")
    if (line && words.length === 1 && /^\p{Ll}{4,20}$/u.test(line) && !everyday) {
      const cap = line[0].toUpperCase() + line.slice(1);
      for (let j = k + 3; j < paras.length; j++) {
        if (paras[j].includes(cap) && new RegExp(`(?<![\\p{L}\\d])${cap}(?![\\p{L}\\d])`, "u").test(paras[j])) {
          siteNames.push(cap);
          drop.add(k);
          break;
        }
      }
    }
    if (line && !siteNames.length && words.length <= 3 && (!DIGIT.test(line) || NUMBERED_BRAND.test(line)) && !/[.!?:;,]$/.test(line) && properName(line) && !everyday && !sectionOrPlace(line)) {
      const re = new RegExp(`(?<![\\p{L}\\d])${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "u");
      for (let j = k + 3; j < paras.length; j++) {
        if (paras[j].search(re) > 0) {
          siteNames.push(line);
          drop.add(k);
          break;
        }
      }
    }
  }
  // an acronym's name spelled out under it: "LAB" / "Latin America Bureau" is the name people cite
  if (siteNames.length && /^\p{Lu}{2,6}$/u.test(siteNames[0])) {
    for (let k = 0; k < Math.min(limit, 6); k++) {
      const line = plainAt(k);
      if (line.length > 60 || DIGIT.test(line)) continue;
      const words = line.split(/\s+/).filter((w) => !/^(?:of|the|and|for|de|del|la|el|y|&)$/i.test(w));
      if (words.length === siteNames[0].length && words.every((w, i) => w[0] === siteNames[0][i]) && properName(line)) {
        siteNames[0] = line;
        drop.add(k);
        break;
      }
    }
  }
  // ("Página12" as the logo, "Página/12" in the text: the page's own spelling of its name)
  if (siteNames.length && NUMBERED_BRAND.test(siteNames[0]) && !siteNames[0].includes("/")) {
    const slashed = siteNames[0].replace(/(\d+)$/, "/$1");
    if (paras.some((p) => p.includes(slashed))) siteNames[0] = slashed;
  }
  // a motto near the top: "Working for human rights … in Peru since 1983"
  for (let k = 0; k < Math.min(limit, 4); k++) if (TAGLINE.test(plainAt(k))) drop.add(k);
  // ("NBC News Logo", "Vox homepage": a logo's or its link's label names the site)
  return { drop, headline, siteNames: siteNames.map((n) => n.replace(/\s+(?:logo|homepage|home page)$/i, "")).filter((n) => n === logoName || !sectionOrPlace(n)), rewrite };
}

/** a teaser's last words, the link to the rest of another story: "… in the citadel town. Read more »" */
const READ_MORE_END = /\s(?:\[)?(?:read more|continue reading|keep reading|read the full (?:story|article)|leer más|seguir leyendo|sigue leyendo|ver más|lee más)(?:\]\([^()\s]*\))?\s*(?:»|›|→|\.\.\.|…)?$/i;

/**
 * Teasers of other stories on a feed or a front page: a paragraph ending in "Read more »", with
 * the date line and the headline over it. None of it is the article's.
 */
function teaserLines(paras: string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < paras.length; k++) {
    // (or the link alone under a teaser with no text: "Lima named among …" / "December 8, 2022" / "Read more »")
    const alone = paras[k].length <= 30 && READ_MORE_END.test(" " + paras[k]) && k > 0 && isDateline(paras[k - 1]);
    if (!alone && (paras[k].length < 60 || !READ_MORE_END.test(paras[k]))) continue;
    out.add(k);
    let j = k - 1;
    if (j >= 0 && isDateline(paras[j]) && paras[j].length <= 80) out.add(j--);
    if (j >= 0 && paras[j].length <= 160 && !endsSentence(paras[j]) && paras[j].split(/\s+/).length >= 3) out.add(j);
  }
  return out;
}

/** The page's first line when it comes back later word for word (a PDF's running header), and the name it opens with. */
function runningHeader(paras: string[]): { line: string; name: string | null } | null {
  const first = paras[0];
  if (!first || first.length > 120 || endsSentence(first) || paras.length < 6) return null;
  // (repeated once with no text between, it is the page's title line over the headline it repeats,
  // not a header over every page: "Peru: Six soldiers drown …" / "[Latin America](#)" / "# Peru: Six …")
  let seen = 0, at = -1;
  for (let k = 1; k < paras.length && seen < 2; k++) if (paras[k] === first || (paras[k].startsWith("#") && paras[k].replace(/^#+\s+/, "") === first)) (seen++, at < 0 && (at = k));
  if (!seen || (seen === 1 && !paras.slice(1, at).some((p) => p.length > 200))) return null;
  // (the words in capitals it opens with: "PEACE BRIGADES INTERNATIONAL Briefing | April 2023")
  const caps = /^(\p{Lu}{2,}[\p{Lu}'’&.-]*(?:\s+\p{Lu}{2,}[\p{Lu}'’&.-]*){1,5})(?=\s|$)/u.exec(first);
  const name = caps && caps[1].length <= 60 ? titleCaseName(caps[1]) : null;
  return { line: first, name };
}

/** A footnote's or a comment's marker glued to the word before it: "killed[1]", "detained.[c]", a wiki copy's "[12]" */
const FOOTNOTE_MARK = /(?<=[\p{L}\d.,;:!?)"”’])\[(?:\d{1,3}|[a-z]{1,2})\](?![(:])/gu;

/**
 * The Wayback Machine's toolbar over a captured page, copied with it: its address line, the
 * calendar, "About this capture" with the collection's description, down to "37 captures" and
 * their date range. None of it is the page's.
 */
const WAYBACK_TOP = /^\s*the wayback machine\s*[-–]\s*https?:\/\/web\.archive\.org\/web\/\d/i;
const WAYBACK_CAPTURES = /\n[ \t]*\d[\d,.]*\s+captures?[ \t]*\n(?:[ \t]*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s*[-–]\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}[ \t]*(?:\n|$))?/giu;
function withoutArchiveToolbar(text: string): string {
  if (!WAYBACK_TOP.test(text.slice(0, 300))) return text;
  let end = -1;
  for (const m of text.slice(0, 8000).matchAll(WAYBACK_CAPTURES)) end = m.index + m[0].length;
  return end > 0 ? text.slice(end) : text;
}

export function segment(text: string): Layout {
  text = withoutArchiveToolbar(text);
  const header: string[] = [];
  const body: string[] = [];
  const plain: string[] = [];
  const footer: string[] = [];
  const chromeAuthors: string[] = [];
  const credits: { line: string; at: number }[] = [];
  let inFooter = false;
  let inComments = false;
  // after "Lee también" alone, the lines that read as headlines belong to other articles
  let related = 0;
  let inBody = false;
  let headerLines = 0;

  const paras = titleBylineDate(readerMetadata(paragraphs(text).map((p) => (p.includes("[") ? p.replace(FOOTNOTE_MARK, "") : p))));
  // (a date bar whose weather or exchange rate came on a line of its own: "jueves, 12 de enero de
  // 2023" / "Puno 11°C | Juliaca 13°C" is the day the page was seen, as on one line)
  for (let k = 0; k < Math.min(paras.length - 1, 4); k++) {
    if (paras[k].length <= 40 && isDateline(paras[k]) && /^(?:[\p{Lu}][\p{L} ]{1,30}\s-?\d{1,2}\s?°|d[oó]lar\b|weather\b|clima\b)/iu.test(paras[k + 1])) {
      paras.splice(k, 2, `${paras[k]} | ${paras[k + 1]}`);
      break;
    }
  }
  // Site navigation above the headline: link-only lines, and runs of short menu items. Each
  // paragraph's place in such a run is worked out once, only for the page's first lines.
  const navTop = Math.min(paras.length, 80);
  const menu: boolean[] = new Array(navTop);
  const menuLines: boolean[] = new Array(navTop);
  for (let k = 0; k < navTop; k++) {
    // (a breadcrumb that ends in the date it was posted, "News > Posted 06/02/2023", keeps its
    // date; a masthead's "Tuesday, February 7, 2023 | Today's Paper" is only today's)
    // (a bar of facts with a full date, "25.01.2023 09:41 · Source: … · 2,318 views", is the article's own line)
    // ("AFP | Reuters" under a headline: the agencies a story came from, not a menu)
    menuLines[k] = (menuLine(paras[k]) || wordMenu(paras[k]) || linkRow(paras[k])) && !AGENCY_ROW.test(paras[k]) && !isDateline(paras[k]) && !bylineRow(paras[k], paras[k + 1]) && !(/\b(?:posted|published|updated|publicado|actualizado)\b/i.test(paras[k]) && DIGIT.test(paras[k])) && !(DIGIT.test(paras[k]) && DATE_IN_LINE.test(paras[k]));
    menu[k] = menuLines[k] || linkOnlyWords(paras[k]) > 0 || menuItem(paras[k]);
  }
  // ("Marisa Quiroga" / "Daniel Kessler": two writers' names stacked under the date are no menu;
  // a given name of three letters or more, "My Playlist" is a menu's)
  const personName = (k: number) => k >= 0 && k < navTop && /^\p{L}{3}/u.test(paras[k]) && paras[k].includes(" ") && linkedName(paras[k]);
  for (let k = 0; k + 1 < navTop; k++) if (menu[k] && !menuLines[k] && menu[k + 1] && !menuLines[k + 1] && personName(k) && personName(k + 1)) menu[k] = menu[k + 1] = false;
  const top = topOfPage(paras, navTop, menu, menuLines);
  // A document's running header, repeated on every page of a PDF copy ("PEACE BRIGADES
  // INTERNATIONAL | Briefing | April 2023"): furniture wherever it falls, its first part the publisher
  const running = runningHeader(paras);
  if (running) {
    for (let k = 0; k < paras.length; k++) if (paras[k] === running.line) top.drop.add(k);
    if (running.name && !top.siteNames.length) top.siteNames.push(running.name);
  }
  const teasers = teaserLines(paras);
  if (top.rewrite) paras[top.rewrite[0]] = top.rewrite[1];
  const inMenuRun = (k: number): boolean => {
    if (k >= navTop) return false;
    // a slightly longer line inside a menu ("The Guardian - Back to home") is one of its items
    // (a date line between two menus, "Search" / "January 20, 2023" / "Watch Full Show", is the article's)
    if (k > 0 && paras[k].length <= 40 && DIGIT.test(paras[k]) && isDateline(paras[k])) return false;
    if (!menu[k]) return k >= 2 && k + 2 < navTop && menu[k - 1] && menu[k - 2] && menu[k + 1] && menu[k + 2] && paras[k].length <= 40 && !/[.!?]$/.test(paras[k]);
    let from = k, to = k;
    while (from > 0 && menu[from - 1]) from--;
    while (to + 1 < navTop && menu[to + 1]) to++;
    return to - from + 1 >= MENU_RUN;
  };
  for (let pi = 0; pi < paras.length; pi++) {
    const raw = paras[pi];
    // paragraphs are trimmed, and without "](" there is no link to reduce
    const linked = raw.includes("](");
    let line = linked ? reduceLinks(raw, false).trim() : raw;
    // Markdown emphasis is no text: "By **Ivonne Mamani Choque**"
    if (line.includes("**")) line = line.replace(/\*\*([^*\n]+)\*\*/g, "$1");
    if (!line) continue;
    // an opinion page's writer over the headline: "Mariela Huamán Taype" / "Mariela Huamán Taype is a
    // Peruvian anthropologist …" (the bio is no lead, and no headline)
    const topBio = !inBody && pi > 0 && pi < 40 && line.length <= 400 ? line.match(TOP_BIO) : null;
    if (topBio && paras[pi - 1].trim() === topBio[1]) {
      chromeAuthors.push(topBio[1]);
      continue;
    }
    const author = mayBeChromeAuthor(line) ? line.match(CHROME_AUTHOR) : null;
    if (author) {
      chromeAuthors.push(author[1].trim());
      continue;
    }
    // "[Milagros Cárdenas Vílchez](https://…/autor/milagros-cardenas)": a link to the writer's page
    const authorLink = linked && pi < 30 ? raw.match(AUTHOR_LINK) : null;
    if (authorLink) {
      chromeAuthors.push(authorLink[1].trim());
      continue;
    }
    const linkWords = linked ? linkOnlyWords(raw) : 0;
    // "[Nicolás Rivas Quintanilla](#)" over "December 22 2022, 6:00 a.m.": the writer's name, linked
    // (or right under the headline, over a row of tag links: "[Jonas Whitfield](#)" / "[Latin America](#) [Copper](#)")
    const underHeadline = () => pi > 0 && paras[pi + 1]?.startsWith("[") && !paras[pi - 1].includes("](") && paras[pi - 1].split(" ").length >= 5 && !endsSentence(paras[pi - 1]);
    // (or over the writer's account: "[Clara Whitfield](#)" / "@CLARAWHITFIELD")
    if (linkWords >= 2 && linkWords <= 4 && !inBody && pi + 1 < paras.length && (isDateline(paras[pi + 1]) || underHeadline() || /^@\w{2,30}$/.test(paras[pi + 1])) && linkedName(line)) {
      chromeAuthors.push(line);
      continue;
    }
    // Before the body every line of links is navigation (the site's name, its sections, a
    // breadcrumb); in the body, a row of short links is a share or tag row, and a headline alone
    // as a link is another story's ("[Why the Protests Won't Go Away](#)")
    if (linkWords > 0 && (!inBody || linkWords <= 4 || !endsSentence(line)) && !inFooter && related === 0) continue;
    // "Mongabay Series: [Indigenous Peoples](#), [Mining](#)": a label over tag links
    if (linked && TAG_LINKS.test(raw)) continue;
    if (!inBody && !inFooter && (inMenuRun(pi) || (pi < navTop && menuLines[pi]) || top.drop.has(pi))) continue;
    if ((running && raw === running.line) || teasers.has(pi)) continue;
    // labels, credits and signatures are short lines; a paragraph is not tested against them
    const short = line.length <= 80;
    if (short && !inFooter && AGENCY_ALONE.test(line)) {
      if (paras.length - pi > 3) continue;
      inFooter = true;
    }
    // Readers' comments under the article ("Comments (2)", "Julio R. says:" over its date) are not
    // the article: dropped up to the page's footer
    // (the comments end where the page's own furniture resumes: a heading in capitals or over
    // other stories, a newsletter box, a row of links that are not the comments' buttons)
    if (inComments && !isFooterStart(line) && !commentsEnd(raw, line)) continue;
    if (inComments) inComments = false;
    if (!inComments && !inFooter && inBody && plain.length >= 3 && short && (COMMENTS_START.test(line) || (COMMENTER.test(line) && isDateline(paras[pi + 1] ?? "")))) {
      inComments = true;
      continue;
    }
    // A copyright page at the front of a report ("© 2023 … All rights reserved" under its cover)
    // is not the page's footer: a footer starts in the text's second half.
    if (inFooter || ((inComments || pi >= paras.length / 2) && isFooterStart(line))) {
      inFooter = true;
      // ("* Copyright © 2022 Insider Inc.": a footer's links as a list keep their bullets)
      footer.push(line.replace(FOOTER_BULLET, ""));
      continue;
    }
    // (a credit under a list of other stories still names where the article came from)
    if (short && CREDIT.test(line)) {
      credits.push({ line, at: plain.length });
      continue;
    }
    // (the label itself, "More News", is no text of the article either)
    // (but "More from DW" names the site, and stays for the source to read)
    if (short && RELATED_LABEL.test(line)) {
      related = RELATED_RUN;
      if (!/\bfrom\b/i.test(line)) continue;
    } else if (related > 0 && !inBody && (isByline(line) || isDateline(line) || bylineFollows(paras, pi))) {
      // a list of trending stories above the article ends where the article's own headline,
      // byline or date line begins
      related = 0;
    } else if (related > 0) {
      related--;
      if ((line.length <= 160 && !/[.!?]["”’)]?$/.test(line)) || linkWords > 0) continue;
      related = 0;
    }
    if (isChrome(line)) {
      // Chrome lines with information (Region/Theme) are dropped from the body but a footer-like
      // "Articles by" never appears here: FOOTER_START caught it above.
      continue;
    }
    if (!inBody && line.length <= 260 && READERS_APPEAL.test(line)) continue;
    if (!inBody) {
      // The header is the headline block: short lines, bylines and datelines, before the first
      // paragraph of running text. A long first line is a lead, and then there is no header.
      // (a headline in title case may end in a full stop: "Peru’s Soldiers Fired on Protesters in Ayacucho. Washington Is …")
      // (a photo's caption over the headline, "… on Monday night. Photograph: Stringer/AFP/Getty Images", is no lead)
      const caption = line.length <= 400 && PHOTO_CREDIT_END.test(line);
      const sentenceLike = !caption && (line.length > 160 || (/[.!?]["”’)]?$/.test(line) && line.split(/\s+/).length > 12 && !titleCased(line)));
      if (headerLines < HEADER_MAX && isHeaderish(line) && (!sentenceLike || bylineFollows(paras, pi))) {
        header.push(line);
        headerLines++;
        continue;
      }
      inBody = true;
    }
    body.push(linked ? reduceLinks(raw, true).trim() : raw);
    plain.push(line);
  }
  // A credit at the end may be followed by widget labels ("Listen to these stories") but not by
  // more of the article: one with prose after it sits under a chart or a quote mid-article.
  let proseEnd = plain.length;
  while (proseEnd > 0 && plain[proseEnd - 1].length <= 80 && !endsSentence(plain[proseEnd - 1])) proseEnd--;
  const pageDay = paras.slice(0, 20).find((p) => PAGE_DAY.test(p));
  return { header, body, plain, footer, chromeAuthors, headline: top.headline, siteNames: top.siteNames, credits: credits.filter((c) => c.at === 0 || c.at >= proseEnd).map((c) => c.line), pageDay, runningHeader: running?.line };
}
