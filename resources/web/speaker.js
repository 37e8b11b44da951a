// The speaker page (see live.js for the feed).
"use strict";
let state = null, receivedAt = 0;
const $ = (id) => document.getElementById(id);
const LABELS = { running: N_("ON TIME"), wrap_up: N_("WRAP UP"), final: N_("FINAL"), overtime: N_("TIME IS UP"), idle: N_("STANDBY") };
function live() {
  if (!state || !state.live_segment) return null;
  return state.segments.find((s) => s.id === state.live_segment);
}
function remaining() {
  const seg = live();
  if (!seg) return null;
  const passed = Live.since(state, receivedAt);
  if (state.live_speaker && state.speaker_remaining_s !== null) {
    const speaker = seg.speakers.find((p) => p.id === state.live_speaker);
    return state.speaker_remaining_s - (speaker && speaker.paused ? 0 : passed);
  }
  return state.live_remaining_s - passed;
}
function draw() {
  const seg = live(), r = remaining();
  let mode = "idle";
  if (seg && r !== null) {
    const speaking = state.live_speaker !== null && state.speaker_remaining_s !== null;
    mode = speaking ? Live.phase(r, 30, 10) : Live.phase(r, 120, 30);
    $("digits").textContent = Live.countdown(r);
    const speaker = seg.speakers.find((p) => p.id === state.live_speaker);
    $("who").textContent = speaker ? speaker.name : seg.title;
    const next = seg.speakers.find((p) => ["waiting", "standby", "ready"].includes(p.cue));
    $("next").textContent = next ? Live.t("Next: {name}").replace("{name}", next.name) : "";
  } else {
    $("digits").textContent = "–:––";
    $("who").textContent = Live.t(state && state.ended ? N_("Thank you") : N_("Waiting for the show…"));
    $("next").textContent = "";
  }
  document.body.dataset.state = mode;
  $("state").textContent = Live.t(state && !state.running && seg ? N_("PAUSED") : LABELS[mode]);
  const open = state ? state.messages.filter((m) => m.to === "speaker" && !m.acknowledged) : [];
  const message = open.length ? open[open.length - 1].text : "";
  $("message").textContent = message;
  document.body.classList.toggle("has-message", Boolean(message));
}
Live.translatePage();
Live.connect({ onState: (s, at) => { state = s; receivedAt = at; draw(); } });
Live.ticker(draw, remaining);
