/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "json/cg-json-private.h"

/**
 * CgLimits:
 *
 * What a loader is willing to read: how large a document may be and how
 * deeply it may nest. A document past a limit fails with
 * %CG_FORMAT_ERROR_LIMIT_EXCEEDED (a file, with %G_IO_ERROR_MESSAGE_TOO_LARGE)
 * naming the limit, before any of it is parsed where the size is known.
 * The defaults, %CG_LIMITS_DEFAULT_MAX_SIZE and
 * %CG_LIMITS_DEFAULT_MAX_DEPTH, are far above any real case; an
 * application that reads documents from people it does not trust may
 * lower them.
 *
 * ```python
 * limits = CoreGroup.Limits(max_size=1024 * 1024)
 * kase = CoreGroup.Case.new_from_file_with_limits(file, limits)
 * ```
 *
 * Policy files and holiday feeds are read with the default limits.
 */

struct _CgLimits
{
  GObject  parent_instance;
  guint    max_depth;
  guint64  max_size;
};

enum {
  PROP_0,
  PROP_MAX_DEPTH,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CgLimits, cg_limits, G_TYPE_OBJECT)

static void
cg_limits_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgLimits *self = CG_LIMITS (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_limits_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgLimits *self = CG_LIMITS (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      cg_limits_set_max_depth (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      cg_limits_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_limits_class_init (CgLimitsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = cg_limits_get_property;
  object_class->set_property = cg_limits_set_property;

  /**
   * CgLimits:max-depth:
   *
   * How many levels of objects and arrays a document may nest, from 1
   * to 1000.
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL, 1, 1000, CG_LIMITS_DEFAULT_MAX_DEPTH, flags);

  /**
   * CgLimits:max-size:
   *
   * How many bytes a document may have, at least 1.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 1, G_MAXSIZE, CG_LIMITS_DEFAULT_MAX_SIZE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_limits_init (CgLimits *self)
{
  self->max_depth = CG_LIMITS_DEFAULT_MAX_DEPTH;
  self->max_size = CG_LIMITS_DEFAULT_MAX_SIZE;
}

/**
 * cg_limits_new:
 *
 * Creates limits with the default values.
 *
 * Returns: (transfer full): new limits
 */
CgLimits *
cg_limits_new (void)
{
  return g_object_new (CG_TYPE_LIMITS, NULL);
}

/**
 * cg_limits_get_max_depth:
 * @self: limits
 *
 * Gets how deeply a document may nest.
 *
 * Returns: the number of levels
 */
guint
cg_limits_get_max_depth (CgLimits *self)
{
  g_return_val_if_fail (CG_IS_LIMITS (self), CG_LIMITS_DEFAULT_MAX_DEPTH);

  return self->max_depth;
}

/**
 * cg_limits_set_max_depth:
 * @self: limits
 * @max_depth: the number of levels, from 1 to 1000
 *
 * Sets how deeply a document may nest.
 */
void
cg_limits_set_max_depth (CgLimits *self,
                         guint     max_depth)
{
  g_return_if_fail (CG_IS_LIMITS (self));
  g_return_if_fail (max_depth >= 1 && max_depth <= 1000);

  if (self->max_depth == max_depth)
    return;
  self->max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
}

/**
 * cg_limits_get_max_size:
 * @self: limits
 *
 * Gets how large a document may be.
 *
 * Returns: the size in bytes
 */
guint64
cg_limits_get_max_size (CgLimits *self)
{
  g_return_val_if_fail (CG_IS_LIMITS (self), CG_LIMITS_DEFAULT_MAX_SIZE);

  return self->max_size;
}

/**
 * cg_limits_set_max_size:
 * @self: limits
 * @max_size: the size in bytes, at least 1
 *
 * Sets how large a document may be.
 */
void
cg_limits_set_max_size (CgLimits *self,
                        guint64   max_size)
{
  g_return_if_fail (CG_IS_LIMITS (self));
  g_return_if_fail (max_size >= 1 && max_size <= G_MAXSIZE);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/* The parser's view of @limits (NULL: the defaults). */
void
cg_json_limits_from (CgLimits     *limits,
                     CgJsonLimits *out)
{
  out->max_depth = limits != NULL ? limits->max_depth : CG_LIMITS_DEFAULT_MAX_DEPTH;
  out->max_size = limits != NULL ? (gsize) limits->max_size : (gsize) CG_LIMITS_DEFAULT_MAX_SIZE;
}
