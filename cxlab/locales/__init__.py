"""Message catalogs: one folder per language, one JSON file per room (merged by cxlab.i18n)."""
