// The lobby screen (`runofshow venue … --serve`, no token): every room's now and next, sorted by
// room, from GET /api/v1/lobby every 2 s. On a TV the type shrinks until every room is in the
// picture (down to 70%, still read from 5 m); with more rooms than that, a page of them at a time.
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const POLL_MS = 2000;
const PAGE_MS = 12000;
const MIN_FIT = 0.7;  // smaller than this is not read from 5 m: pages instead

let lobby = null, page = 0, pageSize = 0, pageTurned = Date.now();

function late(minutes) {
  if (minutes === null || minutes === undefined) return null;
  if (minutes === 0) return { text: T("On time"), kind: "on-time" };
  const n = Math.abs(minutes);
  if (minutes > 0) {
    return { text: n === 1 ? T("Running 1 minute late") : T("Running {count} minutes late").replace("{count}", n), kind: "late" };
  }
  return { text: n === 1 ? T("1 minute ahead of schedule") : T("{count} minutes ahead of schedule").replace("{count}", n), kind: "early" };
}

function block(kind, label, item, withEnd) {
  const node = Live.el("div", { class: kind });
  node.append(Live.el("span", { class: "label" }, label));
  if (!item) {
    node.append(Live.el("div", { class: "none" }, "—"));
    return node;
  }
  const when = withEnd && item.end ? `${Live.hm(item.start)} – ${Live.hm(item.end)}` : Live.hm(item.start);
  if (item.start) node.append(Live.el("div", { class: "when" }, when));
  node.append(Live.el("div", { class: "title", dir: "auto" }, item.title));
  if (item.speaker) node.append(Live.el("div", { class: "who", dir: "auto" }, item.speaker));
  return node;
}

function room(r) {
  const section = Live.el("section", { class: "room", "data-room": r.id });
  const head = Live.el("div", { class: "head" });
  head.append(Live.el("h2", { class: "name", dir: "auto" }, r.name));
  if (r.event) head.append(Live.el("div", { class: "event", dir: "auto" }, r.event));
  const status = r.ended ? { text: T("Ended"), kind: "ended" } : late(r.late_minutes);
  if (status) head.append(Live.el("div", { class: "status " + status.kind }, status.text));
  section.append(head, block("now", T("Now"), r.now, true), block("next", T("Next"), r.next, false));
  return section;
}

// The venue's time of day, at the rooms' own UTC offset (their times say it), else the screen's.
function clock() {
  const times = lobby ? lobby.rooms.flatMap((r) => [r.now && r.now.start, r.next && r.next.start]).filter(Boolean) : [];
  const match = times.length ? /([+-])(\d\d):(\d\d)$/.exec(times[0]) : null;
  const now = new Date();
  if (!match) return now.toTimeString().slice(0, 5);
  const offset = (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  return new Date(now.getTime() + offset * 60000).toISOString().slice(11, 16);
}

function overflows() {
  return document.documentElement.scrollHeight > window.innerHeight + 1;
}

function render() {
  $("clock").textContent = clock();
  if (!lobby) return;
  const rooms = $("rooms");
  const wide = window.innerWidth > 700;  // a phone scrolls; a TV must show it all
  const all = lobby.rooms;
  if (!all.length) {
    rooms.replaceChildren(Live.el("p", { class: "empty" }, T("No rooms yet")));
    $("page").textContent = "";
    return;
  }
  let shown = all;
  if (wide && pageSize && pageSize < all.length) {
    const pages = Math.ceil(all.length / pageSize);
    page %= pages;
    shown = all.slice(page * pageSize, (page + 1) * pageSize);
    $("page").textContent = `${page + 1} / ${pages}`;
  } else {
    $("page").textContent = "";
  }
  rooms.replaceChildren(...shown.map(room));
  let fit = 1;
  document.documentElement.style.setProperty("--fit", "1");
  while (wide && overflows() && fit > MIN_FIT) {
    fit = Math.max(MIN_FIT, fit - 0.05);
    document.documentElement.style.setProperty("--fit", String(fit));
  }
  if (wide && overflows() && shown.length > 1) {
    // Even at half size not all: as many rooms a page as the picture holds, taking turns (fewer
    // each time round, so this ends).
    const bottom = window.innerHeight;
    const fitting = [...rooms.children].filter((node) => node.getBoundingClientRect().bottom <= bottom).length;
    pageSize = Math.max(1, Math.min(shown.length - 1, fitting));
    render();
  }
}

async function refresh() {
  try {
    const answer = await fetch("/api/v1/lobby");
    if (!answer.ok) throw new Error(answer.statusText);
    lobby = await answer.json();
    $("conn").textContent = "";
  } catch (error) {
    $("conn").textContent = T(N_("reconnecting…"));
  }
  if (Date.now() - pageTurned > PAGE_MS) { page += 1; pageTurned = Date.now(); }
  pageSize = 0;  // measured again: rooms come and go
  render();
}

Live.translatePage();
refresh();
setInterval(refresh, POLL_MS);
window.addEventListener("resize", () => { pageSize = 0; render(); });
