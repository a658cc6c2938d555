# SPDX-License-Identifier: LGPL-2.1-or-later
"""PyGObject overrides for libcoregroup: Python-shaped dates and strings.

Only conversions live here; every rule stays in the C library.

- Every CoreGroup method and function that returns a GLib.Date returns a
  ``datetime.date`` (or ``None``), and one that returns a list of them a
  list of ``datetime.date``; every argument that takes a GLib.Date also
  takes a ``datetime.date``; so do keyword arguments to constructors
  (``CoreGroup.Action(id='a1', due=datetime.date(2027, 1, 8))``). GObject
  properties (``obj.props.due``) stay ``GLib.Date``.
- ``to_data()``, ``to_json()`` and ``to_icalendar()`` return the text
  alone, not ``(text, length)``.
- Collections are ``Gio.ListModel``s, which PyGObject already lets you
  iterate, index and ``len()``; errors are raised as ``GLib.Error``.
"""

import datetime
import functools

import gi._gi as GI

from gi.repository import GLib, GObject

from ..module import get_introspection_module
from ..overrides import override

# Not named CoreGroup: the class CoreGroup.CoreGroup is overridden below.
_module = get_introspection_module('CoreGroup')

__all__ = []

_TEXT_RESULTS = {'to_data', 'to_json', 'to_icalendar'}


# Looked up once: an attribute of the GLib proxy module costs as much as
# the call it is for (bench/results/python-override.txt).
_Date = GLib.Date
_date_new_julian = GLib.Date.new_julian
_date_valid = GLib.Date.valid
_date_get_julian = GLib.Date.get_julian
_pydate = datetime.date
_pydatetime = datetime.datetime
_fromordinal = datetime.date.fromordinal


# The GLib.Date made for a datetime.date, kept for the next call with the
# same day: making one costs more than most calls it is passed to. Only
# the library sees these, and it never changes a date it is given.
_glib_dates = {}


def _glib_date(value):
    date = _glib_dates.get(value)
    if date is None:
        if len(_glib_dates) >= 4096:
            _glib_dates.clear()
        # GLib's Julian day 1 is 1 January of year 1, as Python's ordinal 1.
        date = _glib_dates[value] = _date_new_julian(value.toordinal())
    return date


def _to_glib(value):
    cls = type(value)
    if cls is _pydate or (isinstance(value, _pydate) and not isinstance(value, _pydatetime)):
        return _glib_date(value)
    if cls is list:
        return [_to_glib(v) for v in value]
    return value


def _to_python(value):
    cls = type(value)
    if cls is _Date:
        if not _date_valid(value):
            return None
        return _fromordinal(_date_get_julian(value))
    if isinstance(value, tuple):
        # (ok, date) from a method with an out date, such as try_add_working_days
        return tuple(_to_python(v) for v in value)
    if cls is list:
        # a list of dates, such as Conference.get_rescheduled_from
        return [_to_python(v) for v in value]
    return value


def _is_date(type_info):
    """Whether a GI type is GLib.Date, or a list or array of them."""
    interface = type_info.get_interface()
    if interface is not None:
        return interface.get_namespace() == 'GLib' and interface.get_name() == 'Date'
    tag = type_info.get_tag_as_string()
    return tag in ('array', 'glist', 'gslist') and _is_date(type_info.get_param_type(0))


def _wrap(name, func, info=None):
    """@func taking and giving Python dates. A method with no date among
    its arguments (in or out) and its result, and whose text is not
    returned with its length, is left as it is, so that it costs nothing
    more than the typelib call."""
    text = name in _TEXT_RESULTS
    if info is not None and not text and not _is_date(info.get_return_type()) and \
            not any(_is_date(arg.get_type()) for arg in info.get_arguments()):
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if kwargs:
            result = func(*[_to_glib(a) for a in args], **{k: _to_glib(v) for k, v in kwargs.items()})
        else:
            result = func(*[_to_glib(a) for a in args])
        if text and isinstance(result, tuple):
            return result[0]
        return _to_python(result)

    if info is not None and not text:
        fast = _fast_wrapper(func, info, wrapper)
        if fast is not None:
            return functools.wraps(func)(fast)
    return wrapper


_MISSING = object()


def _fast_wrapper(func, info, general):
    """A wrapper for the usual shape, a method taking one date (after
    self) and perhaps one more argument, and giving back anything: only
    that argument and the result are converted, and any other call goes
    through @general, the wrapper for every shape. Most of the cost of an
    override is the wrapper's own (bench/results/python-override.txt)."""
    every = info.get_arguments()
    args = [a for a in every if a.get_direction() == GI.Direction.IN]
    out = [a for a in every if a.get_direction() != GI.Direction.IN]
    if not info.is_method() or len(args) not in (1, 2) or not _is_date(args[0].get_type()) or \
            any(_is_date(a.get_type()) for a in args[1:]) or \
            any(a.get_direction() != GI.Direction.OUT for a in out):
        return None
    # An out argument comes back in the result, which is then converted.
    date_result = _is_date(info.get_return_type()) or bool(out)

    if len(args) == 1:
        def wrapper(self, date=_MISSING, *rest, **kwargs):
            if rest or kwargs or date is _MISSING:
                return general(self, *(() if date is _MISSING else (date,)), *rest, **kwargs)
            if type(date) is _pydate:
                date = _glib_dates.get(date) or _glib_date(date)
            result = func(self, date)
            return _to_python(result) if date_result else result
    else:
        def wrapper(self, date=_MISSING, other=_MISSING, *rest, **kwargs):
            if rest or kwargs or other is _MISSING:
                given = tuple(v for v in (date, other) if v is not _MISSING)
                return general(self, *given, *rest, **kwargs)
            if type(date) is _pydate:
                date = _glib_dates.get(date) or _glib_date(date)
            result = func(self, date, other)
            return _to_python(result) if date_result else result
    return wrapper


def _own_methods(cls):
    return [info.get_name() for info in cls.__info__.get_methods()]


def _override_class(name):
    base = getattr(_module, name)
    namespace = {info.get_name(): _wrap(info.get_name(), getattr(base, info.get_name()), info)
                 for info in base.__info__.get_methods()}

    if issubclass(base, GObject.Object):
        def __init__(self, *args, **kwargs):
            base.__init__(self, *args, **{k: _to_glib(v) for k, v in kwargs.items()})
        namespace['__init__'] = __init__

    cls = override(type(name, (base,), namespace))
    globals()[name] = cls
    __all__.append(name)


for _name in dir(_module):
    _attr = getattr(_module, _name)
    if isinstance(_attr, type) and issubclass(_attr, (GObject.Object, GObject.GInterface)) \
            and _own_methods(_attr):
        _override_class(_name)


# The calendar's counts with a datetime.date go through the library's
# Julian-day forms: a date's ordinal is its Julian day, so no GLib.Date is
# made either way. Any other argument takes the general path.
def _calendar_julian(name, julian_name, gives_date):
    general = getattr(Calendar, name)
    julian = getattr(_module.Calendar, julian_name)

    def is_plain(value):
        return type(value) is _pydate

    if name == 'count_working_days':
        def method(self, first=_MISSING, last=_MISSING, *rest, **kwargs):
            if rest or kwargs or not is_plain(first) or not is_plain(last):
                given = tuple(v for v in (first, last) if v is not _MISSING)
                return general(self, *given, *rest, **kwargs)
            return julian(self, first.toordinal(), last.toordinal())
    elif gives_date:
        def method(self, date=_MISSING, n=_MISSING, *rest, **kwargs):
            if rest or kwargs or not is_plain(date) or type(n) is not int:
                given = tuple(v for v in (date, n) if v is not _MISSING)
                return general(self, *given, *rest, **kwargs)
            return _fromordinal(julian(self, date.toordinal(), n))
    else:
        def method(self, date=_MISSING, *rest, **kwargs):
            if rest or kwargs or not is_plain(date):
                return general(self, *(() if date is _MISSING else (date,)), *rest, **kwargs)
            return julian(self, date.toordinal())

    setattr(Calendar, name, functools.wraps(general)(method))


_calendar_julian('add_working_days', 'add_working_days_julian', True)
_calendar_julian('count_working_days', 'count_working_days_julian', False)
_calendar_julian('is_working_day', 'is_working_day_julian', False)


def _override_function(name):
    wrapped = _wrap(name, getattr(_module, name))
    globals()[name] = wrapped
    __all__.append(name)


for _name in ('date_parse', 'date_format', 'date_new_today'):
    _override_function(_name)
