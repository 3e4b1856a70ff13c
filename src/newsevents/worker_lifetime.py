"""Worker processes that end with the process that started them.

A worker of ``--workers N`` waits on a queue whose other end the parent
holds; when the parent is killed (SIGKILL, SIGTERM, out of memory), nothing
closes that queue in the worker, which would wait for minutes holding a
parser's memory.  :func:`die_with_parent` (run as a worker starts) makes
sure it does not:

* on Linux, ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` kills the worker when its own
  parent (the forkserver, which itself exits when our process goes) ends;
* everywhere, a daemon thread waits for the starting process to end (a pidfd
  where the system has one, else polling) and ends the worker.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_POLL_SECONDS = 0.5


def die_with_parent(parent_pid: int) -> None:
    """End this process when ``parent_pid`` (the process that asked for it) ends."""
    if sys.platform.startswith("linux"):
        _kill_me_with_my_parent()
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _kill_me_with_my_parent() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl in this libc: the watch thread remains
        pass


def _watch(pid: int) -> None:
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):  # no pidfd (not Linux 5.3+), or the parent is gone already
        while is_alive(pid):
            time.sleep(_POLL_SECONDS)
    else:
        select.select([handle], [], [])  # readable once the process has ended
    os._exit(1)


def is_alive(pid: int) -> bool:
    """Whether a process with this id exists (and is not a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:  # no /proc: trust the signal test
        return True
