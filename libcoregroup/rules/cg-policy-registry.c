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
 * A built-in policy is parsed the first time it is looked up (or the
 * policies listed), so that a program pays only for the policies it uses.
 * Once loading is done, a registry may be shared by threads: looking up
 * changes nothing but that, which is safe from any thread, and the
 * policies are immutable.
 */

/* A built-in policy, parsed on first use. */
typedef struct
{
  char     *name;     /* the resource's file name: the id, then ".json" */
  char     *id;
  CgPolicy *policy;   /* atomic: NULL until parsed */
} Builtin;

struct _CgPolicyRegistry
{
  GObject     parent_instance;
  CgItemList *added;       /* the policies added, as add() leaves them */
  Builtin    *builtins;    /* in name order */
  guint       n_builtins;
  GMutex      listing;     /* held while the list of all is made */
  CgItemList *policies;    /* atomic: the built-ins and the added, once asked for */
};

G_DEFINE_FINAL_TYPE (CgPolicyRegistry, cg_policy_registry, G_TYPE_OBJECT)

#define BUILTIN_PATH "/org/coregroup/CoreGroup/policies/"

static void
cg_policy_registry_dispose (GObject *object)
{
  CgPolicyRegistry *self = CG_POLICY_REGISTRY (object);

  g_clear_object (&self->policies);
  g_clear_object (&self->added);
  for (guint i = 0; i < self->n_builtins; i++)
    {
      g_clear_object (&self->builtins[i].policy);
      g_clear_pointer (&self->builtins[i].name, g_free);
      g_clear_pointer (&self->builtins[i].id, g_free);
    }
  g_clear_pointer (&self->builtins, g_free);
  self->n_builtins = 0;

  G_OBJECT_CLASS (cg_policy_registry_parent_class)->dispose (object);
}

static void
cg_policy_registry_finalize (GObject *object)
{
  g_mutex_clear (&CG_POLICY_REGISTRY (object)->listing);

  G_OBJECT_CLASS (cg_policy_registry_parent_class)->finalize (object);
}

static void
cg_policy_registry_class_init (CgPolicyRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cg_policy_registry_dispose;
  G_OBJECT_CLASS (klass)->finalize = cg_policy_registry_finalize;
}

static void
cg_policy_registry_init (CgPolicyRegistry *self)
{
  self->added = cg_item_list_new_with_ids (CG_TYPE_POLICY, (CgItemIdFunc) cg_policy_get_id);
  g_mutex_init (&self->listing);
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
/* @policy in place of the one of its id in @list, or after the others. */
static void
put (CgItemList *list,
     CgPolicy   *policy)
{
  int pos = cg_item_list_find (list, (CgItemIdFunc) cg_policy_get_id, cg_policy_get_id (policy), G_MAXUINT);

  if (pos >= 0)
    cg_item_list_replace (list, (guint) pos, policy);
  else
    cg_item_list_append (list, policy);

  /* The index by id is made now, not by the first lookup, so that
   * lookups only read and a loaded registry can be shared by threads. */
  cg_item_list_find (list, (CgItemIdFunc) cg_policy_get_id, cg_policy_get_id (policy), G_MAXUINT);
}

void
cg_policy_registry_add (CgPolicyRegistry *self,
                        CgPolicy         *policy)
{
  g_return_if_fail (CG_IS_POLICY_REGISTRY (self));
  g_return_if_fail (CG_IS_POLICY (policy));
  g_return_if_fail (cg_policy_get_id (policy) != NULL);

  put (self->added, policy);
  /* Once listed, the list changes with each addition, as it did before. */
  if (self->policies != NULL && self->policies != self->added)
    put (self->policies, policy);
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

static Builtin *
find_builtin (CgPolicyRegistry *self,
              const char       *id)
{
  for (guint i = 0; i < self->n_builtins; i++)
    if (g_str_equal (self->builtins[i].id, id))
      return &self->builtins[i];
  return NULL;
}

static CgPolicy *get_builtin (CgPolicyRegistry *self,
                              Builtin          *builtin,
                              guint             depth);

/* Parses @builtin, and the built-in policy it extends first. Threads may
 * parse the same one at once: the first to finish is kept, and the
 * others' copies, the same, are freed. */
static G_GNUC_NO_INLINE CgPolicy *
parse_builtin (CgPolicyRegistry *self,
               Builtin          *builtin,
               guint             depth)
{
  g_autofree char *path = g_strconcat (BUILTIN_PATH, builtin->name, NULL);
  g_autofree char *origin = g_strconcat ("resource://", path, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyFile) file = parse_bytes (bytes, origin, &error);
  g_autoptr(CgRulePolicy) policy = NULL;
  CgPolicy *base = NULL;
  const char *extends;

  /* The built-in files are tested; failing here is a build defect. */
  if (file == NULL)
    g_error ("Built-in policies: %s", error->message);
  if (!g_str_equal (cg_policy_file_get_id (file), builtin->id))
    g_error ("Built-in policies: %s: the id is not the file's name", origin);

  extends = cg_policy_file_get_extends (file);
  if (extends != NULL)
    {
      Builtin *of = find_builtin (self, extends);

      if (of == NULL || depth >= self->n_builtins)
        g_error ("Built-in policies: %s: extends: no built-in policy “%s” to extend, or a loop", origin, extends);
      base = get_builtin (self, of, depth + 1);
    }

  policy = cg_rule_policy_new_from_policy_file (file, base != NULL ? CG_RULE_POLICY (base) : NULL, &error);
  if (policy == NULL)
    g_error ("Built-in policies: %s", error->message);

  if (g_atomic_pointer_compare_and_exchange (&builtin->policy, NULL, CG_POLICY (policy)))
    return CG_POLICY (g_steal_pointer (&policy));
  return g_atomic_pointer_get (&builtin->policy);
}

static CgPolicy *
get_builtin (CgPolicyRegistry *self,
             Builtin          *builtin,
             guint             depth)
{
  CgPolicy *policy = g_atomic_pointer_get (&builtin->policy);

  return policy != NULL ? policy : parse_builtin (self, builtin, depth);
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
  Builtin *builtin;
  int pos;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  /* An added policy of a built-in's id replaces it. */
  pos = cg_item_list_find (self->added, (CgItemIdFunc) cg_policy_get_id, id, G_MAXUINT);
  if (pos >= 0)
    return cg_item_list_peek (self->added, (guint) pos);

  builtin = find_builtin (self, id);
  return builtin != NULL ? get_builtin (self, builtin, 0) : NULL;
}

typedef const char *(*IdFunc) (gpointer item);

static gboolean
is_in (GPtrArray  *items,
       IdFunc      get_id,
       const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (get_id (g_ptr_array_index (items, i)), id) == 0)
      return TRUE;
  return FALSE;
}

/* Moves @pending's items to @order in the order they can be loaded in,
 * one at a time: over and over, in turn, each whose base (@get_extends)
 * is in @self, when given, or earlier in @order, so that files may
 * extend one another in any order. What stays in @pending is a cycle or
 * extends a policy that is missing. */
static void
order_by_base (CgPolicyRegistry *self,
               GPtrArray        *pending,
               GPtrArray        *order,
               IdFunc            get_id,
               IdFunc            get_extends)
{
  gboolean progress = TRUE;

  while (pending->len > 0 && progress)
    {
      progress = FALSE;
      for (guint i = 0; i < pending->len; )
        {
          const char *extends = get_extends (g_ptr_array_index (pending, i));

          if (extends != NULL && !is_in (order, get_id, extends) &&
              (self == NULL || cg_policy_registry_lookup (self, extends) == NULL))
            {
              i++;
              continue;
            }

          g_ptr_array_add (order, g_ptr_array_steal_index (pending, i));
          progress = TRUE;
        }
    }
}

static const char *
builtin_get_id (gpointer item)
{
  return ((Builtin *) item)->id;
}

/* The policy a built-in extends, which parses it. */
static const char *
builtin_get_extends (gpointer item)
{
  Builtin *builtin = item;

  return cg_rule_policy_get_extends (CG_RULE_POLICY (g_atomic_pointer_get (&builtin->policy)));
}

/* Every policy, in the order they were added: the built-ins first, as
 * loading all of them at once adds them (each after the one it extends,
 * otherwise in name order), then the others; an added policy of a
 * built-in's id in the built-in's place. */
static CgItemList *
list_all (CgPolicyRegistry *self)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->listing);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  CgItemList *policies = self->policies;

  if (policies != NULL)
    return policies;
  if (self->n_builtins == 0)
    {
      g_atomic_pointer_set (&self->policies, g_object_ref (self->added));
      return self->added;
    }

  for (guint i = 0; i < self->n_builtins; i++)
    {
      get_builtin (self, &self->builtins[i], 0);
      g_ptr_array_add (pending, &self->builtins[i]);
    }
  order_by_base (NULL, pending, order, builtin_get_id, builtin_get_extends);
  /* The built-in files are tested; failing here is a build defect. */
  if (pending->len > 0)
    g_error ("Built-in policies: %s: extends: a loop", builtin_get_id (g_ptr_array_index (pending, 0)));

  policies = cg_item_list_new_with_ids (CG_TYPE_POLICY, (CgItemIdFunc) cg_policy_get_id);
  for (guint i = 0; i < order->len; i++)
    {
      Builtin *builtin = g_ptr_array_index (order, i);
      int pos = cg_item_list_find (self->added, (CgItemIdFunc) cg_policy_get_id, builtin->id, G_MAXUINT);

      put (policies, pos >= 0 ? cg_item_list_peek (self->added, (guint) pos) : builtin->policy);
    }
  for (guint i = 0; i < cg_item_list_get_len (self->added); i++)
    {
      CgPolicy *policy = cg_item_list_peek (self->added, i);

      if (find_builtin (self, cg_policy_get_id (policy)) == NULL)
        put (policies, policy);
    }

  g_atomic_pointer_set (&self->policies, policies);
  return policies;
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
  CgItemList *policies;

  g_return_val_if_fail (CG_IS_POLICY_REGISTRY (self), NULL);

  policies = g_atomic_pointer_get (&self->policies);
  return G_LIST_MODEL (policies != NULL ? policies : list_all (self));
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

/* Loads every source whose base is available, so files may extend one
 * another in any order; what is left is a cycle or a missing base. */
static gboolean
load_sources (CgPolicyRegistry  *self,
              GPtrArray         *pending,
              GError           **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_policy_file_free);

  order_by_base (self, pending, order, (IdFunc) cg_policy_file_get_id, (IdFunc) cg_policy_file_get_extends);
  for (guint i = 0; i < order->len; i++)
    if (!load_one (self, g_ptr_array_index (order, i), error))
      return FALSE;

  if (pending->len > 0)
    {
      CgPolicyFile *file = g_ptr_array_index (pending, 0);
      const char *origin = cg_policy_file_get_origin (file);
      const char *extends = cg_policy_file_get_extends (file);

      if (is_in (pending, (IdFunc) cg_policy_file_get_id, extends))
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
 * `city-and-hackney`, `south-east-wales` and `hertfordshire`. Each is
 * parsed the first time it is looked up or the policies are listed.
 *
 * Returns: (transfer full): a new registry
 */
CgPolicyRegistry *
cg_policy_registry_new_builtin (void)
{
  CgPolicyRegistry *self = cg_policy_registry_new ();
  g_auto(GStrv) names = g_resources_enumerate_children (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (names == NULL)
    return self;

  /* Resource listings come in hash order; keep name order, the order the
   * policies are loaded in when listed. */
  self->n_builtins = g_strv_length (names);
  qsort (names, self->n_builtins, sizeof (char *), compare_names);
  self->builtins = g_new0 (Builtin, self->n_builtins);
  for (guint i = 0; i < self->n_builtins; i++)
    {
      self->builtins[i].id = g_str_has_suffix (names[i], ".json")
                             ? g_strndup (names[i], strlen (names[i]) - strlen (".json")) : g_strdup (names[i]);
      self->builtins[i].name = g_steal_pointer (&names[i]);
    }

  return self;
}
