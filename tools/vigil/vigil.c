/*
 * vigil.c - the vigil command-line tool.
 *
 *   vigil extract [--historical] [--knowledge DIR] [FILE...|-]
 *   vigil clean [--json] [--knowledge DIR] [FILE...|-]
 *   vigil check-knowledge [DIR]
 *   vigil produce --brokers B --topic T [--timeout SEC] [FILE...|-]
 *   vigil consume --brokers B --topic T [--count N] [--timeout SEC] [--headers]
 *                 [--format json|human]
 *
 * extract and clean run exactly the daemon's pipeline (codec/vc_pipeline.c)
 * offline; produce and consume are small Kafka clients for the demo and the
 * integration tests.  Inputs are JSON Lines envelopes or whole files.
 */
#include "vc_io.h"
#include "vc_pipeline.h"
#include "vg_actor.h"
#include "vg_dict.h"
#include "vg_gaz.h"
#include "vg_lex.h"
#include "vigil_cli.h"
#include "vk_log.h"

#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define FILE_CAP ((size_t)1 << 30)

/* One usage line per command (printed alone by `vigil CMD --help`). */
static const struct {
    const char *cmd, *args;
} usages[] = {
    {"extract", "[--historical] [--knowledge DIR] [FILE...|-]"},
    {"clean", "[--json] [--knowledge DIR] [FILE...|-]"},
    {"check-knowledge", "[DIR]"},
    {"produce", "--brokers HOST:PORT --topic T [--partition P] [--rate N] [--timeout SEC] "
                "[FILE...|-]"},
    {"consume", "--brokers HOST:PORT --topic T [--count N] [--timeout SEC] [--headers] "
                "[--format json|human]"},
    {"lag", "--brokers HOST:PORT --topic T --group G [--wait [--below N] [--timeout SEC]]"},
    {"commit", "--brokers HOST:PORT --topic T --group G [--partition P --offset N]"},
    {"relay", "--brokers HOST:PORT --topic IN --to OUT --group G --count N [--timeout SEC]"},
    {"topics", "--brokers HOST:PORT [--brokers-up N] [--create T]... [--partitions P] "
               "[--replication R] [--config K=V]... [--timeout SEC]"},
};
#define N_USAGES (sizeof(usages) / sizeof(usages[0]))

/* The usage of one command (cmd), or of all (NULL). */
static void usage(FILE *f, const char *cmd)
{
    int first = 1;
    for (size_t i = 0; i < N_USAGES; i++) {
        if (cmd && strcmp(cmd, usages[i].cmd) != 0)
            continue;
        fprintf(f, "%s vigil %s %s\n", first ? "usage:" : "      ", usages[i].cmd, usages[i].args);
        first = 0;
    }
    if (!cmd)
        fputs("       vigil --version\n", f);
    fputs("produce, consume, lag, commit, relay and topics take -X KEY=VALUE librdkafka properties "
          "(repeatable).\n"
          "Inputs are JSON Lines envelopes (one article per line) or whole text/HTML files.\n",
          f);
    fprintf(f,
            "The knowledge is looked for in %s; --knowledge DIR or VIGIL_KNOWLEDGE=DIR "
            "names it.\n",
            vc_knowledge_where());
}

/* Standard input is read when no FILE is named (or "-"): it must be open,
 * which is checked before a Kafka client exists (its sockets would take
 * descriptor 0 and be read as the input).  A terminal gets a hint, not a
 * silent wait. */
int vigil_stdin_ready(int argc, char **argv, const char *cmd)
{
    int wants = argc == 0;
    for (int i = 0; i < argc; i++)
        wants |= strcmp(argv[i], "-") == 0;
    if (!wants)
        return 0;
    if (fcntl(STDIN_FILENO, F_GETFD) < 0) {
        fprintf(stderr,
                "vigil: %s: standard input is closed: name a FILE, or pipe the "
                "articles in\n",
                cmd);
        return -1;
    }
    if (isatty(STDIN_FILENO))
        fprintf(stderr,
                "vigil: %s: reading articles from standard input (one JSON envelope "
                "per line; Ctrl-D ends)\n",
                cmd);
    return 0;
}

/* Call fn for each message of each input: a JSONL line, or a whole file. */
int vigil_for_each_input(int argc, char **argv, vigil_msg_fn fn, void *ctx)
{
    static char *const stdin_only[] = {"-"};
    char *const *files = argc > 0 ? argv : stdin_only;
    int n = argc > 0 ? argc : 1, bad = 0;
    for (int i = 0; i < n; i++) {
        char *buf;
        size_t len, pos = 0, ln;
        const char *line;
        int rc = vc_read_file(files[i], FILE_CAP, &buf, &len);
        if (rc < 0) {
            fprintf(stderr, "vigil: %s: %s\n", files[i],
                    rc == -2 ? "file too large" : "cannot read");
            bad = 1;
            continue;
        }
        if (vc_is_jsonl(buf, len)) {
            while (vc_next_line(buf, len, &pos, &line, &ln))
                bad |= fn(ctx, files[i], line, ln) != 0;
        } else {
            bad |= fn(ctx, files[i], buf, len) != 0;
        }
        free(buf);
    }
    return bad;
}

typedef struct extract_ctx {
    vc_pipeline_opts opts;
    vg_kb *kb;
} extract_ctx;

static int print_result(const char *id, const vc_result *r)
{
    json_t *jid = json_string(id ? id : "");
    char *sid = json_dumps(jid, JSON_ENCODE_ANY);
    json_decref(jid);
    fputs("{\"id\":", stdout);
    fputs(sid ? sid : "\"\"", stdout);
    free(sid);
    fputs(",\"events\":[", stdout);
    for (size_t i = 0; i < r->n; i++) {
        if (i)
            fputc(',', stdout);
        fwrite(r->ev[i].json, 1, r->ev[i].len, stdout);
    }
    fputc(']', stdout);
    if (r->rc < 0)
        printf(",\"error\":\"%s\"", r->err_class);
    fputs("}\n", stdout);
    return 0;
}

static int extract_one(void *vctx, const char *name, const char *msg, size_t len)
{
    extract_ctx *ctx = vctx;
    vc_result r;
    vc_pipeline_run(&ctx->opts, ctx->kb, msg, len, &r);
    if (r.rc < 0)
        fprintf(stderr, "vigil: %s: %s: %s: %s\n", name, r.article_id ? r.article_id : "-",
                r.err_class, r.err_msg);
    print_result(r.article_id, &r);
    vc_result_free(&r);
    return 0;
}

static int load_kb(const char *dir, vg_kb **kb)
{
    char err[512] = "";
    const char *where = vc_knowledge_dir(dir);
    int rc = vg_kb_load(where, kb, err, sizeof(err));
    if (rc < 0 && !vc_knowledge_found(where))
        fprintf(stderr,
                "vigil: knowledge: no knowledge in %s (looked in %s); give the directory with "
                "--knowledge DIR or VIGIL_KNOWLEDGE=DIR\n",
                where, vc_knowledge_where());
    else if (rc < 0)
        fprintf(stderr, "vigil: knowledge: %s (%s)\n", err[0] ? err : vg_strerror(rc),
                vg_strerror(rc));
    return rc;
}

static int cmd_extract(int argc, char **argv)
{
    extract_ctx ctx;
    const char *kdir = NULL;
    static const struct option lo[] = {{"historical", no_argument, 0, 'H'},
                                       {"knowledge", required_argument, 0, 'k'},
                                       {0, 0, 0, 0}};
    int c;
    vc_pipeline_opts_default(&ctx.opts);
    while ((c = getopt_long(argc, argv, "Hk:", lo, NULL)) != -1) {
        if (c == 'H')
            ctx.opts.historical = 1;
        else if (c == 'k')
            kdir = optarg;
        else
            return 2;
    }
    if (load_kb(kdir, &ctx.kb) < 0)
        return 1;
    int bad = vigil_for_each_input(argc - optind, argv + optind, extract_one, &ctx);
    vg_kb_free(ctx.kb);
    return bad ? 1 : 0;
}

typedef struct clean_ctx {
    vc_pipeline_opts opts;
    vg_kb *kb;
    int json;
} clean_ctx;

static int clean_one(void *vctx, const char *name, const char *msg, size_t len)
{
    clean_ctx *ctx = vctx;
    vc_envelope env;
    vg_doc doc;
    vc_result r;
    memset(&r, 0, sizeof(r));
    memset(&env, 0, sizeof(env));
    int rc = vc_pipeline_clean(&ctx->opts, ctx->kb, msg, len, &env, &doc, &r);
    if (rc < 0) {
        fprintf(stderr, "vigil: %s: %s: %s\n", name, r.err_class, r.err_msg);
    } else if (ctx->json) {
        json_t *o = json_pack("{s:s, s:s, s:s, s:s#}", "id", env.id, "title", doc.title, "lang",
                              doc.lang, "body", doc.body, doc.body_len);
        char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
        if (s)
            puts(s);
        free(s);
        json_decref(o);
    } else {
        fwrite(doc.body, 1, doc.body_len, stdout);
        fputs("\n", stdout);
    }
    vg_doc_free(&doc);
    vc_envelope_free(&env);
    vc_result_free(&r);
    return rc < 0;
}

static int cmd_clean(int argc, char **argv)
{
    clean_ctx ctx;
    const char *kdir = NULL;
    static const struct option lo[] = {
        {"json", no_argument, 0, 'j'}, {"knowledge", required_argument, 0, 'k'}, {0, 0, 0, 0}};
    int c;
    vc_pipeline_opts_default(&ctx.opts);
    ctx.json = 0;
    while ((c = getopt_long(argc, argv, "jk:", lo, NULL)) != -1) {
        if (c == 'j')
            ctx.json = 1;
        else if (c == 'k')
            kdir = optarg;
        else
            return 2;
    }
    if (load_kb(kdir, &ctx.kb) < 0) /* the cleaner's word lists are knowledge (clean.tsv) */
        return 1;
    int bad = vigil_for_each_input(argc - optind, argv + optind, clean_one, &ctx);
    vg_kb_free(ctx.kb);
    return bad ? 1 : 0;
}

/* Resident set size of this process in KiB (/proc/self/statm), -1 if unknown. */
static long rss_kib(void)
{
    long pages = -1, resident = -1;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
        resident = -1;
    fclose(f);
    return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Load the knowledge once and report what it holds and what the load cost:
 * a command for people (the load-time and memory figures of the README),
 * not a test - tests never time things. */
static int cmd_check_knowledge(int argc, char **argv)
{
    vg_kb *kb;
    const char *dir = vc_knowledge_dir(argc > 1 ? argv[1] : NULL);
    long rss0 = rss_kib();
    double t0 = now_s();
    if (load_kb(dir, &kb) < 0)
        return 1;
    double dt = now_s() - t0;
    long rss1 = rss_kib();
    size_t level[4] = {0}, towns_cc = 0, unique[3] = {0};
    unsigned char seen[26][26] = {{0}};
    for (size_t i = 0; i < vg_gaz_count(kb->gaz); i++) {
        const vg_place *p = vg_gaz_at(kb->gaz, i);
        level[p->level]++;
        unique[p->unique]++;
        unsigned char *c = &seen[p->country[0] - 'A'][p->country[1] - 'A'];
        if (p->level == VG_PLACE_TOWN && !*c) {
            *c = 1;
            towns_cc++;
        }
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%s: ok\n", dir);
    printf("places: %zu (%zu countries, %zu admin1, %zu admin2, %zu towns in %zu countries)\n",
           vg_gaz_count(kb->gaz), level[0], level[1], level[2], level[3], towns_cc);
    printf("unique names: %zu in Africa, %zu of them worldwide\n",
           unique[VG_UNIQUE_AFRICA] + unique[VG_UNIQUE_WORLD], unique[VG_UNIQUE_WORLD]);
    printf("actors: %zu; lexicon entries: %zu; dictionary phrases: %zu\n",
           vg_actors_count(kb->actors), vg_lex_count(kb->lex), vg_dict_size(kb->dict));
    printf(
        "load: %.3f s; rss of the loaded knowledge: %.1f MiB (process %.1f MiB, peak %.1f MiB)\n",
        dt, (double)(rss1 - rss0) / 1024.0, (double)rss1 / 1024.0, (double)ru.ru_maxrss / 1024.0);
    vg_kb_free(kb);
    return 0;
}

/* The Kafka layer's lines (librdkafka's among them), as the tool's own. */
static void log_sink(const vk_logrec *r)
{
    if (r->prio <= LOG_NOTICE)
        fprintf(stderr, "vigil: %s\n", r->msg);
}

int main(int argc, char **argv)
{
    vk_log_set_sink(log_sink);
    if (argc < 2) {
        usage(stderr, NULL);
        return 2;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--version")) {
        printf("vigil %s (%s)\n", VG_VERSION, VG_SCHEMA_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout, NULL);
        return 0;
    }
    /* vigil CMD --help (anywhere before a "--"): that command's usage */
    for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++) {
        if (strcmp(argv[i], "--help") != 0)
            continue;
        for (size_t k = 0; k < N_USAGES; k++)
            if (!strcmp(cmd, usages[k].cmd)) {
                usage(stdout, cmd);
                return 0;
            }
        break;
    }
    if (!strcmp(cmd, "extract"))
        return cmd_extract(argc - 1, argv + 1);
    if (!strcmp(cmd, "clean"))
        return cmd_clean(argc - 1, argv + 1);
    if (!strcmp(cmd, "check-knowledge"))
        return cmd_check_knowledge(argc - 1, argv + 1);
    if (!strcmp(cmd, "produce"))
        return vigil_cmd_produce(argc - 1, argv + 1);
    if (!strcmp(cmd, "consume"))
        return vigil_cmd_consume(argc - 1, argv + 1);
    if (!strcmp(cmd, "lag"))
        return vigil_cmd_lag(argc - 1, argv + 1);
    if (!strcmp(cmd, "commit"))
        return vigil_cmd_commit(argc - 1, argv + 1);
    if (!strcmp(cmd, "relay"))
        return vigil_cmd_relay(argc - 1, argv + 1);
    if (!strcmp(cmd, "topics"))
        return vigil_cmd_topics(argc - 1, argv + 1);
    fprintf(stderr, "vigil: unknown command '%s'\n", cmd);
    usage(stderr, NULL);
    return 2;
}
