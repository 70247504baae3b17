/*
 * vc_io.c - file and line helpers for the command-line tools (see vc_io.h).
 */
#include "vc_io.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef VIGIL_DATADIR
#define VIGIL_DATADIR "/usr/local/share/vigil"
#endif

int vc_read_file(const char *path, size_t cap, char **out, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    size_t n = 0, size = 65536;
    char *buf = NULL;
    int rc = -1;
    *out = NULL;
    *len = 0;
    if (!f)
        return -1;
    if (!(buf = malloc(size + 1)))
        goto done;
    for (;;) {
        size_t got = fread(buf + n, 1, size - n, f);
        n += got;
        if (n > cap) {
            rc = -2;
            goto done;
        }
        if (got == 0)
            break;
        if (n == size) {
            size_t ns = size * 2 > cap + 1 ? cap + 1 : size * 2;
            char *nb = realloc(buf, ns + 1);
            if (!nb)
                goto done;
            buf = nb;
            size = ns;
        }
    }
    if (ferror(f))
        goto done;
    buf[n] = 0;
    *out = buf;
    *len = n;
    buf = NULL;
    rc = 0;
done:
    free(buf);
    if (f != stdin)
        fclose(f);
    return rc;
}

int vc_is_jsonl(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)buf[i]))
        i++;
    return i < len && buf[i] == '{';
}

int vc_next_line(const char *buf, size_t len, size_t *pos, const char **s, size_t *n)
{
    while (*pos < len) {
        const char *p = buf + *pos;
        const char *nl = memchr(p, '\n', len - *pos);
        size_t l = nl ? (size_t)(nl - p) : len - *pos;
        *pos += l + (nl ? 1 : 0);
        size_t k = 0;
        while (k < l && isspace((unsigned char)p[k]))
            k++;
        if (k == l)
            continue;
        *s = p;
        *n = l;
        return 1;
    }
    return 0;
}

const char *vc_knowledge_dir(const char *explicit_dir)
{
    struct stat st;
    if (explicit_dir && explicit_dir[0])
        return explicit_dir;
    const char *env = getenv("VIGIL_KNOWLEDGE");
    if (env && env[0])
        return env;
    if (stat("knowledge/gazetteer.tsv", &st) == 0)
        return "knowledge";
    return VIGIL_DATADIR "/knowledge";
}
