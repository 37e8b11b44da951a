// The stage page (see live.js for the feed).
"use strict";
const $ = (id) => document.getElementById(id);
const LABEL = { waiting: N_("○ WAITING"), standby: N_("◐ STANDBY"), ready: N_("● READY"), speaking: N_("▶ SPEAKING") };
let feed = null, authorised = false;
function render(state) {
  $("title").textContent = state.event.title;
  $("now").textContent = Live.hm(state.now);
  if (!authorised || state.public) return;
  const current = state.live_segment || state.current_segment;
  const seg = state.segments.find((s) => s.id === current);
  $("segment").textContent = seg ? Live.t(state.live_segment ? N_("Live: {title}") : N_("Next up: {title}")).replace("{title}", seg.title) : Live.t("The show has ended");
  const queue = $("queue");
  queue.replaceChildren();
  for (const p of seg ? seg.speakers : []) {
    if (!LABEL[p.cue]) continue;
    const row = Live.el("div", { class: "entry" });
    row.append(Live.el("span", { class: "cue " + p.cue }, Live.t(LABEL[p.cue])));
    const name = Live.el("span", { class: "name" }, p.name);
    name.append(Live.el("small", {}, [p.role, p.organization, p.language, p.pronunciation && Live.t("say: {text}").replace("{text}", p.pronunciation)].filter(Boolean).join(" · ")));
    row.append(name);
    if (p.cue !== "speaking") {
      for (const [cue, text] of [["standby", N_("Standby")], ["ready", N_("Ready")], ["waiting", N_("Back")]]) {
        const b = Live.el("button", {}, Live.t(text));
        b.onclick = () => feed.send({ action: "speaker_cue", speaker: p.id, cue, segment: seg.id });
        row.append(b);
      }
    }
    queue.append(row);
  }
  $("log").replaceChildren(...state.messages.filter((m) => m.to === "moderator").reverse().map((m) =>
    Live.el("li", {}, `${Live.hm(m.at)} ${m.text} — ${m.acknowledged ? Live.t("seen {time}").replace("{time}", Live.hm(m.acknowledged_at)) : Live.t("not yet seen")}`)));
  $("cues").replaceChildren(...(seg ? seg.cues : []).map((c) => Live.el("li", {}, c)));
}
function reply(message) {
  if (message.auth) { authorised = true; $("login").hidden = true; $("show").hidden = false; }
  else if (message.error === "wrong token") { $("err").textContent = Live.t("That token is not right."); }
  else if (message.ok === false) { $("err").textContent = message.error; }
}
for (const english of [N_("Speaker ready"), N_("Wrap up"), N_("Interpretation problem"), N_("Mic check")]) {
  const text = Live.t(english);
  const b = Live.el("button", {}, text);
  b.onclick = () => feed.send({ action: "message", to: "moderator", text });
  $("presets").append(b);
}
$("custom").onsubmit = (e) => { e.preventDefault(); const t = $("text").value.trim(); if (t) { feed.send({ action: "message", to: "moderator", text: t }); $("text").value = ""; } };
Live.translatePage();
const fromUrl = new URLSearchParams(location.hash.slice(1)).get("token");
feed = Live.connect({ onState: render, onReply: reply, onStatus: (s) => { $("conn").textContent = s; }, token: fromUrl });
$("login").onsubmit = (e) => { e.preventDefault(); feed.auth($("token").value.trim()); };
