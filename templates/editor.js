// The editor's preview (pr2news preview --serve): pin a role to a line, see the article segmented again
// around the pins, save them as the corrections file, download the corrected article.
(function () {
  "use strict";
  var state = JSON.parse(document.getElementById("pr2news-state").textContent);
  var pins = new Map(state.pins.map(function (p) { return [p.line, p.role]; }));
  var edits = Object.assign({}, state.edits);
  var menu = document.getElementById("role-menu");
  var status = document.getElementById("editor-status");
  var headlineInput = document.getElementById("edit-headline");
  var roles = Array.prototype.map.call(menu.querySelectorAll("button[data-role]"), function (b) {
    return b.dataset.role;
  });
  var selected = null;   // the selected line's number (as the page shows it)
  var latest = 0;        // the last re-segmentation asked for: older answers are dropped
  var dirty = false;

  headlineInput.value = edits.headline || "";

  function lineItem(n) { return document.querySelector('ol.lines > li[data-line="' + n + '"]'); }
  function lineCount() { return document.querySelectorAll("ol.lines > li").length; }

  function setStatus(text, kind) {
    status.textContent = text;
    status.className = kind || "";
  }

  function select(n, focus) {
    if (n === null || n < 1 || n > lineCount()) return;
    var previous = selected !== null && lineItem(selected);
    if (previous) { previous.setAttribute("aria-selected", "false"); previous.tabIndex = -1; }
    selected = n;
    var item = lineItem(n);
    item.setAttribute("aria-selected", "true");
    item.tabIndex = 0;
    if (focus) { item.focus({ preventScroll: true }); }
    item.scrollIntoView({ block: "nearest" });
  }

  function openMenu() {
    if (selected === null) return;
    var item = lineItem(selected);
    var section = item.closest(".source");
    var current = pins.get(selected) || "";
    menu.querySelectorAll("button").forEach(function (b) {
      b.setAttribute("aria-checked", String(b.dataset.role === current));
    });
    menu.style.top = (item.offsetTop + item.offsetHeight + 2) + "px";
    menu.style.left = Math.max(8, Math.min(item.offsetLeft + 40, section.clientWidth - menu.offsetWidth - 8)) + "px";
    menu.hidden = false;
    (menu.querySelector('button[aria-checked="true"]') || menu.querySelector("button")).focus();
  }

  function closeMenu(refocus) {
    if (menu.hidden) return;
    menu.hidden = true;
    if (refocus && selected !== null) { lineItem(selected).focus({ preventScroll: true }); }
  }

  function pin(role) {
    if (selected === null) return;
    if (role) { pins.set(selected, role); } else { pins.delete(selected); }
    dirty = true;
    closeMenu(true);
    refresh();
  }

  function corrections() {
    var list = Array.from(pins.entries()).sort(function (a, b) { return a[0] - b[0]; });
    return JSON.stringify({
      version: 1,
      source_sha256: state.sha256,
      pins: list.map(function (p) { return { line: p[0], role: p[1] }; }),
      edits: edits
    });
  }

  function post(path) {
    return fetch(path, {
      method: "POST", cache: "no-store", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-PR2News-Token": state.token },
      body: corrections()
    }).then(function (response) {
      if (response.ok) return response;
      return response.text().then(function (text) { throw new Error(text.trim() || response.statusText); });
    });
  }

  function swap(doc, selector) {
    var now = document.querySelector(selector);
    var next = doc.querySelector(selector);
    if (now && next) { now.replaceWith(document.importNode(next, true)); }
  }

  function refresh() {
    var asked = ++latest;
    var hadFocus = document.activeElement && document.activeElement.closest && document.activeElement.closest("ol.lines");
    document.body.classList.add("busy");
    setStatus("Segmenting again around the pins…", "unsaved");
    post("/api/preview").then(function (response) { return response.text(); }).then(function (text) {
      if (asked !== latest) return;
      var doc = new DOMParser().parseFromString(text, "text/html");
      [".rendered", ".legend", ".warnings, .no-warnings", "ol.lines", ".stripped-lines"].forEach(function (s) {
        swap(doc, s);
      });
      document.title = doc.title;
      if (selected !== null) { select(Math.min(selected, lineCount()), Boolean(hadFocus)); }
      document.body.classList.remove("busy");
      setStatus(dirty ? "Unsaved corrections: " + pins.size + " pinned line(s)" : "Corrections saved", dirty ? "unsaved" : "");
    }).catch(function (error) {
      document.body.classList.remove("busy");
      setStatus("Could not segment again: " + error.message, "failed");
    });
  }

  function save() {
    setStatus("Saving…", "unsaved");
    post("/api/save").then(function (response) { return response.json(); }).then(function (answer) {
      dirty = false;
      setStatus("Saved " + answer.pins + " pinned line(s) to " + answer.saved);
    }).catch(function (error) { setStatus("Not saved: " + error.message, "failed"); });
  }

  function download(format) {
    post("/api/download/" + format).then(function (response) {
      var disposition = response.headers.get("Content-Disposition") || "";
      var name = (disposition.match(/filename="([^"]+)"/) || [null, "article." + format])[1];
      return response.blob().then(function (blob) { return { blob: blob, name: name }; });
    }).then(function (file) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(file.blob);
      link.download = file.name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    }).catch(function (error) { setStatus("Download failed: " + error.message, "failed"); });
  }

  document.querySelector("main").addEventListener("click", function (event) {
    var choice = event.target.closest("#role-menu button");
    if (choice) { pin(choice.dataset.role); return; }
    var item = event.target.closest("ol.lines > li");
    if (item) {
      select(Number(item.dataset.line), true);
      openMenu();
    } else {
      closeMenu(false);
    }
  });

  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      save();
      return;
    }
    if (event.target === headlineInput || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!menu.hidden) {
      var items = Array.from(menu.querySelectorAll("button"));
      var at = items.indexOf(document.activeElement);
      if (event.key === "Escape") { closeMenu(true); }
      else if (event.key === "ArrowDown" || event.key === "ArrowRight") { items[(at + 1) % items.length].focus(); }
      else if (event.key === "ArrowUp" || event.key === "ArrowLeft") { items[(at - 1 + items.length) % items.length].focus(); }
      else if (/^[0-9]$/.test(event.key)) { pin(event.key === "0" ? "" : roles[Number(event.key) - 1] || null); }
      else { return; }
      event.preventDefault();
      return;
    }
    if (event.target.closest && event.target.closest(".editor-bar")) return;
    var count = lineCount();
    if (event.key === "ArrowDown" || event.key === "j") { select(selected === null ? 1 : Math.min(count, selected + 1), true); }
    else if (event.key === "ArrowUp" || event.key === "k") { select(selected === null ? 1 : Math.max(1, selected - 1), true); }
    else if (event.key === "Home") { select(1, true); }
    else if (event.key === "End") { select(count, true); }
    else if ((event.key === "Enter" || event.key === " ") && selected !== null) { openMenu(); }
    else if (/^[1-9]$/.test(event.key) && selected !== null && roles[Number(event.key) - 1]) { pin(roles[Number(event.key) - 1]); }
    else if ((event.key === "0" || event.key === "Delete" || event.key === "Backspace") && selected !== null) { pin(""); }
    else { return; }
    event.preventDefault();
  });

  headlineInput.addEventListener("change", function () {
    var text = headlineInput.value.trim();
    if (text) { edits.headline = text; } else { delete edits.headline; }
    dirty = true;
    refresh();
  });

  document.getElementById("editor-save").addEventListener("click", save);
  document.getElementById("editor-download-json").addEventListener("click", function () { download("json"); });
  document.getElementById("editor-download-html").addEventListener("click", function () { download("html"); });
})();
