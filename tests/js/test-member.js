/* SPDX-License-Identifier: LGPL-2.1-or-later */
// CoreGroup.Member through GJS, against the uninstalled typelib.
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

check('constructor and properties', () => {
    const member = CoreGroup.Member.new('m2', 'P. Shah', CoreGroup.MemberRole.HEALTH_VISITOR);
    assertEqual(member.id, 'm2', 'id');
    assertEqual(member.name, 'P. Shah', 'name');
    assertEqual(member.professional, true, 'professional');
});

check('professional follows role', () => {
    const member = new CoreGroup.Member({id: 'm3', name: 'K. Child', role: CoreGroup.MemberRole.PARENT});
    let notified = 0;
    member.connect('notify::professional', () => notified++);
    member.role = CoreGroup.MemberRole.TEACHER;
    member.role = CoreGroup.MemberRole.TEACHER;
    assertEqual(member.professional, true, 'professional');
    assertEqual(notified, 1, 'notify count');
});

finish();
