# SPDX-License-Identifier: LGPL-2.1-or-later
"""CoreGroup.Member through PyGObject, against the uninstalled typelib."""
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402


class TestMember(unittest.TestCase):
    def test_names_and_team_manager_of_a_core_group(self):
        group = CoreGroup.CoreGroup.new()
        group.add_member(CoreGroup.Member.new('m1', 'Jo Okafor', CoreGroup.MemberRole.LEAD_SOCIAL_WORKER))
        self.assertIsNone(group.get_team_manager())
        group.add_member(CoreGroup.Member.new('m5', 'Morgan Lead', CoreGroup.MemberRole.TEAM_MANAGER))
        self.assertEqual(group.get_team_manager().props.name, 'Morgan Lead')
        self.assertEqual(group.get_member_name('m1'), 'Jo Okafor')
        self.assertEqual(group.get_member_name('m9'), 'm9')

    def test_constructor_and_properties(self):
        member = CoreGroup.Member.new('m2', 'P. Shah', CoreGroup.MemberRole.HEALTH_VISITOR)
        self.assertEqual(member.props.id, 'm2')
        self.assertEqual(member.get_name(), 'P. Shah')
        self.assertTrue(member.props.professional)

    def test_keyword_construction(self):
        member = CoreGroup.Member(id='m3', name='K. Child', role=CoreGroup.MemberRole.PARENT)
        self.assertFalse(member.props.professional)
        self.assertEqual(member.props.role, CoreGroup.MemberRole.PARENT)

    def test_notify_once_per_real_change(self):
        member = CoreGroup.Member.new('m1', 'J. Okafor', CoreGroup.MemberRole.LEAD_SOCIAL_WORKER)
        seen = []
        member.connect('notify::agency', lambda *args: seen.append('agency'))
        member.props.agency = "Children's Services"
        member.set_agency("Children's Services")
        self.assertEqual(seen, ['agency'])

    def test_role_is_professional(self):
        self.assertTrue(CoreGroup.member_role_is_professional(CoreGroup.MemberRole.GP))
        self.assertFalse(CoreGroup.member_role_is_professional(CoreGroup.MemberRole.ADVOCATE))


if __name__ == '__main__':
    unittest.main(verbosity=2)
