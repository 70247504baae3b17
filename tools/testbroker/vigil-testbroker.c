/*
 * vigil-testbroker.c - a Kafka-protocol broker process for tests and demos,
 * built on librdkafka's mock cluster (no Apache Kafka is packaged here).
 *
 *   vigil-testbroker [--brokers N] [--partitions P] [--topic NAME]...
 *
 * Prints its bootstrap address ("127.0.0.1:port,...") on the first line of
 * stdout, then serves until SIGTERM/SIGINT.  Faults are injected with
 * commands read from stdin, one per line, so tests can script broker
 * failures while vigild runs as a separate process:
 *   down B | up B                 take broker B (1-based id) down / up
 *   leader TOPIC PART B           move partition leadership to broker B
 *   rtt B MS                      add round-trip delay to broker B
 *   error APIKEY ERR COUNT        fail the next COUNT requests of APIKEY with ERR
 *   clear APIKEY                  drop the errors still queued for APIKEY
 *   coordinator GROUP B           move the group coordinator to broker B
 * Each command is answered with "ok" or "error: ..." on stdout.
 */
#include <getopt.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_TOPICS 32

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static int command(rd_kafka_mock_cluster_t *mc, char *line)
{
    char a[256], b[256];
    int x, y, z;
    rd_kafka_resp_err_t e;
    if (sscanf(line, "down %d", &x) == 1) {
        e = rd_kafka_mock_broker_set_down(mc, x);
    } else if (sscanf(line, "up %d", &x) == 1) {
        e = rd_kafka_mock_broker_set_up(mc, x);
    } else if (sscanf(line, "leader %255s %d %d", a, &x, &y) == 3) {
        e = rd_kafka_mock_partition_set_leader(mc, a, x, y);
    } else if (sscanf(line, "rtt %d %d", &x, &y) == 2) {
        e = rd_kafka_mock_broker_set_rtt(mc, x, y);
    } else if (sscanf(line, "error %d %d %d", &x, &y, &z) == 3) {
        if (z < 0 || z > 1000)
            return -1;
        rd_kafka_resp_err_t errs[1000];
        for (int i = 0; i < z; i++)
            errs[i] = (rd_kafka_resp_err_t)y;
        rd_kafka_mock_push_request_errors_array(mc, (int16_t)x, (size_t)z, errs);
        e = RD_KAFKA_RESP_ERR_NO_ERROR;
    } else if (sscanf(line, "clear %d", &x) == 1) {
        rd_kafka_mock_clear_request_errors(mc, (int16_t)x);
        e = RD_KAFKA_RESP_ERR_NO_ERROR;
    } else if (sscanf(line, "coordinator %255s %d", b, &x) == 2) {
        e = rd_kafka_mock_coordinator_set(mc, "group", b, x);
    } else {
        return -1;
    }
    return e ? -1 : 0;
}

int main(int argc, char **argv)
{
    static const struct option lo[] = {{"brokers", required_argument, 0, 'b'},
                                       {"partitions", required_argument, 0, 'p'},
                                       {"topic", required_argument, 0, 't'},
                                       {"help", no_argument, 0, 'h'},
                                       {0, 0, 0, 0}};
    int brokers = 1, partitions = 3, ntopics = 0, c;
    const char *topics[MAX_TOPICS];
    char err[256];
    while ((c = getopt_long(argc, argv, "b:p:t:h", lo, NULL)) != -1) {
        if (c == 'b')
            brokers = atoi(optarg);
        else if (c == 'p')
            partitions = atoi(optarg);
        else if (c == 't' && ntopics < MAX_TOPICS)
            topics[ntopics++] = optarg;
        else {
            fprintf(stderr, "usage: vigil-testbroker [--brokers N] [--partitions P] "
                            "[--topic NAME]...\n");
            return c == 'h' ? 0 : 2;
        }
    }
    if (brokers < 1 || brokers > 16 || partitions < 1 || partitions > 256) {
        fprintf(stderr, "vigil-testbroker: brokers 1..16, partitions 1..256\n");
        return 2;
    }
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (!rk) {
        fprintf(stderr, "vigil-testbroker: %s\n", err);
        return 1;
    }
    rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(rk, brokers);
    if (!mc) {
        fprintf(stderr, "vigil-testbroker: cannot create the mock cluster\n");
        rd_kafka_destroy(rk);
        return 1;
    }
    for (int i = 0; i < ntopics; i++) {
        rd_kafka_resp_err_t e =
            rd_kafka_mock_topic_create(mc, topics[i], partitions, brokers < 3 ? brokers : 3);
        if (e) {
            fprintf(stderr, "vigil-testbroker: topic %s: %s\n", topics[i], rd_kafka_err2str(e));
            return 1;
        }
    }
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    printf("%s\n", rd_kafka_mock_cluster_bootstraps(mc));
    fflush(stdout);
    char line[512];
    size_t used = 0;
    int stdin_open = 1;
    while (!stop) {
        struct pollfd pfd = {0, POLLIN, 0};
        if (!stdin_open || poll(&pfd, 1, 200) <= 0) {
            if (!stdin_open)
                usleep(200000);
            continue;
        }
        ssize_t n = read(0, line + used, sizeof(line) - 1 - used);
        if (n <= 0) {
            stdin_open = 0;
            continue;
        }
        used += (size_t)n;
        line[used] = 0;
        char *nl;
        while ((nl = strchr(line, '\n'))) {
            *nl = 0;
            if (line[0])
                printf(command(mc, line) == 0 ? "ok\n" : "error: %s\n", line);
            fflush(stdout);
            used -= (size_t)(nl + 1 - line);
            memmove(line, nl + 1, used + 1);
        }
        if (used == sizeof(line) - 1)
            used = 0; /* overlong line: drop it */
    }
    rd_kafka_mock_cluster_destroy(mc);
    rd_kafka_destroy(rk);
    return 0;
}
