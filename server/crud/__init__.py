"""Every query of the server, by subject. Callers own the transaction (commit or roll back)."""
