"""Shared widgets and helpers every window uses: labels that fit and stay plain text, fonts, the
language, the style sheets, accessibility. They import no other ui package."""
