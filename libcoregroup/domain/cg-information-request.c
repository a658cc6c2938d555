/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

/**
 * CgInformationRequest:
 *
 * A piece of information a meeting found it needs, and the member who is
 * to bring it: what the Haringey minutes templates record as "information
 * needed and who will bring it" (Appendix 1 and 2). A meeting keeps its
 * requests in [method@CoreGroup.Meeting.get_information_needed].
 *
 * Requests are immutable once made:
 *
 * ```c
 * g_autoptr(CgInformationRequest) report =
 *   cg_information_request_new ("School attendance since September", "m4");
 * cg_meeting_add_information_request (cg1, report);
 * ```
 *
 * The member must be in the core group: [method@CoreGroup.Case.validate]
 * and reading a case document check it.
 */

struct _CgInformationRequest
{
  GObject  parent_instance;
  char    *what;
  char    *by;
};

enum {
  PROP_0,
  PROP_WHAT,
  PROP_BY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgInformationRequest, cg_information_request, G_TYPE_OBJECT)

static void
cg_information_request_finalize (GObject *object)
{
  CgInformationRequest *self = CG_INFORMATION_REQUEST (object);

  g_clear_pointer (&self->what, g_free);
  g_clear_pointer (&self->by, g_free);

  G_OBJECT_CLASS (cg_information_request_parent_class)->finalize (object);
}

static void
cg_information_request_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CgInformationRequest *self = CG_INFORMATION_REQUEST (object);

  switch (prop_id)
    {
    case PROP_WHAT:
      g_value_set_string (value, self->what);
      break;

    case PROP_BY:
      g_value_set_string (value, self->by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_information_request_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CgInformationRequest *self = CG_INFORMATION_REQUEST (object);

  switch (prop_id)
    {
    case PROP_WHAT:
      self->what = g_value_dup_string (value);
      break;

    case PROP_BY:
      self->by = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_information_request_class_init (CgInformationRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_information_request_finalize;
  object_class->get_property = cg_information_request_get_property;
  object_class->set_property = cg_information_request_set_property;

  /**
   * CgInformationRequest:what:
   *
   * The information needed, such as a report or the result of a check.
   * Set at construction.
   */
  properties [PROP_WHAT] = g_param_spec_string ("what", NULL, NULL, NULL, flags);

  /**
   * CgInformationRequest:by:
   *
   * The id of the member who is to bring it. Set at construction.
   */
  properties [PROP_BY] = g_param_spec_string ("by", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_information_request_init (CgInformationRequest *self)
{
}

/**
 * cg_information_request_new:
 * @what: the information needed
 * @member_id: the id of the member who is to bring it
 *
 * Creates a request for information.
 *
 * Returns: (transfer full): a new request
 */
CgInformationRequest *
cg_information_request_new (const char *what,
                            const char *member_id)
{
  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  return g_object_new (CG_TYPE_INFORMATION_REQUEST, "what", what, "by", member_id, NULL);
}

/**
 * cg_information_request_get_what:
 * @self: a request for information
 *
 * Gets the information needed.
 *
 * Returns: (transfer none) (nullable): what is needed
 */
const char *
cg_information_request_get_what (CgInformationRequest *self)
{
  g_return_val_if_fail (CG_IS_INFORMATION_REQUEST (self), NULL);

  return self->what;
}

/**
 * cg_information_request_get_by:
 * @self: a request for information
 *
 * Gets the id of the member who is to bring the information.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_information_request_get_by (CgInformationRequest *self)
{
  g_return_val_if_fail (CG_IS_INFORMATION_REQUEST (self), NULL);

  return self->by;
}
