/*
 * vd_embedded.c - embedded mock-cluster broker (see vd_embedded.h).
 *
 * The mock cluster needs a librdkafka handle to live in; a bare producer
 * handle with no bootstrap servers hosts it.  Topics are created up front so
 * the consumer group sees every partition at once.
 */
#include "vd_embedded.h"
#include "vd_log.h"
#include "vk_client.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vd_embedded {
    rd_kafka_t *rk;
    rd_kafka_mock_cluster_t *mc;
    char *bootstrap;
};

int vd_embedded_start(const vd_config *cfg, vd_embedded **out, char *err, size_t errlen)
{
    vd_embedded *e = calloc(1, sizeof(*e));
    static const char *const quiet[] = {"log_level", "4", NULL}; /* no "no bootstrap" notice */
    vk_spec spec = {
        .type = RD_KAFKA_PRODUCER, .client_id = "vigild-embedded-broker", .defaults = quiet};
    *out = NULL;
    if (!e) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (vk_client_new(&spec, &e->rk, err, errlen) < 0)
        goto fail;
    e->mc = rd_kafka_mock_cluster_new(e->rk, 1);
    if (!e->mc) {
        snprintf(err, errlen, "cannot start the embedded broker");
        goto fail;
    }
    const char *topics[] = {cfg->input_topic, cfg->events_topic, cfg->deadletter_topic,
                            cfg->incidents_topic, cfg->alerts_topic};
    for (size_t i = 0; i < sizeof(topics) / sizeof(topics[0]); i++) {
        rd_kafka_resp_err_t re =
            rd_kafka_mock_topic_create(e->mc, topics[i], (int)cfg->embedded_partitions, 1);
        if (re) {
            snprintf(err, errlen, "embedded broker: create %s: %s", topics[i],
                     rd_kafka_err2str(re));
            goto fail;
        }
    }
    e->bootstrap = strdup(rd_kafka_mock_cluster_bootstraps(e->mc));
    if (!e->bootstrap)
        goto fail;
    if (cfg->embedded_bootstrap_file && cfg->embedded_bootstrap_file[0]) {
        FILE *f = fopen(cfg->embedded_bootstrap_file, "w");
        if (!f || fprintf(f, "%s\n", e->bootstrap) < 0 || fclose(f) != 0) {
            snprintf(err, errlen, "cannot write %s", cfg->embedded_bootstrap_file);
            goto fail;
        }
    }
    vd_log(LOG_WARNING,
           "*** no kafka.bootstrap.servers configured: started an EMBEDDED IN-MEMORY broker at %s "
           "for trying vigil out; nothing is persisted and it stops with vigild ***",
           e->bootstrap);
    *out = e;
    return 0;
fail:
    vd_embedded_stop(e);
    return -1;
}

const char *vd_embedded_bootstrap(const vd_embedded *e)
{
    return e->bootstrap;
}

void vd_embedded_stop(vd_embedded *e)
{
    if (!e)
        return;
    if (e->mc)
        rd_kafka_mock_cluster_destroy(e->mc);
    if (e->rk)
        rd_kafka_destroy(e->rk);
    free(e->bootstrap);
    free(e);
}
