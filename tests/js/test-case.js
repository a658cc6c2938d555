/* SPDX-License-Identifier: LGPL-2.1-or-later */
// Loading a case and using the plan through GJS, against the uninstalled typelib.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const fixture = GLib.build_filenamev([here, '..', 'data', 'case-full.json']);


const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(fixture));

check('loaded case', () => {
    assertEqual(kase.id, 'TEST-0001', 'id');
    assertEqual(CoreGroup.date_format(kase.initial_conference), '2026-11-05', 'initial conference');
    // GJS 1.74 iterates Gio.ListStore but not other Gio.ListModels.
    const members = kase.get_core_group().get_members();
    const ids = [];
    for (let i = 0; i < members.get_n_items(); i++)
        ids.push(members.get_item(i).id);
    assertEqual(ids.join(','), 'm1,m2,m3,m4,m5', 'members');
});

check('quorum count through the typelib', () => {
    const group = kase.get_core_group();
    assertEqual(group.count_professionals_present(group.lookup_meeting('cg1')), 2, 'professionals');
});

check('plan integrity error is thrown', () => {
    const change = CoreGroup.PlanChange.new(CoreGroup.PlanChangeSource.CORE_GROUP, 'J. Okafor',
        CoreGroup.date_parse('2026-12-17'), 'Reason');
    let thrown = null;
    try {
        kase.get_plan().remove_action('a1', change);
    } catch (e) {
        thrown = e;
    }
    if (thrown === null)
        throw new Error('remove_action by the core group did not throw');
    if (!thrown.matches(CoreGroup.plan_error_quark(), CoreGroup.PlanError.AGREED_ITEM_REMOVED))
        throw new Error(`wrong error: ${thrown}`);
});

check('bad document throws with the field path', () => {
    let thrown = null;
    try {
        CoreGroup.Case.new_from_data('{"format": "coregroup-case", "version": 1, "id": "X", "policy": "suffolk", "child": {"name": "A"}, "initial_conference": "2026-02-30", "members": []}');
    } catch (e) {
        thrown = e;
    }
    if (thrown === null)
        throw new Error('no error');
    assertEqual(thrown.matches(CoreGroup.format_error_quark(), CoreGroup.FormatError.INVALID_DATE), true, 'code');
    assertEqual(thrown.message.startsWith('initial_conference:'), true, `message ${thrown.message}`);
});

check('loaded attendance: one object an entry, its changes the case\'s', () => {
    const loaded = CoreGroup.Case.new_from_file(Gio.File.new_for_path(fixture));
    const group = loaded.get_core_group();
    const meeting = group.lookup_meeting('cg2');
    const attendance = meeting.get_attendance();
    const absent = attendance.get_item(2);
    if (attendance.get_item(2) !== absent || meeting.lookup_attendance('m1') !== absent)
        throw new Error('a second object for the same attendance entry');
    assertEqual(group.count_professionals_present(meeting), 2, 'professionals before');
    absent.status = CoreGroup.AttendanceStatus.PRESENT;
    assertEqual(group.count_professionals_present(meeting), 3, 'professionals after');
    const saved = JSON.parse(loaded.to_data()[0]);
    assertEqual(saved.meetings[1].attendance[2].status, 'present', 'saved status');
});

finish();
