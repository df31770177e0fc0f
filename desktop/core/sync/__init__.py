"""The sync substrate (DESIGN section 4): HLC clock, cell capture, merge rule.

:mod:`desktop.core.sync.merge` and :mod:`desktop.core.sync.hlc` are pure and are imported by the
partner server too, so both sides merge with one implementation.
"""
