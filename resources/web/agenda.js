// The agenda page (see live.js for the feed).
"use strict";
const $ = (id) => document.getElementById(id);
const WORDS = { pending: "", live: N_("NOW"), done: N_("done"), skipped: N_("skipped") };
function render(state) {
  $("title").textContent = state.event.title;
  document.title = state.event.title + " · " + Live.t("Agenda");
  $("now").textContent = Live.hm(state.now);
  const end = state.schedule.projected_end;
  $("summary").textContent = state.ended ? Live.t("The event has ended.") :
    Live.t("Expected to end at {time}").replace("{time}", Live.hm(end)) +
    (state.event.hard_end ? " " + Live.t("(planned until {time})").replace("{time}", Live.hm(state.event.hard_end)) : "");
  const rows = $("rows");
  rows.replaceChildren();
  for (const seg of state.segments) {
    const row = Live.el("tr", { class: seg.status });
    const when = seg.status === "pending" ? "~" + Live.hm(seg.expected_start) : Live.hm(seg.actual_start || seg.expected_start);
    const names = seg.speakers.map((p) => p.name).join(", ");
    const title = Live.el("td", {}, seg.title);
    // On a phone the speakers column is hidden and the names go under the title instead.
    if (names) title.append(Live.el("small", { class: "narrow-only" }, names));
    row.append(Live.el("td", {}, when), title, Live.el("td", { class: "speakers" }, names),
               Live.el("td", {}, WORDS[seg.status] && Live.t(WORDS[seg.status])));
    rows.append(row);
  }
}
Live.translatePage();
Live.connect({ onState: render, onStatus: (s) => { $("conn").textContent = s; } });
