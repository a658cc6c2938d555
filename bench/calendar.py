# SPDX-License-Identifier: LGPL-2.1-or-later
"""Working-day arithmetic per call from Python (PyGObject), for bench/run."""
import random
import time

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib  # noqa: E402

N = 200000
calendar = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
rng = random.Random(42)
base = GLib.Date.new_dmy(1, 1, 2000).get_julian()
dates = []
for _ in range(1024):
    d = GLib.Date.new_julian(base + rng.randrange(40 * 365))
    dates.append((d, rng.randrange(-30, 31)))

start = time.perf_counter()
for i in range(N):
    d, n = dates[i % 1024]
    calendar.add_working_days(d, n)
add = (time.perf_counter() - start) / N

start = time.perf_counter()
for i in range(N):
    calendar.count_working_days(dates[i % 1024][0], dates[(i + 1) % 1024][0])
count = (time.perf_counter() - start) / N

start = time.perf_counter()
for i in range(N):
    calendar.add_working_days_julian(base + (i % 14000), 10)
julian = (time.perf_counter() - start) / N

print(f'Python add_working_days (GLib.Date)   {add * 1e6:8.2f} µs/call  {1 / add:12.0f} calls/s')
print(f'Python count_working_days (GLib.Date) {count * 1e6:8.2f} µs/call  {1 / count:12.0f} calls/s')
print(f'Python add_working_days_julian        {julian * 1e6:8.2f} µs/call  {1 / julian:12.0f} calls/s')
