/*
 * cleanbench.c - evaluation and speed driver for the libvigil cleaner.
 *
 *   cleanbench eval OUT.json FILE...   clean each file (.html.gz, .html, .txt)
 *                                      and write {id: {"articleBody": body}}
 *   cleanbench speed FILE...           time cleaning all files in memory
 *   cleanbench text SECONDS FILE...    plain-text MB/s, files repeated in memory;
 *                                      a .jsonl file contributes the "text"
 *                                      field of each line as one document
 *   cleanbench show FILE               print title, language and body
 *
 * The id of a file is its name without directory and extension(s).  Files
 * are read whole (gzip through zlib) before timing so only vg_clean counts.
 */
#include "vigil.h"
#include "vg_cleanlex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#ifndef CLEAN_TSV
#define CLEAN_TSV "knowledge/clean.tsv"
#endif

static vg_kb kb; /* the cleaner reads only its word lists (clean.tsv) */

static void load_lists(void)
{
    char err[512];
    if (vg_cleanlex_load(CLEAN_TSV, &kb.clean, err, sizeof(err)) < 0) {
        fprintf(stderr, "cleanbench: %s\n", err);
        exit(2);
    }
}

typedef struct page {
    char *id;
    char *data;
    size_t len;
    int mode;
} page;

static char *read_file(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb"); /* reads plain files too */
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    int r;

    if (!f || !buf) {
        free(buf);
        if (f)
            gzclose(f);
        return NULL;
    }
    while ((r = gzread(f, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb)
                break;
            buf = nb;
            cap *= 2;
        }
    }
    gzclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static int load(const char *path, page *p)
{
    const char *base = strrchr(path, '/');
    char *dot;

    base = base ? base + 1 : path;
    p->id = strdup(base);
    if (!p->id)
        return -1;
    dot = strchr(p->id, '.');
    if (dot)
        *dot = 0;
    p->mode = strstr(base, ".htm")   ? VG_CLEAN_HTML
              : strstr(base, ".txt") ? VG_CLEAN_TEXT
                                     : VG_CLEAN_AUTO;
    p->data = read_file(path, &p->len);
    return p->data ? 0 : -1;
}

static void json_str(FILE *o, const char *s, size_t n)
{
    fputc('"', o);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(o, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", o);
        else if (c < 0x20)
            fprintf(o, "\\u%04x", c);
        else
            fputc(c, o);
    }
    fputc('"', o);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this thread: unlike wall time, not inflated when other
 * processes share the core */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmd_eval(const char *outp, int n, char **files)
{
    FILE *o = fopen(outp, "w");
    vg_limits lim;
    int first = 1, errors = 0;

    if (!o)
        return 1;
    vg_limits_default(&lim);
    fputs("{\n", o);
    for (int i = 0; i < n; i++) {
        page p = {0};
        vg_doc d;
        int rc;
        if (load(files[i], &p)) {
            fprintf(stderr, "cannot read %s\n", files[i]);
            return 1;
        }
        rc = vg_clean(&kb, &lim, p.data, p.len, p.mode, NULL, &d);
        if (rc) {
            fprintf(stderr, "%s: %s\n", p.id, vg_strerror(rc));
            errors++;
        }
        fprintf(o, "%s", first ? "" : ",\n");
        first = 0;
        json_str(o, p.id, strlen(p.id));
        fputs(": {\"articleBody\": ", o);
        json_str(o, rc ? "" : d.body, rc ? 0 : d.body_len);
        fputs(", \"title\": ", o);
        json_str(o, rc ? "" : d.title, rc ? 0 : d.title_len);
        fputs("}", o);
        vg_doc_free(&d);
        free(p.id);
        free(p.data);
    }
    fputs("\n}\n", o);
    fclose(o);
    fprintf(stderr, "cleaned %d files, %d errors\n", n, errors);
    return 0;
}

static int cmd_speed(int n, char **files)
{
    page *ps = calloc((size_t)n, sizeof(*ps));
    vg_limits lim;
    size_t bytes = 0;
    double t0, t;
    int ok = 0;

    vg_limits_default(&lim);
    for (int i = 0; i < n; i++) {
        if (load(files[i], &ps[i]))
            return 1;
        bytes += ps[i].len;
    }
    t0 = now();
    for (int i = 0; i < n; i++) {
        vg_doc d;
        ok += vg_clean(&kb, &lim, ps[i].data, ps[i].len, ps[i].mode, NULL, &d) == 0;
        vg_doc_free(&d);
    }
    t = now() - t0;
    printf("pages %d ok %d bytes %zu seconds %.3f pages_per_s %.1f mb_per_s %.1f\n", n, ok, bytes,
           t, n / t, (double)bytes / 1e6 / t);
    for (int i = 0; i < n; i++) {
        free(ps[i].id);
        free(ps[i].data);
    }
    free(ps);
    return 0;
}

/* decode the JSON string starting after the opening quote at s; returns a
 * malloc'ed UTF-8 copy (\uXXXX with surrogate pairs) */
static char *json_string(const char *s, size_t *len)
{
    char *o = malloc(strlen(s) + 1);
    size_t n = 0;

    if (!o)
        return NULL;
    while (*s && *s != '"') {
        unsigned long cp;
        if (*s != '\\') {
            o[n++] = *s++;
            continue;
        }
        s++;
        switch (*s) {
        case 'n':
            o[n++] = '\n';
            s++;
            continue;
        case 't':
            o[n++] = '\t';
            s++;
            continue;
        case 'r':
            o[n++] = '\r';
            s++;
            continue;
        case 'b':
            o[n++] = '\b';
            s++;
            continue;
        case 'f':
            o[n++] = '\f';
            s++;
            continue;
        case 'u':
            break;
        default:
            o[n++] = *s ? *s++ : 0;
            continue;
        }
        cp = strtoul((char[]){s[1], s[2], s[3], s[4], 0}, NULL, 16);
        s += 5;
        if (cp >= 0xD800 && cp < 0xDC00 && s[0] == '\\' && s[1] == 'u') {
            unsigned long lo = strtoul((char[]){s[2], s[3], s[4], s[5], 0}, NULL, 16);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            s += 6;
        }
        if (cp < 0x80) {
            o[n++] = (char)cp;
        } else if (cp < 0x800) {
            o[n++] = (char)(0xC0 | (cp >> 6));
            o[n++] = (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            o[n++] = (char)(0xE0 | (cp >> 12));
            o[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            o[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            o[n++] = (char)(0xF0 | (cp >> 18));
            o[n++] = (char)(0x80 | ((cp >> 12) & 0x3F));
            o[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            o[n++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    o[n] = 0;
    *len = n;
    return o;
}

/* one page per line of a .jsonl file: the value of its "text" field */
static int load_jsonl(const char *path, page **ps, int *n)
{
    size_t len;
    char *data = read_file(path, &len), *line, *save = NULL;

    if (!data)
        return -1;
    for (line = strtok_r(data, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        const char *t = strstr(line, "\"text\": \"");
        page *np;
        if (!t)
            continue;
        np = realloc(*ps, (size_t)(*n + 1) * sizeof(**ps));
        if (!np)
            return -1;
        *ps = np;
        np[*n] = (page){strdup("jsonl"), NULL, 0, VG_CLEAN_TEXT};
        np[*n].data = json_string(t + 9, &np[*n].len);
        if (!np[*n].data)
            return -1;
        (*n)++;
    }
    free(data);
    return 0;
}

static int cmd_text(double secs, int nfiles, char **files)
{
    vg_limits lim;
    size_t bytes = 0, input = 0;
    double t0, t, cpu0, cpu;
    long iters = 0;
    int n = 0;
    page *ps = NULL;

    vg_limits_default(&lim);
    for (int i = 0; i < nfiles; i++) {
        page *np;
        if (strstr(files[i], ".jsonl")) {
            if (load_jsonl(files[i], &ps, &n))
                return 1;
            continue;
        }
        np = realloc(ps, (size_t)(n + 1) * sizeof(*ps));
        if (!np)
            return 1;
        ps = np;
        memset(&ps[n], 0, sizeof(ps[n]));
        if (load(files[i], &ps[n++]))
            return 1;
    }
    for (int i = 0; i < n; i++)
        input += ps[i].len;
    t0 = now();
    cpu0 = cpu_now();
    do {
        for (int i = 0; i < n; i++) {
            vg_doc d;
            if (vg_clean(&kb, &lim, ps[i].data, ps[i].len, VG_CLEAN_TEXT, NULL, &d) == 0)
                bytes += ps[i].len;
            vg_doc_free(&d);
        }
        iters++;
    } while ((t = now() - t0) < secs);
    cpu = cpu_now() - cpu0;
    printf("docs %d (%zu bytes, %.0f bytes/doc) rounds %ld bytes %zu seconds %.3f cpu_seconds %.3f "
           "mb_per_s %.1f cpu_mb_per_s %.1f\n",
           n, input, n ? (double)input / n : 0.0, iters, bytes, t, cpu, (double)bytes / 1e6 / t,
           (double)bytes / 1e6 / cpu);
    for (int i = 0; i < n; i++) {
        free(ps[i].id);
        free(ps[i].data);
    }
    free(ps);
    return 0;
}

static int cmd_show(const char *file)
{
    page p = {0};
    vg_limits lim;
    vg_doc d;
    int rc;

    vg_limits_default(&lim);
    if (load(file, &p))
        return 1;
    rc = vg_clean(&kb, &lim, p.data, p.len, p.mode, NULL, &d);
    if (rc) {
        printf("error: %s\n", vg_strerror(rc));
    } else {
        printf("title: %s\nlang: %s html: %d repaired: %u junk: %u spans: %zu\n---\n%s\n", d.title,
               d.lang, d.from_html, d.repaired, d.junk_lines, d.map_len, d.body);
    }
    vg_doc_free(&d);
    free(p.id);
    free(p.data);
    return rc != 0;
}

int main(int argc, char **argv)
{
    load_lists();
    if (argc >= 3 && !strcmp(argv[1], "eval"))
        return cmd_eval(argv[2], argc - 3, argv + 3);
    if (argc >= 2 && !strcmp(argv[1], "speed"))
        return cmd_speed(argc - 2, argv + 2);
    if (argc >= 3 && !strcmp(argv[1], "text"))
        return cmd_text(atof(argv[2]), argc - 3, argv + 3);
    if (argc == 3 && !strcmp(argv[1], "show"))
        return cmd_show(argv[2]);
    fprintf(stderr, "usage: cleanbench eval OUT.json FILE... | speed FILE... | "
                    "text SECONDS FILE... | show FILE\n");
    return 2;
}
