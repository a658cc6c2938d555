// CoreGroup.Member through GJS, against the uninstalled typelib.
import CoreGroup from 'gi://CoreGroup?version=1.0';
import System from 'system';

let failures = 0;
function check(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures++;
        printerr(`not ok - ${name}: ${e}\n${e.stack ?? ''}`);
    }
}
function assertEqual(actual, expected, what) {
    if (actual !== expected)
        throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

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

if (failures > 0)
    System.exit(1);
