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

  function connect({ onState, onReply, onStatus, token }) {
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/api/v1/ws";
    let socket = null;
    let wanted = token || null;
    function open() {
      onStatus && onStatus(t(N_("connecting…")));
      socket = new WebSocket(url);
      socket.onopen = () => {
        onStatus && onStatus(t(N_("live")));
        if (wanted) socket.send(JSON.stringify({ auth: wanted }));
      };
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message && message.version !== undefined) onState(message, performance.now());
        else if (onReply) onReply(message);
      };
      socket.onclose = () => {
        onStatus && onStatus(t(N_("reconnecting…")));
        setTimeout(open, 1000);
      };
    }
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

  return { connect, countdown, phase, since, ticker, hm, el, t, translatePage, newRequestId };
})();
