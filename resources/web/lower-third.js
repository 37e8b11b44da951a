// The stream's lower third (see live.js for the feed; the public view, no token): the name, role
// and organisation of who has the floor while the turn lasts. Options in the address:
//   hold=S        hide it S seconds into the turn (or after it was last shown by hand)
//   title=1       between turns, the live segment's title
//   position=     bottom-left (default), bottom-center, bottom-right, top-left, top-center, top-right
//   theme=        dark (default), light, clear (no box: the words with a shadow)
//   scale=X       the type X times larger or smaller (0.5 to 2.5)
//   lang=         en, fr, vi, or speaker: the words (a request's kind) in the speaker's own
//                 language when it is one of these
// The stage manager hides or shows it by hand (the `lower_third` command): hidden, it stays so.
"use strict";
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
function option(name, allowed, fallback) {
  const value = (params.get(name) || "").toLowerCase();
  return allowed.includes(value) ? value : fallback;
}
function number(name, low, high) {
  const value = parseFloat(params.get(name));
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : null;
}
const HOLD = number("hold", 1, 86400);
const TITLE = ["1", "true", "yes", "on"].includes((params.get("title") || "").toLowerCase());
const POSITION = option("position", ["bottom-left", "bottom-center", "bottom-right", "top-left", "top-center", "top-right"], "bottom-left");
const THEME = option("theme", ["dark", "light", "clear"], "dark");
const SCALE = number("scale", 0.5, 2.5) || 1;
const BY_SPEAKER = (params.get("lang") || "").toLowerCase() === "speaker";
// How far a line's type may shrink to stay on one line before it takes a second one.
const MIN_SHRINK = 0.6;
const FADE_MS = 350;

// A request's kind, said on the stream when it is not a plain statement.
const KINDS = { point_of_order: N_("Point of order"), right_of_reply: N_("Right of reply"), question: N_("Question"), floor: N_("From the floor") };

// The speaker's `language` is free text ("Vietnamese", "Tiếng Việt", "fr", "日本語"): its language tag,
// for the name's lang attribute (a Japanese and a Chinese name take their own glyphs) and for `lang=speaker`.
const LANGUAGE_TAGS = {
  en: ["en", "english", "anglais", "tiếng anh"], fr: ["fr", "french", "français", "francais", "tiếng pháp"],
  vi: ["vi", "vietnamese", "vietnamien", "tiếng việt", "tieng viet"], ja: ["ja", "japanese", "japonais", "日本語", "tiếng nhật"],
  zh: ["zh", "chinese", "chinois", "mandarin", "中文", "汉语", "漢語", "普通话", "tiếng trung"],
  ko: ["ko", "korean", "coréen", "한국어", "tiếng hàn"], ar: ["ar", "arabic", "arabe", "العربية", "tiếng ả rập"],
  he: ["he", "hebrew", "hébreu", "עברית"], fa: ["fa", "persian", "farsi", "persan", "فارسی"],
  ru: ["ru", "russian", "russe", "русский", "tiếng nga"], es: ["es", "spanish", "espagnol", "español", "tiếng tây ban nha"],
  th: ["th", "thai", "thaï", "ไทย", "tiếng thái"], km: ["km", "khmer", "ខ្មែរ"], lo: ["lo", "lao", "ລາວ"],
};
const TAG_OF = {};
for (const [tag, names] of Object.entries(LANGUAGE_TAGS)) for (const name of names) TAG_OF[name] = tag;
function languageTag(text) {
  const key = (text || "").trim().toLowerCase();
  if (TAG_OF[key]) return TAG_OF[key];
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(key) ? key : "";
}

// The words in each of the pages' languages (for `lang=speaker`): the page's own, and the others
// read one after another (each texts.js sets the same global: never two at once).
const catalogues = { en: {} };
catalogues[window.RUNOFSHOW_LANG || "en"] = window.RUNOFSHOW_TEXTS || {};
function loadCatalogues(codes) {
  const own = [window.RUNOFSHOW_TEXTS, window.RUNOFSHOW_LANG];
  const next = codes.find((code) => !catalogues[code]);
  if (!next) return;
  const script = document.createElement("script");
  script.src = "/static/texts.js?lang=" + next;
  script.onload = script.onerror = () => {
    catalogues[next] = (window.RUNOFSHOW_LANG === next && window.RUNOFSHOW_TEXTS) || {};
    [window.RUNOFSHOW_TEXTS, window.RUNOFSHOW_LANG] = own;
    loadCatalogues(codes);
    draw();
  };
  document.head.append(script);
}
function say(text, tag) {
  const catalogue = BY_SPEAKER && catalogues[tag] ? catalogues[tag] : null;
  return catalogue ? catalogue[text] || text : Live.t(text);
}

let state = null, receivedAt = 0, shownKey = "", swapTimer = null;

// Seconds between `iso` and now, on the show's clock (the state's `now`, aged since it arrived).
function secondsSince(iso) {
  return (Date.parse(state.now) - Date.parse(iso)) / 1000 + (performance.now() - receivedAt) / 1000;
}

// What the lower third should say now: who has the floor, the segment's title between turns
// (with title=1), or nothing.
function wanted() {
  if (!state || state.ended || (state.lower_third && state.lower_third.shown === false)) return null;
  const seg = state.live_segment ? state.segments.find((s) => s.id === state.live_segment) : null;
  if (!seg) return null;
  const speaker = state.live_speaker ? seg.speakers.find((p) => p.id === state.live_speaker) : null;
  if (speaker) {
    if (HOLD !== null) {
      const since = [speaker.turn_start, state.lower_third && state.lower_third.since].filter(Boolean)
        .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
      if (since && secondsSince(since) >= HOLD) return null;
    }
    const tag = languageTag(speaker.language);
    const kind = KINDS[speaker.type];
    return {
      key: `name|${seg.id}|${speaker.id}|${speaker.turn_start}`, kind: "name", lang: tag,
      tag: kind ? say(kind, tag) : "", name: speaker.name,
      about: [speaker.role, speaker.organization].filter(Boolean).join(" · "),
    };
  }
  if (!TITLE) return null;
  return { key: `title|${seg.id}`, kind: "title", lang: "", tag: "", name: seg.title, about: state.event.title };
}

// One line at the largest type that fits, down to MIN_SHRINK of it; past that, two lines: whole.
function fit(node) {
  node.classList.remove("wrap");
  node.style.fontSize = "";
  if (!node.textContent) return;
  const full = parseFloat(getComputedStyle(node).fontSize);
  let size = full;
  while (node.scrollWidth > node.clientWidth + 1 && size > full * MIN_SHRINK) {
    size = Math.max(full * MIN_SHRINK, size * 0.95);
    node.style.fontSize = size + "px";
  }
  if (node.scrollWidth > node.clientWidth + 1) node.classList.add("wrap");
}

// A name written right to left (Arabic, Hebrew, Persian…) turns the box too: its bar and its
// tag on the right, where such a line begins.
const RTL = /^[^\p{L}]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

function fill(content) {
  $("box").dir = RTL.test(content.name) ? "rtl" : "ltr";
  $("tag").textContent = content.tag;
  $("name").textContent = content.name;
  $("about").textContent = content.about;
  // The speaker's language, for the glyphs of their script; else the page's.
  for (const id of ["name", "about"]) {
    if (content.lang) $(id).setAttribute("lang", content.lang); else $(id).removeAttribute("lang");
  }
  fit($("name"));
  fit($("about"));
}

function draw() {
  const content = wanted();
  const key = content ? content.key : "";
  document.body.dataset.showing = content ? content.kind : "";
  if (key === shownKey) return;
  const box = $("box");
  const wasShown = shownKey !== "";
  shownKey = key;
  clearTimeout(swapTimer);
  if (!content) {
    box.classList.remove("on");
    document.body.dataset.who = "";
    return;
  }
  document.body.dataset.who = content.name;
  if (wasShown) {  // one name to another: out, then in with the new one
    box.classList.remove("on");
    swapTimer = setTimeout(() => { fill(content); box.classList.add("on"); }, FADE_MS);
  } else {
    fill(content);
    box.classList.add("on");
  }
}

document.body.classList.add("pos-" + POSITION, "theme-" + THEME);
document.body.style.setProperty("--scale", String(SCALE));
if (BY_SPEAKER) loadCatalogues(["fr", "vi"]);
Live.connect({ onState: (s, at) => { state = s; receivedAt = at; draw(); } });
setInterval(draw, 250);  // the hold runs out between states
window.addEventListener("resize", () => { if (shownKey) { fit($("name")); fit($("about")); } });
