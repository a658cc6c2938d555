/* SPDX-License-Identifier: LGPL-2.1-or-later */
// The report to a review conference from GJS.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const example = GLib.build_filenamev([here, '..', '..', 'examples', 'cases', 'suffolk-neglect.json']);
const date = text => CoreGroup.date_parse(text);
const iso = d => CoreGroup.date_format(d);

check('the next review conference of the Suffolk example', () => {
    const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(example));
    const policy = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk');
    const report = CoreGroup.ReviewReport.new(kase, policy, null, date('2027-01-20'));
    assertEqual(iso(report.get_conference_date()), '2027-02-04', 'conference');
    assertEqual(iso(report.get_period_start()), '2026-11-05', 'period start');
    const [json] = report.to_json();
    const parsed = JSON.parse(json);
    assertEqual(parsed.plan_changes.length, 7, 'plan changes');
    assertEqual(parsed.recommendation.plan, 'continue', 'recommendation');
    assertEqual(report.to_html().startsWith('<!DOCTYPE html>'), true, 'html');
    assertEqual(report.to_text().includes('Fortnightly weighing in place'), true, 'a reason in the text');
});

check('a review conference the case does not record is an error', () => {
    const kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(example));
    const policy = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk');
    let thrown = null;
    try {
        CoreGroup.ReviewReport.new(kase, policy, date('2027-03-01'), date('2027-01-20'));
    } catch (e) {
        thrown = e;
    }
    assertEqual(thrown !== null && thrown.message.startsWith('review_conferences:'), true, 'error');
});

finish();
