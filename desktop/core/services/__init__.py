"""Service functions the GUI and the CLI call. They take a :class:`~desktop.core.db.Database`,
run one unit of work each, validate input, and return plain frozen data, never live ORM objects."""
