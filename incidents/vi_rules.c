/*
 * vi_rules.c - rules, inhibitions and silences parser and matcher (see
 * vi_rules.h for the format).
 *
 * The parser works on a private copy of the text, line by line: a line is
 * cut into tokens (blanks separate, double quotes group), the first token
 * names the statement, the others are conditions or settings.  Every error
 * names the file and the line; any error frees everything built so far, so
 * a caller swaps rule sets all or nothing.  Caps: file size (1 MiB), line
 * length, conditions per statement, values per condition, and the number of
 * rules, inhibitions and silences (caller's limit).
 */
#include "vi_rules.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define MAX_FILE (1024 * 1024)
#define MAX_LINE 4096
#define MAX_TOKENS 40
#define MAX_VALUES 32
#define MAX_NUMBER 1000000000LL

enum {
    K_TYPE,
    K_SUBTYPE,
    K_COUNTRY,
    K_ADMIN1,
    K_ACTOR,
    K_ACTOR_KIND,
    K_LANG,
    K_FAT,
    K_ARR,
    K_SOURCES,
    K_SEVERITY,
    K_RULE,
    K_INCIDENT
};
enum { OP_EQ, OP_NE, OP_GE };

struct vi_cond {
    int key, op;
    long long num;
    char *alts; /* NUL-separated values, ended by an empty one */
};

static const struct {
    const char *name;
    int key, numeric, subject_only;
} keys[] = {
    {"type", K_TYPE, 0, 0},         {"subtype", K_SUBTYPE, 0, 0},
    {"country", K_COUNTRY, 0, 0},   {"admin1", K_ADMIN1, 0, 0},
    {"actor", K_ACTOR, 0, 0},       {"actor_kind", K_ACTOR_KIND, 0, 0},
    {"lang", K_LANG, 0, 0},         {"fatalities", K_FAT, 1, 0},
    {"arrests", K_ARR, 1, 0},       {"sources", K_SOURCES, 1, 0},
    {"severity", K_SEVERITY, 0, 1}, {"rule", K_RULE, 0, 1},
    {"incident", K_INCIDENT, 0, 1},
};
#define NKEYS (sizeof(keys) / sizeof(keys[0]))

static const char *const sev_names[] = {"none", "info", "low", "medium", "high", "critical"};
const char *vi_severity_name(int sev)
{
    return sev >= 0 && sev <= VI_SEV_CRITICAL ? sev_names[sev] : "none";
}

int vi_severity_from_name(const char *s)
{
    for (int i = 1; i <= VI_SEV_CRITICAL; i++)
        if (s && strcmp(s, sev_names[i]) == 0)
            return i;
    return 0;
}

int vi_level(const long long *levels, unsigned n, long long value)
{
    int k = 0;
    for (unsigned i = 0; i < n; i++)
        if (value >= levels[i])
            k = (int)i + 1;
    return k;
}

long long vi_parse_time_ms(const char *s)
{
    int y, mo, d, h = 0, mi = 0, se = 0, n = 0;
    if (!s)
        return -1;
    size_t len = strlen(s);
    if (len == 10 && sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) == 3 && n == 10) {
        /* a date alone: midnight UTC */
    } else if (len == 20 &&
               sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h, &mi, &se, &n) == 6 &&
               n == 20) {
        /* full UTC time */
    } else {
        return -1;
    }
    char day[16];
    snprintf(day, sizeof(day), "%04d-%02d-%02d", y, mo, d);
    int32_t dn = vi_day_number(day);
    if (dn == INT32_MIN || h > 23 || mi > 59 || se > 60 || d > 31)
        return -1;
    return (((long long)dn * 24 + h) * 60 + mi) * 60000LL + se * 1000LL;
}

/* ------------------------------------------------------------ parsing */

typedef struct parser {
    const char *fname;
    unsigned line;
    char *err;
    size_t errlen;
} parser;

static int perr(parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int perr(parser *p, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    snprintf(p->err, p->errlen, "%s:%u: %s", p->fname, p->line, msg);
    return -EINVAL;
}

/* Cut a line into tokens in place: blanks separate, quotes group (kept). */
static int tokenize(parser *p, char *line, char **tok, int max)
{
    int n = 0;
    char *s = line;
    for (;;) {
        while (*s == ' ' || *s == '\t' || *s == '\r')
            s++;
        if (!*s || *s == '#')
            return n;
        if (n == max)
            return perr(p, "too many tokens (at most %d)", max);
        tok[n++] = s;
        int q = 0;
        while (*s && (q || (*s != ' ' && *s != '\t' && *s != '\r'))) {
            if (*s == '"')
                q = !q;
            s++;
        }
        if (q)
            return perr(p, "unterminated quote");
        if (*s)
            *s++ = 0;
    }
}

static int valid_name(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (n == 0 || n >= max)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '_' || *s == '-' || *s == '.'))
            return 0;
    return 1;
}

static int parse_number(const char *s, long long *out)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    if (errno || end == s || *end || x < 0 || x > MAX_NUMBER)
        return -1;
    *out = x;
    return 0;
}

static int known_type(const char *v)
{
    return vi_type_bit(v) != 0;
}

/* Check one value of a list condition. */
static int check_value(parser *p, int key, const char *v)
{
    if (!v[0])
        return perr(p, "empty value");
    if (strlen(v) > 95)
        return perr(p, "value too long: \"%.20s...\"", v);
    if (key == K_TYPE && !known_type(v))
        return perr(p, "unknown event type \"%s\"", v);
    if (key == K_SEVERITY && !vi_severity_from_name(v))
        return perr(p, "unknown severity \"%s\" (info, low, medium, high, critical)", v);
    if (key == K_COUNTRY &&
        !(strlen(v) == 2 && v[0] >= 'A' && v[0] <= 'Z' && v[1] >= 'A' && v[1] <= 'Z'))
        return perr(p, "country must be an ISO alpha-2 code in capitals, got \"%s\"", v);
    return 0;
}

/* Split "a,\"b c\",d" into NUL-separated unquoted values (double NUL end). */
static int split_values(parser *p, int key, const char *src, char **out)
{
    size_t n = strlen(src);
    char *buf = calloc(n + 2, 1), *w = buf, *start = buf;
    int q = 0, count = 0;
    if (!buf)
        return -ENOMEM;
    for (const char *s = src;; s++) {
        if (*s == '"') {
            q = !q;
            continue;
        }
        if (*s && (q || *s != ',')) {
            *w++ = *s;
            continue;
        }
        *w++ = 0;
        int rc = ++count > MAX_VALUES ? perr(p, "too many values (at most %d)", MAX_VALUES)
                                      : check_value(p, key, start);
        if (rc < 0) {
            free(buf);
            return rc;
        }
        start = w;
        if (!*s)
            break;
    }
    *w = 0;
    *out = buf;
    return 0;
}

static int find_key(const char *name, size_t n)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (strlen(keys[i].name) == n && strncmp(keys[i].name, name, n) == 0)
            return (int)i;
    return -1;
}

/* Parse "key=vals", "key!=vals" or "key>=N" into c. */
static int parse_cond(parser *p, const char *tok, int allow_subject, vi_cond *c)
{
    size_t klen = strcspn(tok, "=!>");
    int ki = find_key(tok, klen);
    const char *op = tok + klen;
    memset(c, 0, sizeof(*c));
    if (ki < 0)
        return perr(p, "unknown condition \"%.*s\"", (int)klen, tok);
    if (keys[ki].subject_only && !allow_subject)
        return perr(p, "\"%s\" is only for inhibitions and silences", keys[ki].name);
    c->key = keys[ki].key;
    if (strncmp(op, ">=", 2) == 0) {
        c->op = OP_GE;
        op += 2;
    } else if (strncmp(op, "!=", 2) == 0) {
        c->op = OP_NE;
        op += 2;
    } else if (op[0] == '=') {
        c->op = OP_EQ;
        op += 1;
    } else {
        return perr(p, "expected =, != or >= after \"%s\"", keys[ki].name);
    }
    if (keys[ki].numeric) {
        if (c->op != OP_GE)
            return perr(p, "\"%s\" takes >= N", keys[ki].name);
        if (parse_number(op, &c->num) < 0)
            return perr(p, "%s: expected a number from 0 to %lld, got \"%s\"", keys[ki].name,
                        MAX_NUMBER, op);
        return 0;
    }
    if (c->op == OP_GE) {
        if (c->key != K_SEVERITY)
            return perr(p, "\"%s\" takes = or !=", keys[ki].name);
        if (!(c->num = vi_severity_from_name(op)))
            return perr(p, "unknown severity \"%s\"", op);
        return 0;
    }
    return split_values(p, c->key, op, &c->alts);
}

static void conds_free(vi_cond *c, unsigned n)
{
    for (unsigned i = 0; c && i < n; i++)
        free(c[i].alts);
    free(c);
}

static int conds_add(parser *p, vi_cond **v, unsigned *n, const char *tok, int allow_subject)
{
    if (*n == 0 && !(*v = calloc(VI_MAX_CONDS, sizeof(**v))))
        return -ENOMEM;
    if (*n >= VI_MAX_CONDS)
        return perr(p, "too many conditions (at most %d)", VI_MAX_CONDS);
    int rc = parse_cond(p, tok, allow_subject, &(*v)[*n]);
    if (rc == 0)
        (*n)++;
    return rc;
}

static void rules_init_levels(vi_rules *r)
{
    static const long long fat[] = {10, 50, 100, 250, 500, 1000};
    static const long long arr[] = {10, 50, 100, 500};
    memcpy(r->fat_levels, fat, sizeof(fat));
    r->n_fat_levels = sizeof(fat) / sizeof(fat[0]);
    memcpy(r->arr_levels, arr, sizeof(arr));
    r->n_arr_levels = sizeof(arr) / sizeof(arr[0]);
}

static int parse_thresholds(parser *p, vi_rules *r, char **tok, int n)
{
    long long *lv;
    unsigned *cnt;
    if (n < 3)
        return perr(p, "usage: thresholds fatalities|arrests N...");
    if (strcmp(tok[1], "fatalities") == 0) {
        lv = r->fat_levels;
        cnt = &r->n_fat_levels;
    } else if (strcmp(tok[1], "arrests") == 0) {
        lv = r->arr_levels;
        cnt = &r->n_arr_levels;
    } else {
        return perr(p, "thresholds: expected fatalities or arrests, got \"%s\"", tok[1]);
    }
    if (n - 2 > VI_MAX_LEVELS)
        return perr(p, "thresholds: at most %d levels", VI_MAX_LEVELS);
    for (int i = 2; i < n; i++) {
        if (parse_number(tok[i], &lv[i - 2]) < 0 || lv[i - 2] < 1)
            return perr(p, "thresholds: expected a positive number, got \"%s\"", tok[i]);
        if (i > 2 && lv[i - 2] <= lv[i - 3])
            return perr(p, "thresholds must increase");
    }
    *cnt = (unsigned)(n - 2);
    return 0;
}

static int name_taken(const vi_rules *r, const char *name)
{
    for (size_t i = 0; i < r->n_rules; i++)
        if (strcmp(r->rules[i].name, name) == 0)
            return 1;
    for (size_t i = 0; i < r->n_inhibits; i++)
        if (strcmp(r->inhibits[i].name, name) == 0)
            return 1;
    return 0;
}

static int check_new_name(parser *p, const vi_rules *r, char **tok, int n, size_t room)
{
    if (n < 2 || !valid_name(tok[1], 64))
        return perr(p, "%s: expected a name of letters, digits, '_', '-', '.' (at most 63)",
                    tok[0]);
    if (!room)
        return perr(p, "too many rules, inhibitions and groups (alerts.max_rules)");
    if (strcmp(tok[0], "group") != 0 && name_taken(r, tok[1]))
        return perr(p, "duplicate name \"%s\"", tok[1]);
    for (size_t i = 0; strcmp(tok[0], "group") == 0 && i < r->n_groups; i++)
        if (strcmp(r->groups[i].name, tok[1]) == 0) /* groups have names of their own */
            return perr(p, "duplicate group \"%s\"", tok[1]);
    return 0;
}

static size_t n_statements(const vi_rules *r)
{
    return r->n_rules + r->n_inhibits + r->n_groups;
}

/* "a,b,c" -> a mask of event types. */
static int type_list(parser *p, const char *what, const char *list, unsigned *mask)
{
    char buf[512];
    *mask = 0;
    if (snprintf(buf, sizeof(buf), "%s", list) >= (int)sizeof(buf))
        return perr(p, "%s: list too long", what);
    for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        unsigned b = vi_type_bit(t);
        if (!b)
            return perr(p, "%s: unknown event type \"%s\"", what, t);
        *mask |= b;
    }
    if (!*mask)
        return perr(p, "%s: expected event types", what);
    return 0;
}

/* group NAME TYPE,TYPE... [lead=TYPE,...] [scope=country|place] */
static int parse_group(parser *p, vi_rules *r, char **tok, int n, size_t max)
{
    int rc = check_new_name(p, r, tok, n, n_statements(r) < max);
    if (rc < 0)
        return rc;
    if (n < 3)
        return perr(p, "usage: group NAME TYPE,TYPE... [lead=TYPE,...] [scope=country|place]");
    vi_group *g = &r->groups[r->n_groups];
    memset(g, 0, sizeof(*g));
    snprintf(g->name, sizeof(g->name), "%s", tok[1]);
    if ((rc = type_list(p, "group", tok[2], &g->types)) < 0)
        return rc;
    for (int i = 3; i < n; i++) {
        if (strncmp(tok[i], "lead=", 5) == 0) {
            if ((rc = type_list(p, "lead", tok[i] + 5, &g->lead)) < 0)
                return rc;
            if (g->lead & ~g->types)
                return perr(p, "group %s: a lead type must be one of the group's types", g->name);
        } else if (strcmp(tok[i], "scope=country") == 0 || strcmp(tok[i], "scope=place") == 0) {
            g->country = tok[i][6] == 'c';
        } else {
            return perr(p, "group %s: expected lead= or scope=country|place, got \"%s\"", g->name,
                        tok[i]);
        }
    }
    r->n_groups++;
    return 0;
}

static int parse_rule(parser *p, vi_rules *r, char **tok, int n, size_t max)
{
    int rc = check_new_name(p, r, tok, n, n_statements(r) < max);
    if (rc < 0)
        return rc;
    vi_rule *ru = &r->rules[r->n_rules];
    memset(ru, 0, sizeof(*ru));
    snprintf(ru->name, sizeof(ru->name), "%s", tok[1]);
    r->n_rules++; /* owned by r from here, freed with it on error */
    for (int i = 2; i < n; i++) {
        if (strncmp(tok[i], "severity=", 9) == 0) {
            if (!(ru->severity = vi_severity_from_name(tok[i] + 9)))
                return perr(p, "unknown severity \"%s\"", tok[i] + 9);
        } else if (strncmp(tok[i], "route=", 6) == 0) {
            if (!valid_name(tok[i] + 6, sizeof(ru->route)))
                return perr(p, "route: not a valid topic name \"%s\"", tok[i] + 6);
            snprintf(ru->route, sizeof(ru->route), "%s", tok[i] + 6);
        } else if ((rc = conds_add(p, &ru->conds, &ru->n_conds, tok[i], 0)) < 0) {
            return rc;
        }
    }
    if (!ru->severity)
        return perr(p, "rule %s: severity= is required", ru->name);
    return 0;
}

static int parse_inhibit(parser *p, vi_rules *r, char **tok, int n, size_t max)
{
    int rc = check_new_name(p, r, tok, n, n_statements(r) < max);
    if (rc < 0)
        return rc;
    vi_inhibit *in = &r->inhibits[r->n_inhibits];
    memset(in, 0, sizeof(*in));
    snprintf(in->name, sizeof(in->name), "%s", tok[1]);
    r->n_inhibits++;
    int side = 0; /* 1 = when, 2 = mute */
    for (int i = 2; i < n; i++) {
        if (strcmp(tok[i], "when") == 0 && side == 0)
            side = 1;
        else if (strcmp(tok[i], "mute") == 0 && side == 1)
            side = 2;
        else if (side == 0)
            return perr(p, "inhibit: expected \"when\", got \"%s\"", tok[i]);
        else if ((rc = side == 1 ? conds_add(p, &in->when, &in->n_when, tok[i], 1)
                                 : conds_add(p, &in->mute, &in->n_mute, tok[i], 1)) < 0)
            return rc;
    }
    if (!in->n_when || !in->n_mute)
        return perr(p, "usage: inhibit NAME when COND... mute COND...");
    return 0;
}

void vi_rules_free(vi_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_rules; i++)
        conds_free(r->rules[i].conds, r->rules[i].n_conds);
    for (size_t i = 0; i < r->n_inhibits; i++) {
        conds_free(r->inhibits[i].when, r->inhibits[i].n_when);
        conds_free(r->inhibits[i].mute, r->inhibits[i].n_mute);
    }
    free(r->rules);
    free(r->inhibits);
    free(r->groups);
    free(r);
}

/* Next line of text[*pos..len) copied into line (NUL-terminated). */
static int next_line(parser *p, const char *text, size_t len, size_t *pos, char *line)
{
    if (*pos >= len)
        return 0;
    const char *s = text + *pos, *nl = memchr(s, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - s) : len - *pos;
    *pos += n + (nl ? 1 : 0);
    p->line++;
    if (n >= MAX_LINE)
        return perr(p, "line longer than %d bytes", MAX_LINE);
    if (memchr(s, 0, n))
        return perr(p, "NUL byte in line");
    memcpy(line, s, n);
    line[n] = 0;
    return 1;
}

static int rules_statement(parser *p, vi_rules *r, char **tok, int n, size_t max)
{
    if (strcmp(tok[0], "rule") == 0)
        return parse_rule(p, r, tok, n, max);
    if (strcmp(tok[0], "inhibit") == 0)
        return parse_inhibit(p, r, tok, n, max);
    if (strcmp(tok[0], "group") == 0)
        return parse_group(p, r, tok, n, max);
    if (strcmp(tok[0], "thresholds") == 0)
        return parse_thresholds(p, r, tok, n);
    return perr(p, "unknown statement \"%s\" (rule, inhibit, group, thresholds)", tok[0]);
}

int vi_rules_parse(const char *text, size_t len, const char *fname, size_t max_rules,
                   vi_rules **out, char *err, size_t errlen)
{
    parser p = {fname ? fname : "rules", 0, err, errlen};
    char *line = malloc(MAX_LINE), *tok[MAX_TOKENS];
    vi_rules *r = calloc(1, sizeof(*r));
    size_t pos = 0, cap = max_rules ? max_rules : 1;
    int rc = -ENOMEM;
    *out = NULL;
    if (!line || !r || !(r->rules = calloc(cap, sizeof(*r->rules))) ||
        !(r->inhibits = calloc(cap, sizeof(*r->inhibits))) ||
        !(r->groups = calloc(cap, sizeof(*r->groups)))) {
        snprintf(err, errlen, "%s: out of memory", p.fname);
        goto fail;
    }
    rules_init_levels(r);
    if (len > MAX_FILE) {
        rc = perr(&p, "file larger than %d bytes", MAX_FILE);
        goto fail;
    }
    while ((rc = next_line(&p, text, len, &pos, line)) > 0) {
        int n = tokenize(&p, line, tok, MAX_TOKENS);
        if (n < 0 || (n > 0 && (n = rules_statement(&p, r, tok, n, max_rules)) < 0)) {
            rc = n;
            goto fail;
        }
    }
    if (rc < 0)
        goto fail;
    free(line);
    *out = r;
    return 0;
fail:
    free(line);
    vi_rules_free(r);
    return rc;
}

static int read_file(const char *path, char **buf, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    *buf = NULL;
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -errno;
    }
    char *b = malloc(MAX_FILE + 1);
    size_t n = b ? fread(b, 1, MAX_FILE + 1, f) : 0;
    int bad = !b || ferror(f);
    fclose(f);
    if (bad) {
        free(b);
        snprintf(err, errlen, "%s: cannot read", path);
        return -EIO;
    }
    *buf = b;
    *len = n;
    return 0;
}

int vi_rules_load(const char *path, size_t max_rules, vi_rules **out, char *err, size_t errlen)
{
    char *buf;
    size_t len;
    *out = NULL;
    int rc = read_file(path, &buf, &len, err, errlen);
    if (rc < 0)
        return rc;
    rc = vi_rules_parse(buf, len, path, max_rules, out, err, errlen);
    free(buf);
    return rc;
}

/* ------------------------------------------------------------ silences */

void vi_silences_free(vi_silences *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        conds_free(s->v[i].conds, s->v[i].n_conds);
    free(s->v);
    free(s);
}

static int parse_silence(parser *p, vi_silences *s, char **tok, int n, size_t max)
{
    if (strcmp(tok[0], "silence") != 0)
        return perr(p, "unknown statement \"%s\" (silence)", tok[0]);
    if (n < 2 || !valid_name(tok[1], 64))
        return perr(p, "silence: expected a name of letters, digits, '_', '-', '.'");
    if (s->n >= max)
        return perr(p, "too many silences (at most %zu)", max);
    vi_silence *si = &s->v[s->n];
    memset(si, 0, sizeof(*si));
    snprintf(si->name, sizeof(si->name), "%s", tok[1]);
    si->until_ms = -1;
    s->n++;
    for (int i = 2; i < n; i++) {
        int rc = 0;
        if (strncmp(tok[i], "until=", 6) == 0) {
            if ((si->until_ms = vi_parse_time_ms(tok[i] + 6)) < 0)
                return perr(p, "until: expected YYYY-MM-DDTHH:MM:SSZ, got \"%s\"", tok[i] + 6);
        } else if (strncmp(tok[i], "comment=", 8) != 0 &&
                   (rc = conds_add(p, &si->conds, &si->n_conds, tok[i], 1)) < 0) {
            return rc;
        }
    }
    if (si->until_ms < 0)
        return perr(p, "silence %s: until= is required", si->name);
    if (!si->n_conds)
        return perr(p, "silence %s: at least one matcher is required", si->name);
    return 0;
}

int vi_silences_parse(const char *text, size_t len, const char *fname, size_t max,
                      vi_silences **out, char *err, size_t errlen)
{
    parser p = {fname ? fname : "silences", 0, err, errlen};
    char *line = malloc(MAX_LINE), *tok[MAX_TOKENS];
    vi_silences *s = calloc(1, sizeof(*s));
    size_t pos = 0;
    int rc = -ENOMEM;
    *out = NULL;
    if (!line || !s || !(s->v = calloc(max ? max : 1, sizeof(*s->v)))) {
        snprintf(err, errlen, "%s: out of memory", p.fname);
        goto fail;
    }
    if (len > MAX_FILE) {
        rc = perr(&p, "file larger than %d bytes", MAX_FILE);
        goto fail;
    }
    while ((rc = next_line(&p, text, len, &pos, line)) > 0) {
        int n = tokenize(&p, line, tok, MAX_TOKENS);
        if (n < 0 || (n > 0 && (n = parse_silence(&p, s, tok, n, max)) < 0)) {
            rc = n;
            goto fail;
        }
    }
    if (rc < 0)
        goto fail;
    free(line);
    *out = s;
    return 0;
fail:
    free(line);
    vi_silences_free(s);
    return rc;
}

int vi_silences_load(const char *path, size_t max, vi_silences **out, char *err, size_t errlen)
{
    char *buf;
    size_t len;
    *out = NULL;
    if (!path || !path[0])
        return vi_silences_parse("", 0, "silences", max, out, err, errlen);
    FILE *f = fopen(path, "rb");
    if (!f && errno == ENOENT)
        return vi_silences_parse("", 0, path, max, out, err, errlen);
    if (f)
        fclose(f);
    int rc = read_file(path, &buf, &len, err, errlen);
    if (rc < 0)
        return rc;
    rc = vi_silences_parse(buf, len, path, max, out, err, errlen);
    free(buf);
    return rc;
}

/* ------------------------------------------------------------ matching */

static int in_list(const char *alts, const char *v)
{
    for (const char *a = alts; a && *a; a += strlen(a) + 1)
        if (strcasecmp(a, v ? v : "") == 0)
            return 1;
    return 0;
}

/* Does any value of a multi-valued incident field appear in the list? */
static int any_match(const vi_cond *c, const vi_subject *s)
{
    const vi_incident *inc = s->inc;
    switch (c->key) {
    case K_TYPE:
        return in_list(c->alts, inc->type);
    case K_SUBTYPE:
        return in_list(c->alts, inc->subtype[0] ? inc->subtype : "-");
    case K_COUNTRY:
        return in_list(c->alts, inc->country);
    case K_ADMIN1:
        return in_list(c->alts, inc->admin1);
    case K_RULE:
        return in_list(c->alts, s->rule ? s->rule : "");
    case K_INCIDENT:
        return in_list(c->alts, inc->id);
    case K_SEVERITY:
        return in_list(c->alts, vi_severity_name(s->severity));
    case K_ACTOR:
    case K_ACTOR_KIND:
        for (unsigned i = 0; i < inc->n_actors; i++)
            if (in_list(c->alts, c->key == K_ACTOR ? inc->actors[i].name : inc->actors[i].kind))
                return 1;
        return 0;
    case K_LANG:
        for (unsigned i = 0; i < inc->n_sources; i++)
            if (in_list(c->alts, inc->sources[i].lang))
                return 1;
        return 0;
    default:
        return 0;
    }
}

static int cond_match(const vi_cond *c, const vi_subject *s)
{
    const vi_incident *inc = s->inc;
    switch (c->key) {
    case K_FAT:
        return inc->fatalities.present && inc->fatalities.max >= c->num;
    case K_ARR:
        return inc->arrests.present && inc->arrests.max >= c->num;
    case K_SOURCES:
        return (long long)inc->n_articles >= c->num;
    case K_SEVERITY:
        if (c->op == OP_GE)
            return s->severity >= c->num;
        break;
    default:
        break;
    }
    int hit = any_match(c, s);
    return c->op == OP_NE ? !hit : hit;
}

int vi_conds_match(const vi_cond *c, unsigned n, const vi_subject *s)
{
    for (unsigned i = 0; i < n; i++)
        if (!cond_match(&c[i], s))
            return 0;
    return 1;
}

int vi_rules_eval(const vi_rules *r, const vi_incident *inc, const vi_rule **rule)
{
    int best = 0;
    vi_subject sub = {inc, 0, NULL};
    *rule = NULL;
    for (size_t i = 0; r && i < r->n_rules; i++) {
        const vi_rule *ru = &r->rules[i];
        if (ru->severity > best && vi_conds_match(ru->conds, ru->n_conds, &sub)) {
            best = ru->severity;
            *rule = ru;
        }
    }
    return best;
}

const vi_silence *vi_silences_match(const vi_silences *s, const vi_subject *sub, long long now_ms)
{
    for (size_t i = 0; s && i < s->n; i++)
        if (now_ms < s->v[i].until_ms && vi_conds_match(s->v[i].conds, s->v[i].n_conds, sub))
            return &s->v[i];
    return NULL;
}
