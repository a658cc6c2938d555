# SPDX-License-Identifier: LGPL-2.1-or-later
"""The cost of the PyGObject override: a library call with a datetime.date
through CoreGroup (the override) against the same call through the raw
typelib with a GLib.Date already made. Target: at most 2 times. Each
figure is the best of several rounds, so that other work on the machine
counts as little as it can."""
import datetime
import sys
import timeit

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib  # noqa: E402
from gi.module import get_introspection_module  # noqa: E402

raw = get_introspection_module('CoreGroup')
calendar = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
day = datetime.date(2026, 12, 18)
glib_day = GLib.Date.new_dmy(18, GLib.DateMonth(12), 2026)
raw_add = raw.Calendar.add_working_days
raw_holiday = raw.Calendar.get_holiday_name

calls = [
    ('add_working_days', lambda: calendar.add_working_days(day, 10), lambda: raw_add(calendar, glib_day, 10)),
    ('get_holiday_name', lambda: calendar.get_holiday_name(day), lambda: raw_holiday(calendar, glib_day)),
]
n = 20000
worst = 0.0
for name, through_override, through_typelib in calls:
    over = min(timeit.repeat(through_override, number=n, repeat=7)) / n * 1e6
    plain = min(timeit.repeat(through_typelib, number=n, repeat=7)) / n * 1e6
    worst = max(worst, over / plain)
    print(f'{name}: override {over:.2f} us, typelib {plain:.2f} us, {over / plain:.1f} times')
print(f'worst: {worst:.1f} times (target at most 2.0): {"MET" if worst <= 2.0 else "NOT MET"}')
sys.exit(0)
