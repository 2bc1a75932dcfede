# SPDX-License-Identifier: GPL-3.0-or-later
"""Plugins read the engine's clock, not only the machine's.

Hookbench's engine clock can be moved (`serve --clock-offset`, the GUI's Jump forward, Tyk's
Gateway API `/hookbench/clock`), and it decides session expiry, quotas and the ID extractor's
`id_extractor_deadline`. A plugin that sets `id_extractor_deadline = int(time.time()) + 60`
must compute it in the same time, or a clock moved forward makes every deadline look past.
Installed once, before any plugin is imported: `time.time`, `time.time_ns`, and `localtime`,
`gmtime`, `ctime`, `asctime` and `strftime` when they default to now, and `datetime.datetime`
`now`/`utcnow`/`today` and `datetime.date.today`, read the running call's engine clock
(`_hookbench.engine_time_ns`; the real time outside calls and without an engine clock).
`time.monotonic` and `time.perf_counter` measure durations and stay as they are.

`datetime.datetime` and `datetime.date` become subclasses that keep the real names, so `type(x)
is datetime.datetime` holds for what they make, `isinstance` holds for the real classes'
instances too, and every datetime pickles as `datetime.datetime` (copyreg), loadable anywhere.
"""

import copyreg as _copyreg
import datetime as _datetime
import time as _time

import _hookbench

_real_time = _time.time
_real_time_ns = _time.time_ns
_real_localtime = _time.localtime
_real_gmtime = _time.gmtime
_real_ctime = _time.ctime
_real_asctime = _time.asctime
_real_strftime = _time.strftime
_RealDatetime = _datetime.datetime
_RealDate = _datetime.date


def engine_time_ns():
    """Nanoseconds since the epoch on the engine's clock."""
    return _hookbench.engine_time_ns()


def engine_time():
    """Seconds since the epoch on the engine's clock."""
    return _hookbench.engine_time_ns() / 1e9


def _localtime(secs=None):
    return _real_localtime(engine_time() if secs is None else secs)


def _gmtime(secs=None):
    return _real_gmtime(engine_time() if secs is None else secs)


def _ctime(secs=None):
    return _real_ctime(engine_time() if secs is None else secs)


def _asctime(t=None):
    return _real_asctime(_localtime() if t is None else t)


def _strftime(format, t=None):  # noqa: A002 - time.strftime's own parameter name
    return _real_strftime(format, _localtime() if t is None else t)


class _DatetimeType(type):
    # Objects made by C code (or before this module ran) are the real classes' instances;
    # isinstance and issubclass keep answering for them.
    def __instancecheck__(cls, obj):
        return isinstance(obj, cls._real)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls._real)


class _EngineDatetime(_RealDatetime, metaclass=_DatetimeType):
    _real = _RealDatetime

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(engine_time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(engine_time(), _datetime.timezone.utc).replace(tzinfo=None)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(engine_time())


class _EngineDate(_RealDate, metaclass=_DatetimeType):
    _real = _RealDate

    @classmethod
    def today(cls):
        return cls.fromtimestamp(engine_time())


for _cls, _name in ((_EngineDatetime, "datetime"), (_EngineDate, "date")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "datetime"


# Pickle looks a class up by its name: instances of the real classes pickle as the classes
# now under those names (the state is the same bytes), and load as the real ones elsewhere.
def _reduce_datetime(value):
    return (_EngineDatetime, value.__reduce__()[1])


def _reduce_date(value):
    return (_EngineDate, value.__reduce__()[1])


def install():
    _time.time = engine_time
    _time.time_ns = engine_time_ns
    _time.localtime = _localtime
    _time.gmtime = _gmtime
    _time.ctime = _ctime
    _time.asctime = _asctime
    _time.strftime = _strftime
    _datetime.datetime = _EngineDatetime
    _datetime.date = _EngineDate
    _copyreg.pickle(_RealDatetime, _reduce_datetime)
    _copyreg.pickle(_RealDate, _reduce_date)
