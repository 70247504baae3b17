/*
 * test_canon.c - one name per actor in incidents (daemon/vd_canon): an
 * event's actors are renamed to their canonical names in actors.tsv, an
 * alias and its canonical name become one actor, the event's country picks
 * among homonyms, and names the dictionary does not know are kept.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vd_canon.h"

static void actor(vi_event *e, const char *name, const char *role)
{
    vi_actor *a = &e->actors[e->n_actors++];
    snprintf(a->name, sizeof(a->name), "%s", name);
    snprintf(a->kind, sizeof(a->kind), "state_forces");
    snprintf(a->role, sizeof(a->role), "%s", role);
}

static void test_canonical_names(void **state)
{
    (void)state;
    vd_canon *c;
    char err[256];
    assert_int_equal(vd_canon_load("knowledge", &c, err, sizeof(err)), 0);
    vi_event e;
    memset(&e, 0, sizeof(e));
    strcpy(e.country, "ML");
    actor(&e, "Military Forces of Mali", "perpetrator"); /* an alias */
    actor(&e, "Malian Armed Forces", "other");
    actor(&e, "GSIM", "target");
    actor(&e, "Protesters (Mali)", "victim"); /* made up by the extractor: kept */
    assert_int_equal(vd_canon_event(c, &e), 2);
    assert_int_equal(e.n_actors, 3);
    assert_string_equal(e.actors[0].name, "Malian Armed Forces");
    assert_string_equal(e.actors[0].role, "perpetrator"); /* the first keeps its role */
    assert_string_equal(e.actors[1].name, "JNIM");
    assert_string_equal(e.actors[2].name, "Protesters (Mali)");
    /* homonyms: the event's country decides (Mali's 2020 junta, Niger's 2023 one) */
    memset(&e, 0, sizeof(e));
    strcpy(e.country, "ML");
    actor(&e, "CNSP", "perpetrator");
    vd_canon_event(c, &e);
    assert_string_equal(e.actors[0].name,
                        "National Committee for the Salvation of the People (CNSP)");
    strcpy(e.country, "NE");
    strcpy(e.actors[0].name, "Conseil national pour la sauvegarde de la patrie");
    vd_canon_event(c, &e);
    assert_string_equal(e.actors[0].name, "CNSP");
    vd_canon_free(c);
    /* no dictionary: nothing changes */
    assert_int_equal(vd_canon_event(NULL, &e), 0);
    assert_int_equal(e.n_actors, 1);
    vd_canon_free(NULL);
    assert_true(vd_canon_load("/nonexistent", &c, err, sizeof(err)) < 0);
    assert_null(c);
    assert_non_null(strstr(err, "/nonexistent/actors.tsv"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
