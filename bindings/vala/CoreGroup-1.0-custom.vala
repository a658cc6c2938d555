/* SPDX-License-Identifier: LGPL-2.1-or-later */
// Accessors vapigen cannot generate (see CoreGroup-1.0.metadata). Because
// the class CoreGroup shares the namespace's name, vapigen names the Vala
// namespace after the C prefix: in Vala the library is Cg.Case, Cg.CoreGroup...
namespace Cg {
	public sealed class Case : GLib.Object {
		[CCode (cname = "cg_case_get_core_group")]
		public unowned Cg.CoreGroup get_core_group ();
		public Cg.CoreGroup core_group { get; }
	}
}
