"""Server-wide settings and small security helpers."""
