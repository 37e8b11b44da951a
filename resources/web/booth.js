// The booth page: who speaks now and next, in which language and how to say the name, the time
// they have, the texts to come; four signals to the moderator, acknowledged like the stage
// manager's messages (see live.js for the feed). The booth's token may send messages only.
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const SIGNALS = [[N_("SLOW DOWN"), true], [N_("NO SOUND"), true], [N_("RELAY LOST"), true], [N_("BOOTH READY"), false]];
const TO_SPEAK = ["waiting", "standby", "ready"];
let feed = null, authorised = false, state = null, receivedAt = 0;

function languageOf(p) { return p && p.language ? p.language : ""; }

function describe(p) {
  if (!p) return ["—", ""];
  const lang = languageOf(p);
  const say = [p.pronunciation && T("say: {text}").replace("{text}", p.pronunciation), p.role, p.organization].filter(Boolean).join(" · ");
  return [p.name, say, lang];
}

function fill(nameId, sayId, p) {
  const [name, say, lang] = describe(p);
  const node = $(nameId);
  node.replaceChildren(document.createTextNode(name));
  if (lang) node.append(Live.el("span", { class: "lang" }, lang));
  $(sayId).textContent = say;
}

function segmentNow() {
  if (!state) return null;
  const current = state.live_segment || state.current_segment;
  return state.segments.find((s) => s.id === current) || null;
}

function remaining() {
  if (!state || state.speaker_remaining_s === null || !state.live_speaker) return null;
  const seg = segmentNow();
  const p = seg && seg.speakers.find((s) => s.id === state.live_speaker);
  return state.speaker_remaining_s - (p && p.paused ? 0 : Live.since(state, receivedAt));
}

function drawClock() {
  const r = remaining();
  $("left").textContent = r === null ? "" : T("{time} left").replace("{time}", Live.countdown(r));
}

function render(s, at) {
  state = s; receivedAt = at;
  $("title").textContent = T("Interpreters' booth") + " · " + s.event.title;
  $("now").textContent = Live.hm(s.now);
  if (!authorised) return;
  const seg = segmentNow();
  $("segment").textContent = seg ? T(s.live_segment ? N_("Live: {title}") : N_("Next up: {title}")).replace("{title}", seg.title) : T("The show has ended");
  const speakers = seg ? seg.speakers : [];
  const speaking = speakers.find((p) => p.cue === "speaking") || null;
  const waiting = speakers.filter((p) => TO_SPEAK.includes(p.cue));
  const next = waiting[0] || null;
  fill("now-speaker", "now-say", speaking);
  fill("next-speaker", "next-say", next);
  // A change of language before the floor is given: said before it happens, not after.
  const before = languageOf(speaking) || (seg && lastLanguage(seg));
  const change = $("change");
  if (next && languageOf(next) && before && languageOf(next) !== before) {
    change.hidden = false;
    change.textContent = T("⚠ LANGUAGE CHANGES: {from} → {to} ({name})").replace("{from}", before).replace("{to}", languageOf(next)).replace("{name}", next.name);
  } else change.hidden = true;
  $("later").replaceChildren(...waiting.slice(1).map((p) => Live.el("li", {}, p.name + (languageOf(p) ? " · " + languageOf(p) : ""))));
  const docs = (seg && seg.documents) || [];
  $("docs").replaceChildren(...(docs.length ? docs.map((d) => {
    const item = Live.el("li");
    if (d.link) { const a = Live.el("a", { href: d.link, target: "_blank", rel: "noopener" }, d.title); item.append(a); }
    else item.textContent = d.title;
    return item;
  }) : [Live.el("li", { class: "status" }, T("None given for this segment"))]));
  const mine = s.messages.filter((m) => m.from === "booth");
  $("log").replaceChildren(...mine.slice().reverse().map((m) =>
    Live.el("li", {}, `${Live.hm(m.at)} ${T(m.text)} → ${T(m.to === "speaker" ? N_("speaker") : N_("moderator"))} — ${m.acknowledged ? T("seen {time}").replace("{time}", Live.hm(m.acknowledged_at)) : T("not yet seen")}`)));
  drawClock();
}

function lastLanguage(seg) {
  const done = seg.speakers.filter((p) => p.cue === "done" && p.language);
  return done.length ? done[done.length - 1].language : "";
}

function reply(message) {
  if (message.auth) { authorised = true; $("login").hidden = true; $("show").hidden = false; if (state) render(state, receivedAt); }
  else if (message.error === "wrong token") $("err").textContent = T("That token is not right.");
  else if (message.ok === false) $("err").textContent = message.error;
}

for (const [english, urgent] of SIGNALS) {
  // The signal goes as its English word: the moderator's window shows it in the moderator's own
  // language (a booth working into French still tells an English-speaking chair to slow down).
  const b = Live.el("button", urgent ? { class: "urgent" } : {}, T(english));
  b.onclick = () => {
    feed.send({ action: "message", to: "moderator", text: english });
    if ($("to-speaker").checked) feed.send({ action: "message", to: "speaker", text: english });
  };
  $("signals").append(b);
}

Live.translatePage();
const fromUrl = new URLSearchParams(location.hash.slice(1)).get("token");
feed = Live.connect({ onState: render, onReply: reply, onStatus: (s) => { $("conn").textContent = s; }, token: fromUrl });
$("login").onsubmit = (e) => { e.preventDefault(); feed.auth($("token").value.trim()); };
Live.ticker(drawClock, remaining);
