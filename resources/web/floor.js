// The floor page: a phone in the room asks for the floor and follows its place; with the floor
// manager's token it also accepts, declines, reorders and cues. It polls /api/v1/floor (the
// phone's own view: docs/api.md) and sends commands to /api/v1/command.
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
// This phone's id, kept across visits: one open request per phone and name, and only this phone
// may withdraw its requests.
const device = Live.device();
const TYPE_WORDS = { statement: N_("Statement"), question: N_("Question"), point_of_order: N_("Point of order"), right_of_reply: N_("Right of reply") };
const STATUS_WORDS = { open: N_("Waiting for the moderator"), declined: N_("Declined"), withdrawn: N_("Withdrawn") };
const CUE_WORDS = { waiting: N_("○ WAITING"), standby: N_("◐ STANDBY"), ready: N_("● READY") };
let manager = false, lastTypes = "", roster = [];

async function call(path, body) {
  const init = { headers: { Authorization: "Bearer " + token } };
  if (body) { init.method = "POST"; init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify({ request_id: Live.newRequestId(), ...body }); }
  const answer = await Live.reach(path, init);  // a show that is gone: the fallback (live.js)
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

// Questions from the audience (/ask): approve (into the live or chosen segment), edit, merge,
// reject and order. Drawn only when they changed, never while one is being edited.
let audienceKey = "", editing = null;
const short = (text) => (text.length > 60 ? text.slice(0, 59) + "…" : text);

function moderate(question, decision, more) {
  return command({ action: "audience_moderate", question, decision, ...more }).then(() => { audienceKey = ""; refresh(); }, show);
}

function drawInto(state) {
  const select = $("into"), chosen = select.value;
  const open = state.segments.filter((s) => s.status === "live" || s.status === "pending");
  select.replaceChildren(...open.map((s) => Live.el("option", { value: s.id }, (s.status === "live" ? T("Now") + ": " : "") + s.title)));
  if (open.some((s) => s.id === chosen)) select.value = chosen;
}

function audienceRow(q, others, place, count) {
  const row = Live.el("div", { class: "aq", "data-id": q.id });
  const text = Live.el("div", { class: "text" }, q.text);
  row.append(text);
  const who = [q.name, q.organization].filter(Boolean).join(" · ");
  const more = q.merged.length ? T("+{n} similar").replace("{n}", q.merged.length) : "";
  const meta = [who, more].filter(Boolean);
  if (meta.length) row.append(Live.el("small", {}, meta.join(" · ")));
  const buttons = Live.el("div", { class: "actions" });
  const approve = Live.el("button", { class: "approve", "aria-label": T("Approve") + ": " + short(q.text) }, T("Approve"));
  approve.onclick = () => moderate(q.id, "approve", $("into").value ? { segment: $("into").value } : {});
  const edit = Live.el("button", { "aria-label": T("Edit") + ": " + short(q.text) }, T("Edit"));
  edit.onclick = () => {
    editing = q.id;
    const box = Live.el("textarea", { maxlength: "500", rows: "3" });
    box.value = q.text;
    const save = Live.el("button", {}, T("Save"));
    const cancel = Live.el("button", {}, T("Cancel"));
    save.onclick = () => { editing = null; moderate(q.id, "edit", { text: box.value.trim() }); };
    cancel.onclick = () => { editing = null; audienceKey = ""; refresh(); };
    text.replaceChildren(box, save, cancel);
    box.focus();
  };
  const reject = Live.el("button", { "aria-label": T("Reject") + ": " + short(q.text) }, T("Reject"));
  reject.onclick = () => moderate(q.id, "reject");
  const up = Live.el("button", { "aria-label": "↑ " + short(q.text) }, "↑");
  up.onclick = () => moderate(q.id, "move", { position: Math.max(0, place - 1) });
  const down = Live.el("button", { "aria-label": "↓ " + short(q.text) }, "↓");
  down.onclick = () => moderate(q.id, "move", { position: Math.min(count - 1, place + 1) });
  buttons.append(approve, edit, reject);
  // The order and merging on a line of their own: a phone's width holds three words, not more.
  const order = Live.el("div", { class: "actions order" });
  order.append(up, down);
  if (others.length) {
    const merge = Live.el("select", { "aria-label": T("Merge into…") + " " + short(q.text) });
    merge.append(Live.el("option", { value: "" }, T("Merge into…")));
    for (const o of others) merge.append(Live.el("option", { value: o.id }, short(o.text)));
    merge.onchange = () => { if (merge.value) moderate(q.id, "merge", { into: merge.value }); };
    order.append(merge);
  }
  row.append(buttons, order);
  return row;
}

function drawAudience(state) {
  drawInto(state);
  const all = state.audience_questions || [];
  const waiting = all.filter((q) => q.status === "waiting");
  const approved = all.filter((q) => q.status === "approved" && q.bank === "open");
  const key = JSON.stringify([all.map((q) => [q.id, q.status, q.text, q.bank, q.merged.length]), $("into").value,
    state.segments.map((s) => (s.questions || []).map((b) => b.id).join())]);
  if (key === audienceKey || editing) return;
  audienceKey = key;
  $("audience-count").textContent = T("{n} waiting").replace("{n}", waiting.length);
  const others = [...waiting, ...approved];
  $("audience").replaceChildren(...waiting.map((q, i) => audienceRow(q, others.filter((o) => o.id !== q.id), i, waiting.length)));
  // Approved and not yet asked: their order in their segment's bank, or back out of it.
  const rows = [];
  for (const seg of state.segments) {
    const bank = seg.questions || [];
    bank.forEach((b, i) => {
      if (b.from !== "audience" || b.status !== "open") return;
      const row = Live.el("div", { class: "aq" });
      row.append(Live.el("div", { class: "text" }, b.text));
      row.append(Live.el("small", {}, [seg.title, b.name].filter(Boolean).join(" · ")));
      const buttons = Live.el("div", { class: "actions" });
      for (const [label, position] of [["↑", Math.max(0, i - 1)], ["↓", Math.min(bank.length - 1, i + 1)]]) {
        const b2 = Live.el("button", { "aria-label": label + " " + short(b.text) }, label);
        b2.onclick = () => moderate(b.id, "move", { position });
        buttons.append(b2);
      }
      const out = Live.el("button", { "aria-label": T("Reject") + ": " + short(b.text) }, T("Reject"));
      out.onclick = () => moderate(b.id, "reject");
      buttons.append(out);
      row.append(buttons);
      rows.push(row);
    });
  }
  $("bank").replaceChildren(...rows);
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
    if (manager) {
      const state = await call("/api/v1/state");
      drawManager(state);
      drawAudience(state);
    }
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
