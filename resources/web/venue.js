// The venue page: every room, worst trouble first (GET /api/v1/venue, once a second); with the
// token in the link (#token=), a message to one room or to all, and who has seen it.
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
const TROUBLE = { 0: "offline", 1: "over", 2: "unseen", 3: "behind", 4: "" };

function clock(seconds) { return seconds === null ? "—" : Live.countdown(seconds); }
function offset(s) {
  if (s === null) return "—";
  const whole = Math.round(s);
  if (whole === 0) return T("ON TIME");
  return (whole > 0 ? T("{time} BEHIND") : T("{time} AHEAD")).replace("{time}", Live.countdown(Math.abs(whole)).replace("+", ""));
}

function row(r) {
  const tr = Live.el("tr", { class: "trouble-" + (TROUBLE[r.trouble] || "fine") });
  // A room of the venue file not heard from yet: its planned event, until it says what is on.
  const now = r.ended ? T("ended") : [r.segment, r.speaker].filter(Boolean).join(" · ") || r.planned_event || "";
  const end = r.over_hard_end_s > 0 && !r.ended
    ? T("⚠ OVER the hard stop by {time}").replace("{time}", Live.countdown(r.over_hard_end_s).replace("+", ""))
    : "~" + Live.hm(r.projected_end);
  const messages = r.unacked_messages ? T("✉ {count} unseen").replace("{count}", r.unacked_messages) : "—";
  // A planned room whose start has passed without it: late, in words as well as the row's colour.
  const link = r.late ? T("⚠ should have started at {time} — not online").replace("{time}", Live.hm(r.planned_start))
    : r.online === false ? T("■ OFFLINE since {time}").replace("{time}", Live.hm(r.since))
    : r.online ? T("online")
    : r.planned_start ? T("not online yet — starts at {time}").replace("{time}", Live.hm(r.planned_start)) : "—";
  const schedule = r.ended ? "—"
    : r.planned_for ? T("planned for {date}").replace("{date}", r.planned_for)  // another day's event
    : offset(r.offset_s);
  if (r.bad_state) {  // what the room published could not be read: say so, show nothing of it
    const bad = Live.el("td", { colspan: "5" }, T("⚠ bad state: what this room publishes cannot be read"));
    tr.append(Live.el("td", {}, r.name || r.id), bad, Live.el("td", { class: "wide-only" }, link));
    return tr;
  }
  const room = Live.el("td", {}, r.name || r.id);
  room.append(Live.el("small", { class: "narrow-only" }, link));  // a phone: the link under the room,
  const what = Live.el("td", {}, now);
  what.append(Live.el("small", { class: "narrow-only" }, `${schedule} · ${end}`));  // the times under what is on
  tr.append(room, what, Live.el("td", {}, r.live ? clock(r.remaining_s) : "—"),
            Live.el("td", { class: "wide-only" }, schedule), Live.el("td", { class: "wide-only" }, end),
            Live.el("td", {}, messages), Live.el("td", { class: "wide-only" }, link));
  return tr;
}

async function refresh() {
  try {
    const answer = await fetch("/api/v1/venue", token ? { headers: { Authorization: "Bearer " + token } } : {});
    const board = await answer.json();
    // The control room's own link: a refused login or TLS is said in words, never just "live".
    const own = board.link || {};
    $("conn").textContent = own.problem || (own.online === false ? T("offline") : T(N_("live")));
    $("warn").textContent = own.warning || "";
    $("title").textContent = T("Venue control") + " · " + board.venue;
    $("count").textContent = T("{count} rooms").replace("{count}", board.rooms.length);
    $("rooms").replaceChildren(...board.rooms.map(row));
    const select = $("room"), chosen = select.value;
    const options = [Live.el("option", { value: "" }, T("every room")), ...board.rooms.map((r) => Live.el("option", { value: r.id }, r.name || r.id))];
    select.replaceChildren(...options);
    if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
    $("sent").replaceChildren(...board.sent.map((m) => {
      const seen = m.room ? (m.acks[m.room] ? T("seen {time}").replace("{time}", Live.hm(m.acks[m.room])) : T("not yet seen"))
        : T("seen in {count} of {rooms} rooms").replace("{count}", Object.keys(m.acks).length).replace("{rooms}", board.rooms.length);
      return Live.el("li", {}, `${Live.hm(m.at)} → ${m.room || T("every room")}: ${m.text} — ${seen}`);
    }));
  } catch (error) {
    $("conn").textContent = T(N_("reconnecting…"));
  }
}

$("send").onsubmit = async (event) => {
  event.preventDefault();
  const text = $("text").value.trim();
  if (!text) return;
  const body = { action: "venue_message", text };
  if ($("room").value) body.room = $("room").value;
  const answer = await fetch("/api/v1/command", { method: "POST", headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const data = await answer.json().catch(() => ({}));
  $("err").textContent = answer.ok ? "" : data.error || answer.statusText;
  if (answer.ok) $("text").value = "";
  refresh();
};

Live.translatePage();
$("send").hidden = !token;
refresh();
setInterval(refresh, 1000);
