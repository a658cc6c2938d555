/* SPDX-License-Identifier: LGPL-2.1-or-later */
// A GJS application in a Welsh session gets the library's messages in
// Welsh with no bindtextdomain of its own: GJS sets the locale, the library
// binds its catalogue when it writes its first message.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

// The user's session; the library reads it when it writes a message.
GLib.setenv('LANGUAGE', 'cy', true);

const root = GLib.getenv('COREGROUP_SOURCE_ROOT');
const kase = CoreGroup.Case.new_from_file(
    Gio.File.new_for_path(GLib.build_filenamev([root, 'examples', 'cases', 'south-east-wales-emotional-abuse.json'])));
const report = CoreGroup.PolicyRegistry.new_builtin().lookup(kase.policy).evaluate(kase, GLib.Date.new_dmy(1, 12, 2026));

check('a deadline is described and explained in Welsh', () => {
    const first = report.get_deadlines().get_item(0);
    assertEqual(first.rule, 'first-core-group', 'rule id');
    assertEqual(first.description, 'Y grŵp craidd cyntaf o fewn 10 diwrnod gwaith ar ôl y gynhadledd gychwynnol',
        'description');
    assertEqual(first.explanation,
        '10 diwrnod gwaith ar ôl y gynhadledd gychwynnol ar Mer 25 Tachwedd 2026: heb gyfrif Sad/Sul', 'explanation');
});

check('a finding says what is wrong in Welsh', () => {
    const finding = report.get_findings().get_item(0);
    assertEqual(finding.rule, 'record-after-today', 'rule id');
    assertEqual(finding.message.startsWith('Cyfarfod cg1: y dyddiad a gofnodwyd yw 8 Rhagfyr 2026'), true,
        finding.message);
});

check('an error names the field and says what is wrong in Welsh', () => {
    const broken = GLib.build_filenamev([root, 'tests', 'data', 'broken-unknown-member.json']);
    let message = null;
    try {
        CoreGroup.Case.new_from_file(Gio.File.new_for_path(broken));
    } catch (e) {
        message = e.message;
    }
    assertEqual(message, 'meetings[1].attendance[0].member: nid yw’n aelod o’r grŵp craidd', 'message');
});

finish();
