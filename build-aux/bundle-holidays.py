#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes the bank-holiday feed bundled with the library as C tables
(CgHolidayFeed, libcoregroup/calendar/cg-holidays-private.h), so that a
calendar starts without parsing 70 KB of JSON:

    bundle-holidays.py data/uk-bank-holidays.json OUTPUT.c

Each division's holidays are what cg_holiday_feed_read() reads from the same
file (a title with notes "Substitute day" ends in ", substitute day"; of two
holidays on one day the later wins), sorted by day, with the years the feed
covers. Anything the reader would refuse stops the build; the tests compare
the tables with the feed read at run time (tests/test-calendar.c)."""
import datetime
import json
import re
import sys

DIVISIONS = ('england-and-wales', 'scotland', 'northern-ireland')
FIRST_YEAR, LAST_YEAR = 1900, 2199
SUBSTITUTE = ', substitute day'
DATE = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')


def fail(message):
    sys.exit(f'{sys.argv[1]}: {message}')


def c_string(text):
    """A C string literal of @text's UTF-8 bytes, escaped where C needs it."""
    out = []
    for byte in text.encode('utf-8'):
        char = chr(byte)
        if char in '"\\?' or byte < 0x20 or byte >= 0x7f:
            out.append(f'\\{byte:03o}')
        else:
            out.append(char)
    return '"' + ''.join(out) + '"'


def read_division(feed, name):
    division = feed.get(name)
    if not isinstance(division, dict) or not isinstance(division.get('events'), list):
        fail(f'{name}.events: missing or not an array')
    by_day = {}
    for i, event in enumerate(division['events']):
        path = f'{name}.events[{i}]'
        title, notes = event.get('title'), event.get('notes')
        match = DATE.match(event.get('date', '')) if isinstance(event.get('date'), str) else None
        if not isinstance(title, str) or match is None or not (notes is None or isinstance(notes, str)):
            fail(f'{path}: not a holiday the library reads')
        try:
            day = datetime.date(*map(int, match.groups()))
        except ValueError:
            fail(f'{path}.date: not a date')
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            fail(f'{path}.date: outside {FIRST_YEAR}-{LAST_YEAR}')
        # As g_ascii_strcasecmp: only ASCII letters fold.
        moved = notes is not None and notes.encode().lower() == b'substitute day'
        # date.toordinal() counts from 1 January of year 1, as g_date_get_julian().
        by_day[day.toordinal()] = (day.year, title + SUBSTITUTE if moved else title)
    if not by_day:
        fail(f'{name}.events: empty')
    return by_day


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        feed = json.load(f)
    if not isinstance(feed, dict):
        fail('not a JSON object')

    lines = [
        '/* SPDX-License-Identifier: LGPL-2.1-or-later */',
        f'/* Made by build-aux/bundle-holidays.py from {sys.argv[1].split("/")[-1]}: do not edit. */',
        '#include "config.h"',
        '',
        '#include "calendar/cg-holidays-private.h"',
        '',
    ]
    for name in DIVISIONS:
        ident = name.replace('-', '_')
        by_day = read_division(feed, name)
        lines.append(f'static const CgHoliday {ident}_holidays[] = {{')
        lines += [f'  {{ {julian}, {c_string(title)} }},' for julian, (_, title) in sorted(by_day.items())]
        lines.append('};')
        years = sorted({year for year, _ in by_day.values()})
        lines.append(f'static const guint16 {ident}_years[] = {{ {", ".join(map(str, years))} }};')
        lines.append('')

    lines.append('const CgHolidayFeed cg_holidays_bundled[CG_DIVISION_NORTHERN_IRELAND + 1] = {')
    for name in DIVISIONS:
        ident = name.replace('-', '_')
        lines.append(f'  {{ {ident}_holidays, G_N_ELEMENTS ({ident}_holidays), '
                     f'{ident}_years, G_N_ELEMENTS ({ident}_years) }},')
    lines.append('};')

    with open(sys.argv[2], 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
