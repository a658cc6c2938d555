#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A GTK 4 / libadwaita viewer for one case: its deadlines and findings.

    /usr/bin/python3 examples/gtk/coregroup-viewer.py [--today YYYY-MM-DD] [CASE.json]
        [--screenshot FILE.png]

The lists are Gtk.ColumnViews bound directly to the GListModels of the
report libcoregroup produces: no rule is computed here. --screenshot renders
the X display (run it under Xvfb) to a PNG once the window is shown,
then quits (used by the tests).
"""

import argparse
import datetime
import subprocess
import sys

import gi
gi.require_version('Gtk', '4.0')
gi.require_version('Adw', '1')
gi.require_version('CoreGroup', '1.0')
from gi.repository import Adw, CoreGroup, Gio, GLib, Gtk  # noqa: E402

STATUS_STYLE = {'overdue': 'error', 'late': 'warning', 'met': 'success', 'pending': 'dim-label'}
SEVERITY_STYLE = {'error': 'error', 'warning': 'warning', 'info': 'dim-label'}


def python_date(value):
    """A date from the library as a datetime.date: GLib.Date (props, or any
    call without the override on PYTHONPATH) or datetime.date (override)."""
    if isinstance(value, GLib.Date):
        return datetime.date(value.get_year(), int(value.get_month()), value.get_day())
    return value


def text_date(value):
    """Formats a date from the library, or '' for None."""
    value = python_date(value)
    return value.strftime('%a %d %b %Y') if value is not None else ''


def column(title, text_of, style_of=None, expand=False):
    """A ColumnView column whose cells show text_of(item) in a label."""
    factory = Gtk.SignalListItemFactory()

    def setup(_factory, item):
        label = Gtk.Label(xalign=0, wrap=True, margin_start=6, margin_end=6, margin_top=3, margin_bottom=3)
        item.set_child(label)

    def bind(_factory, item):
        label = item.get_child()
        label.set_text(text_of(item.get_item()))
        for style in set(STATUS_STYLE.values()) | set(SEVERITY_STYLE.values()):
            label.remove_css_class(style)
        if style_of is not None and style_of(item.get_item()):
            label.add_css_class(style_of(item.get_item()))

    factory.connect('setup', setup)
    factory.connect('bind', bind)
    col = Gtk.ColumnViewColumn(title=title, factory=factory)
    col.set_expand(expand)
    return col


class CaseWindow(Adw.ApplicationWindow):
    def __init__(self, app, today, registry):
        super().__init__(application=app, title='Core group deadlines', default_width=1100, default_height=720)
        self.today = today
        self.registry = registry

        header = Adw.HeaderBar()
        open_button = Gtk.Button(label='Open…')
        open_button.connect('clicked', self.on_open_clicked)
        header.pack_start(open_button)

        self.summary = Gtk.Label(xalign=0, wrap=True, margin_start=12, margin_end=12, margin_top=8)
        self.summary.add_css_class('title-4')

        self.deadlines = Gtk.ColumnView(show_row_separators=True)
        self.deadlines.append_column(column('Due', lambda d: text_date(d.props.due)))
        self.deadlines.append_column(column('Status', lambda d: d.props.status.value_nick,
                                            lambda d: STATUS_STYLE.get(d.props.status.value_nick)))
        self.deadlines.append_column(column('Rule', lambda d: d.props.rule))
        self.deadlines.append_column(column('What must happen', lambda d: d.props.description or '', expand=True))
        self.deadlines.append_column(column('Met by', lambda d: (
            f'{d.props.satisfied_by or ""} {text_date(d.props.satisfied_on)}'.strip())))
        self.deadlines.append_column(column('Source', lambda d: d.props.source or ''))

        self.findings = Gtk.ColumnView(show_row_separators=True)
        self.findings.append_column(column('Severity', lambda f: f.props.severity.value_nick,
                                           lambda f: SEVERITY_STYLE.get(f.props.severity.value_nick)))
        self.findings.append_column(column('Rule', lambda f: f.props.rule))
        self.findings.append_column(column('Finding', lambda f: f.props.message, expand=True))

        stack = Adw.ViewStack()
        stack.add_titled(Gtk.ScrolledWindow(child=self.deadlines, vexpand=True), 'deadlines', 'Deadlines') \
            .set_icon_name('x-office-calendar-symbolic')
        stack.add_titled(Gtk.ScrolledWindow(child=self.findings, vexpand=True), 'findings', 'Findings') \
            .set_icon_name('dialog-warning-symbolic')
        switcher = Adw.ViewSwitcherTitle(stack=stack, title='Core group deadlines')
        header.set_title_widget(switcher)

        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        box.append(header)
        box.append(self.summary)
        box.append(stack)
        self.set_content(box)
        self.summary.set_text('Open a case file to see its deadlines and findings.')

    def load(self, path):
        try:
            kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
        except GLib.Error as e:
            self.summary.set_text(f'{path}: {e.message}')
            return None
        policy = self.registry.lookup(kase.props.policy)
        if policy is None:
            self.summary.set_text(f'{path}: no policy “{kase.props.policy}” is known')
            return None
        report = policy.evaluate(kase, self.today)
        # The library's list models, bound as they are.
        self.deadlines.set_model(Gtk.NoSelection(model=report.get_deadlines()))
        self.findings.set_model(Gtk.NoSelection(model=report.get_findings()))
        errors = report.count_findings(CoreGroup.Severity.ERROR)
        warnings = report.count_findings(CoreGroup.Severity.WARNING)
        self.summary.set_text(
            f'{kase.props.id}: {kase.props.child_name} — {policy.get_name()}, as of {text_date(self.today)}: '
            f'{report.count_overdue()} overdue, {errors} error{"" if errors == 1 else "s"}, '
            f'{warnings} warning{"" if warnings == 1 else "s"}')
        self.report = report
        return report

    def on_open_clicked(self, _button):
        dialog = Gtk.FileChooserNative(title='Open a case', transient_for=self, action=Gtk.FileChooserAction.OPEN)
        dialog.connect('response', self.on_open_response)
        dialog.show()
        self.dialog = dialog

    def on_open_response(self, dialog, response):
        if response == Gtk.ResponseType.ACCEPT:
            self.load(dialog.get_file().get_path())


def save_screenshot(path):
    """Captures the X display as drawn, with ImageMagick's import. (Rendering
    the window from Python is not possible with PyGObject 3.42, which cannot
    return GTK's render nodes.)"""
    subprocess.run(['import', '-window', 'root', path], check=True)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('case', nargs='?')
    parser.add_argument('--today', type=datetime.date.fromisoformat,
                        help='evaluate as of this day (default: today in Europe/London)')
    parser.add_argument('--screenshot')
    args = parser.parse_args(argv)

    day = args.today or python_date(CoreGroup.date_new_today())
    today = GLib.Date.new_dmy(day.day, GLib.DateMonth(day.month), day.year)
    registry = CoreGroup.PolicyRegistry.new_builtin()
    try:
        registry.load_data_dirs()
    except GLib.Error as e:
        print(f'warning: {e.message}', file=sys.stderr)

    app = Adw.Application(application_id='org.coregroup.Viewer', flags=Gio.ApplicationFlags.NON_UNIQUE)
    status = {'code': 0}

    def on_activate(application):
        window = CaseWindow(application, today, registry)
        if args.case:
            if window.load(args.case) is None:
                status['code'] = 2
        window.present()
        if args.screenshot:
            def shoot():
                save_screenshot(args.screenshot)
                n = window.deadlines.get_model().get_n_items() if window.deadlines.get_model() else 0
                print(f'{args.screenshot}: {n} deadlines shown')
                application.quit()
                return GLib.SOURCE_REMOVE
            GLib.timeout_add(1500, shoot)

    app.connect('activate', on_activate)
    app.run(None)
    return status['code']


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
