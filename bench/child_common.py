"""What both start-up children share: the ready marker and their own peak memory.

A child prints one line ``BENCH-READY <peak RSS in KiB>`` once its window is shown and the event
loop has run, then ends at once with ``os._exit`` (teardown is not part of start-up, and the
parent stops its clock when it reads the line). Stdlib only, so the bare child stays bare.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MARKER = "BENCH-READY"
SHOWN = "BENCH-SHOWN"  # an earlier moment some children report: their first interactive window
FAILED = "BENCH-FAILED"


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB.

    On Linux this is ``VmHWM`` from ``/proc/self/status``, the high-water mark of this program's
    own memory. ``getrusage().ru_maxrss`` is not used there: exec records the high-water mark of
    the memory it replaces, and with vfork that is the parent's, so a child of a big parent would
    report the parent's size. Elsewhere: ``ru_maxrss`` (bytes on macOS), or psutil on Windows.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    try:
        import resource
    except ImportError:  # Windows
        import psutil

        info = psutil.Process().memory_info()
        return int(getattr(info, "peak_wset", info.rss)) // 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def ready() -> None:
    """Report readiness and peak memory to the parent, then end the process."""
    sys.stdout.write(f"{MARKER} {peak_rss_kib()}\n")
    sys.stdout.flush()
    os._exit(0)


def shown() -> None:
    """Report the first interactive window; the child goes on to its ready line."""
    sys.stdout.write(f"{SHOWN}\n")
    sys.stdout.flush()


def failed(reason: str) -> None:
    sys.stdout.write(f"{FAILED} {reason}\n")
    sys.stdout.flush()
    os._exit(1)
