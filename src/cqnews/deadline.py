"""The time budget of one parse: a CPU-time deadline that long stages check as they go.

The clock is the calling thread's CPU time, so a parse in one thread is not charged for work
other threads do, and a machine under load does not make pages fail.
"""

from __future__ import annotations

import time

__all__ = ["Deadline"]


class Deadline:
    """Ends ``seconds`` of this thread's CPU time after it is made; ``None`` never ends."""

    __slots__ = ("_end",)

    def __init__(self, seconds: float | None) -> None:
        self._end = None if seconds is None else time.thread_time() + seconds

    def expired(self) -> bool:
        """True once the budget is spent."""
        return self._end is not None and time.thread_time() > self._end

    def share(self, fraction: float) -> Deadline:
        """A deadline ending when ``fraction`` of the time left now is spent: for a first phase
        that must leave time to the phases that turn its findings into results."""
        if self._end is None:
            return self
        part = Deadline(None)
        now = time.thread_time()
        part._end = now + max(self._end - now, 0.0) * fraction
        return part


NO_DEADLINE = Deadline(None)
"""A deadline that never ends, for callers of single stages."""
