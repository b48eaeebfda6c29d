"""A time budget for one document: a runaway document becomes a reported error, not a stalled build.

:func:`time_limit` stops the work it wraps by raising :class:`TimeLimitExceeded`
inside it once ``seconds`` have passed. How depends on the thread:

* In a process's main thread (a serial build, each worker of a process pool)
  a real-time alarm (``SIGALRM`` through ``setitimer``) raises it. Python runs
  the handler between bytecodes and ``re`` checks for signals as it matches, so
  even one pattern that backtracks for minutes is stopped. An alarm already set
  by the caller is kept: it goes off when it was due.
* In any other thread (a Dask worker runs tasks in threads; a program calling
  kg from a thread; Windows, which has no ``setitimer``) signals cannot reach
  the work, so a watchdog thread raises the exception in the worker thread
  (``PyThreadState_SetAsyncExc``). Python code is stopped at its next bytecode,
  but a single long call into C (one regular-expression search) only when it
  returns: there the budget bounds the Python part of the work.

>>> with time_limit(5):
...     sum(range(10))
45
>>> import time
>>> with time_limit(0.05):
...     while True:
...         time.sleep(0.01)
Traceback (most recent call last):
...
kg.timelimit.TimeLimitExceeded: stopped after the time limit of 0.05 s
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from kg.errors import KGError

TIME_LIMIT = 60.0       # seconds per document by default: some 500 times what a long article takes
FOREVER = 1e8           # seconds (three years): a longer limit, which timers cannot hold, is none


class TimeLimitExceeded(KGError):
    """Work stopped because it went past its time budget."""


def stopped(seconds: float) -> TimeLimitExceeded:
    return TimeLimitExceeded(f"stopped after the time limit of {seconds:g} s")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the wrapped block once ``seconds`` have passed (None or 0: no limit)."""
    if not seconds or not 0 < seconds < FOREVER:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    """The limit as a real-time alarm (main thread only)."""
    started = time.monotonic()
    outer_due, _ = signal.getitimer(signal.ITIMER_REAL)
    previous = signal.getsignal(signal.SIGALRM)

    def expired(signum, frame):
        if outer_due and outer_due < seconds and callable(previous):
            return previous(signum, frame)          # the caller's alarm was due first: it is the caller's
        raise stopped(seconds)

    signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_due) if outer_due else seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_due:                               # put back what remains of the caller's alarm
            signal.setitimer(signal.ITIMER_REAL, max(outer_due - (time.monotonic() - started), 0.001))


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """The limit as an exception a timer thread raises in this thread."""
    target, lock, state = threading.get_ident(), threading.Lock(), {"armed": True, "fired": False}

    def expire():
        with lock:
            if state["armed"]:
                state["fired"] = raise_in(target, TimeLimitExceeded)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:                                  # after this, the timer raises nothing
            state["armed"] = False
        timer.cancel()
        if state["fired"]:
            raise_in(target, None)                  # one still pending would be raised later, elsewhere
            raise stopped(seconds)


def raise_in(thread_id: int, exception: type[BaseException] | None) -> bool:
    """Raise ``exception`` in a thread at its next bytecode (None: cancel one pending); False where impossible."""
    try:
        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except AttributeError:                          # not CPython: the budget is not enforced in threads
        return False
    return set_async_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None) == 1
