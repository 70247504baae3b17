/*
 * clean-compare.c - output fingerprint of the cleaner for old-vs-new checks.
 *
 * For every input (a file, or each line's "text" field of a .jsonl file,
 * the raw line too) and every mode (auto, text, html) it prints one line:
 * source, mode, return code, and FNV-1a hashes of body, title, language,
 * junk count, repaired count, from_html and the offset map.  Build it once
 * against the old sources and once against the new ones and diff the
 * outputs (bench/clean-compare.sh does both): any byte of difference in
 * any output shows up.  Usage: clean-compare FILE...
 */
#include "vigil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* Since the word lists became knowledge (clean.tsv), vg_clean takes a kb;
 * the sources of an older revision have neither. */
#if __has_include("vg_cleanlex.h")
#include "vg_cleanlex.h"
#ifndef CLEAN_TSV
#define CLEAN_TSV "knowledge/clean.tsv"
#endif
static vg_kb kb;
#define CLEAN(lim, data, len, mode, d) vg_clean(&kb, lim, data, len, mode, NULL, d)
static void load_lists(void)
{
    char err[512];
    if (vg_cleanlex_load(CLEAN_TSV, &kb.clean, err, sizeof(err)) < 0) {
        fprintf(stderr, "clean-compare: %s\n", err);
        exit(2);
    }
}
#else
#define CLEAN(lim, data, len, mode, d) vg_clean(lim, data, len, mode, NULL, d)
static void load_lists(void) {}
#endif

static char *slurp(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    int r;

    if (!f || !buf)
        exit(1);
    while ((r = gzread(f, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)r;
        if (n == cap) {
            buf = realloc(buf, cap * 2 + 1);
            cap *= 2;
        }
    }
    gzclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static uint64_t h64(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

static void one(const char *src, const char *data, size_t len)
{
    vg_limits lim;

    vg_limits_default(&lim);
    for (int mode = VG_CLEAN_AUTO; mode <= VG_CLEAN_HTML; mode++) {
        vg_doc d;
        int rc = CLEAN(&lim, data, len, mode, &d);
        uint64_t h = 1469598103934665603ull, m = h;
        if (!rc) {
            h = h64(h, d.body, d.body_len);
            h = h64(h, "\0", 1);
            h = h64(h, d.title, d.title_len);
            for (size_t i = 0; i < d.map_len; i++) {
                m = h64(m, &d.map[i].clean_off, sizeof(size_t));
                m = h64(m, &d.map[i].raw_off, sizeof(size_t));
                m = h64(m, &d.map[i].raw_len, sizeof(size_t));
            }
            printf("%s m%d rc0 body %016llx map %016llx/%zu lang '%s' junk %u rep %u html %d len "
                   "%zu\n",
                   src, mode, (unsigned long long)h, (unsigned long long)m, d.map_len, d.lang,
                   d.junk_lines, d.repaired, d.from_html, d.body_len);
            vg_doc_free(&d);
        } else {
            printf("%s m%d rc %d\n", src, mode, rc);
        }
    }
}

int main(int argc, char **argv)
{
    load_lists();
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *data = slurp(argv[i], &len);
        if (strstr(argv[i], ".jsonl")) {
            size_t a = 0, ln = 0;
            while (a < len) {
                char *nl = memchr(data + a, '\n', len - a);
                size_t e = nl ? (size_t)(nl - data) : len;
                char name[4096];
                snprintf(name, sizeof(name), "%s:%zu", argv[i], ln++);
                one(name, data + a, e - a); /* the raw JSON line */
                { /* the "text" field, JSON-unescaped (\n, \", \\, \uXXXX kept simple) */
                    char *t = strstr(data + a, "\"text\": \"");
                    if (t && t < data + e) {
                        char *o = malloc(e - a + 1);
                        size_t n = 0;
                        const char *s = t + 9;
                        while (s < data + e && *s != '"') {
                            if (*s == '\\' && s + 1 < data + e) {
                                s++;
                                o[n++] = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
                                s++;
                            } else {
                                o[n++] = *s++;
                            }
                        }
                        snprintf(name, sizeof(name), "%s:%zu:text", argv[i], ln - 1);
                        one(name, o, n);
                        free(o);
                    }
                }
                a = e + 1;
            }
        } else {
            one(argv[i], data, len);
        }
        free(data);
    }
    return 0;
}
