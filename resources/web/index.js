// The start page: its words in the viewer's language.
"use strict";
Live.translatePage();
