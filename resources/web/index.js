// The start page: its words in the viewer's language, and its links carrying the fallback (the
// standby laptop's address, from this page's link or its server: live.js), as the app's own do.
"use strict";
Live.translatePage();
const fallback = Live.fallback();
if (fallback) {
  for (const link of document.querySelectorAll("a[href^='/']")) {
    link.href = link.getAttribute("href") + "?fallback=" + encodeURIComponent(fallback);
  }
}
