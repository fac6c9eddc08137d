"""Sample datasets of the course, installed as the package cxlab.data (see README.md here)."""
