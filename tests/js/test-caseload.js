/* SPDX-License-Identifier: LGPL-2.1-or-later */
// CgCaseload from a GJS main loop: a folder read and evaluated without
// blocking, and a load cancelled half way.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import {check, assertEqual, finish} from './harness.js';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const examples = Gio.File.new_for_path(GLib.build_filenamev([here, '..', '..', 'examples', 'cases']));

function runLoop(start) {
    const loop = new GLib.MainLoop(null, false);
    let outcome = null;
    start(value => {
        outcome = value;
        loop.quit();
    });
    GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 60, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    return outcome;
}

check('the examples folder read and evaluated from the main loop', () => {
    const caseload = CoreGroup.Caseload.new();
    let notified = 0;
    caseload.connect('notify::n-loaded', () => notified++);
    const loaded = runLoop(done => caseload.load_async([examples], null, (source, result) => {
        done(source.load_finish(result));
    }));
    assertEqual(loaded, true, 'loaded');
    assertEqual(caseload.get_n_items(), 5, 'cases');
    assertEqual(notified > 0, true, 'progress notified');
    const registry = CoreGroup.PolicyRegistry.new_builtin();
    const evaluated = runLoop(done => caseload.evaluate_async(registry, CoreGroup.date_parse('2027-01-20'), null,
        (source, result) => done(source.evaluate_finish(result))));
    assertEqual(evaluated, true, 'evaluated');
    const reports = caseload.get_reports();
    assertEqual(reports.get_n_items(), 5, 'reports');
    assertEqual(reports.get_item(0).get_case_id(), caseload.get_item(0).get_id(), 'reports in case order');
});

check('a load cancelled half way keeps what it read', () => {
    const dir = GLib.dir_make_tmp('coregroup-XXXXXX');
    const [, text] = examples.get_child('suffolk-neglect.json').load_contents(null);
    for (let i = 0; i < 1200; i++) {
        const name = `${String(i).padStart(4, '0')}.json`;
        Gio.File.new_for_path(GLib.build_filenamev([dir, name]))
            .replace_contents(text, null, false, Gio.FileCreateFlags.NONE, null);
    }
    const caseload = CoreGroup.Caseload.new();
    const cancellable = new Gio.Cancellable();
    caseload.connect('notify::n-loaded', () => {
        if (caseload.get_n_loaded() >= 64)
            cancellable.cancel();
    });
    const error = runLoop(done => caseload.load_async([Gio.File.new_for_path(dir)], cancellable,
        (source, result) => {
            try {
                source.load_finish(result);
                done(null);
            } catch (e) {
                done(e);
            }
        }));
    assertEqual(error !== null && error.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), true, 'cancelled');
    assertEqual(caseload.get_n_items() > 0 && caseload.get_n_items() < 1200, true, 'half way');
    for (let i = 0; i < 1200; i++)
        Gio.File.new_for_path(GLib.build_filenamev([dir, `${String(i).padStart(4, '0')}.json`])).delete(null);
    Gio.File.new_for_path(dir).delete(null);
});

finish();
