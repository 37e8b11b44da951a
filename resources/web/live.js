// runofshow live feed for the browser pages: one WebSocket, reconnecting by itself, and
// countdowns that run between states from the page's own clock (a state carries the remaining
// time at the moment it was sent; the page subtracts what has passed since it arrived).
"use strict";

// Marks a word for the pages' catalogues (resources/web/texts/*.json) without translating it
// there: a table of words is translated where it is shown, with Live.t.
function N_(text) { return text; }

const Live = (() => {
  function fmt(total) {
    total = Math.floor(total);
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    const ss = String(s).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
  }

  // Same reading as the app: round up while time is left, "+m:ss" in overtime.
  function countdown(remaining) {
    if (remaining > 0) return fmt(Math.ceil(remaining - 1e-9));
    const over = Math.floor(-remaining + 1e-9);
    return over === 0 ? "0:00" : "+" + fmt(over);
  }

  function phase(remaining, wrapUp, final) {
    if (remaining <= 0) return "overtime";
    if (remaining <= final) return "final";
    if (remaining <= wrapUp) return "wrap_up";
    return "running";
  }

  function newRequestId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
  }

  // --- The fallback (docs/network.md, "If the laptop dies") ------------------------------------
  // A page whose link names a fallback (`?fallback=http://HOST:PORT`: the standby laptop's server;
  // else the one its server names in <meta name="runofshow-fallback">) knocks there once its own
  // show has been out of reach for LOST_MS, each KNOCK_MS, and once it answers opens the same
  // page there: the same path, query and #token, its `fallback` now naming the address it came
  // from (to go back to should that one come back and this one go). Meanwhile the page keeps
  // trying its own server too. Knocking is a no-cors HEAD of the page (any answer will do; the
  // server's Content-Security-Policy lets the page reach that one address, and no other).
  const ADDRESS = /^http:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):[0-9]{1,5}$/;
  const LOST_MS = 2000, KNOCK_MS = 1000, KNOCK_TIMEOUT_MS = 1500;
  let lostSince = null, knocking = null, moving = false;

  function fallback() {
    const given = new URLSearchParams(location.search).get("fallback");
    if (given && ADDRESS.test(given)) return given;
    const meta = document.querySelector('meta[name="runofshow-fallback"]');
    return meta && ADDRESS.test(meta.content) ? meta.content : null;
  }

  function here() { return "http://" + location.host + (location.port ? "" : ":80"); }

  // The page's own show answered (a feed opened, a state or an answer came).
  function linkUp() { lostSince = null; }

  // The page's own show did not answer (`since`: when it was last heard, if earlier than now).
  function linkDown(since) {
    const now = performance.now();
    if (lostSince === null) lostSince = since === undefined ? now : Math.min(since, now);
    if (knocking === null && !moving && fallback()) {
      knocking = setTimeout(knock, Math.max(0, lostSince + LOST_MS - now));
    }
  }

  async function knock() {
    knocking = null;
    const there = fallback();
    if (lostSince === null || moving || !there || there === here()) return;
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), KNOCK_TIMEOUT_MS);
    let answered = false;
    try {
      await fetch(there + location.pathname, { method: "HEAD", mode: "no-cors", cache: "no-store", signal: stop.signal });
      answered = true;
    } catch (error) {
      answered = false;  // not there either: knock again in a moment
    } finally {
      clearTimeout(timer);
    }
    if (lostSince === null) return;  // our own show came back meanwhile: stay
    if (answered) { move(there); return; }
    if (knocking === null) knocking = setTimeout(knock, KNOCK_MS);
  }

  function move(there) {
    moving = true;
    const query = new URLSearchParams(location.search);
    query.set("fallback", here());
    // A phone's id goes along (its page's storage is per address): its requests stay its own.
    const hash = new URLSearchParams(location.hash.slice(1));
    const device = localStorage.getItem("runofshow-device");
    if (device && !hash.has("device")) hash.set("device", device);
    const fragment = hash.toString();
    location.assign(there + location.pathname + "?" + query.toString() + (fragment ? "#" + fragment : ""));
  }

  // This phone's id, kept across visits (and across a move to the fallback: its #device).
  function device() {
    const carried = new URLSearchParams(location.hash.slice(1)).get("device");
    let id = carried && carried.length <= 64 ? carried : localStorage.getItem("runofshow-device");
    if (!id) id = newRequestId();
    localStorage.setItem("runofshow-device", id);
    return id;
  }

  // fetch that tells the fallback whether the show answered; a poll (no body) gives up after
  // POLL_TIMEOUT_MS, as a laptop that died without a word never answers at all.
  const POLL_TIMEOUT_MS = 4000;
  async function reach(path, init = {}) {
    let stop = null, timer = null;
    if (!init.body && !init.signal) {
      stop = new AbortController();
      timer = setTimeout(() => stop.abort(), POLL_TIMEOUT_MS);
    }
    try {
      const answer = await fetch(path, stop ? { ...init, signal: stop.signal } : init);
      linkUp();
      return answer;
    } catch (error) {
      linkDown();
      throw error;
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  }

  // The show sends a state each second: SILENT_MS without one is a link that died without a
  // word (a laptop off, the cable pulled), which the browser would notice only minutes later.
  const OPEN_MS = 3000, SILENT_MS = 3000, RETRY_MS = 1000, WATCH_MS = 500;

  function connect({ onState, onReply, onStatus, token }) {
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/v1/ws";
    let socket = null;
    let wanted = token || null;
    let openedAt = 0, heardAt = null;
    // A state computed at the same moment as the last one (its `now`) is the same reading sent
    // again (a fresh link, a standby that holds the show's last state): aged from when it first
    // came, so a countdown never jumps back.
    let lastNow = null, lastAt = 0;
    function open() {
      onStatus && onStatus(t(N_("connecting…")));
      const current = new WebSocket(url);
      socket = current;
      openedAt = performance.now();
      heardAt = null;
      current.onopen = () => {
        heardAt = performance.now();
        linkUp();
        onStatus && onStatus(t(N_("live")));
        if (wanted) current.send(JSON.stringify({ auth: wanted }));
      };
      current.onmessage = (event) => {
        heardAt = performance.now();
        linkUp();
        const message = JSON.parse(event.data);
        if (message && message.version !== undefined) {
          const same = message.now !== undefined && message.now === lastNow;
          if (!same) { lastNow = message.now; lastAt = performance.now(); }
          onState(message, lastAt);
        } else if (onReply) onReply(message);
      };
      current.onclose = () => { if (socket === current) lost(RETRY_MS); };
    }
    function lost(wait, since) {
      socket = null;
      onStatus && onStatus(t(N_("reconnecting…")));
      linkDown(since);
      setTimeout(open, wait);
    }
    function drop(old) {
      old.onopen = old.onmessage = old.onclose = null;
      try { old.close(); } catch (error) { /* already closing */ }
    }
    setInterval(() => {
      const now = performance.now();
      if (!socket) return;
      if (socket.readyState === 0 && now - openedAt > OPEN_MS) {  // a server that never answers
        drop(socket);
        lost(0);
      } else if (socket.readyState === 1 && heardAt !== null && now - heardAt > SILENT_MS) {
        // Gone silent: try it afresh at once (a busy show answers a new link at once, so a page
        // does not leave a show that is only slow), and knock at the fallback a moment later.
        const last = heardAt;
        drop(socket);
        lost(0, Math.max(last, now - LOST_MS + KNOCK_MS));
      }
    }, WATCH_MS);
    open();
    return {
      // Every command carries its own request_id: should the answer be lost and the command be
      // sent again, the app applies it once (docs/api.md).
      send(obj) {
        if (!(socket && socket.readyState === 1)) return;
        const command = obj.action ? { request_id: newRequestId(), ...obj } : obj;
        socket.send(JSON.stringify(command));
      },
      auth(newToken) { wanted = newToken; this.send({ auth: newToken }); },
    };
  }

  // Seconds passed since a state arrived, if the show is running.
  function since(state, receivedAt) {
    return state && state.running ? (performance.now() - receivedAt) / 1000 : 0;
  }

  // Call `draw` just after each true second boundary of `remaining` (and at least twice a second).
  function ticker(draw, remainingNow) {
    function step() {
      draw();
      const r = remainingNow();
      const frac = r === null ? 0.5 : ((r % 1) + 1) % 1;
      setTimeout(step, Math.max(20, Math.min(500, (frac || 1) * 1000 + 5)));
    }
    step();
  }

  function hm(iso) {
    if (!iso) return "—";
    if (iso.endsWith("Z")) {  // the venue's times (UTC): on this device's clock
      const moment = new Date(iso);
      if (!Number.isNaN(moment.getTime())) {
        return String(moment.getHours()).padStart(2, "0") + ":" + String(moment.getMinutes()).padStart(2, "0");
      }
    }
    return iso.slice(11, 16);  // a show's times, as its own event's clocks say them
  }

  function el(tag, attrs = {}, text = "") {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  }

  // The page's words in the viewer's language (texts.js, chosen by the server from the browser's
  // Accept-Language or ?lang=); English where there is no translation.
  function t(text) {
    const texts = window.RUNOFSHOW_TEXTS || {};
    return texts[text] || text;
  }

  // Elements marked data-t say their text in the viewer's language.
  function translatePage() {
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.textContent.trim());
    for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.placeholder);
  }

  return { connect, countdown, phase, since, ticker, hm, el, t, translatePage, newRequestId, reach, device, linkUp, linkDown, fallback };
})();
