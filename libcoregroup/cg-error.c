#include "config.h"

#include <coregroup/coregroup.h>

G_DEFINE_QUARK (cg-format-error-quark, cg_format_error)
G_DEFINE_QUARK (cg-plan-error-quark, cg_plan_error)
G_DEFINE_QUARK (cg-case-error-quark, cg_case_error)
