"""The time budget of one parse: a CPU-time deadline that long stages check as they go.

The clock is the calling thread's CPU time, so a parse in one thread is not charged for work
other threads do, and a machine under load does not make pages fail.
"""

from __future__ import annotations

import time

__all__ = ["Deadline", "out_of_time"]


class Deadline:
    """Ends ``seconds`` of this thread's CPU time after it is made; ``None`` never ends.

    Reading the thread's CPU clock is a system call (about 1.5 µs, and the quote search asks once a
    block); the wall clock is read in user space (0.1 µs) and a thread's CPU time never runs ahead of
    it, so until ``seconds`` of wall time have passed the budget cannot be spent and the CPU clock is
    left unread.
    """

    __slots__ = ("_end", "_unspent_until")

    def __init__(self, seconds: float | None) -> None:
        self._end = None if seconds is None else time.thread_time() + seconds
        self._unspent_until = 0.0 if seconds is None else time.perf_counter() + seconds

    def expired(self) -> bool:
        """True once the budget is spent."""
        if self._end is None or time.perf_counter() < self._unspent_until:
            return False
        return time.thread_time() > self._end

    def share(self, fraction: float) -> Deadline:
        """A deadline ending when ``fraction`` of the time left now is spent: for a first phase
        that must leave time to the phases that turn its findings into results."""
        if self._end is None:
            return self
        part = Deadline(None)
        now = time.thread_time()
        left = max(self._end - now, 0.0) * fraction
        part._end = now + left
        part._unspent_until = time.perf_counter() + left
        return part


NO_DEADLINE = Deadline(None)
"""A deadline that never ends, for callers of single stages."""


def out_of_time(what: str) -> str:
    """The warning of a stage the time budget cut short or skipped: ``what``, then what to do about it."""
    return f"{what}: the parse used up ParseOptions.time_budget (raise it, or None, to finish such pages)"
