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

from gi.repository import GLib, GObject

from ..module import get_introspection_module
from ..overrides import override

# Not named CoreGroup: the class CoreGroup.CoreGroup is overridden below.
_module = get_introspection_module('CoreGroup')

__all__ = []

_TEXT_RESULTS = {'to_data', 'to_json', 'to_icalendar'}


def _to_glib(value):
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return GLib.Date.new_dmy(value.day, GLib.DateMonth(value.month), value.year)
    if isinstance(value, list):
        return [_to_glib(v) for v in value]
    return value


def _to_python(value):
    if isinstance(value, GLib.Date):
        if not value.valid():
            return None
        return datetime.date(value.get_year(), int(value.get_month()), value.get_day())
    if isinstance(value, tuple):
        # (ok, date) from a method with an out date, such as try_add_working_days
        return tuple(_to_python(v) for v in value)
    if isinstance(value, list):
        # a list of dates, such as Conference.get_rescheduled_from
        return [_to_python(v) for v in value]
    return value


def _wrap(name, func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*[_to_glib(a) for a in args], **{k: _to_glib(v) for k, v in kwargs.items()})
        if name in _TEXT_RESULTS and isinstance(result, tuple):
            return result[0]
        return _to_python(result)
    return wrapper


def _own_methods(cls):
    return [info.get_name() for info in cls.__info__.get_methods()]


def _override_class(name):
    base = getattr(_module, name)
    namespace = {method: _wrap(method, getattr(base, method)) for method in _own_methods(base)}

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


def _override_function(name):
    wrapped = _wrap(name, getattr(_module, name))
    globals()[name] = wrapped
    __all__.append(name)


for _name in ('date_parse', 'date_format', 'date_new_today'):
    _override_function(_name)
