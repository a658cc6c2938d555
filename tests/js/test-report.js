/* SPDX-License-Identifier: LGPL-2.1-or-later */
// What needs action first, and the calendar of it, through GJS.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const example = GLib.build_filenamev([here, '..', '..', 'examples', 'cases', 'suffolk-neglect.json']);
const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(example));
const report = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk')
    .evaluate(kase, CoreGroup.date_parse('2027-01-20'));

check('the longest overdue first, then what is due soon, with names', () => {
    const urgent = report.list_urgent(10);
    const rules = [];
    for (let i = 0; i < urgent.get_n_items(); i++)
        rules.push(`${urgent.get_item(i).rule}:${report.count_working_days_overdue(urgent.get_item(i))}`);
    assertEqual(rules.join(' '), 'minutes-circulated:3 child-seen:1 lead-social-worker-visit:0', 'urgent');
    assertEqual(report.find_last_met(urgent.get_item(1)).satisfied_text,
        'seen by Jo Okafor (fictional) on Tue 5 Jan 2027', 'last met');
    assertEqual(urgent.get_item(1).origin, 'initial-conference', 'origin');
});

check('a calendar whose UIDs do not name the due date', () => {
    const writer = new CoreGroup.IcalendarWriter({
        alarm_working_days: 3, timestamp: GLib.DateTime.new_utc(2027, 1, 20, 10, 15, 0),
    });
    const [text] = writer.to_data([report]);
    assertEqual(text.includes('UID:SUF-2026-0417/child-seen/initial-conference@coregroup\r\n'), true, 'UID');
    assertEqual(text.includes('DTSTAMP:20270120T101500Z\r\n'), true, 'DTSTAMP');
    // The visit due Tue 26 Jan, three working days before: Thu 21 Jan at nine.
    assertEqual(text.includes('TRIGGER:-P4DT15H\r\n'), true, 'TRIGGER');
});

check('one object an entry, the same from every method', () => {
    const fresh = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk')
        .evaluate(kase, CoreGroup.date_parse('2027-01-20'));
    const before = fresh.to_json()[0];
    const deadlines = fresh.get_deadlines();
    assertEqual(deadlines.get_item(2) === deadlines.get_item(2), true, 'identity');
    const urgent = fresh.list_urgent(10);
    let found = 0;
    for (let i = 0; i < urgent.get_n_items(); i++) {
        for (let j = 0; j < deadlines.get_n_items(); j++) {
            if (urgent.get_item(i) === deadlines.get_item(j))
                found++;
        }
    }
    assertEqual(found, urgent.get_n_items(), 'urgent entries are the report\'s');
    const entries = JSON.parse(before).deadlines;
    for (let j = 0; j < deadlines.get_n_items(); j++)
        assertEqual(deadlines.get_item(j).explanation, entries[j].explanation ?? null, `explanation ${j}`);
    assertEqual(fresh.to_json()[0], before, 'written the same once made');
});

finish();
