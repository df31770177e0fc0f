"""The partner server: devices enrol, then push and pull cells of their scopes (docs/server.md)."""
