/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>


#include <coregroup/coregroup.h>

#include "rules/cg-policy-file-private.h"
#include "util/cg-file-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

/**
 * CgPolicyRegistry:
 *
 * Finds policies by id: the built-in ones, policy files from the data
 * directories and by path, and policies written in code.
 *
 * ```c
 * g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
 * g_autoptr(GError) error = NULL;
 *
 * // coregroup/policies/NAME.json under $XDG_DATA_HOME and $XDG_DATA_DIRS
 * if (!cg_policy_registry_load_data_dirs (registry, &error))
 *   g_warning ("%s", error->message);
 *
 * CgPolicy *policy = cg_policy_registry_lookup (registry, cg_case_get_policy (kase));
 * ```
 *
 * A policy file may extend any policy already in the registry or in the
 * same directory. Adding a policy with an id already present replaces it,
 * so a local file named after a built-in policy overrides it.
 *
 * Once loading is done, a registry may be shared by threads: looking up
 * only reads, and the policies are immutable.
 */

struct _CgPolicyRegistry
{
  GObject     parent_instance;
  CgItemList *policies;
};

G_DEFINE_FINAL_TYPE (CgPolicyRegistry, cg_policy_registry, G_TYPE_OBJECT)

#define BUILTIN_PATH "/org/coregroup/CoreGroup/policies/"

static void
cg_policy_registry_dispose (GObject *object)
{
  CgPolicyRegistry *self = CG_POLICY_REGISTRY (object);

  g_clear_object (&self->policies);

  G_OBJECT_CLASS (cg_policy_registry_parent_class)->dispose (object);
}

static void
cg_policy_registry_class_init (CgPolicyRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_policy_registry_dispose;
}

static void
cg_policy_registry_init (CgPolicyRegistry *self)
{
  self->policies = cg_item_list_new_with_ids (CG_TYPE_POLICY, (CgItemIdFunc) cg_policy_get_id);
}

/**
 * cg_policy_registry_new:
 *
 * Creates an empty registry.
 *
 * Returns: (transfer full): a new registry
 */
CgPolicyRegistry *
cg_policy_registry_new (void)
{
  return g_object_new (CG_TYPE_POLICY_REGISTRY, NULL);
}

/**
 * cg_policy_registry_add:
 * @self: a registry
 * @policy: a policy
 *
 * Adds a policy, replacing any with the same id.
 */
void
cg_policy_registry_add (CgPolicyRegistry *self,
                        CgPolicy         *policy)
{
  int pos;

  g_return_if_fail (CG_IS_POLICY_REGISTRY (self));
  g_return_if_fail (CG_IS_POLICY (policy));
  g_return_if_fail (cg_policy_get_id (policy) != NULL);

  pos = cg_item_list_find (self->policies, (CgItemIdFunc) cg_policy_get_id,
                           cg_policy_get_id (policy), G_MAXUINT);
  if (pos >= 0)
    cg_item_list_replace (self->policies, (guint) pos, policy);
  else
    cg_item_list_append (self->policies, policy);

  /* The index by id is made now, not by the first lookup, so that
   * lookups only read and a loaded registry can be shared by threads. */
  cg_item_list_find (self->policies, (CgItemIdFunc) cg_policy_get_id, cg_policy_get_id (policy), G_MAXUINT);
}

/**
 * cg_policy_registry_lookup:
 * @self: a registry
 * @id: a policy id
 *
 * Finds a policy by id.
 *
 * Returns: (transfer none) (nullable): the policy, or %NULL
 */
CgPolicy *
cg_policy_registry_lookup (CgPolicyRegistry *self,
                           const char       *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pos = cg_item_list_find (self->policies, (CgItemIdFunc) cg_policy_get_id, id, G_MAXUINT);
  return pos < 0 ? NULL : cg_item_list_peek (self->policies, (guint) pos);
}

/**
 * cg_policy_registry_get_policies:
 * @self: a registry
 *
 * Gets the policies, in the order they were added.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [iface@CoreGroup.Policy]
 */
GListModel *
cg_policy_registry_get_policies (CgPolicyRegistry *self)
{
  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->policies);
}

/* The base policy a file names, which must be a policy file of this
 * registry: only a rule policy's rules can be inherited. */
static CgRulePolicy *
lookup_base (CgPolicyRegistry *self,
             CgPolicyFile     *file)
{
  const char *extends = cg_policy_file_get_extends (file);
  CgPolicy *base = extends != NULL ? cg_policy_registry_lookup (self, extends) : NULL;

  return base != NULL && CG_IS_RULE_POLICY (base) ? CG_RULE_POLICY (base) : NULL;
}

static gboolean
load_one (CgPolicyRegistry  *self,
          CgPolicyFile      *file,
          GError           **error)
{
  g_autoptr(CgRulePolicy) policy = cg_rule_policy_new_from_policy_file (file, lookup_base (self, file), error);

  if (policy == NULL)
    return FALSE;

  cg_policy_registry_add (self, CG_POLICY (policy));
  return TRUE;
}

static CgPolicyFile *
parse_bytes (GBytes      *bytes,
             const char  *origin,
             GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return cg_policy_file_parse (data != NULL ? data : "", size, origin, error);
}

static gboolean
is_pending (GPtrArray  *pending,
            const char *id)
{
  for (guint i = 0; i < pending->len; i++)
    if (g_strcmp0 (cg_policy_file_get_id (g_ptr_array_index (pending, i)), id) == 0)
      return TRUE;
  return FALSE;
}

/* Loads every source whose base is available, repeatedly, so files may
 * extend one another in any order; what is left is a cycle or a missing base. */
static gboolean
load_sources (CgPolicyRegistry  *self,
              GPtrArray         *pending,
              GError           **error)
{
  gboolean progress = TRUE;

  while (pending->len > 0 && progress)
    {
      progress = FALSE;
      for (guint i = 0; i < pending->len; )
        {
          CgPolicyFile *file = g_ptr_array_index (pending, i);

          if (cg_policy_file_get_extends (file) != NULL &&
              cg_policy_registry_lookup (self, cg_policy_file_get_extends (file)) == NULL)
            {
              i++;
              continue;
            }

          if (!load_one (self, file, error))
            return FALSE;
          g_ptr_array_remove_index (pending, i);
          progress = TRUE;
        }
    }

  if (pending->len > 0)
    {
      CgPolicyFile *file = g_ptr_array_index (pending, 0);
      const char *origin = cg_policy_file_get_origin (file);
      const char *extends = cg_policy_file_get_extends (file);

      if (is_pending (pending, extends))
        g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_CYCLE,
                     /* Translators: the policy file's name, then two policy
                      * ids; "extends" is the field's name and stays as it is. */
                     _("%s: extends: “%s” extends “%s”, which extends it in turn"),
                     origin, cg_policy_file_get_id (file), extends);
      else
        g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY,
                     /* Translators: the policy file's name and a policy id. */
                     _("%s: extends: no policy with id “%s” is known"), origin, extends);
      return FALSE;
    }

  return TRUE;
}

/**
 * cg_policy_registry_load_file:
 * @self: a registry
 * @file: a policy file
 * @error: return location for a #GError
 *
 * Loads a policy file and adds the policy; see
 * [ctor@CoreGroup.RulePolicy.new_from_data] for the errors. A policy that
 * extends another needs the base in the registry already.
 *
 * Returns: %TRUE if the policy was added
 */
gboolean
cg_policy_registry_load_file (CgPolicyRegistry  *self,
                              GFile             *file,
                              GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CgPolicyFile) parsed = NULL;
  g_autofree char *origin = NULL;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = cg_file_load_bounded (file, CG_LIMITS_DEFAULT_MAX_SIZE, error);
  if (bytes == NULL)
    return FALSE;

  origin = g_file_get_parse_name (file);
  parsed = parse_bytes (bytes, origin, error);
  return parsed != NULL && load_one (self, parsed, error);
}

/**
 * cg_policy_registry_load_data:
 * @self: a registry
 * @data: (array length=length) (element-type guint8): a policy file's contents
 * @length: the length of @data, or -1 if it is nul-terminated
 * @origin: (nullable): where the data came from, for messages
 * @error: return location for a #GError
 *
 * Reads a policy file held in memory (from a database, say) and adds the
 * policy, as [method@CoreGroup.PolicyRegistry.load_file] does for a file.
 * The policy it extends must be in the registry already.
 *
 * Returns: %TRUE if the policy was added
 */
gboolean
cg_policy_registry_load_data (CgPolicyRegistry  *self,
                              const char        *data,
                              gssize             length,
                              const char        *origin,
                              GError           **error)
{
  g_autoptr(CgPolicyFile) parsed = NULL;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  parsed = cg_policy_file_parse (data, length < 0 ? strlen (data) : (gsize) length, origin, error);
  return parsed != NULL && load_one (self, parsed, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/**
 * cg_policy_registry_load_directory:
 * @self: a registry
 * @directory: a directory of policy files
 * @error: return location for a #GError
 *
 * Loads every `*.json` file in @directory. The files may extend each other
 * in any order. A directory that does not exist is not an error. Loading
 * stops at the first bad file, whose error names the file and field.
 *
 * Returns: %TRUE if every file loaded
 */
gboolean
cg_policy_registry_load_directory (CgPolicyRegistry  *self,
                                  GFile             *directory,
                                  GError           **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_policy_file_free);
  g_autoptr(GError) local_error = NULL;
  GFileInfo *info;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  children = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (children == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
      g_object_unref (info);
    }
  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (directory, g_ptr_array_index (names, i));
      g_autoptr(GBytes) bytes = cg_file_load_bounded (file, CG_LIMITS_DEFAULT_MAX_SIZE, error);
      g_autofree char *origin = g_file_get_parse_name (file);
      CgPolicyFile *parsed;

      if (bytes == NULL || (parsed = parse_bytes (bytes, origin, error)) == NULL)
        return FALSE;
      g_ptr_array_add (pending, parsed);
    }

  return load_sources (self, pending, error);
}

/**
 * cg_policy_registry_load_data_dirs:
 * @self: a registry
 * @error: return location for a #GError
 *
 * Loads the policy files in `coregroup/policies/` under each system data
 * directory (`$XDG_DATA_DIRS`) and then the user's (`$XDG_DATA_HOME`), so a
 * user's file overrides a system one, and both override the built-ins.
 *
 * Returns: %TRUE if every file loaded
 */
gboolean
cg_policy_registry_load_data_dirs (CgPolicyRegistry  *self,
                                   GError           **error)
{
  const char * const *system_dirs = g_get_system_data_dirs ();
  guint n = g_strv_length ((char **) system_dirs);

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), FALSE);

  /* The first system directory has the highest priority, so load it last. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(GFile) dir = g_file_new_build_filename (system_dirs[i - 1], "coregroup", "policies", NULL);

      if (!cg_policy_registry_load_directory (self, dir, error))
        return FALSE;
    }

  {
    g_autoptr(GFile) dir = g_file_new_build_filename (g_get_user_data_dir (), "coregroup", "policies", NULL);

    return cg_policy_registry_load_directory (self, dir, error);
  }
}

/**
 * cg_policy_registry_new_builtin:
 *
 * Creates a registry of the policies compiled into the library: the
 * national baselines `england` and `wales`, and `suffolk`, `haringey`,
 * `city-and-hackney`, `south-east-wales` and `hertfordshire`.
 *
 * Returns: (transfer full): a new registry
 */
CgPolicyRegistry *
cg_policy_registry_new_builtin (void)
{
  g_autoptr(CgPolicyRegistry) self = cg_policy_registry_new ();
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_policy_file_free);
  g_auto(GStrv) names = g_resources_enumerate_children (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;

  /* Resource listings come in hash order; load in name order. */
  if (names != NULL)
    qsort (names, g_strv_length (names), sizeof (char *), compare_names);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (BUILTIN_PATH, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autofree char *origin = g_strconcat ("resource://", path, NULL);
      CgPolicyFile *parsed = parse_bytes (bytes, origin, &error);

      /* The built-in files are tested; failing here is a build defect. */
      if (parsed == NULL)
        g_error ("Built-in policies: %s", error->message);
      g_ptr_array_add (pending, parsed);
    }

  /* The built-in files are tested; failing here is a build defect. */
  if (!load_sources (self, pending, &error))
    g_error ("Built-in policies: %s", error->message);

  return g_steal_pointer (&self);
}
