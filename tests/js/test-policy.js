/* SPDX-License-Identifier: LGPL-2.1-or-later */
// Calendars and policies through GJS, including a policy written in JavaScript.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const example = GLib.build_filenamev([here, '..', '..', 'examples', 'cases', 'haringey-school-move.json']);
const date = text => CoreGroup.date_parse(text);
const iso = d => CoreGroup.date_format(d);

// A policy with one rule of its own: the core group meets within 10
// working days of every review conference held.
const MeetAfterReview = GObject.registerClass({
    Implements: [CoreGroup.Policy],
}, class MeetAfterReview extends GObject.Object {
    vfunc_get_id() {
        return 'meet-after-review';
    }

    vfunc_get_name() {
        return 'Core group after each review';
    }

    vfunc_get_division() {
        return CoreGroup.Division.ENGLAND_AND_WALES;
    }

    vfunc_collect(kase, calendar, today, report) {
        const reviews = kase.get_review_conferences();
        const meetings = kase.get_core_group().get_meetings();
        for (let i = 0; i < reviews.get_n_items(); i++) {
            const review = reviews.get_item(i);
            if (!review.held)
                continue;
            const due = calendar.add_working_days(review.date, 10);
            let done = null;
            for (let j = 0; j < meetings.get_n_items(); j++) {
                const m = meetings.get_item(j);
                if (m.kind === CoreGroup.MeetingKind.CORE_GROUP && m.date.compare(review.date) > 0 &&
                    (done === null || m.date.compare(done) < 0))
                    done = m.date;
            }
            report.add_deadline(new CoreGroup.Deadline({
                rule: 'core-group-after-review', due, satisfied_on: done,
                status: CoreGroup.Deadline.compute_status(due, done, today),
                description: 'Core group after the review', source: 'Local note 2',
            }));
        }
        return true;
    }
});

check('calendar arithmetic', () => {
    const ew = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES);
    assertEqual(iso(ew.add_working_days(date('2026-12-18'), 10)), '2027-01-06', 'add');
    assertEqual(ew.count_working_days(date('2026-12-18'), date('2027-01-06')), 10, 'count');
    const ni = CoreGroup.Calendar.new(CoreGroup.Division.NORTHERN_IRELAND);
    assertEqual(ni.is_working_day(date('2027-07-12')), false, '12 July in NI');
});

check('built-in policy evaluates the example', () => {
    const registry = CoreGroup.PolicyRegistry.new_builtin();
    const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(example));
    const report = registry.lookup('haringey').evaluate(kase, date('2027-01-20'));
    const overdue = [];
    const deadlines = report.get_deadlines();
    for (let i = 0; i < deadlines.get_n_items(); i++) {
        const d = deadlines.get_item(i);
        if (d.status === CoreGroup.DeadlineStatus.OVERDUE)
            overdue.push(`${d.rule} ${iso(d.due)}`);
    }
    assertEqual(overdue.join(';'), 'core-group-interval 2027-01-18', 'overdue');
    assertEqual(report.needs_action(), true, 'needs action');
});

check('a JavaScript policy drives the same engine', () => {
    const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(example));
    const report = new MeetAfterReview().evaluate(kase, date('2027-01-20'));
    // Review held Mon 11 Jan 2027 + 10 working days = Mon 25 Jan; no core group since.
    const entry = report.get_deadlines().get_item(0);
    assertEqual(entry.rule, 'core-group-after-review', 'rule');
    assertEqual(iso(entry.due), '2027-01-25', 'due');
    assertEqual(entry.status, CoreGroup.DeadlineStatus.PENDING, 'status');
    assertEqual(report.get_policy_id(), 'meet-after-review', 'policy id');
});

check('the rule catalogue lists every rule with its parameters', () => {
    const rules = CoreGroup.RuleInfo.list_all();
    assertEqual(rules.get_n_items(), 38, 'rules in the catalogue');
    const quorum = CoreGroup.RuleInfo.lookup('quorum');
    assertEqual(quorum.get_kind(), CoreGroup.RuleKind.CHECK, 'quorum is a check');
    assertEqual(quorum.get_severity(), CoreGroup.Severity.ERROR, 'quorum severity');
    const [name, type, required, defaultValue] = quorum.get_parameter(0);
    assertEqual(`${name} ${type} ${required} ${defaultValue}`,
        `minimum ${CoreGroup.RuleParameterType.NUMBER} false 2`, 'quorum parameter');
    assertEqual(CoreGroup.RuleInfo.lookup('tea-break'), null, 'unknown rule');
});

check('a policy held in memory is refused when a setting is misspelt', () => {
    const registry = CoreGroup.PolicyRegistry.new_builtin();
    const json = '{"format": "coregroup-policy", "version": 1, "id": "x", "name": "X", "extends": "england",' +
        ' "checks": {"quorum": {"mnimum": 3, "source": "X 4.7"}}}';
    let message = null;
    try {
        registry.load_data(json, 'mine.json');
    } catch (e) {
        message = e.message;
    }
    assertEqual(message?.startsWith('mine.json: checks.quorum.mnimum:'), true, `error message ${message}`);
    assertEqual(registry.lookup('x'), null, 'nothing added');
});

finish();
