#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A GTK 4 / libadwaita viewer for one case: what needs action first, then
every deadline and the findings.

    /usr/bin/python3 examples/gtk/coregroup-viewer.py [--today YYYY-MM-DD] [CASE.json]
        [--page urgent|deadlines|findings] [--screenshot FILE.png]

It opens on what is overdue, longest overdue first, and what falls due in
the next ten working days (CoreGroup.Report.list_urgent), each with when
the duty was last met and by whom (CoreGroup.Report.find_last_met); the
other pages list every deadline, with what met it in words that name
people (CoreGroup.Deadline:satisfied-text), and the findings. The lists are
bound directly to the GListModels libcoregroup gives: no rule, date or
name is worked out here. --screenshot renders the X display (run it under
Xvfb) to a PNG once the window is shown, prints the rows of the page shown
as drawn, then quits (used by the tests).
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

# What coregroup deadlines calls due soon: the next ten working days.
DUE_SOON_WORKING_DAYS = 10
STATUS_STYLE = {'overdue': 'error', 'late': 'warning', 'met': 'success', 'pending': 'dim-label'}
SEVERITY_STYLE = {'error': 'error', 'warning': 'warning', 'info': 'dim-label'}
STYLES = set(STATUS_STYLE.values()) | set(SEVERITY_STYLE.values())


def python_date(value):
    """A date from the library as a datetime.date: GLib.Date (props, or any
    call without the override on PYTHONPATH) or datetime.date (override)."""
    if isinstance(value, GLib.Date):
        return datetime.date(value.get_year(), int(value.get_month()), value.get_day())
    return value


def text_date(value):
    """Formats a date from the library, or '' for None."""
    value = python_date(value)
    return value.strftime('%a %-d %b %Y') if value is not None else ''


def column(title, text_of, style_of=None, expand=False, width=None):
    """A ColumnView column whose cells show text_of(item) in a label,
    styled with the CSS classes style_of(item) gives; @width in pixels
    for a column that does not expand."""
    factory = Gtk.SignalListItemFactory()

    def setup(_factory, item):
        label = Gtk.Label(xalign=0, yalign=0, wrap=True, margin_start=6, margin_end=6, margin_top=4,
                          margin_bottom=4)
        label.part = title
        item.set_child(label)

    def bind(_factory, item):
        label = item.get_child()
        label.set_text(text_of(item.get_item()))
        for style in STYLES:
            label.remove_css_class(style)
        for style in (style_of(item.get_item()) if style_of is not None else ()):
            label.add_css_class(style)

    factory.connect('setup', setup)
    factory.connect('bind', bind)
    col = Gtk.ColumnViewColumn(title=title, factory=factory)
    col.set_expand(expand)
    if width is not None:
        col.set_fixed_width(width)
    return col


def label(part, *styles, **props):
    """A label of an urgent row; @part names it for the screenshot's list."""
    widget = Gtk.Label(xalign=0, wrap=True, **props)
    widget.part = part
    for style in styles:
        widget.add_css_class(style)
    return widget


def described(deadline):
    """What must happen, and the paragraph that says so."""
    text = deadline.props.description or deadline.props.rule
    return f'{text} ({deadline.props.source})' if deadline.props.source else text


class CaseWindow(Adw.ApplicationWindow):
    def __init__(self, app, today, registry):
        super().__init__(application=app, title='Core group deadlines', default_width=1100, default_height=720)
        self.today = today
        self.registry = registry
        self.report = None
        self.kase = None

        header = Adw.HeaderBar()
        open_button = Gtk.Button(label='Open…')
        open_button.connect('clicked', self.on_open_clicked)
        header.pack_start(open_button)

        self.summary = Gtk.Label(xalign=0, wrap=True, margin_start=12, margin_end=12, margin_top=8,
                                 margin_bottom=8)
        self.summary.add_css_class('title-4')

        # What needs action: overdue first, the longest overdue at the top,
        # one card a duty.
        self.urgent = Gtk.ListBox(selection_mode=Gtk.SelectionMode.NONE, valign=Gtk.Align.START,
                                  margin_top=6, margin_bottom=18, margin_start=12, margin_end=12)
        self.urgent.add_css_class('boxed-list')
        self.nothing_urgent = Adw.StatusPage(icon_name='emblem-ok-symbolic', title='Nothing is overdue or due soon',
                                             vexpand=True)
        self.urgent_stack = Gtk.Stack()
        self.urgent_stack.add_named(Gtk.ScrolledWindow(child=Adw.Clamp(maximum_size=1040, child=self.urgent),
                                                       vexpand=True), 'list')
        self.urgent_stack.add_named(self.nothing_urgent, 'empty')
        self.urgent_stack.add_named(Adw.StatusPage(icon_name='document-open-symbolic', title='No case open',
                                                   description='Open a case file to see what needs action.',
                                                   vexpand=True), 'none')
        self.urgent_stack.set_visible_child_name('none')

        self.deadlines = Gtk.ColumnView(show_row_separators=True)
        self.deadlines.append_column(column('Due', lambda d: text_date(d.props.due), width=145))
        self.deadlines.append_column(column('Status', lambda d: d.props.status.value_nick,
                                            lambda d: [STATUS_STYLE[d.props.status.value_nick]], width=80))
        self.deadlines.append_column(column('Rule', lambda d: d.props.rule, width=200))
        self.deadlines.append_column(column('What must happen', described, expand=True))
        self.deadlines.append_column(column('Met', lambda d: d.props.satisfied_text or '', width=290))

        self.findings = Gtk.ColumnView(show_row_separators=True)
        self.findings.append_column(column('Severity', lambda f: f.props.severity.value_nick,
                                           lambda f: [SEVERITY_STYLE[f.props.severity.value_nick]], width=90))
        self.findings.append_column(column('Rule', lambda f: f.props.rule, width=220))
        self.findings.append_column(column('Finding', lambda f: f.props.message, expand=True))

        self.stack = Adw.ViewStack()
        self.stack.add_titled(self.urgent_stack, 'urgent', 'Needs action') \
            .set_icon_name('alarm-symbolic')
        self.stack.add_titled(Gtk.ScrolledWindow(child=self.deadlines, vexpand=True), 'deadlines', 'All deadlines') \
            .set_icon_name('x-office-calendar-symbolic')
        self.stack.add_titled(Gtk.ScrolledWindow(child=self.findings, vexpand=True), 'findings', 'Findings') \
            .set_icon_name('dialog-warning-symbolic')
        self.stack.set_visible_child_name('urgent')
        switcher = Adw.ViewSwitcherTitle(stack=self.stack, title='Core group deadlines')
        header.set_title_widget(switcher)

        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        box.append(header)
        box.append(self.summary)
        box.append(self.stack)
        self.set_content(box)
        self.summary.set_visible(False)

    def urgent_row(self, deadline):
        """A card for one urgent entry: how long overdue (or due soon), what
        must happen, when, how the date was counted, when the duty was last
        met and by whom, and who a conference made responsible."""
        overdue = deadline.props.status == CoreGroup.DeadlineStatus.OVERDUE
        days = self.report.count_working_days_overdue(deadline)
        if overdue:
            badge = label('overdue', 'error', 'title-3', label=f'{days} working day{"" if days == 1 else "s"}')
            badge_note = label('overdue-note', 'error', 'caption-heading', label='OVERDUE')
        else:
            badge = label('overdue', 'warning', 'title-3', label='Due soon')
            badge_note = label('overdue-note', 'dim-label', 'caption-heading', label='in the next 10 working days')
        for widget in (badge, badge_note):
            widget.set_size_request(170, -1)
            widget.set_max_width_chars(16)

        details = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=3, hexpand=True)
        details.append(label('what', 'heading', label=described(deadline)))
        details.append(label('when', 'caption', label=f'Due {text_date(deadline.props.due)} · {deadline.props.rule}'))
        if deadline.props.explanation:
            details.append(label('counted', 'dim-label', 'caption', label=deadline.props.explanation))
        last = self.report.find_last_met(deadline)
        if last is not None and last.props.satisfied_text:
            details.append(label('last', label=f'Last met: {last.props.satisfied_text}'))
        if deadline.props.responsible:
            group = self.kase.get_core_group()
            names = ', '.join(group.get_member_name(m) for m in deadline.props.responsible)
            details.append(label('responsible', label=f'Responsible: {names}'))

        badges = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=2, valign=Gtk.Align.START)
        badges.append(badge)
        badges.append(badge_note)
        grid = Gtk.Box(spacing=18, margin_top=12, margin_bottom=12, margin_start=12, margin_end=12)
        grid.append(badges)
        grid.append(details)
        return Gtk.ListBoxRow(child=grid, activatable=False)

    def load(self, path):
        self.summary.set_visible(True)
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
        self.kase, self.report = kase, report
        self.urgent_model = report.list_urgent(DUE_SOON_WORKING_DAYS)
        # The library's list models, bound as they are.
        self.urgent.bind_model(self.urgent_model, self.urgent_row)
        self.deadlines.set_model(Gtk.NoSelection(model=report.get_deadlines()))
        self.findings.set_model(Gtk.NoSelection(model=report.get_findings()))
        self.urgent_stack.set_visible_child_name('list' if self.urgent_model.get_n_items() else 'empty')
        self.stack.get_page(self.urgent_stack).set_title(f'Needs action ({self.urgent_model.get_n_items()})')
        errors = report.count_findings(CoreGroup.Severity.ERROR)
        warnings = report.count_findings(CoreGroup.Severity.WARNING)
        self.summary.set_text(
            f'{kase.props.id}: {kase.props.child_name} — {policy.get_name()}, as of {text_date(self.today)}: '
            f'{report.count_overdue()} overdue, {errors} error{"" if errors == 1 else "s"}, '
            f'{warnings} warning{"" if warnings == 1 else "s"}')
        return report

    def on_open_clicked(self, _button):
        dialog = Gtk.FileChooserNative(title='Open a case', transient_for=self, action=Gtk.FileChooserAction.OPEN)
        dialog.connect('response', self.on_open_response)
        dialog.show()
        self.dialog = dialog

    def on_open_response(self, dialog, response):
        if response == Gtk.ResponseType.ACCEPT:
            self.load(dialog.get_file().get_path())

    def drawn_rows(self):
        """The rows of the page shown, as drawn: for each, from the top, its
        top in the window and its labels' parts and texts."""
        view = {'urgent': self.urgent, 'deadlines': self.deadlines,
                'findings': self.findings}[self.stack.get_visible_child_name()]
        rows = []

        def labels(widget):
            child = widget.get_first_child()
            while child is not None:
                if isinstance(child, Gtk.Label) and hasattr(child, 'part') and child.get_mapped():
                    yield child
                yield from labels(child)
                child = child.get_next_sibling()

        def walk(widget):
            child = widget.get_first_child()
            while child is not None:
                if child.get_css_name() == 'row':   # a list box row, or a column view's
                    found = list(labels(child))
                    if found:
                        _, top = child.translate_coordinates(self, 0, 0)
                        rows.append((round(top), [(w.part, w.get_text()) for w in found]))
                else:
                    walk(child)
                child = child.get_next_sibling()

        walk(view)
        return sorted(rows)


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
    parser.add_argument('--page', choices=['urgent', 'deadlines', 'findings'], default='urgent',
                        help='the page to show first (default: what needs action)')
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
        window.stack.set_visible_child_name(args.page)
        window.present()
        if args.screenshot:
            def shoot():
                save_screenshot(args.screenshot)
                n = window.deadlines.get_model().get_n_items() if window.deadlines.get_model() else 0
                print(f'{args.screenshot}: {n} deadlines shown')
                print(f'page: {window.stack.get_visible_child_name()}')
                for top, cells in window.drawn_rows():
                    print(f'row y={top}: ' + ' | '.join(f'{part}={text}' for part, text in cells))
                application.quit()
                return GLib.SOURCE_REMOVE
            GLib.timeout_add(1500, shoot)

    app.connect('activate', on_activate)
    app.run(None)
    return status['code']


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
