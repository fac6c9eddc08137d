"""Handout cases, one module per course room; each defines ``CASES = [Case(...)]`` (see cxlab.handouts)."""
