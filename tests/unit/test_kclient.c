/*
 * test_kclient.c - the Kafka layer's client builder (kafka/vk_client): the
 * order of defaults, the operator's kafka.* and side properties and the
 * forced ones; a side's properties reach only that side; a property
 * librdkafka refuses fails the build naming it and where the operator set
 * it, and frees the configuration (ASan's leak check runs on this suite).
 * The alert stage's restore reader used to ignore refused properties,
 * skip kafka.consumer.* and leak its configuration on failure.  No broker
 * is needed: a client is created, read back and destroyed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vd_reader.h"
#include "vk_client.h"
#include "vk_log.h"

static vk_kv common[] = {{"linger.ms", "7", "file:1"}, {"client.id", "from-operator", "file:2"}};
static vk_kv consumer[] = {{"fetch.wait.max.ms", "33", "file:3"},
                           {"enable.auto.commit", "true", "file:4"}};
static vk_kv producer[] = {{"batch.num.messages", "77", "file:5"}};

static const vk_props props = {.bootstrap = "127.0.0.1:1",
                               .common = common,
                               .n_common = 2,
                               .consumer = consumer,
                               .n_consumer = 2,
                               .producer = producer,
                               .n_producer = 1};

static void get(rd_kafka_t *rk, const char *key, char *out, size_t n)
{
    size_t len = n;
    assert_int_equal(rd_kafka_conf_get(rd_kafka_conf(rk), key, out, &len), RD_KAFKA_CONF_OK);
}

static void test_order_and_sides(void **state)
{
    (void)state;
    rd_kafka_t *rk;
    char err[512], v[256];
    static const char *const defaults[] = {"fetch.wait.max.ms", "10", "linger.ms", "1", NULL};
    static const char *const forced[] = {"enable.auto.commit", "false", NULL};
    vk_spec s = {.type = RD_KAFKA_CONSUMER,
                 .client_id = "built",
                 .props = &props,
                 .defaults = defaults,
                 .forced = forced};
    assert_int_equal(vk_client_new(&s, &rk, err, sizeof(err)), 0);
    get(rk, "bootstrap.servers", v, sizeof(v));
    assert_string_equal(v, "127.0.0.1:1");
    get(rk, "client.id", v, sizeof(v)); /* the operator's wins over the client's */
    assert_string_equal(v, "from-operator");
    get(rk, "fetch.wait.max.ms", v, sizeof(v)); /* kafka.consumer.* over the default */
    assert_string_equal(v, "33");
    get(rk, "enable.auto.commit", v, sizeof(v)); /* forced over the operator */
    assert_string_equal(v, "false");
    get(rk, "batch.num.messages", v, sizeof(v)); /* kafka.producer.*: not for a consumer */
    assert_string_not_equal(v, "77");
    rd_kafka_destroy(rk);

    s.type = RD_KAFKA_PRODUCER;
    s.forced = NULL;
    assert_int_equal(vk_client_new(&s, &rk, err, sizeof(err)), 0);
    get(rk, "batch.num.messages", v, sizeof(v));
    assert_string_equal(v, "77");
    get(rk, "linger.ms", v, sizeof(v)); /* kafka.* over the default */
    assert_string_equal(v, "7");
    rd_kafka_destroy(rk);
}

static void test_refused_property(void **state)
{
    (void)state;
    rd_kafka_t *rk = (rd_kafka_t *)&rk;
    char err[512] = "";
    vk_kv bad[] = {{"session.timeout.ms", "not-a-number", "/etc/vigil/vigild.conf:9"}};
    vk_props p = props;
    p.consumer = bad;
    p.n_consumer = 1;
    vk_spec s = {.type = RD_KAFKA_CONSUMER, .client_id = "x", .props = &p};
    assert_int_equal(vk_client_new(&s, &rk, err, sizeof(err)), -1);
    assert_null(rk);
    if (!strstr(err, "/etc/vigil/vigild.conf:9: kafka property session.timeout.ms"))
        fail_msg("error does not name the property and its origin: %s", err);
    /* the restore reader goes through the same builder: it refuses too */
    vd_reader *r = (vd_reader *)&r;
    assert_int_equal(vd_reader_new(&p, "g-restore", "x", 0, &r, err, sizeof(err)), -1);
    assert_null(r);
    assert_non_null(strstr(err, "session.timeout.ms"));
}

static void test_secret_names(void **state)
{
    (void)state;
    static const char *const secret[] = {"sasl.password",
                                         "sasl.username",
                                         "ssl.key.pem",
                                         "ssl.key.password",
                                         "ssl_key",
                                         "ssl.ca.pem",
                                         "ssl.keystore.password",
                                         "sasl.oauthbearer.config",
                                         "sasl.oauthbearer.client.secret",
                                         "ssl.key.location"};
    static const char *const plain[] = {"bootstrap.servers", "ssl.certificate.pem",
                                        "ssl.ca.location", "linger.ms", "security.protocol"};
    for (size_t i = 0; i < sizeof(secret) / sizeof(secret[0]); i++)
        if (!vk_prop_is_secret(secret[i]))
            fail_msg("%s is not masked", secret[i]);
    for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
        if (vk_prop_is_secret(plain[i]))
            fail_msg("%s is masked", plain[i]);
}

int main(void)
{
    vk_log_set_sink(NULL);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_sides),
        cmocka_unit_test(test_refused_property),
        cmocka_unit_test(test_secret_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
