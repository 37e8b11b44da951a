// The speaker page (see live.js for the feed).
"use strict";
let state = null, receivedAt = 0;
const $ = (id) => document.getElementById(id);
const LABELS = { running: N_("ON TIME"), wrap_up: N_("WRAP UP"), final: N_("FINAL"), overtime: N_("TIME IS UP"), idle: N_("STANDBY"),
                 count_up: N_("TIME SO FAR"), hidden: "" };
function live() {
  if (!state || !state.live_segment) return null;
  return state.segments.find((s) => s.id === state.live_segment);
}
// Timer modes (docs/event-file.md): "down", "up" or "to 14:40".
function counts(seg, mode) { return (seg.count || "down") === mode || (mode === "to" && (seg.count || "").startsWith("to ")); }
function speakerClock() { return state.live_speaker !== null && state.speaker_remaining_s !== null; }
function remaining() {
  const seg = live();
  if (!seg) return null;
  const passed = Live.since(state, receivedAt);
  if (speakerClock()) {
    const speaker = seg.speakers.find((p) => p.id === state.live_speaker);
    return state.speaker_remaining_s - (speaker && speaker.paused ? 0 : passed);
  }
  // A count to a time of day goes on while the show is paused.
  if (counts(seg, "to")) return state.live_remaining_s - (performance.now() - receivedAt) / 1000;
  return state.live_remaining_s - passed;
}
function draw() {
  const seg = live(), r = remaining();
  let mode = "idle", until = "";
  if (seg && r !== null) {
    const speaking = speakerClock();
    mode = speaking ? Live.phase(r, 30, 10) : Live.phase(r, 120, 30);
    $("digits").textContent = Live.countdown(r);
    if (seg.speaker_timer === "hidden") {  // no clock for this segment on the speaker's screen
      mode = "hidden";
      $("digits").textContent = "";
    } else if (!speaking && counts(seg, "up")) {  // the time run, never a warning
      mode = "count_up";
      $("digits").textContent = Live.countdown(-(seg.elapsed_s + Live.since(state, receivedAt))).replace("+", "");
    } else if (!speaking && counts(seg, "to") && seg.count_target) {
      until = " · " + Live.t("until {time}").replace("{time}", Live.hm(seg.count_target));
    }
    const speaker = seg.speakers.find((p) => p.id === state.live_speaker);
    $("who").textContent = speaker ? speaker.name : seg.title;
    const next = seg.speakers.find((p) => ["waiting", "standby", "ready"].includes(p.cue));
    $("next").textContent = next ? Live.t("Next: {name}").replace("{name}", next.name) : "";
  } else {
    $("digits").textContent = "–:––";
    $("who").textContent = Live.t(state && state.ended ? N_("Thank you") : N_("Waiting for the show…"));
    $("next").textContent = "";
  }
  const paused = state && !state.running && seg && mode !== "hidden" && !until;
  document.body.dataset.state = mode;
  $("state").textContent = paused ? Live.t(N_("PAUSED")) : (LABELS[mode] ? Live.t(LABELS[mode]) : "") + until;
  const open = state ? state.messages.filter((m) => m.to === "speaker" && !m.acknowledged) : [];
  const message = open.length ? open[open.length - 1].text : "";
  $("message").textContent = message;
  document.body.classList.toggle("has-message", Boolean(message));
}
Live.translatePage();
Live.connect({ onState: (s, at) => { state = s; receivedAt = at; draw(); } });
Live.ticker(draw, remaining);
