"""Performance bench for DESIGN section 6: ``make bench`` (``python -m bench``).

Every row compares a measurement with a baseline measured in the same run, so the numbers mean the
same on a fast laptop and on a slow CI runner. Modules:

* :mod:`bench.dataset` - the large demo database, built once and cached under ``bench/results/``
* :mod:`bench.startup` - rows 1 and 2: app start and peak memory, from fresh child processes
* :mod:`bench.child_app`, :mod:`bench.child_bare` - the two child programs those rows start
* :mod:`bench.table_ops` - rows 3 and 4: sorting and filtering the 5,000-task table model
* :mod:`bench.report` - the Markdown table (printed and written to ``bench/results/latest.md``)

Nothing here is imported by the app or by the tests; the bench asserts nothing, it reports.
This package's ``__init__`` stays free of imports: the child programs import it on start.
"""
