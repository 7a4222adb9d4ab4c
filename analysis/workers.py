"""How many worker processes the analysis may use, and how to start them."""

from __future__ import annotations

import os
import threading
from multiprocessing import get_all_start_methods

__all__ = ["cpu_count", "start_method"]


def start_method() -> str:
    """How to start workers: fork where it is safe (cheap, no re-import of the caller), else spawn."""
    # Forking a process that runs other threads can deadlock a child, so only a single-threaded
    # caller on a platform with fork gets it.
    if "fork" in get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def cpu_count() -> int:
    """Processes to use: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
