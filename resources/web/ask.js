// The ask page: a phone in the audience writes a question for the panel and follows what became
// of it. It polls /api/v1/ask (the phone's own questions: docs/api.md) and sends
// `audience_question` to /api/v1/command with the audience's token (the QR code's link).
"use strict";
const $ = (id) => document.getElementById(id);
const T = Live.t;
const token = new URLSearchParams(location.hash.slice(1)).get("token") || "";
// This phone's id, kept across visits (the /floor page's too): only this phone sees its questions.
const device = Live.device();
const STATUS_WORDS = {
  waiting: N_("Waiting for the moderator"),
  open: N_("Accepted: it may be put to the panel"),
  asked: N_("Asked"),
  skipped: N_("Not asked"),
  rejected: N_("Not taken up"),
  merged: N_("Joined with a similar question"),
};
// The app's refusals a phone can meet, in the page's catalogues (the answer carries the template).
N_("this question has been sent already and waits for the moderator");
N_("{count} questions are waiting already: try again later");
N_("this phone has sent {count} questions in the last {minutes} minutes: wait {wait} s");
N_("{count} questions have come in the last minute: try again in {wait} s");
N_("the show has ended: questions are no longer taken");
const RETRIES = 3;  // a lost answer: the same request_id again, applied once (docs/api.md)

// An answer's words in the page's language, the values filled in.
function wordsText(data, fallback) {
  const words = data && data.words;
  if (!words || typeof words.template !== "string") return (data && data.error) || fallback;
  let text = T(words.template);
  for (const [key, value] of Object.entries(words.values || {})) text = text.split("{" + key + "}").join(String(value));
  return text;
}

async function call(path, body) {
  const init = { headers: { Authorization: "Bearer " + token } };
  if (body) { init.method = "POST"; init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
  const answer = await Live.reach(path, init);  // a show that is gone: the fallback (live.js)
  const data = await answer.json().catch(() => ({}));
  if (!answer.ok) {
    const error = new Error(wordsText(data, answer.statusText));
    error.status = answer.status;
    throw error;
  }
  return data;
}

// Sent again with the same request_id when the answer is lost or the app is busy (503): the
// question is kept once however many times it travels.
async function send(body) {
  const command = { request_id: Live.newRequestId(), ...body };
  for (let attempt = 0; ; attempt++) {
    try {
      return await call("/api/v1/command", command);
    } catch (error) {
      const again = error.status === undefined || error.status === 503;
      if (!again || attempt >= RETRIES) throw error;
      await new Promise((done) => setTimeout(done, 500 * (attempt + 1)));
    }
  }
}

function statusOf(q) {
  if (q.status === "approved") return STATUS_WORDS[q.bank] || STATUS_WORDS.open;
  if (q.status === "merged" && (q.bank === "asked" || q.bank === "skipped")) {
    return T(STATUS_WORDS.merged) + " · " + T(STATUS_WORDS[q.bank]);
  }
  return STATUS_WORDS[q.status] || q.status;
}

function drawMine(view) {
  $("yours").hidden = view.mine.length === 0;
  $("mine").replaceChildren(...view.mine.map((q) => {
    const box = Live.el("div", { class: "card question " + q.status + (q.bank ? " " + q.bank : "") });
    box.append(Live.el("div", { class: "text" }, q.text));
    const who = [q.name, q.organization].filter(Boolean).join(" · ");
    if (who) box.append(Live.el("div", { class: "status" }, who));
    box.append(Live.el("div", { class: "state" }, T(statusOf(q))));
    return box;
  }));
}

async function refresh() {
  try {
    const view = await call("/api/v1/ask?device=" + encodeURIComponent(device));
    $("conn").textContent = T(N_("live"));
    $("event").textContent = view.event.title;
    document.title = T("Ask a question") + " · " + view.event.title;
    $("now").textContent = Live.hm(view.now);
    $("ask").hidden = !view.taking;
    $("closed").hidden = view.taking;
    $("max").textContent = view.max_chars;
    $("text").maxLength = view.max_chars;
    $("segment").textContent = view.segment && view.segment.live ? T("Now") + ": " + view.segment.title : "";
    drawMine(view);
  } catch (error) {
    $("conn").textContent = T(N_("reconnecting…"));
  }
}

function count() { $("count").textContent = $("text").value.length; }
$("text").addEventListener("input", count);

$("ask").onsubmit = async (event) => {
  event.preventDefault();
  const text = $("text").value.trim();
  if (!text) return;
  const body = { action: "audience_question", text, device };
  const name = $("name").value.trim(), org = $("org").value.trim();
  if (name) body.name = name;
  if (org) body.organization = org;
  $("err").textContent = "";
  $("sent").textContent = "";
  $("send").disabled = true;
  try {
    await send(body);
    $("text").value = "";
    count();
    $("sent").textContent = T(N_("Sent: the moderator will see it."));
    await refresh();
  } catch (error) {
    $("err").textContent = error.message || String(error);
  } finally {
    $("send").disabled = false;
  }
};

Live.translatePage();
if (!token) { $("nolink").hidden = false; }
else {
  // The name and organisation typed once are offered again (this phone only).
  $("name").value = localStorage.getItem("runofshow-ask-name") || "";
  $("org").value = localStorage.getItem("runofshow-ask-org") || "";
  $("name").addEventListener("change", () => localStorage.setItem("runofshow-ask-name", $("name").value.trim()));
  $("org").addEventListener("change", () => localStorage.setItem("runofshow-ask-org", $("org").value.trim()));
  refresh();
  setInterval(refresh, 3000);
}
