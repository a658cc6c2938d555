/* SPDX-License-Identifier: LGPL-2.1-or-later */
// Prints what is overdue in each case given, under its own policy.
//
//   coregroup-overdue-vala [--today YYYY-MM-DD] CASE.json...
//
// The library's namespace is Cg in Vala (see bindings/vala).

int main (string[] args) {
    Date? today = null;
    string[] files = {};
    for (int i = 1; i < args.length; i++) {
        if (args[i] == "--today" && i + 1 < args.length) {
            try {
                today = Cg.date_parse (args[++i]);
            } catch (Error e) {
                printerr ("--today: %s\n", e.message);
                return 2;
            }
        } else {
            files += args[i];
        }
    }
    if (today == null)
        today = Cg.date_new_today ();  // today in Europe/London

    var registry = new Cg.PolicyRegistry.builtin ();
    int status = 0;
    foreach (var path in files) {
        try {
            var kase = new Cg.Case.from_file (File.new_for_path (path));
            var policy = registry.lookup (kase.policy);
            if (policy == null) {
                printerr ("%s: policy: no policy “%s” is known\n", path, kase.policy);
                status = 2;
                continue;
            }
            var report = policy.evaluate (kase, today);
            print ("%s (%s): %u overdue\n", kase.id, policy.get_name (), report.count_overdue ());
            var deadlines = report.get_deadlines ();
            for (uint i = 0; i < deadlines.get_n_items (); i++) {
                var d = (Cg.Deadline) deadlines.get_item (i);
                if (d.status == Cg.DeadlineStatus.OVERDUE)
                    // Date-valued properties are read with their getters in Vala.
                    print ("  %s  %s  %s (%s)\n", Cg.date_format (d.get_due ()), d.rule, d.description, d.source);
            }
        } catch (Error e) {
            printerr ("%s: %s\n", path, e.message);
            status = 2;
        }
    }
    return status;
}
