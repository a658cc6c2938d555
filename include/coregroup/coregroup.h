#pragma once

#include <gio/gio.h>

#define CG_INSIDE
# include <coregroup/cg-version.h>
# include <coregroup/cg-version-macros.h>
# include <coregroup/cg-enums.h>
# include <coregroup/cg-error.h>
# include <coregroup/cg-date.h>
# include <coregroup/cg-info.h>
# include <coregroup/cg-member.h>
#undef CG_INSIDE
