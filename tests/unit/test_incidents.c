/*
 * test_incidents.c - incident store and matching: one incident from several
 * articles with different wording and rising figures, no merge across
 * countries, types, far places or dates outside the window, idempotent
 * reprocessing, deterministic ids, caps, expiry, partition drop, and the
 * incident JSON round trip used for restoring from the changelog.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vi_incident.h"
#include "vi_json.h"
#include "vi_rules.h"

#define T0 1750000000000LL

static vi_rules *shipped; /* knowledge/alert-rules.conf: its incident groups */

static int load_rules(void **state)
{
    char err[256];
    (void)state;
    return vi_rules_load("knowledge/alert-rules.conf", 500, &shipped, err, sizeof(err));
}

static int free_rules(void **state)
{
    (void)state;
    vi_rules_free(shipped);
    return 0;
}

/* A store joining by the shipped groups. */
static vi_store *store_new(const vi_limits *lim)
{
    vi_store *s;
    if (vi_store_new(lim, &s) < 0)
        return NULL;
    vi_store_set_groups(s, shipped->groups, shipped->n_groups);
    return s;
}

static vi_event ev_make(const char *id, const char *article, const char *type, const char *country,
                        const char *place, double lat, double lon, const char *date)
{
    vi_event e;
    memset(&e, 0, sizeof(e));
    snprintf(e.event_id, sizeof(e.event_id), "%s", id);
    snprintf(e.article_id, sizeof(e.article_id), "%s", article);
    snprintf(e.type, sizeof(e.type), "%s", type);
    snprintf(e.country, sizeof(e.country), "%s", country);
    snprintf(e.place, sizeof(e.place), "%s", place);
    snprintf(e.precision, sizeof(e.precision), "town");
    snprintf(e.admin1, sizeof(e.admin1), "Sahel");
    e.has_coords = lat != 0;
    e.lat = lat;
    e.lon = lon;
    snprintf(e.date, sizeof(e.date), "%s", date);
    snprintf(e.date_precision, sizeof(e.date_precision), "day");
    snprintf(e.outlet, sizeof(e.outlet), "Outlet %s", article);
    snprintf(e.url, sizeof(e.url), "https://test.invalid/%s", article);
    snprintf(e.lang, sizeof(e.lang), "en");
    return e;
}

static void fatalities(vi_event *e, long long min, long long max, const char *by)
{
    e->fatalities.present = 1;
    e->fatalities.min = min;
    e->fatalities.max = max;
    snprintf(e->fatalities.claimed_by, sizeof(e->fatalities.claimed_by), "%s", by);
}

static void actor(vi_event *e, const char *name, const char *kind, const char *role)
{
    vi_actor *a = &e->actors[e->n_actors++];
    snprintf(a->name, sizeof(a->name), "%s", name);
    snprintf(a->kind, sizeof(a->kind), "%s", kind);
    snprintf(a->role, sizeof(a->role), "%s", role);
}

static void test_merge_sources(void **state)
{
    (void)state;
    vi_incident *inc, *first;
    vi_store *s = store_new(NULL);
    assert_non_null(s);
    vi_event a =
        ev_make("e1", "art-1", "armed_clash", "BF", "Djibo", 14.0986, -1.6266, "2025-06-09");
    fatalities(&a, 60, -1, "security sources");
    actor(&a, "JNIM", "armed_group", "target");
    int ch = vi_store_add(s, &a, T0, &first);
    assert_true(ch & VI_CH_NEW);
    assert_true(ch & VI_CH_SOURCE);
    char id[VI_ID_LEN];
    strcpy(id, first->id);
    assert_int_equal(strlen(id), 16);
    assert_int_equal(first->alert.pending_at_ms, 0);

    /* French article, other classification, no coordinates: same admin1 and actor */
    vi_event b = ev_make("e2", "art-2", "attack_on_civilians", "BF", "Djibo", 0, 0, "2025-06-09");
    fatalities(&b, 62, -1, "sources sécuritaires");
    actor(&b, "JNIM", "armed_group", "perpetrator");
    snprintf(b.lang, sizeof(b.lang), "fr");
    ch = vi_store_add(s, &b, T0 + 60000, &inc);
    assert_ptr_equal(inc, first);
    assert_true(ch & VI_CH_SOURCE);
    assert_true(ch & VI_CH_FIGURES);

    /* the claim: 200, a day later, a nearby spelling with coordinates 5 km off */
    vi_event c =
        ev_make("e3", "art-3", "armed_clash", "BF", "Djibo town", 14.12, -1.60, "2025-06-10");
    fatalities(&c, 200, 200, "JNIM");
    actor(&c, "JNIM", "armed_group", "perpetrator");
    snprintf(c.claimed_by, sizeof(c.claimed_by), "JNIM");
    ch = vi_store_add(s, &c, T0 + 120000, &inc);
    assert_ptr_equal(inc, first);
    assert_true(ch & VI_CH_CLAIM);
    assert_true(ch & VI_CH_DISPUTED);
    assert_int_equal(inc->n_sources, 3);
    assert_int_equal(inc->n_articles, 3);
    assert_int_equal(inc->fatalities.min, 60);
    assert_int_equal(inc->fatalities.max, 200);
    assert_string_equal(inc->fatalities.max_by, "JNIM");
    assert_string_equal(inc->fatalities.min_by, "security sources");
    assert_string_equal(inc->claimed_by, "JNIM");
    /* JNIM, a target in the first report, is the perpetrator of the third */
    assert_int_equal(inc->n_actors, 1);
    assert_string_equal(inc->actors[0].role, "perpetrator");
    assert_string_equal(inc->perpetrator, "JNIM");
    assert_string_equal(inc->date, "2025-06-09");
    assert_int_equal(inc->first_seen_ms, T0);
    assert_int_equal(inc->updated_ms, T0 + 120000);
    assert_string_equal(inc->id, id);

    /* reprocessing the same events changes nothing */
    assert_int_equal(vi_store_add(s, &a, T0 + 180000, &inc), 0);
    assert_int_equal(vi_store_add(s, &c, T0 + 180000, &inc), 0);
    assert_int_equal(inc->n_articles, 3);
    assert_int_equal(vi_store_count(s), 1);
    vi_store_free(s);
}

static void test_no_merge(void **state)
{
    (void)state;
    vi_incident *inc;
    vi_store *s = store_new(NULL);
    assert_non_null(s);
    vi_event a = ev_make("e1", "a1", "armed_clash", "BF", "Djibo", 14.0986, -1.6266, "2025-06-09");
    assert_true(vi_store_add(s, &a, T0, &inc) & VI_CH_NEW);
    /* other country */
    vi_event b = ev_make("e2", "a2", "armed_clash", "ML", "Djibo", 14.0986, -1.6266, "2025-06-09");
    assert_true(vi_store_add(s, &b, T0, &inc) & VI_CH_NEW);
    /* far place (Ouagadougou) */
    vi_event c =
        ev_make("e3", "a3", "armed_clash", "BF", "Ouagadougou", 12.36, -1.53, "2025-06-09");
    assert_true(vi_store_add(s, &c, T0, &inc) & VI_CH_NEW);
    /* incompatible type */
    vi_event d = ev_make("e4", "a4", "protest", "BF", "Djibo", 14.0986, -1.6266, "2025-06-09");
    assert_true(vi_store_add(s, &d, T0, &inc) & VI_CH_NEW);
    /* outside the 72 h window */
    vi_event e = ev_make("e5", "a5", "armed_clash", "BF", "Djibo", 14.0986, -1.6266, "2025-06-20");
    assert_true(vi_store_add(s, &e, T0, &inc) & VI_CH_NEW);
    /* no place and no common actor: no positive signal */
    vi_event f = ev_make("e6", "a6", "armed_clash", "BF", "", 0, 0, "2025-06-09");
    f.admin1[0] = 0;
    f.precision[0] = 0;
    assert_true(vi_store_add(s, &f, T0, &inc) & VI_CH_NEW);
    assert_int_equal(vi_store_count(s), 6);
    /* historical and country-less events are refused */
    vi_event g = a;
    g.historical = 1;
    assert_int_equal(vi_store_add(s, &g, T0, &inc), -22);
    g.historical = 0;
    g.country[0] = 0;
    assert_int_equal(vi_store_add(s, &g, T0, &inc), -22);
    /* coups are country-level: two articles naming different towns still merge */
    vi_event k1 = ev_make("k1", "c1", "coup", "NE", "Niamey", 0, 0, "2025-07-02");
    vi_event k2 = ev_make("k2", "c2", "coup", "NE", "", 0, 0, "2025-07-02");
    vi_incident *ci;
    assert_true(vi_store_add(s, &k1, T0, &ci) & VI_CH_NEW);
    assert_int_equal(vi_store_add(s, &k2, T0, &inc), VI_CH_SOURCE);
    assert_ptr_equal(inc, ci);
    vi_store_free(s);
}

static void test_ids_deterministic(void **state)
{
    (void)state;
    vi_store *s1, *s2;
    vi_incident *i1, *i2;
    assert_int_equal(vi_store_new(NULL, &s1), 0);
    assert_int_equal(vi_store_new(NULL, &s2), 0);
    vi_event a = ev_make("e1", "a1", "armed_clash", "BF", "Djibo", 14.0986, -1.6266, "2025-06-09");
    vi_store_add(s1, &a, T0, &i1);
    vi_store_add(s2, &a, T0 + 99999, &i2);
    assert_string_equal(i1->id, i2->id);
    vi_event b = a;
    strcpy(b.event_id, "other");
    vi_store_add(s2, &b, T0, &i2); /* joins */
    assert_ptr_equal(vi_store_find(s2, i1->id), i2);
    vi_store_free(s1);
    vi_store_free(s2);
}

static void test_caps_expiry(void **state)
{
    (void)state;
    vi_limits lim;
    vi_store *s;
    vi_incident *inc;
    char id[32], art[32];
    vi_limits_default(&lim);
    lim.max_incidents = 3;
    lim.max_sources = 2;
    assert_int_equal(vi_store_new(&lim, &s), 0);
    for (int i = 0; i < 5; i++) { /* five countries: only three kept */
        const char *cc[] = {"BF", "ML", "NE", "TD", "SN"};
        snprintf(id, sizeof(id), "e%d", i);
        vi_event e = ev_make(id, id, "armed_clash", cc[i], "X", 0, 0, "2025-06-09");
        assert_true(vi_store_add(s, &e, T0 + i, &inc) > 0);
    }
    assert_int_equal(vi_store_count(s), 3);
    assert_string_equal(vi_store_at(s, 0)->country, "NE"); /* oldest evicted first */
    for (int i = 0; i < 4; i++) { /* four sources on one incident: two listed */
        snprintf(id, sizeof(id), "s%d", i);
        snprintf(art, sizeof(art), "art%d", i);
        vi_event e = ev_make(id, art, "armed_clash", "SN", "X", 0, 0, "2025-06-09");
        vi_store_add(s, &e, T0 + 10, &inc);
    }
    assert_int_equal(inc->n_sources, 2);
    assert_int_equal(inc->n_articles, 5);
    /* partition drop and expiry */
    inc->partition = 7;
    assert_int_equal(vi_store_drop_partition(s, 7), 1);
    assert_int_equal(vi_store_count(s), 2);
    assert_int_equal(vi_store_expire(s, T0 + 71LL * 3600000, NULL, NULL), 0);
    assert_int_equal(vi_store_expire(s, T0 + 73LL * 3600000, NULL, NULL), 2);
    vi_store_free(s);
    vi_store_free(NULL);
    vi_incident_free(NULL);
}

static void test_json_roundtrip(void **state)
{
    (void)state;
    vi_store *s;
    vi_incident *inc, *back;
    size_t len;
    assert_int_equal(vi_store_new(NULL, &s), 0);
    vi_event a = ev_make("e1", "a1", "armed_clash", "BF", "Djibo", 14.0986, -1.6266, "2025-06-09");
    fatalities(&a, 60, -1, "security sources");
    actor(&a, "JNIM", "armed_group", "perpetrator");
    a.partition = 2;
    vi_store_add(s, &a, T0, &inc);
    inc->alert.n_sent = 1;
    inc->alert.severity = 5;
    inc->alert.fat_level = 2;
    strcpy(inc->alert.last_alert_id, "0011223344556677");
    char *json = vi_incident_to_json(inc, &len);
    assert_non_null(json);
    assert_int_equal(vi_incident_from_json(json, len, 50, &back), 0);
    assert_string_equal(back->id, inc->id);
    assert_int_equal(back->partition, 2);
    assert_int_equal(back->first_seen_ms, T0);
    assert_int_equal(back->fatalities.min, 60);
    assert_int_equal(back->fatalities.max, 60);
    assert_int_equal(back->n_sources, 1);
    assert_string_equal(back->sources[0].url, "https://test.invalid/a1");
    assert_int_equal(back->day_first, inc->day_first);
    assert_int_equal(back->alert.n_sent, 1);
    assert_int_equal(back->alert.severity, 5);
    assert_int_equal(back->alert.fat_level, 2);
    assert_true(back->has_coords);
    assert_string_equal(back->alert.last_alert_id, "0011223344556677");
    /* the joining state: time bounds, types, perpetrator */
    assert_int_equal(back->bound_lo, vi_day_number("2025-06-09"));
    assert_int_equal(back->bound_hi, back->bound_lo);
    assert_int_equal(back->types, inc->types);
    assert_true(back->types != 0);
    assert_string_equal(back->perpetrator, "JNIM");
    assert_non_null(strstr(json, "\"bounds\":{\"first\":\"2025-06-09\""));
    assert_non_null(strstr(json, "\"types\":[\"armed_clash\"]"));
    /* restore replaces by id */
    assert_int_equal(vi_store_restore(s, back), 0);
    assert_int_equal(vi_store_count(s), 1);
    free(json);
    /* a record written before time bounds existed: from its dates, else first seen */
    const char *legacy = "{\"incident_id\":\"0011223344556677\",\"type\":\"coup\","
                         "\"date\":{\"value\":null,\"first\":null,\"last\":null},"
                         "\"first_seen_ms\":1750000000000}";
    assert_int_equal(vi_incident_from_json(legacy, strlen(legacy), 50, &back), 0);
    assert_int_equal(back->bound_lo, (int32_t)(T0 / 86400000LL));
    assert_int_equal(back->bound_hi, back->bound_lo);
    assert_int_equal(back->types, vi_type_bit("coup"));
    vi_incident_free(back);
    assert_int_equal(vi_incident_from_json("[1]", 3, 50, &back), -22);
    assert_int_equal(vi_incident_from_json("{\"incident_id\":\"x\"}", 19, 50, &back), -22);
    vi_store_free(s);
}

static void test_event_decode(void **state)
{
    (void)state;
    char err[128];
    vi_event e;
    const char *ok =
        "{\"event_id\":\"3f9c0d7a12b4e6f1\",\"article_id\":\"demo-002\",\"type\":\"armed_clash\","
        "\"subtype\":null,\"country\":\"ML\",\"location\":{\"name\":\"Boulkessi\",\"admin1\":"
        "\"Mopti\",\"admin2\":null,\"lat\":15.0,\"lon\":-1.5,\"precision\":\"town\"},\"date\":{"
        "\"value\":\"2025-06-10\",\"precision\":\"day\"},\"fatalities\":{\"min\":20,\"max\":20,"
        "\"claimed_by\":\"security sources\"},\"arrests\":null,\"actors\":[{\"name\":\"JNIM\","
        "\"role\":\"perpetrator\",\"kind\":\"jihadist_group\"},{\"name\":7}],\"claimed_by\":"
        "\"JNIM\",\"disputed\":true,\"historical\":false,\"article\":{\"url\":\"https://x\","
        "\"source\":\"Le Courrier\",\"lang\":\"fr\"}}";
    e.partition = 4;
    assert_int_equal(vi_event_from_json(ok, strlen(ok), &e, err, sizeof(err)), 0);
    assert_int_equal(e.partition, 4);
    assert_string_equal(e.country, "ML");
    assert_string_equal(e.place, "Boulkessi");
    assert_true(e.has_coords);
    assert_int_equal(e.fatalities.min, 20);
    assert_int_equal(e.n_actors, 1);
    assert_true(e.disputed);
    assert_string_equal(e.outlet, "Le Courrier");
    assert_int_equal(vi_event_from_json("{}", 2, &e, err, sizeof(err)), -22);
    assert_int_equal(vi_event_from_json("nope", 4, &e, err, sizeof(err)), -22);
    assert_int_equal(vi_event_from_json(NULL, 0, &e, err, sizeof(err)), -22);
    assert_int_equal(vi_day_number("1970-01-02"), 1);
    assert_int_equal(vi_day_number("2025-06"), vi_day_number("2025-06-01"));
    assert_int_equal(vi_day_number("2025-13-01"), INT32_MIN);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge_sources),     cmocka_unit_test(test_no_merge),
        cmocka_unit_test(test_ids_deterministic), cmocka_unit_test(test_caps_expiry),
        cmocka_unit_test(test_json_roundtrip),    cmocka_unit_test(test_event_decode),
    };
    return cmocka_run_group_tests(tests, load_rules, free_rules);
}
