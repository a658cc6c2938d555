/* SPDX-License-Identifier: LGPL-2.1-or-later */
// A tiny test harness for the GJS tests (jasmine-gjs is not in Debian 12).
import System from 'system';

let failures = 0;

export function check(name, fn) {
    try {
        fn();
        print(`ok - ${name}`);
    } catch (e) {
        failures++;
        printerr(`not ok - ${name}: ${e}\n${e.stack ?? ''}`);
    }
}

export function assertEqual(actual, expected, what) {
    if (actual !== expected)
        throw new Error(`${what}: expected ${expected}, got ${actual}`);
}

// Call last: a failed check makes the test fail.
export function finish() {
    if (failures > 0)
        System.exit(1);
}
