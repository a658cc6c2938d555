#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A caseload compliance report for managers, from a folder of case files.

    /usr/bin/python3 examples/python/caseload-report.py [--today YYYY-MM-DD]
        [--output report.html] [--csv deadlines.csv] [CASES_DIR]

Each case is evaluated under its own policy by libcoregroup; this script only
counts and draws. The HTML page is self-contained (charts embedded as PNG):
timeliness of first core groups, of child-seen visits and of minutes, and
overdue items by lead social worker. The CSV has one row per deadline entry.
"""

import argparse
import base64
import collections
import csv
import datetime
import html
import io
import os
import sys

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

import matplotlib  # noqa: E402
matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402

STATUSES = ['met', 'late', 'overdue', 'pending']
COLOURS = {'met': '#2e7d32', 'late': '#f9a825', 'overdue': '#c62828', 'pending': '#90a4ae'}
CHARTED_RULES = [('first-core-group', 'First core group'),
                 ('child-seen', 'Child seen'),
                 ('minutes-circulated', 'Minutes circulated')]
CSV_FIELDS = ['case', 'policy', 'lead_social_worker', 'rule', 'due', 'status',
              'satisfied_by', 'satisfied_on', 'subject', 'source']


def python_date(value):
    """A date from the library as a datetime.date: the override returns one
    already; without it (no PYTHONPATH=bindings/python) it is a GLib.Date."""
    if isinstance(value, GLib.Date):
        return datetime.date(value.get_year(), int(value.get_month()), value.get_day())
    return value


def evaluate_folder(folder, today, registry):
    """Returns (rows, problems): one dict per deadline entry, and files that failed."""
    rows, problems = [], []
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.json'):
            continue
        path = os.path.join(folder, name)
        try:
            kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
        except GLib.Error as e:
            problems.append(f'{path}: {e.message}')
            continue
        policy = registry.lookup(kase.props.policy)
        if policy is None:
            problems.append(f'{path}: policy: no policy “{kase.props.policy}” is known')
            continue
        lead = kase.get_core_group().get_lead_social_worker()
        worker = lead.props.name if lead is not None else '(no lead social worker)'
        report = policy.evaluate(kase, today)
        for d in report.get_deadlines():
            status = d.props.status.value_nick
            rows.append({
                'case': kase.props.id, 'policy': policy.get_id(), 'lead_social_worker': worker,
                'rule': d.props.rule, 'due': CoreGroup.date_format(d.props.due), 'status': status,
                'satisfied_by': d.props.satisfied_by or '',
                'satisfied_on': CoreGroup.date_format(d.props.satisfied_on) if d.props.satisfied_on else '',
                'subject': d.props.subject or '', 'source': d.props.source or '',
            })
    return rows, problems


def timeliness(rows):
    """{rule: Counter(status)} for the charted rules."""
    counts = {rule: collections.Counter() for rule, _ in CHARTED_RULES}
    for row in rows:
        if row['rule'] in counts:
            counts[row['rule']][row['status']] += 1
    return counts


def overdue_by_worker(rows):
    counts = collections.Counter()
    for row in rows:
        counts[row['lead_social_worker']] += row['status'] == 'overdue'
    return counts


def figure_png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format='png', dpi=96, bbox_inches='tight')
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode('ascii')


def timeliness_chart(counts):
    fig, ax = plt.subplots(figsize=(7, 2.8))
    labels = [label for _, label in CHARTED_RULES]
    left = [0] * len(CHARTED_RULES)
    for status in STATUSES:
        values = [counts[rule][status] for rule, _ in CHARTED_RULES]
        ax.barh(labels, values, left=left, color=COLOURS[status], label=status)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel('deadline entries')
    ax.legend(ncol=4, loc='lower center', bbox_to_anchor=(0.5, 1.0), frameon=False)
    return figure_png(fig)


def worker_chart(counts):
    fig, ax = plt.subplots(figsize=(7, 0.6 + 0.45 * max(1, len(counts))))
    workers = sorted(counts, key=lambda w: (-counts[w], w))
    ax.barh(workers, [counts[w] for w in workers], color=COLOURS['overdue'])
    ax.invert_yaxis()
    ax.set_xlabel('overdue items')
    ax.xaxis.get_major_locator().set_params(integer=True)
    return figure_png(fig)


def write_html(path, today, rows, problems):
    counts = timeliness(rows)
    workers = overdue_by_worker(rows)
    esc = html.escape
    table_rows = ''.join(
        f'<tr><th>{esc(label)}</th>' + ''.join(f'<td class="{s}">{counts[rule][s]}</td>' for s in STATUSES) + '</tr>'
        for rule, label in CHARTED_RULES)
    worker_rows = ''.join(f'<tr><th>{esc(w)}</th><td class="overdue">{n}</td></tr>'
                          for w, n in sorted(workers.items(), key=lambda x: (-x[1], x[0])))
    overdue_rows = ''.join(
        f'<tr><td>{esc(r["case"])}</td><td>{esc(r["lead_social_worker"])}</td><td>{esc(r["rule"])}</td>'
        f'<td>{esc(r["due"])}</td><td>{esc(r["source"])}</td></tr>'
        for r in rows if r['status'] == 'overdue')
    problem_items = ''.join(f'<li>{esc(p)}</li>' for p in problems)
    cases = sorted({r['case'] for r in rows})
    page = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Core group compliance, {today.isoformat()}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: left; }}
td.overdue {{ color: #c62828; font-weight: bold; }}
</style></head><body>
<h1>Core group compliance report</h1>
<p>As of {today.strftime('%d %B %Y')}: {len(cases)} cases, {len(rows)} deadline entries,
<strong>{sum(workers.values())} overdue</strong>. Every figure comes from libcoregroup's
evaluation of each case under its own local policy.</p>
<h2>Timeliness</h2>
<img alt="Timeliness of first core groups, child-seen visits and minutes" src="data:image/png;base64,{timeliness_chart(counts)}">
<table id="timeliness"><tr><th></th>{''.join(f'<th>{s}</th>' for s in STATUSES)}</tr>{table_rows}</table>
<h2>Overdue items by lead social worker</h2>
<img alt="Overdue items by lead social worker" src="data:image/png;base64,{worker_chart(workers)}">
<table id="workers">{worker_rows}</table>
<h2>Overdue now</h2>
<table id="overdue"><tr><th>case</th><th>lead social worker</th><th>rule</th><th>due</th><th>source</th></tr>{overdue_rows}</table>
{f'<h2>Files not evaluated</h2><ul>{problem_items}</ul>' if problems else ''}
</body></html>
'''
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)


def write_csv(path, rows):
    with open(path, 'w', newline='', encoding='utf-8') as f:
        writer = csv.DictWriter(f, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('folder', nargs='?', default=os.path.join(here, '..', 'cases'))
    parser.add_argument('--today', type=datetime.date.fromisoformat,
                        help='evaluate as of this day (default: today in Europe/London)')
    parser.add_argument('--output', default='caseload-report.html')
    parser.add_argument('--csv', default='caseload-deadlines.csv')
    args = parser.parse_args(argv)

    registry = CoreGroup.PolicyRegistry.new_builtin()
    try:
        registry.load_data_dirs()
    except GLib.Error as e:
        print(f'warning: {e.message}', file=sys.stderr)

    day = args.today or python_date(CoreGroup.date_new_today())
    today = GLib.Date.new_dmy(day.day, GLib.DateMonth(day.month), day.year)
    rows, problems = evaluate_folder(args.folder, today, registry)
    write_html(args.output, day, rows, problems)
    write_csv(args.csv, rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f'{args.output}: {len({r["case"] for r in rows})} cases, '
          f'{sum(r["status"] == "overdue" for r in rows)} overdue; {args.csv}: {len(rows)} rows')
    return 2 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
