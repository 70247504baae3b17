/*
 * vc_io.c - file and line helpers for the command-line tools (see vc_io.h).
 */
#include "vc_io.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

int vc_knowledge_found(const char *dir)
{
    char path[PATH_MAX];
    struct stat st;
    return snprintf(path, sizeof(path), "%s/gazetteer.tsv", dir) < (int)sizeof(path) &&
           stat(path, &st) == 0;
}

/* The knowledge of the build tree the running binary belongs to:
 * build/<variant>/vigil finds <checkout>/knowledge two levels up.  Found
 * once; "" when there is none. */
static char tree_dir[PATH_MAX];
static pthread_once_t tree_once = PTHREAD_ONCE_INIT;

static void find_tree_dir(void)
{
    char exe[PATH_MAX], cand[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0)
        return;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return;
    *slash = 0;
    static const char *const up[] = {"knowledge", "../knowledge", "../../knowledge"};
    for (size_t i = 0; i < sizeof(up) / sizeof(up[0]); i++) {
        snprintf(cand, sizeof(cand), "%s/%s", exe, up[i]);
        if (vc_knowledge_found(cand) && realpath(cand, tree_dir))
            return;
    }
    tree_dir[0] = 0;
}

const char *vc_knowledge_dir(const char *explicit_dir)
{
    if (explicit_dir && explicit_dir[0])
        return explicit_dir;
    const char *env = getenv("VIGIL_KNOWLEDGE");
    if (env && env[0])
        return env;
    if (vc_knowledge_found("knowledge"))
        return "knowledge";
    pthread_once(&tree_once, find_tree_dir);
    if (tree_dir[0])
        return tree_dir;
    return VIGIL_DATADIR "/knowledge";
}

const char *vc_knowledge_where(void)
{
    return "the directory given, else $VIGIL_KNOWLEDGE, else ./knowledge, else the "
           "knowledge/ of the build tree the program is in, else " VIGIL_DATADIR "/knowledge";
}
