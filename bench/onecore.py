"""Keep a benchmark on one CPU, so its figures are one core's (shared by the speed benches)."""

from __future__ import annotations

import os


def pin_one_core() -> str:
    """Keep the process on one CPU; return a note saying which."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpus = sorted(os.sched_getaffinity(0))
    try:
        os.sched_setaffinity(0, {cpus[0]})
    except OSError as err:
        return f"not pinned ({err.strerror or err})"
    return f"pinned to CPU {cpus[0]} of {len(cpus)} available"
