/*
 * vg_tsv.c - strict in-place TSV reader for the knowledge files (see
 * vg_tsv.h).
 *
 * One read, one buffer, no allocation per row or field: loading the full
 * gazetteer must stay well under a second, and the split buffer doubles as
 * the loaders' string arena.  Validation that is the same for every file
 * (UTF-8, NUL bytes, field counts, numbers) lives here so the loaders only
 * check meaning.
 */
#include "vg_tsv.h"
#include "vigil.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int read_all(FILE *f, char **out, size_t *outlen)
{
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    if (!buf)
        return VG_ENOMEM;
    for (;;) {
        if (cap - len < 2) {
            char *nb = realloc(buf, cap * 2);
            if (!nb)
                goto nomem;
            buf = nb;
            cap *= 2;
        }
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        return VG_EIO;
    }
    buf[len] = 0;
    *out = buf;
    *outlen = len;
    return 0;
nomem:
    free(buf);
    return VG_ENOMEM;
}

/* Line number (1-based) of byte offset off. */
static unsigned line_of(const char *buf, size_t off)
{
    unsigned line = 1;
    for (size_t i = 0; i < off; i++)
        line += buf[i] == '\n';
    return line;
}

static int check_text(vg_tsv *t)
{
    const unsigned char *s = (const unsigned char *)t->buf;
    for (size_t i = 0; i < t->len;) {
        if (s[i] == 0) {
            t->line = line_of(t->buf, i);
            return vg_tsv_fail(t, "NUL byte in file");
        }
        if (s[i] < 128) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, (utf8proc_ssize_t)(t->len - i), &cp);
        if (n <= 0) {
            t->line = line_of(t->buf, i);
            return vg_tsv_fail(t, "invalid UTF-8");
        }
        i += (size_t)n;
    }
    return 0;
}

int vg_tsv_open(vg_tsv *t, const char *path, char *err, size_t errlen)
{
    memset(t, 0, sizeof(*t));
    t->path = path;
    t->err = err;
    t->errlen = errlen;
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err && errlen)
            snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return VG_EIO;
    }
    int rc = read_all(f, &t->buf, &t->len);
    fclose(f);
    if (rc == VG_EIO && err && errlen)
        snprintf(err, errlen, "%s: read error", path);
    if (rc == VG_ENOMEM && err && errlen)
        snprintf(err, errlen, "%s: out of memory", path);
    if (rc == 0 && (rc = check_text(t)) < 0)
        vg_tsv_close(t);
    return rc;
}

size_t vg_tsv_max_rows(const vg_tsv *t)
{
    size_t n = 1;
    for (const char *p = t->buf; (p = memchr(p, '\n', t->len - (size_t)(p - t->buf))); p++)
        n++;
    return n;
}

int vg_tsv_fail(const vg_tsv *t, const char *fmt, ...)
{
    if (!t->err || !t->errlen)
        return VG_EKB;
    int n = snprintf(t->err, t->errlen, "%s:%u: ", t->path, t->line);
    if (n >= 0 && (size_t)n < t->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(t->err + n, t->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return VG_EKB;
}

/* Cut the next line out of the buffer (NUL-terminated, "\r\n" tolerated). */
static char *next_line(vg_tsv *t)
{
    if (t->pos >= t->len)
        return NULL;
    char *s = t->buf + t->pos;
    char *nl = memchr(s, '\n', t->len - t->pos);
    size_t n = nl ? (size_t)(nl - s) : t->len - t->pos;
    t->pos += n + (nl != NULL);
    s[n] = 0;
    if (n && s[n - 1] == '\r')
        s[n - 1] = 0;
    t->line++;
    return s;
}

/* The next data row split on tabs: f[0..max) gets the first fields, the
 * count of all of them is returned (0 at end of file). */
static size_t next_row(vg_tsv *t, char **f, size_t max)
{
    char *s;
    do {
        if (!(s = next_line(t)))
            return 0;
    } while (s[0] == 0 || s[0] == '#');
    size_t n = 0;
    for (;;) {
        char *tab = strchr(s, '\t');
        if (n < max)
            f[n] = s;
        n++;
        if (!tab)
            break;
        *tab = 0;
        s = tab + 1;
    }
    return n;
}

int vg_tsv_next(vg_tsv *t, char **f, size_t want)
{
    size_t n = next_row(t, f, want);
    if (n == 0)
        return 0;
    if (n != want)
        return vg_tsv_fail(t, "expected %zu tab-separated columns, found %zu", want, n);
    return 1;
}

int vg_tsv_next_var(vg_tsv *t, char **f, size_t max, size_t *nf)
{
    /* set on every path: with link-time optimisation the callers see that
     * vg_tsv_fail's result is not known to differ from 1 */
    *nf = 0;
    size_t n = next_row(t, f, max);
    if (n == 0)
        return 0;
    if (n > max)
        return vg_tsv_fail(t, "at most %zu tab-separated columns, found %zu", max, n);
    *nf = n;
    return 1;
}

int vg_tsv_uint(const char *s, unsigned long max, unsigned long *out)
{
    unsigned long v = 0;
    if (!*s)
        return VG_EINVAL;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return VG_EINVAL;
        unsigned d = (unsigned)(*s - '0');
        if (v > (max - d) / 10)
            return VG_EINVAL;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

int vg_tsv_double(const char *s, double lo, double hi, double *out)
{
    char *end;
    if (!*s || (*s != '-' && *s != '+' && *s != '.' && (*s < '0' || *s > '9')))
        return VG_EINVAL;
    errno = 0;
    double v = strtod(s, &end);
    if (*end || errno || !isfinite(v) || v < lo || v > hi)
        return VG_EINVAL;
    *out = v;
    return 0;
}

void vg_tsv_list_init(vg_tsv_list *l, const char *field)
{
    l->p = *field ? field : NULL;
}

int vg_tsv_list_next(vg_tsv_list *l, const char **s, size_t *len)
{
    if (!l->p)
        return 0;
    const char *bar = strchr(l->p, '|');
    *s = l->p;
    *len = bar ? (size_t)(bar - l->p) : strlen(l->p);
    l->p = bar ? bar + 1 : NULL;
    return 1;
}

char *vg_tsv_take(vg_tsv *t)
{
    char *b = t->buf;
    t->buf = NULL;
    return b;
}

void vg_tsv_close(vg_tsv *t)
{
    if (!t)
        return;
    free(t->buf);
    t->buf = NULL;
}
