/* SPDX-License-Identifier: LGPL-2.1-or-later */
// CoreGroup.date_new_today() through GJS: today in Europe/London.
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const londonToday = () => {
    const now = GLib.DateTime.new_now(GLib.TimeZone.new_identifier('Europe/London'));
    return now.format('%Y-%m-%d');
};

check('date_new_today is a GLib.Date', () => {
    const today = CoreGroup.date_new_today();
    assertEqual(today instanceof GLib.Date, true, 'type');
    assertEqual(today.valid(), true, 'valid');
});

check('date_new_today is today in Europe/London', () => {
    // Midnight in London may pass between the calls.
    const before = londonToday();
    const today = CoreGroup.date_format(CoreGroup.date_new_today());
    const after = londonToday();
    assertEqual(today === before || today === after, true, `${today} is ${before} or ${after}`);
});

finish();
