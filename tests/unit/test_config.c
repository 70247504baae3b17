/*
 * test_config.c - the configuration table: defaults, file parsing, strict
 * errors with file:line:key, kafka.* pass-through, environment overrides,
 * secret masking.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vd_config.h"

static char path[64];

static void write_conf(const char *text)
{
    snprintf(path, sizeof(path), "/tmp/vigil-test-%ld.conf", (long)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_defaults(void **state)
{
    (void)state;
    vd_config *c;
    char err[512];
    assert_int_equal(vd_config_load(NULL, NULL, &c, err, sizeof(err)), 0);
    assert_string_equal(c->input_topic, "news.articles");
    assert_string_equal(c->events_topic, "news.events");
    assert_string_equal(c->deadletter_topic, "news.deadletter");
    assert_int_equal(c->queue_depth, 256);
    assert_int_equal(c->pipeline.env.max_depth, 32);
    assert_null(vd_config_kafka_get(c, "consumer", "bootstrap.servers"));
    vd_config_free(c);
}

static void test_file_and_passthrough(void **state)
{
    (void)state;
    vd_config *c;
    char err[512];
    write_conf("# comment\n\ninput.topic = in.x\nworkers = 3\nlimits.article_bytes = 2M\n"
               "kafka.bootstrap.servers = 127.0.0.1:9092\n"
               "kafka.consumer.session.timeout.ms = 12000\n"
               "kafka.producer.linger.ms = 20\nkafka.sasl.password = \"hunter2\"\n"
               "events.historical = yes\n");
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
    assert_string_equal(c->input_topic, "in.x");
    assert_int_equal(c->workers, 3);
    assert_int_equal(c->pipeline.lim.max_input_bytes, 2 * 1024 * 1024);
    assert_int_equal(c->publish_historical, 1);
    assert_string_equal(vd_config_kafka_get(c, "consumer", "bootstrap.servers"), "127.0.0.1:9092");
    assert_string_equal(vd_config_kafka_get(c, "consumer", "session.timeout.ms"), "12000");
    assert_null(vd_config_kafka_get(c, "producer", "session.timeout.ms"));
    assert_string_equal(vd_config_kafka_get(c, "producer", "linger.ms"), "20");
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    vd_config_print(c, m);
    fclose(m);
    assert_null(strstr(buf, "hunter2"));
    assert_non_null(strstr(buf, "kafka.sasl.password = ********"));
    free(buf);
    vd_config_free(c);
    unlink(path);
}

static void expect_error(const char *text, const char *needle)
{
    vd_config *c = NULL;
    char err[512] = "";
    write_conf(text);
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), -1);
    assert_null(c);
    if (!strstr(err, needle))
        fail_msg("error '%s' lacks '%s'", err, needle);
    unlink(path);
}

static void test_errors_name_file_line_key(void **state)
{
    (void)state;
    char want[128];
    expect_error("workers = 2\nno.such.key = 1\n", "no.such.key: unknown key");
    snprintf(want, sizeof(want), "%s:2: no.such.key", path);
    expect_error("workers = 2\nno.such.key = 1\n", want);
    expect_error("queue.depth = lots\n", ":1: queue.depth: expected a number");
    expect_error("\n\nworkers = 999\n", ":3: workers: 999 is out of range");
    expect_error("events.historical = maybe\n", "expected true or false");
    expect_error("kafka.no.such.property = 1\n", ":1: kafka.no.such.property");
    expect_error("just words\n", ":1: expected \"key = value\"");
    expect_error("log.level = loud\n", "unknown log level");
}

static void test_environment_overrides(void **state)
{
    (void)state;
    vd_config *c;
    char err[512];
    char *env[] = {"VIGIL_INPUT_TOPIC=from.env", "VIGIL_KAFKA_BOOTSTRAP_SERVERS=h:1",
                   "VIGIL_KNOWLEDGE=/ignored", "PATH=/bin", NULL};
    write_conf("input.topic = from.file\n");
    assert_int_equal(vd_config_load(path, env, &c, err, sizeof(err)), 0);
    assert_string_equal(c->input_topic, "from.env");
    assert_string_equal(vd_config_kafka_get(c, NULL, "bootstrap.servers"), "h:1");
    vd_config_free(c);
    char *bad[] = {"VIGIL_WORKERS=-1", NULL};
    assert_int_equal(vd_config_load(NULL, bad, &c, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "environment VIGIL_WORKERS"));
    unlink(path);
}

static void test_secret_names(void **state)
{
    (void)state;
    assert_true(vd_config_is_secret("sasl.password"));
    assert_true(vd_config_is_secret("ssl.key.password"));
    assert_true(vd_config_is_secret("sasl.username"));
    assert_true(vd_config_is_secret("client.secret"));
    assert_false(vd_config_is_secret("bootstrap.servers"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_file_and_passthrough),
        cmocka_unit_test(test_errors_name_file_line_key),
        cmocka_unit_test(test_environment_overrides),
        cmocka_unit_test(test_secret_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
