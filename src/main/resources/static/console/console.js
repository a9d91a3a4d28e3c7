// The console page: one event stream keeps the feed live; buttons and the command box post to the
// bot, whose answers come back over the stream. Plain DOM, no build step.
"use strict";

const HEADER = { "X-Perfsheriff-Console": "1" };
let source = null;
let ready = false;
let queued = [];
let panelTimer = null;
// The same box ConsolePage puts under every card's thread.
const REPLY_BOX =
  '<form class="thread-reply" autocomplete="off">' +
  '<input name="text" aria-label="reply in thread"' +
  ' placeholder="Reply in thread: a note for Perfherder, or !perf …">' +
  '<button type="submit">Reply</button></form>';

function actingAs() {
  return document.getElementById("act-as").value;
}

function post(path, fields) {
  const body = new URLSearchParams(Object.assign({ as: actingAs() }, fields));
  return fetch(path, { method: "POST", headers: HEADER, body: body }).then((response) => {
    if (!response.ok) {
      return response.text().then((text) => showLocal("The bot did not take that: " + text));
    }
  });
}

function connect() {
  if (source) {
    source.close();
  }
  ready = false;
  queued = [];
  setLive(false, "connecting…");
  source = new EventSource("/console/events?as=" + encodeURIComponent(actingAs()));
  source.addEventListener("hello", () => {
    fetch("/console/feed").then((r) => r.text()).then((html) => {
      document.getElementById("feed").innerHTML = html;
      ready = true;
      queued.splice(0).forEach((apply) => apply());
      setLive(true, "live");
      refreshPanel();
    });
  });
  source.addEventListener("card", (e) => whenReady(() => upsert(JSON.parse(e.data))));
  source.addEventListener("message", (e) => whenReady(() => upsert(JSON.parse(e.data))));
  source.addEventListener("removed", (e) => whenReady(() => removed(JSON.parse(e.data))));
  source.addEventListener("private", (e) => whenReady(() => showPrivate(JSON.parse(e.data))));
  source.onerror = () => setLive(false, "reconnecting…");
}

function whenReady(apply) {
  if (ready) {
    apply();
  } else {
    queued.push(apply);
  }
}

function setLive(live, text) {
  const badge = document.getElementById("live");
  badge.textContent = text;
  badge.className = live ? "online" : "offline";
}

function element(html) {
  const template = document.createElement("template");
  template.innerHTML = html.trim();
  return template.content.firstChild;
}

// A card or message: replaced in place when known, else added (top-level first, replies last).
function upsert(m) {
  const existing = document.getElementById("m-" + m.id);
  if (m.root === null || m.root === undefined) {
    if (existing) {
      existing.querySelector(":scope > article, :scope > .body").innerHTML = m.html;
      flash(existing);
    } else {
      const item = element(
        '<div class="item ' + m.kind + '" id="m-' + m.id + '"' +
          (m.summary ? ' data-summary="' + m.summary + '"' : "") + ">" +
          (m.kind === "card" ? '<article class="card"></article>' : '<div class="body"></div>') +
          '<div class="thread" id="t-' + m.id + '"></div>' +
          (m.kind === "card" ? REPLY_BOX : "") + "</div>");
      item.firstChild.innerHTML = m.html;
      document.getElementById("feed").prepend(item);
      flash(item);
    }
  } else if (existing) {
    existing.innerHTML = m.html;
    flash(existing);
  } else {
    const thread = document.getElementById("t-" + m.root);
    if (thread) {
      const reply = element('<div class="reply ' + m.kind + '" id="m-' + m.id + '"></div>');
      reply.innerHTML = m.html;
      thread.append(reply);
      flash(reply);
    }
  }
  schedulePanel();
}

// A thread message the bot took back (a notes line removed in Perfherder or another thread).
function removed(m) {
  const existing = document.getElementById("m-" + m.id);
  if (existing) {
    existing.remove();
  }
}

function showPrivate(m) {
  const note = element('<div class="reply private"><span class="only-you">only you</span></div>');
  note.insertAdjacentHTML("beforeend", m.html);
  const thread = m.root ? document.getElementById("t-" + m.root) : null;
  if (thread) {
    thread.append(note);
  } else {
    document.getElementById("feed").prepend(note);
  }
  flash(note);
}

function showLocal(text) {
  const note = element('<div class="reply private"><span class="only-you">only you</span></div>');
  note.append(document.createTextNode(text));
  document.getElementById("feed").prepend(note);
}

function flash(node) {
  node.classList.add("fresh");
  setTimeout(() => node.classList.remove("fresh"), 1500);
}

function schedulePanel() {
  clearTimeout(panelTimer);
  panelTimer = setTimeout(refreshPanel, 400);
}

function refreshPanel() {
  fetch("/console/panel").then((r) => r.text()).then((html) => {
    document.getElementById("panel").innerHTML = html;
  });
}

// Cherry-pick opens the prompt (Slack's modal); every other button is pressed as it is.
function pressed(button) {
  const item = button.closest(".item");
  if (button.dataset.action === "cherry_pick") {
    openPicker(button.dataset.summary, item);
    return;
  }
  post("/console/press", {
    action: button.dataset.action,
    summary: button.dataset.summary,
    card: item.id.substring(2),
  });
}

function openPicker(summary, item) {
  const choices = document.getElementById("pick-choices");
  choices.innerHTML = "";
  item.querySelectorAll("li.alert").forEach((li) => {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = li.dataset.alert;
    box.checked = li.dataset.recommended === "true";
    label.append(box, " " + li.dataset.alert + " · " + li.dataset.label);
    choices.append(label);
  });
  document.getElementById("pick-summary").textContent = summary;
  const dialog = document.getElementById("pick-dialog");
  dialog.dataset.summary = summary;
  dialog.showModal();
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("act-as").addEventListener("change", connect);
  document.getElementById("feed").addEventListener("click", (e) => {
    const button = e.target.closest("button.action");
    if (button) {
      pressed(button);
    }
    const command = e.target.closest("code.command");
    if (command) {
      post("/console/command", { text: command.textContent });
    }
  });
  document.getElementById("feed").addEventListener("submit", (e) => {
    const form = e.target.closest("form.thread-reply");
    if (!form) {
      return;
    }
    e.preventDefault();
    const input = form.querySelector("input");
    if (input.value.trim() !== "") {
      post("/console/reply", { card: form.closest(".item").id.substring(2), text: input.value });
      input.value = "";
    }
  });
  document.getElementById("command-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const input = document.getElementById("command");
    if (input.value.trim() !== "") {
      post("/console/command", { text: input.value });
      input.value = "";
    }
  });
  const dialog = document.getElementById("pick-dialog");
  document.getElementById("pick-cancel").addEventListener("click", () => dialog.close());
  document.getElementById("pick-form").addEventListener("submit", () => {
    const ids = Array.from(dialog.querySelectorAll("input:checked")).map((box) => box.value);
    if (ids.length > 0) {
      post("/console/command", { text: "!perf pick " + dialog.dataset.summary + " " + ids.join(" ") });
    }
  });
  setInterval(refreshPanel, 15000);
  connect();
});
