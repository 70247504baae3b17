/*
 * main.c - vigild command line: options, signal flags, then vd_daemon_run().
 *
 *   vigild [-c FILE] [--check-config] [--print-config] [--print-example]
 *          [--version] [--help]
 */
#include "vd_alerting.h"
#include "vd_config.h"
#include "vd_daemon.h"
#include "vd_log.h"
#include "vd_pool.h"
#include "vk_log.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void on_stop(int sig)
{
    (void)sig;
    vd_stop_requested = 1;
}

static void on_hup(int sig)
{
    (void)sig;
    vd_reload_requested = 1;
}

static void usage(FILE *f)
{
    fputs("usage: vigild [-c FILE] [--check-config] [--print-config] [--print-example]\n"
          "              [--version] [--help]\n"
          "  -c, --config FILE   configuration file (key = value); default: built-in defaults\n"
          "  -t, --check-config  validate configuration, knowledge data, alert rules and\n"
          "                      silences, then exit\n"
          "      --print-config  print the effective configuration (secrets masked)\n"
          "      --print-example print a documented example configuration\n"
          "With no kafka.bootstrap.servers, vigild starts an embedded in-memory broker\n"
          "(under systemd only with embedded.enabled = true).\n"
          "Signals: SIGTERM/SIGINT stop cleanly, SIGHUP reloads.\n",
          f);
}

static void install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_stop;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = on_hup;
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

int main(int argc, char **argv)
{
    static const struct option lo[] = {{"config", required_argument, 0, 'c'},
                                       {"check-config", no_argument, 0, 't'},
                                       {"print-config", no_argument, 0, 'P'},
                                       {"print-example", no_argument, 0, 'E'},
                                       {"version", no_argument, 0, 'V'},
                                       {"help", no_argument, 0, 'h'},
                                       {0, 0, 0, 0}};
    const char *path = NULL;
    int check = 0, print = 0, c;
    char err[1024] = "";
    while ((c = getopt_long(argc, argv, "c:thV", lo, NULL)) != -1) {
        switch (c) {
        case 'c':
            path = optarg;
            break;
        case 't':
            check = 1;
            break;
        case 'P':
            print = 1;
            break;
        case 'E':
            vd_config_print_example(stdout);
            return 0;
        case 'V':
            printf("vigild %s (%s)\n", VG_VERSION, VG_SCHEMA_VERSION);
            return 0;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "vigild: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    vd_config *cfg = NULL;
    if (vd_config_load(path, environ, &cfg, err, sizeof(err)) < 0) {
        fprintf(stderr, "vigild: configuration error: %s\n", err);
        return 1;
    }
    if (print) {
        vd_config_print(cfg, stdout);
        vd_config_free(cfg);
        return 0;
    }
    if (check) {
        vd_snapshot *snap = NULL;
        int rc = vd_daemon_build_snapshot(cfg, &snap, err, sizeof(err));
        if (rc < 0)
            fprintf(stderr, "vigild: knowledge error: %s\n", err);
        else if ((rc = vd_config_use_embedded(cfg, environ, isatty(STDERR_FILENO), err,
                                              sizeof(err))) < 0)
            fprintf(stderr, "vigild: configuration error: %s\n", err);
        else if (cfg->alerts_enabled && (rc = vd_alerting_check(cfg, err, sizeof(err))) < 0)
            fprintf(stderr, "vigild: alert rules error: %s\n", err);
        else
            printf("vigild: configuration %s, knowledge%s ok\n", path ? path : "(defaults)",
                   cfg->alerts_enabled ? ", alert rules and silences" : "");
        vd_snapshot_free(snap);
        vd_config_free(cfg);
        return rc < 0 ? 1 : 0;
    }
    vd_log_init(cfg->log_level_num);
    vk_log_set_sink(vd_log_kafka_sink); /* the Kafka layer and librdkafka log through vd_log */
    install_signals();
    return vd_daemon_run(cfg, environ);
}
