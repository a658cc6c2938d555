#!/usr/bin/env -S gjs -m
/* SPDX-License-Identifier: LGPL-2.1-or-later */
// Prints what is overdue in each case, under the case's own policy.
//
//   gjs -m examples/gjs/overdue.js [--today YYYY-MM-DD] CASE.json...
//
// With no files, reads examples/cases/*.json. All the rules are the
// library's: this script only loads, evaluates and prints.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import CoreGroup from 'gi://CoreGroup?version=1.0';
import System from 'system';

const args = [...ARGV];
// Without --today, today in Europe/London, as the library reckons it.
let today = CoreGroup.date_new_today();
const todayIndex = args.indexOf('--today');
if (todayIndex >= 0) {
    today = CoreGroup.date_parse(args[todayIndex + 1]);
    args.splice(todayIndex, 2);
}

let files = args;
if (files.length === 0) {
    const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
    const dir = Gio.File.new_for_path(GLib.build_filenamev([here, '..', 'cases']));
    const children = dir.enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    let info;
    while ((info = children.next_file(null)) !== null) {
        if (info.get_name().endsWith('.json'))
            files.push(dir.get_child(info.get_name()).get_path());
    }
    files.sort();
}

const registry = CoreGroup.PolicyRegistry.new_builtin();
try {
    registry.load_data_dirs();
} catch (e) {
    printerr(`warning: ${e.message}`);
}

let failed = false;
for (const path of files) {
    let kase;
    try {
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path));
    } catch (e) {
        printerr(`${path}: ${e.message}`);
        failed = true;
        continue;
    }

    const policy = registry.lookup(kase.policy);
    if (policy === null) {
        printerr(`${path}: policy: no policy “${kase.policy}” is known`);
        failed = true;
        continue;
    }

    const report = policy.evaluate(kase, today);
    const deadlines = report.get_deadlines();
    const overdue = [];
    for (let i = 0; i < deadlines.get_n_items(); i++) {
        const deadline = deadlines.get_item(i);
        if (deadline.status === CoreGroup.DeadlineStatus.OVERDUE)
            overdue.push(deadline);
    }

    print(`${kase.id} (${policy.get_name()}): ${overdue.length} overdue`);
    for (const deadline of overdue)
        print(`  ${CoreGroup.date_format(deadline.due)}  ${deadline.rule}  ${deadline.description} (${deadline.source})`);
}

System.exit(failed ? 2 : 0);
