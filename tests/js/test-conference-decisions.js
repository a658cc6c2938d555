/* SPDX-License-Identifier: LGPL-2.1-or-later */
// A conference decision and an acknowledgement recorded through GJS drive
// the engine, and survive a save and a reload.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const date = text => CoreGroup.date_parse(text);
const iso = d => CoreGroup.date_format(d);

// ICPC Mon 2 Nov 2026; a core group on Tue 10 Nov whose minutes were never
// sent (due Tue 1 Dec); the child seen on Mon 16 Nov.
const document = JSON.stringify({
    format: 'coregroup-case', version: 1, id: 'JS-1', policy: 'suffolk',
    child: {name: 'Test (fictional)'},
    initial_conference: '2026-11-02',
    members: [
        {id: 'm1', name: 'Lead', role: 'lead-social-worker'},
        {id: 'm2', name: 'Health', role: 'health-visitor'},
    ],
    meetings: [{
        id: 'cg1', kind: 'core-group', date: '2026-11-10',
        attendance: [{member: 'm1', status: 'present'}, {member: 'm2', status: 'present'}],
    }],
    contacts: [{id: 'c1', date: '2026-11-16', by: 'm2', seen: true}],
});

const registry = CoreGroup.PolicyRegistry.new_builtin();
const evaluate = kase => registry.lookup('suffolk').evaluate(kase, date('2026-12-10'));

function entries(report, rule) {
    const found = [];
    const deadlines = report.get_deadlines();
    for (let i = 0; i < deadlines.get_n_items(); i++) {
        if (deadlines.get_item(i).rule === rule)
            found.push(deadlines.get_item(i));
    }
    return found;
}

function checkReport(report) {
    // 5 working days from Mon 2 Nov: due Mon 9 Nov (seen 16 Nov, late),
    // then Mon 23 Nov, overdue on 10 Dec.
    const seen = entries(report, 'child-seen');
    assertEqual(seen.map(d => iso(d.due)).join(','), '2026-11-09,2026-11-23', 'child-seen due dates');
    assertEqual(seen[0].status, CoreGroup.DeadlineStatus.LATE, 'first visit late');
    assertEqual(seen[1].status, CoreGroup.DeadlineStatus.OVERDUE, 'next visit overdue');
    assertEqual(seen[1].source, 'conference of 2 Nov 2026, under Suffolk 8.3', 'source');
    assertEqual(seen[1].get_responsible().join(','), 'm1,m2', 'responsible');
    const minutes = entries(report, 'minutes-circulated')[0];
    assertEqual(minutes.status, CoreGroup.DeadlineStatus.OVERDUE, 'minutes keep their status');
    assertEqual(minutes.is_acknowledged(), true, 'minutes acknowledged');
    assertEqual(minutes.get_acknowledgement().reason, 'Minute taker off sick', 'reason');
    assertEqual(report.count_acknowledged(), 1, 'acknowledged count');
}

check('a decision and an acknowledgement recorded, evaluated, saved and reloaded', () => {
    const kase = CoreGroup.Case.new_from_data(document, -1);
    const before = entries(evaluate(kase), 'child-seen');
    assertEqual(iso(before[0].due), '2026-11-16', 'the policy\'s 10 working days before the decision');

    const decision = CoreGroup.ConferenceDecision.new(date('2026-11-02'), 'child-seen',
        'Baby, high risk: seen at least every 5 working days');
    decision.set_interval(5, CoreGroup.TimeUnit.WORKING_DAYS);
    decision.set_by(['m1', 'm2']);
    kase.add_conference_decision(decision);
    kase.add_acknowledgement(CoreGroup.Acknowledgement.new('minutes-circulated', date('2026-12-01'),
        date('2026-12-03'), 'T. Manager (fictional)', 'Minute taker off sick'));
    checkReport(evaluate(kase));

    const dir = GLib.dir_make_tmp('coregroup-XXXXXX');
    const file = Gio.File.new_for_path(GLib.build_filenamev([dir, 'case.json']));
    kase.save(file);
    const reloaded = CoreGroup.Case.new_from_file(file);
    file.delete(null);
    Gio.File.new_for_path(dir).delete(null);
    assertEqual(reloaded.get_conference_decisions().get_n_items(), 1, 'decision reloaded');
    checkReport(evaluate(reloaded));
});

check('a decision the policy does not allow is refused with its finding', () => {
    const kase = CoreGroup.Case.new_from_data(document, -1);
    const decision = CoreGroup.ConferenceDecision.new(date('2026-11-02'), 'child-seen', 'Less often');
    decision.set_interval(15, CoreGroup.TimeUnit.WORKING_DAYS);
    kase.add_conference_decision(decision);
    const report = evaluate(kase);
    assertEqual(iso(entries(report, 'child-seen')[0].due), '2026-11-16', 'the policy\'s figure stays');
    const findings = report.get_findings();
    let refused = 0;
    for (let i = 0; i < findings.get_n_items(); i++) {
        if (findings.get_item(i).rule === 'conference-decision-not-allowed')
            refused++;
    }
    assertEqual(refused, 1, 'one refusal');
});

finish();
