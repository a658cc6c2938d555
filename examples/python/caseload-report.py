#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A caseload compliance report for managers, from a folder of case files.

    /usr/bin/python3 examples/python/caseload-report.py [--today YYYY-MM-DD]
        [--output report.html] [--csv deadlines.csv] [CASES_DIR]

Each case is evaluated under its own policy by libcoregroup; this script only
counts, sorts and draws. The HTML page is self-contained (charts embedded
as PNG) and puts the urgent first: what is overdue now, the longest overdue
first, with the working days overdue, the worker and the case; then the
findings, errors first; then the timeliness of every rule, of each team
(the case's team manager) and of each lead social worker. The CSV has one
row per deadline entry.
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
SEVERITIES = [('error', 'Errors'), ('warning', 'Warnings'), ('info', 'Advice')]
CSV_FIELDS = ['case', 'policy', 'lead_social_worker', 'team', 'rule', 'due', 'status', 'working_days_overdue',
              'satisfied_by', 'satisfied_on', 'satisfied_text', 'subject', 'source']
NO_WORKER = '(no lead social worker)'
NO_TEAM = '(no team manager)'


def python_date(value):
    """A date from the library as a datetime.date: the override returns one
    already; without it (no PYTHONPATH=bindings/python) it is a GLib.Date."""
    if isinstance(value, GLib.Date):
        return datetime.date(value.get_year(), int(value.get_month()), value.get_day())
    return value


def member_name(member, missing):
    return member.props.name if member is not None else missing


def evaluate_folder(folder, today, registry):
    """Returns (rows, overdue, findings, problems): one dict per deadline
    entry; what is overdue now and nobody has accepted, longest overdue
    first; one dict per finding; and the files that failed."""
    rows, overdue, findings, problems = [], [], [], []
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
        group = kase.get_core_group()
        who = {'case': kase.props.id, 'policy': policy.get_id(),
               'lead_social_worker': member_name(group.get_lead_social_worker(), NO_WORKER),
               'team': member_name(group.get_team_manager(), NO_TEAM)}
        report = policy.evaluate(kase, today)
        for d in report.get_deadlines():
            rows.append(dict(who, rule=d.props.rule, due=CoreGroup.date_format(d.props.due),
                             status=d.props.status.value_nick,
                             working_days_overdue=report.count_working_days_overdue(d),
                             satisfied_by=d.props.satisfied_by or '',
                             satisfied_on=CoreGroup.date_format(d.props.satisfied_on) if d.props.satisfied_on else '',
                             satisfied_text=d.props.satisfied_text or '',
                             subject=d.props.subject or '', source=d.props.source or ''))
        # With a look-ahead of none, what needs action is what is overdue.
        for d in report.list_urgent(0):
            if d.props.status != CoreGroup.DeadlineStatus.OVERDUE:
                continue
            last = report.find_last_met(d)
            overdue.append(dict(who, days=report.count_working_days_overdue(d), rule=d.props.rule,
                                due=CoreGroup.date_format(d.props.due), what=d.props.description or '',
                                source=d.props.source or '',
                                last=last.props.satisfied_text if last is not None else ''))
        for f in report.get_findings():
            findings.append(dict(who, severity=f.props.severity.value_nick, rule=f.props.rule,
                                 message=f.props.message))
    # Each case's list is longest overdue first already; across the caseload
    # too (sorted() keeps the cases' order between equals).
    overdue = sorted(overdue, key=lambda item: -item['days'])
    return rows, overdue, findings, problems


def deadline_rules(rows):
    """The deadline rules the caseload has entries of, in the catalogue's order."""
    present = {row['rule'] for row in rows}
    catalogue = [info.get_id() for info in CoreGroup.RuleInfo.list_all()]
    return [rule for rule in catalogue if rule in present] + sorted(present - set(catalogue))


def counts_by(rows, key):
    """{value of key: Counter(status)}, in first-seen order."""
    counts = {}
    for row in rows:
        counts.setdefault(row[key], collections.Counter())[row['status']] += 1
    return counts


def figure_png(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format='png', dpi=96, bbox_inches='tight')
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode('ascii')


def status_chart(labels, counts, xlabel):
    """Stacked horizontal bars, one per label, of the entries by status."""
    fig, ax = plt.subplots(figsize=(9.5, 0.9 + 0.36 * max(1, len(labels))))
    left = [0] * len(labels)
    for status in STATUSES:
        values = [counts[label][status] for label in labels]
        ax.barh(labels, values, left=left, color=COLOURS[status], label=status)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(ncol=4, loc='lower center', bbox_to_anchor=(0.5, 1.0), frameon=False)
    return figure_png(fig)


def status_table(table_id, heading, labels, counts):
    esc = html.escape
    body = ''.join(
        f'<tr><th>{esc(label)}</th>' + ''.join(f'<td class="{s if counts[label][s] else "none"}">{counts[label][s]}</td>'
                                               for s in STATUSES) + '</tr>'
        for label in labels)
    return (f'<table id="{table_id}" class="counts"><tr><th>{esc(heading)}</th>'
            f'{"".join(f"<th>{s}</th>" for s in STATUSES)}</tr>{body}</table>')


def timeliness_section(table_id, title, heading, labels, counts, xlabel):
    chart = status_chart(labels, counts, xlabel)
    return (f'<h3>{html.escape(title)}</h3>\n'
            f'<img alt="{html.escape(title)}" src="data:image/png;base64,{chart}">\n'
            f'{status_table(table_id, heading, labels, counts)}\n')


def overdue_section(overdue):
    esc = html.escape
    if not overdue:
        return '<p id="overdue">Nothing is overdue.</p>'
    body = ''.join(
        f'<tr><td class="days">{item["days"]}</td><td>{esc(item["lead_social_worker"])}</td>'
        f'<td class="id">{esc(item["case"])}</td>'
        f'<td>{esc(item["rule"])}<br><span class="what">{esc(item["what"])}</span></td>'
        f'<td class="day">{esc(item["due"])}</td><td>{esc(item["last"] or "—")}</td><td>{esc(item["source"])}</td></tr>'
        for item in overdue)
    return ('<table id="overdue"><tr><th>working days overdue</th><th>worker</th><th>case</th><th>what must happen</th>'
            f'<th>due</th><th>last met</th><th>source</th></tr>{body}</table>')


def findings_section(findings):
    esc = html.escape
    parts = []
    for severity, title in SEVERITIES:
        items = [f for f in findings if f['severity'] == severity]
        if not items:
            continue
        body = ''.join(f'<tr><td class="id">{esc(f["case"])}</td><td>{esc(f["lead_social_worker"])}</td>'
                       f'<td class="rule">{esc(f["rule"])}</td><td>{esc(f["message"])}</td></tr>' for f in items)
        parts.append(f'<h3 class="{severity}">{title} ({len(items)})</h3>\n'
                     f'<table id="findings-{severity}"><tr><th>case</th><th>worker</th><th>rule</th>'
                     f'<th>finding</th></tr>{body}</table>')
    return '\n'.join(parts) or '<p>No findings.</p>'


def write_html(path, today, rows, overdue, findings, problems):
    esc = html.escape
    rules = deadline_rules(rows)
    by_rule = counts_by(rows, 'rule')
    by_team = counts_by(rows, 'team')
    by_worker = counts_by(rows, 'lead_social_worker')
    teams = sorted(by_team, key=lambda t: (-by_team[t]['overdue'], t))
    workers = sorted(by_worker, key=lambda w: (-by_worker[w]['overdue'], w))
    cases = sorted({r['case'] for r in rows})
    errors = sum(f['severity'] == 'error' for f in findings)
    problem_items = ''.join(f'<li>{esc(p)}</li>' for p in problems)
    page = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Core group compliance, {today.isoformat()}</title>
<style>
body {{ font-family: sans-serif; margin: 2em; color: #222; max-width: 78em; }}
h2 {{ border-bottom: 2px solid #ddd; padding-bottom: 0.2em; margin-top: 1.6em; }}
table {{ border-collapse: collapse; margin: 0.6em 0 1.2em; }}
th, td {{ border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }}
th {{ background: #f4f4f4; }}
td.id, td.day, td.rule {{ white-space: nowrap; }}
#overdue td.days {{ color: #c62828; font-weight: bold; font-size: 1.3em; text-align: right; }}
#overdue .what {{ color: #555; font-size: 0.9em; }}
table.counts td {{ text-align: right; min-width: 3em; }}
td.overdue {{ color: #c62828; font-weight: bold; }}
h3.error {{ color: #c62828; }} h3.warning {{ color: #8a6d00; }}
.summary {{ font-size: 1.1em; }}
.summary strong {{ color: #c62828; }}
</style></head><body>
<h1>Core group compliance report</h1>
<p class="summary">As of {today.strftime('%A %-d %B %Y')}: {len(cases)} cases, {len(rows)} deadline entries,
<strong>{len(overdue)} overdue</strong> and {errors} error finding{'' if errors == 1 else 's'}.
Every figure comes from libcoregroup's evaluation of each case under its own local policy.</p>
{f'<p class="summary"><strong>{len(problems)} file(s) could not be evaluated</strong>: see the end.</p>'
 if problems else ''}
<h2>Overdue now</h2>
<p>What needs action, the longest overdue first: working days past the due date, counted in each case's
calendar. Entries a named person has accepted are left out.</p>
{overdue_section(overdue)}
<h2>Findings</h2>
{findings_section(findings)}
<h2>Timeliness</h2>
{timeliness_section('timeliness', 'Every rule', 'rule', rules, by_rule, 'deadline entries')}
{timeliness_section('teams', 'Each team (by team manager)', 'team', teams, by_team, 'deadline entries')}
{timeliness_section('workers', 'Each lead social worker', 'worker', workers, by_worker, 'deadline entries')}
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
    rows, overdue, findings, problems = evaluate_folder(args.folder, today, registry)
    write_html(args.output, day, rows, overdue, findings, problems)
    write_csv(args.csv, rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f'{args.output}: {len({r["case"] for r in rows})} cases, {len(overdue)} overdue; '
          f'{args.csv}: {len(rows)} rows')
    return 2 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
