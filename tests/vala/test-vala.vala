/* SPDX-License-Identifier: LGPL-2.1-or-later */
// The library from Vala, through the generated coregroup-1.0.vapi: load a
// case, evaluate it under its policy, and catch the library's errors.
// (The class Cg.CoreGroup is written global::Cg.Cg.)

int main (string[] args) {
    var root = Environment.get_variable ("COREGROUP_SOURCE_ROOT");
    assert (root != null);
    var path = Path.build_filename (root, "examples", "cases", "suffolk-neglect.json");

    try {
        var kase = new Cg.Case.from_file (File.new_for_path (path));
        assert (kase.id == "SUF-2026-0417");
        Cg.CoreGroup group = kase.get_core_group ();
        assert (group.get_members ().get_n_items () == 6);
        assert (group.get_lead_social_worker ().name == "Jo Okafor (fictional)");

        var registry = new Cg.PolicyRegistry.builtin ();
        var policy = registry.lookup (kase.policy);
        var today = Cg.date_parse ("2027-01-20");
        var report = policy.evaluate (kase, today);
        assert (report.count_overdue () == 2);
        assert (report.needs_action ());

        var calendar = new Cg.Calendar (Cg.Division.ENGLAND_AND_WALES);
        Date due = calendar.add_working_days (Cg.date_parse ("2026-12-18"), 10);
        assert (Cg.date_format (due) == "2027-01-06");
    } catch (Error e) {
        printerr ("unexpected error: %s\n", e.message);
        return 1;
    }

    try {
        new Cg.Case.from_data ("{\"format\": \"coregroup-case\", \"version\": 7}".data);
        printerr ("a newer version was accepted\n");
        return 1;
    } catch (Cg.FormatError.UNSUPPORTED_VERSION e) {
        assert (e.message.has_prefix ("version:"));
    } catch (Error e) {
        printerr ("wrong error: %s\n", e.message);
        return 1;
    }

    print ("ok - vala\n");
    return 0;
}
