// Sphere explorer: small progressive enhancements (every page works without this file).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Filters marked .autosubmit apply as soon as they change.
  for (const el of document.querySelectorAll("select.autosubmit")) {
    el.addEventListener("change", () => el.form && el.form.submit());
  }
});
