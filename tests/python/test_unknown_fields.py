# SPDX-License-Identifier: LGPL-2.1-or-later
"""Unknown fields of a case document survive a change made through PyGObject."""
import json
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, '..', 'data', 'case-unknown-fields.json')


class TestUnknownFields(unittest.TestCase):
    def test_completing_an_action_keeps_its_unknown_fields(self):
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(FIXTURE))
        change = CoreGroup.PlanChange.new(CoreGroup.PlanChangeSource.CORE_GROUP, 'J. Okafor',
                                          CoreGroup.date_parse('2026-12-01'), 'Weighed at clinic')
        kase.get_plan().complete_action('a1', CoreGroup.date_parse('2026-11-30'), change)

        saved = json.loads(kase.to_data())
        action = saved['plan']['actions'][0]
        self.assertEqual(action['completed'], '2026-11-30')
        self.assertEqual(action['x_ticket'], 41)


if __name__ == '__main__':
    unittest.main(verbosity=2)
