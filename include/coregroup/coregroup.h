/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

#define CG_INSIDE
# include <coregroup/cg-version.h>
# include <coregroup/cg-version-macros.h>
# include <coregroup/cg-enums.h>
# include <coregroup/cg-error.h>
# include <coregroup/cg-date.h>
# include <coregroup/cg-calendar.h>
# include <coregroup/cg-info.h>
# include <coregroup/cg-limits.h>
# include <coregroup/cg-time-unit.h>
# include <coregroup/cg-audience.h>
# include <coregroup/cg-item-list.h>
# include <coregroup/cg-member.h>
# include <coregroup/cg-attendance.h>
# include <coregroup/cg-information-request.h>
# include <coregroup/cg-meeting.h>
# include <coregroup/cg-contact-record.h>
# include <coregroup/cg-conference.h>
# include <coregroup/cg-conference-decision.h>
# include <coregroup/cg-acknowledgement.h>
# include <coregroup/cg-review-request.h>
# include <coregroup/cg-escalation-step.h>
# include <coregroup/cg-escalation.h>
# include <coregroup/cg-case-event.h>
# include <coregroup/cg-outcome.h>
# include <coregroup/cg-action.h>
# include <coregroup/cg-dissent.h>
# include <coregroup/cg-plan-change.h>
# include <coregroup/cg-child-protection-plan.h>
# include <coregroup/cg-core-group.h>
# include <coregroup/cg-case.h>
# include <coregroup/cg-plan-copy.h>
# include <coregroup/cg-deadline.h>
# include <coregroup/cg-finding.h>
# include <coregroup/cg-open-escalation.h>
# include <coregroup/cg-report.h>
# include <coregroup/cg-icalendar-writer.h>
# include <coregroup/cg-policy.h>
# include <coregroup/cg-rule-info.h>
# include <coregroup/cg-rule-policy.h>
# include <coregroup/cg-policy-registry.h>
# include <coregroup/cg-review-report.h>
# include <coregroup/cg-caseload.h>
# include <coregroup/cg-minutes.h>
#undef CG_INSIDE
