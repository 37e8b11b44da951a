// The floor page: a phone in the room asks for the floor and follows its place; with the floor
// manager's token it also accepts, declines, reorders and cues. It polls /api/v1/floor (the
// phone's own view: docs/api.md) and sends commands to /api/v1/command.
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
// This phone's id, kept across visits: one open request per phone and name, and only this phone
// may withdraw its requests.
let device = localStorage.getItem("runofshow-device");
if (!device) { device = Live.newRequestId(); localStorage.setItem("runofshow-device", device); }
const TYPE_WORDS = { statement: N_("Statement"), question: N_("Question"), point_of_order: N_("Point of order"), right_of_reply: N_("Right of reply") };
const STATUS_WORDS = { open: N_("Waiting for the moderator"), declined: N_("Declined"), withdrawn: N_("Withdrawn") };
const CUE_WORDS = { waiting: N_("○ WAITING"), standby: N_("◐ STANDBY"), ready: N_("● READY") };
let manager = false, lastTypes = "", roster = [];

async function call(path, body) {
  const init = { headers: { Authorization: "Bearer " + token } };
  if (body) { init.method = "POST"; init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify({ request_id: Live.newRequestId(), ...body }); }
  const answer = await fetch(path, init);
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(data.error || answer.statusText);
  return data;
}
const command = (body) => call("/api/v1/command", body);

function drawTypes(view) {
  const key = view.types.map((t) => t.id).join();
  if (key === lastTypes) return;
  lastTypes = key;
  $("types").replaceChildren(...view.types.map((t, i) => {
    const label = Live.el("label", { class: "choice" });
    const input = Live.el("input", { type: "radio", name: "type", value: t.id });
    if (i === 0) input.checked = true;
    label.append(input, document.createTextNode(" " + T(TYPE_WORDS[t.id] || t.label)));
    return label;
  }));
}

function drawSegments(view) {
  const select = $("segment"), chosen = select.value;
  select.replaceChildren(...view.segments.map((s) =>
    Live.el("option", { value: s.id }, (s.live ? T("Now") + ": " : "") + s.title)));
  if (view.segments.some((s) => s.id === chosen)) select.value = chosen;
}

function drawMine(view) {
  const mine = view.mine.filter((r) => r.status !== "withdrawn" && !(r.status === "accepted" && r.heard));
  $("mine").replaceChildren(...mine.map((r) => {
    const box = Live.el("div", { class: "card " + (r.has_floor ? "floor-now" : r.status) });
    box.append(Live.el("div", { class: "who" }, `${r.name} · ${T(TYPE_WORDS[r.type] || r.type)}`));
    if (r.has_floor) box.append(Live.el("div", { class: "place" }, T("▶ YOU HAVE THE FLOOR")));
    else if (r.place) {
      box.append(Live.el("div", { class: "place" }, T("Place {n}").replace("{n}", r.place)));
      box.append(Live.el("div", { class: "status" }, r.status === "accepted" ? T("In the speakers' list") : T(STATUS_WORDS.open)));
    } else box.append(Live.el("div", { class: "place" }, T(STATUS_WORDS[r.status] || r.status)));
    if (r.reason) box.append(Live.el("div", { class: "status" }, r.reason));
    if (r.status === "open" || (r.status === "accepted" && !r.has_floor)) {
      const withdraw = Live.el("button", {}, T("Withdraw"));
      withdraw.onclick = () => command({ action: "floor_withdraw", request: r.id, device }).then(refresh, show);
      box.append(withdraw);
    }
    return box;
  }));
}

function drawManager(state) {
  const open = (state.floor_requests || []).filter((r) => r.status === "open");
  $("requests").replaceChildren(...open.map((r) => {
    const row = Live.el("div", { class: "entry" });
    row.append(Live.el("span", { class: "cue requested" }, T("☝ REQUESTED")));
    const name = Live.el("span", { class: "name" }, r.name);
    name.append(Live.el("small", {}, [r.organization, T(TYPE_WORDS[r.type] || r.type)].filter(Boolean).join(" · ")));
    row.append(name);
    const accept = Live.el("button", {}, T("Accept"));
    accept.onclick = () => command({ action: "floor_accept", request: r.id }).then(refresh, show);
    const decline = Live.el("button", {}, T("Decline"));
    decline.onclick = () => command({ action: "floor_decline", request: r.id }).then(refresh, show);
    row.append(accept, decline);
    if (r.phone_open > 1) {  // one phone asking again and again: decline all of its requests at once
      const clear = Live.el("button", { "aria-label": T("Clear this phone's requests") + " " + r.name },
                            T("Clear this phone") + ` (${r.phone_open})`);
      clear.onclick = () => {
        if (confirm(T("Decline every open request from this phone?"))) {
          command({ action: "floor_clear", request: r.id }).then(refresh, show);
        }
      };
      row.append(clear);
    }
    return row;
  }));
  const current = state.live_segment || state.current_segment;
  const seg = state.segments.find((s) => s.id === current);
  const waiting = seg ? seg.speakers.filter((p) => ["waiting", "standby", "ready"].includes(p.cue)) : [];
  $("queue").replaceChildren(...waiting.map((p) => {
    const row = Live.el("div", { class: "entry" });
    row.append(Live.el("span", { class: "cue " + p.cue }, T(CUE_WORDS[p.cue] || p.cue_label)));
    row.append(Live.el("span", { class: "name" }, p.name));
    const index = seg.speakers.indexOf(p);
    for (const [text, action] of [["↑", { action: "speaker_move", speaker: p.id, position: Math.max(0, index - 1) }],
                                  ["↓", { action: "speaker_move", speaker: p.id, position: Math.min(seg.speakers.length - 1, index + 1) }],
                                  [T("Standby"), { action: "speaker_cue", speaker: p.id, cue: "standby" }],
                                  [T("Ready"), { action: "speaker_cue", speaker: p.id, cue: "ready" }]]) {
      const b = Live.el("button", { "aria-label": `${text} ${p.name}` }, text);
      b.onclick = () => command({ ...action, segment: seg.id }).then(refresh, show);
      row.append(b);
    }
    return row;
  }));
}

function show(error) { $("err").textContent = error.message || String(error); }

async function refresh() {
  try {
    const view = await call("/api/v1/floor?device=" + encodeURIComponent(device));
    $("conn").textContent = T(N_("live"));
    $("event").textContent = view.event.title;
    document.title = T("Ask for the floor") + " · " + view.event.title;
    $("now").textContent = Live.hm(view.now);
    $("ask").hidden = view.segments.length === 0;
    drawTypes(view);
    drawSegments(view);
    drawMine(view);
    $("waiting").replaceChildren(...view.waiting.map((w) => Live.el("li", {}, w.name)));
    if (!roster.length && view.roster.length) {
      roster = view.roster;
      $("roster").replaceChildren(...roster.map((p) => Live.el("option", { value: p.name }, p.organization)));
    }
    if (manager) drawManager(await call("/api/v1/state"));
  } catch (error) {
    $("conn").textContent = T(N_("reconnecting…"));
  }
}

$("ask").onsubmit = (event) => {
  event.preventDefault();
  const name = $("name").value.trim();
  if (!name) return;
  const chosen = document.querySelector("input[name=type]:checked");
  const body = { action: "floor_request", name, type: chosen ? chosen.value : "statement", segment: $("segment").value, device };
  const org = $("org").value.trim();
  if (org) body.organization = org;
  // A name picked from the roster is that person (their organisation and sector come with them).
  const known = roster.find((p) => p.name === name);
  if (known) body.person = known.id;
  $("err").textContent = "";
  command(body).then(refresh, show);
};

Live.translatePage();
if (!token) { $("nolink").hidden = false; }
else {
  // The floor manager's token (or the control token) sees the full state: the manager's part shows.
  call("/api/v1/state").then((state) => {
    manager = !state.public;
    $("manage").hidden = !manager;
    if (manager) $("ask").before($("manage"));  // the floor manager's work first, asking for someone below
    refresh();
  }, refresh);
  setInterval(refresh, 2000);
}
