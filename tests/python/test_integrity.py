# SPDX-License-Identifier: LGPL-2.1-or-later
"""The plan's history links and seal from Python: a history key given as
GLib.Bytes, verification, and the links as doc/json-format.md ("History
links and seal") defines them, recomputed here independently."""
import hashlib
import hmac
import json
import os
import struct
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
FIELDS = ['date', 'author', 'reason', 'source', 'kind', 'target', 'meeting', 'summary']
KEY = b'correct horse battery staple'


def encode(text):
    """One field: 0 when absent; else 1, the length in 8 bytes, the UTF-8."""
    if text is None:
        return b'\0'
    data = text.encode('utf-8')
    return b'\1' + struct.pack('>Q', len(data)) + data


def digest(key, fields):
    data = b''.join(encode(f) for f in fields)
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def expected_links(document, key):
    previous = document['id']
    links = []
    for entry in document['plan']['history']:
        previous = digest(key, ['coregroup-history-link-1', previous] + [entry.get(f) for f in FIELDS])
        links.append(previous)
    last = links[-1] if links else document['id']
    seal = digest(key, ['coregroup-history-seal-1', last, str(len(links))])
    return links, seal


def load_example():
    return CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))


class TestIntegrity(unittest.TestCase):
    def test_key_as_glib_bytes(self):
        kase = load_example()
        kase.set_history_key(GLib.Bytes.new(KEY))
        self.assertEqual(kase.get_history_key().get_data(), KEY)
        saved = kase.to_data()

        again = CoreGroup.Case.new_from_data(saved.encode('utf-8'))
        with self.assertRaises(GLib.Error) as cm:
            again.verify_history()
        self.assertTrue(cm.exception.matches(CoreGroup.plan_error_quark(),
                                             CoreGroup.PlanError.HISTORY_UNVERIFIED))
        self.assertEqual(cm.exception.message, 'plan.history_seal: made with a history key, and none is set')

        again.set_history_key(GLib.Bytes.new(KEY))
        self.assertTrue(again.verify_history())

        again.set_history_key(GLib.Bytes.new(b'a guess'))
        with self.assertRaises(GLib.Error) as cm:
            again.verify_history()
        self.assertTrue(cm.exception.matches(CoreGroup.plan_error_quark(),
                                             CoreGroup.PlanError.HISTORY_ALTERED))

        again.set_history_key(None)
        self.assertIsNone(again.get_history_key())

    def test_links_are_as_documented(self):
        for key in (None, KEY):
            with self.subTest(keyed=key is not None):
                kase = load_example()
                if key is not None:
                    kase.set_history_key(GLib.Bytes.new(key))
                document = json.loads(kase.to_data())
                links, seal = expected_links(document, key)
                self.assertEqual([e['link'] for e in document['plan']['history']], links)
                self.assertEqual(document['plan']['history_seal'],
                                 {'algorithm': 'hmac-sha256' if key else 'sha256',
                                  'entries': len(links), 'value': seal})

    def test_edited_history_is_a_finding(self):
        document = json.loads(load_example().to_data())
        document['plan']['history'][4]['reason'] = 'School offered a place after half term'
        kase = CoreGroup.Case.new_from_data(json.dumps(document).encode('utf-8'))
        with self.assertRaises(GLib.Error) as cm:
            kase.verify_history()
        self.assertEqual(cm.exception.message, 'plan.history[4]: recorded differently when it was saved')
        self.assertNotIn('half term', cm.exception.message)

        registry = CoreGroup.PolicyRegistry.new_builtin()
        report = registry.lookup('haringey').evaluate(kase, CoreGroup.date_parse('2027-01-20'))
        found = [(f.props.subject, f.props.severity) for f in report.get_findings()
                 if f.props.rule == 'plan-history-altered']
        self.assertEqual(found, [('SUF-2026-0417', CoreGroup.Severity.ERROR)])

    def test_saved_document_matches_the_schema(self):
        try:
            import jsonschema
        except ImportError:
            self.skipTest('jsonschema is not installed')
        with open(os.path.join(ROOT, 'doc', 'coregroup-case.schema.json'), encoding='utf-8') as f:
            validator = jsonschema.Draft7Validator(json.load(f))
        kase = load_example()
        kase.set_history_key(GLib.Bytes.new(KEY))
        document = json.loads(kase.to_data())
        self.assertEqual(list(validator.iter_errors(document)), [])
        document['plan']['history'][0]['link'] = 'not a digest'
        self.assertNotEqual(list(validator.iter_errors(document)), [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
