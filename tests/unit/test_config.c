/*
 * test_config.c - the configuration table: defaults, file parsing, strict
 * errors with file:line:key, kafka.* pass-through, environment overrides,
 * secret masking (every librdkafka secret, from the file and from the
 * environment), one rule for trailing comments, http.listen, and when the
 * embedded broker may run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
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
    expect_error("http.listen = localhost\n", ":1: http.listen: \"localhost\" is not a numeric");
    expect_error("http.listen = 127.0.0.300\n", "http.listen");
    expect_error("embedded.enabled = maybe\n", "embedded.enabled: expected auto, true or false");
    /* a comment needs a space before it: this is a number with junk */
    expect_error("workers = 2#two\n", ":1: workers: expected a number, got \"2#two\"");
}

/* The same trailing comment after a string and after a number: both cut
 * (the string used to keep it, the number was refused). */
static void test_trailing_comments(void **state)
{
    (void)state;
    vd_config *c;
    char err[512];
    write_conf("input.topic = news.x # the input\n"
               "workers = 2 # two\n"
               "output.events_topic = ev\t# a tab before it\n"
               "output.deadletter_topic = \"dead # quoted, kept\" # cut\n"
               "consumer.group = g#1\n"
               "http.listen = ::1 # IPv6\n"
               "kafka.sasl.password = \"p # w\"\n");
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
    assert_string_equal(c->input_topic, "news.x");
    assert_int_equal(c->workers, 2);
    assert_string_equal(c->events_topic, "ev");
    assert_string_equal(c->deadletter_topic, "dead # quoted, kept");
    assert_string_equal(c->group_id, "g#1"); /* no space before '#': part of the value */
    assert_string_equal(c->http_listen, "::1");
    assert_string_equal(vd_config_kafka_get(c, NULL, "sasl.password"), "p # w");
    vd_config_free(c);
    unlink(path);
}

/* Every librdkafka property that holds a secret is masked by --print-config,
 * whether it comes from the file (any of the three prefixes) or from the
 * environment. */
/* (sasl.oauthbearer.client.secret is refused at load by Debian's
 * librdkafka, built without OIDC: test_secret_names covers its name.) */
static const char *const secret_props[] = {
    "sasl.username",    "sasl.password",         "sasl.oauthbearer.config",
    "ssl.key.password", "ssl.key.pem",           "ssl.key.location",
    "ssl.ca.pem",       "ssl.keystore.password",
};
#define N_SECRETS (sizeof(secret_props) / sizeof(secret_props[0]))

static void expect_masked(const vd_config *c, const char *prefix)
{
    char *buf = NULL, line[256];
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    vd_config_print(c, m);
    fclose(m);
    assert_null(strstr(buf, "SECRET-"));
    for (size_t i = 0; i < N_SECRETS; i++) {
        snprintf(line, sizeof(line), "%s%s = ********\n", prefix, secret_props[i]);
        if (!strstr(buf, line))
            fail_msg("not masked: %s%s in\n%s", prefix, secret_props[i], buf);
    }
    assert_non_null(strstr(buf, "kafka.bootstrap.servers = b:1"));
    free(buf);
}

static void test_secrets_masked(void **state)
{
    (void)state;
    static const char *const prefixes[] = {"kafka.", "kafka.consumer.", "kafka.producer."};
    vd_config *c;
    char err[512], text[4096];
    for (size_t p = 0; p < 3; p++) {
        size_t n = (size_t)snprintf(text, sizeof(text), "kafka.bootstrap.servers = b:1\n");
        for (size_t i = 0; i < N_SECRETS; i++)
            n += (size_t)snprintf(text + n, sizeof(text) - n, "%s%s = SECRET-%zu\n", prefixes[p],
                                  secret_props[i], i);
        write_conf(text);
        assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
        expect_masked(c, prefixes[p]);
        vd_config_free(c);
        unlink(path);
    }
    /* from the environment: VIGIL_KAFKA_SSL_KEY_PEM -> kafka.ssl.key.pem */
    char vars[N_SECRETS + 2][128];
    char *env[N_SECRETS + 2];
    for (size_t i = 0; i < N_SECRETS; i++) {
        size_t n = (size_t)snprintf(vars[i], sizeof(vars[i]), "VIGIL_KAFKA_");
        for (const char *q = secret_props[i]; *q && n < sizeof(vars[i]) - 1; q++)
            vars[i][n++] = *q == '.' ? '_' : (char)toupper((unsigned char)*q);
        snprintf(vars[i] + n, sizeof(vars[i]) - n, "=SECRET-%zu", i);
        env[i] = vars[i];
    }
    snprintf(vars[N_SECRETS], sizeof(vars[0]), "VIGIL_KAFKA_BOOTSTRAP_SERVERS=b:1");
    env[N_SECRETS] = vars[N_SECRETS];
    env[N_SECRETS + 1] = NULL;
    assert_int_equal(vd_config_load(NULL, env, &c, err, sizeof(err)), 0);
    expect_masked(c, "kafka.");
    vd_config_free(c);
}

static void test_embedded_allowed(void **state)
{
    (void)state;
    vd_config *c;
    char err[512] = "";
    char *plain[] = {"PATH=/bin", NULL};
    char *unit[] = {"INVOCATION_ID=0123abcd", NULL};
    char *notify[] = {"NOTIFY_SOCKET=/run/systemd/notify", NULL};
    assert_int_equal(vd_config_load(NULL, NULL, &c, err, sizeof(err)), 0);
    assert_int_equal(vd_config_use_embedded(c, plain, 0, err, sizeof(err)), 1);
    assert_int_equal(vd_config_use_embedded(c, unit, 0, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "under systemd (INVOCATION_ID is set)"));
    assert_non_null(strstr(err, "embedded.enabled = true"));
    assert_int_equal(vd_config_use_embedded(c, notify, 1, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "NOTIFY_SOCKET"));
    /* a desktop terminal's shell inherits INVOCATION_ID: stderr is a tty there */
    assert_int_equal(vd_config_use_embedded(c, unit, 1, err, sizeof(err)), 1);
    vd_config_free(c);
    write_conf("embedded.enabled = true\n");
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
    assert_int_equal(vd_config_use_embedded(c, unit, 0, err, sizeof(err)), 1);
    vd_config_free(c);
    write_conf("embedded.enabled = false\n");
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
    assert_int_equal(vd_config_use_embedded(c, plain, 0, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "embedded.enabled = false"));
    vd_config_free(c);
    write_conf("kafka.bootstrap.servers = b:1\n");
    assert_int_equal(vd_config_load(path, NULL, &c, err, sizeof(err)), 0);
    assert_int_equal(vd_config_use_embedded(c, unit, 0, err, sizeof(err)), 0);
    vd_config_free(c);
    unlink(path);
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
    assert_true(vd_config_is_secret("ssl.key.pem"));
    assert_true(vd_config_is_secret("ssl_key"));
    assert_true(vd_config_is_secret("kafka.producer.ssl.keystore.password"));
    assert_true(vd_config_is_secret("sasl.oauthbearer.client.secret"));
    assert_false(vd_config_is_secret("bootstrap.servers"));
    assert_false(vd_config_is_secret("ssl.certificate.pem")); /* public */
    assert_false(vd_config_is_secret("http.listen"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_file_and_passthrough),
        cmocka_unit_test(test_errors_name_file_line_key),
        cmocka_unit_test(test_environment_overrides),
        cmocka_unit_test(test_secret_names),
        cmocka_unit_test(test_trailing_comments),
        cmocka_unit_test(test_secrets_masked),
        cmocka_unit_test(test_embedded_allowed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
