# SPDX-License-Identifier: LGPL-2.1-or-later
"""A whole caseload from a main loop, as a front end does it: CgCaseload
reads folders on a worker thread and evaluates on a thread pool, reports
progress on the main context, and can be cancelled half way; one case
loads asynchronously, from bytes and from a stream."""
import datetime
import glob
import json
import os
import shutil
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))


def case_id(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)['id']


def run_until(loop_holder, timeout=60):
    loop = GLib.MainLoop()
    loop_holder.append(loop)
    GLib.timeout_add_seconds(timeout, loop.quit)
    loop.run()


class TestCaseload(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def folder_of(self, copies):
        """The examples, each copied @copies times under a folder tree, and
        one broken file."""
        for n in range(copies):
            sub = os.path.join(self.tmp, f'{n // 100:03d}')
            os.makedirs(sub, exist_ok=True)
            for path in EXAMPLES:
                with open(path, encoding='utf-8') as f:
                    case = json.load(f)
                case['id'] = f'{case["id"]}-{n:04d}'
                with open(os.path.join(sub, f'{n:04d}-{os.path.basename(path)}'), 'w', encoding='utf-8') as f:
                    json.dump(case, f)
        with open(os.path.join(self.tmp, 'broken.json'), 'w', encoding='utf-8') as f:
            f.write('{"format": "coregroup-case", "version": 1, "id": 5}')
        with open(os.path.join(self.tmp, 'notes.txt'), 'w', encoding='utf-8') as f:
            f.write('not a case')
        return Gio.File.new_for_path(self.tmp)

    def test_load_and_evaluate_from_a_main_loop(self):
        folder = self.folder_of(2)
        caseload = CoreGroup.Caseload.new()
        progress, changes, loops, done = [], [], [], {}
        caseload.connect('notify::n-loaded', lambda c, _: progress.append(c.get_n_loaded()))
        caseload.connect('items-changed', lambda m, pos, removed, added: changes.append((pos, removed, added)))

        def loaded(source, result):
            done['load'] = source.load_finish(result)
            loops[-1].quit()

        caseload.load_async([folder], None, loaded)
        run_until(loops)
        self.assertTrue(done['load'])
        files = sorted(glob.glob(os.path.join(self.tmp, '**', '*.json'), recursive=True))
        self.assertEqual(caseload.get_n_total(), len(files))
        self.assertEqual(len(caseload), len(files) - 1)
        self.assertEqual(progress[-1], len(files))
        # In path order, whatever order the folder lists them in.
        good = [p for p in files if not p.endswith('broken.json')]
        self.assertEqual([c.get_id() for c in caseload], [case_id(p) for p in good])
        self.assertEqual(sum(added for _, _, added in changes), len(good))
        failures = list(caseload.get_failures())
        self.assertEqual(len(failures), 1)
        self.assertTrue(failures[0].get_file().get_path().endswith('broken.json'))
        self.assertTrue(failures[0].get_message().startswith('id:'))

        def evaluated(source, result):
            done['evaluate'] = source.evaluate_finish(result)
            loops[-1].quit()

        registry = CoreGroup.PolicyRegistry.new_builtin()
        caseload.evaluate_async(registry, datetime.date(2027, 1, 20), None, evaluated)
        run_until(loops)
        self.assertTrue(done['evaluate'])
        reports = list(caseload.get_reports())
        self.assertEqual([r.get_case_id() for r in reports], [c.get_id() for c in caseload])
        # The same as evaluating each case on its own.
        for kase, report in zip(list(caseload)[:5], reports[:5]):
            alone = registry.lookup(kase.props.policy).evaluate(kase, datetime.date(2027, 1, 20))
            self.assertEqual(report.to_json(), alone.to_json())

    def test_cancelled_half_way(self):
        folder = self.folder_of(300)
        caseload = CoreGroup.Caseload.new()
        cancellable = Gio.Cancellable()
        loops, outcome = [], {}

        def on_progress(c, _):
            if c.get_n_loaded() >= 64:
                cancellable.cancel()

        def loaded(source, result):
            try:
                source.load_finish(result)
                outcome['error'] = None
            except GLib.Error as e:
                outcome['error'] = e
            loops[-1].quit()

        caseload.connect('notify::n-loaded', on_progress)
        caseload.load_async([folder], cancellable, loaded)
        run_until(loops)
        self.assertIsNotNone(outcome['error'])
        self.assertTrue(outcome['error'].matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        total = caseload.get_n_total()
        self.assertGreater(len(caseload), 0)
        self.assertLess(len(caseload), total)
        # What was read stays, in path order: the first files of the folder.
        files = sorted(glob.glob(os.path.join(self.tmp, '**', '*.json'), recursive=True))
        read = [c.get_id() for c in caseload]
        self.assertEqual(read, [case_id(p) for p in files[:len(read)]])


class TestOneCase(unittest.TestCase):
    def test_load_async_bytes_and_stream(self):
        path = EXAMPLES[0]
        loops, result = [], {}

        def loaded(source, res):
            result['case'] = CoreGroup.Case.load_finish(res)
            loops[-1].quit()

        CoreGroup.Case.load_async(Gio.File.new_for_path(path), None, loaded)
        run_until(loops)
        with open(path, 'rb') as f:
            data = f.read()
        from_bytes = CoreGroup.Case.new_from_bytes(GLib.Bytes.new(data), None)
        from_stream = CoreGroup.Case.new_from_stream(Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(data)),
                                                     None, None)
        self.assertEqual(result['case'].to_data(), from_bytes.to_data())
        self.assertEqual(from_stream.to_data(), from_bytes.to_data())

    def test_stream_past_the_limit(self):
        limits = CoreGroup.Limits.new()
        limits.props.max_size = 100
        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(b' ' * 5000))
        with self.assertRaises(GLib.Error) as caught:
            CoreGroup.Case.new_from_stream(stream, limits, None)
        self.assertTrue(caught.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.MESSAGE_TOO_LARGE))

    def test_missing_file_async(self):
        loops, result = [], {}

        def loaded(source, res):
            try:
                CoreGroup.Case.load_finish(res)
            except GLib.Error as e:
                result['error'] = e
            loops[-1].quit()

        CoreGroup.Case.load_async(Gio.File.new_for_path('/nonexistent/case.json'), None, loaded)
        run_until(loops)
        self.assertTrue(result['error'].matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))


if __name__ == '__main__':
    unittest.main(verbosity=2)
