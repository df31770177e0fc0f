"""The HTTP layer: routes, dependencies, error handlers and limits."""
