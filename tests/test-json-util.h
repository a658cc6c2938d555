/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* A helper for the C tests that look into a saved case document. */

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

/* Checks the value at @path (a JSONPath such as "$.plan.actions[0].x_ticket")
 * in the case document @saved, written as compact JSON; @expected is NULL
 * when there must be none. */
static inline void
test_assert_saved_value (const char *saved,
                         const char *path,
                         const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (saved, &error);
  g_autoptr(JsonNode) found = NULL;
  g_autofree char *actual = NULL;
  JsonArray *matches;

  g_assert_no_error (error);
  found = json_path_query (path, root, &error);
  g_assert_no_error (error);
  matches = json_node_get_array (found);
  if (json_array_get_length (matches) > 0)
    actual = json_to_string (json_array_get_element (matches, 0), FALSE);

  g_test_message ("checking %s", path);
  g_assert_cmpstr (actual, ==, expected);
}
