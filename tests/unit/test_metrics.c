/*
 * test_metrics.c - the metrics registry: exposition text of each type,
 * label escaping, cumulative histogram buckets, refused names and
 * operations, the series cap, begin/sweep replacement, and exact counts
 * under concurrent updates (the registry is shared by the main loop, the
 * workers and the HTTP thread).
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "vd_metrics.h"
#include "vd_stats.h"

static char *render(vd_registry *r)
{
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(vd_registry_render(r, &out, &len), 0);
    assert_non_null(out);
    assert_int_equal(strlen(out), len);
    return out;
}

static void test_counter_gauge_text(void **state)
{
    (void)state;
    vd_registry *r = vd_registry_new();
    vd_family *c = vd_registry_add(r, VD_COUNTER, "t_total", "a \\ help\nline", "type", NULL, 0);
    vd_family *g = vd_registry_add(r, VD_GAUGE, "t_gauge", "g", NULL, NULL, 0);
    assert_non_null(c);
    assert_non_null(g);
    assert_int_equal(vd_family_add(c, (const char *[]){"a\"b\\c\nd"}, 2), 0);
    assert_int_equal(vd_family_add(c, (const char *[]){"x"}, 1), 0);
    assert_int_equal(vd_family_add(c, (const char *[]){"x"}, 0.5), 0);
    assert_int_equal(vd_family_set(g, NULL, -3.25), 0);
    char *out = render(r);
    assert_string_equal(out, "# HELP t_total a \\\\ help\\nline\n"
                             "# TYPE t_total counter\n"
                             "t_total{type=\"a\\\"b\\\\c\\nd\"} 2\n"
                             "t_total{type=\"x\"} 1.5\n"
                             "# HELP t_gauge g\n"
                             "# TYPE t_gauge gauge\n"
                             "t_gauge -3.25\n");
    free(out);
    assert_true(vd_family_get(c, (const char *[]){"x"}) == 1.5);
    vd_registry_free(r);
}

static void test_histogram_text(void **state)
{
    (void)state;
    static const double b[] = {0.005, 0.1, 1};
    vd_registry *r = vd_registry_new();
    vd_family *h = vd_registry_add(r, VD_HISTOGRAM, "t_seconds", "h", NULL, b, 3);
    assert_non_null(h);
    assert_int_equal(vd_family_observe(h, NULL, 0.001), 0);
    assert_int_equal(vd_family_observe(h, NULL, 0.1), 0); /* le is inclusive */
    assert_int_equal(vd_family_observe(h, NULL, 7), 0);
    char *out = render(r);
    assert_string_equal(out, "# HELP t_seconds h\n"
                             "# TYPE t_seconds histogram\n"
                             "t_seconds_bucket{le=\"0.005\"} 1\n"
                             "t_seconds_bucket{le=\"0.1\"} 2\n"
                             "t_seconds_bucket{le=\"1\"} 2\n"
                             "t_seconds_bucket{le=\"+Inf\"} 3\n"
                             "t_seconds_sum 7.101\n"
                             "t_seconds_count 3\n");
    free(out);
    vd_registry_free(r);
}

static void test_refusals(void **state)
{
    (void)state;
    static const double bad[] = {1, 0.5};
    vd_registry *r = vd_registry_new();
    assert_null(vd_registry_add(r, VD_COUNTER, "0bad", "", NULL, NULL, 0));
    assert_null(vd_registry_add(r, VD_COUNTER, "bad-name", "", NULL, NULL, 0));
    assert_null(vd_registry_add(r, VD_COUNTER, "ok", "", "bad-label", NULL, 0));
    assert_null(vd_registry_add(r, VD_COUNTER, "ok", "", "__reserved", NULL, 0));
    assert_null(vd_registry_add(r, VD_HISTOGRAM, "h", "", "le", bad, 1));
    assert_null(vd_registry_add(r, VD_HISTOGRAM, "h", "", NULL, bad, 2));
    assert_null(vd_registry_add(r, VD_GAUGE, "g", "", NULL, bad, 1));
    vd_family *c = vd_registry_add(r, VD_COUNTER, "ok", "", NULL, NULL, 0);
    assert_non_null(c);
    assert_null(vd_registry_add(r, VD_GAUGE, "ok", "", NULL, NULL, 0)); /* taken */
    assert_int_equal(vd_family_add(c, NULL, -1), -1);
    assert_int_equal(vd_family_set(c, NULL, 1), -1);
    assert_int_equal(vd_family_observe(c, NULL, 1), -1);
    assert_int_equal(vd_family_add(NULL, NULL, 1), 0); /* NULL family: no-op */
    vd_registry_free(r);
    vd_registry_free(NULL);
}

static void test_series_cap_and_sweep(void **state)
{
    (void)state;
    char v[32];
    vd_registry *r = vd_registry_new();
    vd_family *g = vd_registry_add(r, VD_GAUGE, "lag", "", "partition", NULL, 0);
    for (int i = 0; i < VD_METRICS_MAX_SERIES; i++) {
        snprintf(v, sizeof(v), "%d", i);
        assert_int_equal(vd_family_set(g, (const char *[]){v}, i), 0);
    }
    assert_int_equal(vd_family_set(g, (const char *[]){"one-too-many"}, 1), -1);
    vd_family_begin(g);
    assert_int_equal(vd_family_set(g, (const char *[]){"7"}, 70), 0);
    vd_family_sweep(g);
    char *out = render(r);
    assert_string_equal(out, "# HELP lag \n# TYPE lag gauge\nlag{partition=\"7\"} 70\n");
    free(out);
    assert_int_equal(vd_family_set(g, (const char *[]){"8"}, 80), 0); /* tail still valid */
    assert_true(vd_family_get(g, (const char *[]){"8"}) == 80);
    vd_registry_free(r);
}

typedef struct {
    vd_family *c, *h;
} pair;

static void *hammer(void *arg)
{
    pair *p = arg;
    for (int i = 0; i < 20000; i++) {
        vd_family_add(p->c, (const char *[]){i % 2 ? "odd" : "even"}, 1);
        vd_family_observe(p->h, NULL, 0.01);
    }
    return NULL;
}

static void test_concurrent(void **state)
{
    (void)state;
    static const double b[] = {0.1};
    vd_registry *r = vd_registry_new();
    pair p = {vd_registry_add(r, VD_COUNTER, "n_total", "", "k", NULL, 0),
              vd_registry_add(r, VD_HISTOGRAM, "d", "", NULL, b, 1)};
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, hammer, &p), 0);
    for (int i = 0; i < 8; i++) /* scrapes while updating */
        free(render(r));
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    assert_true(vd_family_get(p.c, (const char *[]){"odd"}) == 40000);
    assert_true(vd_family_get(p.c, (const char *[]){"even"}) == 40000);
    assert_true(vd_family_get(p.h, NULL) == 80000);
    vd_registry_free(r);
}

static void test_stats_noop_and_kafka_json(void **state)
{
    (void)state;
    char why[256];
    vd_stats_event_published("coup"); /* before init: ignored */
    assert_int_equal(vd_stats_init(), 0);
    vd_stats_event_published("coup");
    vd_stats_phase(VD_PHASE_RUNNING);
    vd_stats_pipeline(0, 256, 0, 0, 3);
    assert_int_equal(vd_stats_ready(why, sizeof(why)), 0); /* clients not seen up */
    const char *js = "{\"brokers\":{\"b/1\":{\"state\":\"UP\"}},\"topics\":{\"news.articles\":"
                     "{\"partitions\":{\"0\":{\"consumer_lag\":5},\"1\":{\"consumer_lag\":-1},"
                     "\"-1\":{\"consumer_lag\":9}}}}}";
    assert_int_equal(vd_stats_kafka_json("consumer", js, strlen(js)), 0);
    assert_int_equal(vd_stats_kafka_json("producer", js, strlen(js)), 0);
    assert_int_equal(vd_stats_kafka_json("producer", "{", 1), -1);
    assert_int_equal(vd_stats_ready(why, sizeof(why)), 1);
    assert_int_equal(vd_stats_healthy(10, why, sizeof(why)), 1);
    char *out = render(vd_stats_registry());
    assert_non_null(strstr(out, "\nvigil_events_published_total{type=\"coup\"} 1\n"));
    assert_non_null(
        strstr(out, "\nvigil_consumer_lag{topic=\"news.articles\",partition=\"0\"} 5\n"));
    assert_null(strstr(out, "partition=\"1\""));
    assert_null(strstr(out, "partition=\"-1\""));
    free(out);
    vd_stats_shutdown();
    assert_null(vd_stats_registry());
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counter_gauge_text), cmocka_unit_test(test_histogram_text),
        cmocka_unit_test(test_refusals),           cmocka_unit_test(test_series_cap_and_sweep),
        cmocka_unit_test(test_concurrent),         cmocka_unit_test(test_stats_noop_and_kafka_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
