/*
 * vd_embedded.c - embedded mock-cluster broker (see vd_embedded.h).
 *
 * The mock cluster needs a librdkafka handle to live in; a bare producer
 * handle with no bootstrap servers hosts it.  Topics are created up front so
 * the consumer group sees every partition at once, all at the same time:
 * librdkafka 2.0.2's mock cluster thread sometimes misses the wake-up of a
 * control request and answers it only at its next 1 s poll timeout, so
 * five topics created one after another took 0-2 s (most often 1-2);
 * requests queued together are served together (tens of microseconds).
 */
#include "vd_embedded.h"
#include "vd_log.h"
#include "vk_client.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vd_embedded {
    rd_kafka_t *rk;
    rd_kafka_mock_cluster_t *mc;
    char *bootstrap;
};

#define N_TOPICS 5

typedef struct topic_req {
    rd_kafka_mock_cluster_t *mc;
    const char *name;
    int partitions;
    rd_kafka_resp_err_t err;
} topic_req;

static void *create_topic(void *arg)
{
    topic_req *r = arg;
    r->err = rd_kafka_mock_topic_create(r->mc, r->name, r->partitions, 1);
    return NULL;
}

/* Create vigild's topics concurrently (see the top); 0 or -1 with err. */
static int create_topics(rd_kafka_mock_cluster_t *mc, const vd_config *cfg, char *err,
                         size_t errlen)
{
    const char *names[N_TOPICS] = {cfg->input_topic, cfg->events_topic, cfg->deadletter_topic,
                                   cfg->incidents_topic, cfg->alerts_topic};
    topic_req req[N_TOPICS];
    pthread_t thr[N_TOPICS];
    int started[N_TOPICS] = {0}, rc = 0;
    for (int i = 0; i < N_TOPICS; i++) {
        req[i] = (topic_req){mc, names[i], (int)cfg->embedded_partitions, 0};
        started[i] = pthread_create(&thr[i], NULL, create_topic, &req[i]) == 0;
        if (!started[i]) /* no thread: create it from here */
            create_topic(&req[i]);
    }
    for (int i = 0; i < N_TOPICS; i++) {
        if (started[i])
            pthread_join(thr[i], NULL);
        if (req[i].err && rc == 0) {
            snprintf(err, errlen, "embedded broker: create %s: %s", names[i],
                     rd_kafka_err2str(req[i].err));
            rc = -1;
        }
    }
    return rc;
}

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
    if (create_topics(e->mc, cfg, err, errlen) < 0)
        goto fail;
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
