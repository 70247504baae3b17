/*
 * vi_rules.h - alert rules, inhibitions and silences: parser and matcher.
 *
 * One line per statement, tokens separated by blanks, '#' comments, values
 * with blanks in double quotes.  The same condition grammar serves rules,
 * inhibitions and silences, so an operator learns it once:
 *
 *   thresholds fatalities N N ...        toll levels whose crossing is an update
 *   thresholds arrests N N ...
 *   rule NAME COND... severity=SEV [route=TOPIC]
 *   inhibit NAME when COND... mute COND...
 *   group NAME TYPE,TYPE... [lead=TYPE,...] [scope=country|place]   (vi_join.h)
 *   silence NAME until=YYYY-MM-DDTHH:MM:SSZ COND... [comment="..."]   (silences file)
 *
 *   COND:  key=v1,v2 (any of)  key!=v1,v2 (none of)  key>=N (numbers, severity)
 *   keys:  type subtype country admin1 actor actor_kind lang    (lists)
 *          fatalities arrests sources                            (>= N)
 *          severity (>= SEV) rule incident                       (inhibit, silence)
 *   SEV:   info low medium high critical
 *
 * Why so: flat lines parse strictly with file:line errors, diff well, and
 * match the key = value habits of vigild.conf; a rule is a conjunction of
 * conditions, and the incident takes the highest severity of all matching
 * rules (the first such rule names the alert), like a routing table.
 * Loading is all or nothing: a file with one bad line is rejected whole.
 */
#ifndef VI_RULES_H
#define VI_RULES_H

#include <stddef.h>

#include "vi_incident.h"
#include "vi_join.h"

enum { VI_SEV_NONE = 0, VI_SEV_INFO, VI_SEV_LOW, VI_SEV_MEDIUM, VI_SEV_HIGH, VI_SEV_CRITICAL };

#define VI_MAX_CONDS 16
#define VI_MAX_LEVELS 16

typedef struct vi_cond vi_cond;

typedef struct vi_rule {
    char name[64];
    vi_cond *conds;
    unsigned n_conds;
    int severity;
    char route[128]; /* "" = the default alerts topic */
} vi_rule;

typedef struct vi_inhibit {
    char name[64];
    vi_cond *when, *mute;
    unsigned n_when, n_mute;
} vi_inhibit;

typedef struct vi_rules {
    vi_rule *rules;
    size_t n_rules;
    vi_inhibit *inhibits;
    size_t n_inhibits;
    vi_group *groups; /* incident groups, for vi_store_set_groups */
    size_t n_groups;
    long long fat_levels[VI_MAX_LEVELS], arr_levels[VI_MAX_LEVELS];
    unsigned n_fat_levels, n_arr_levels;
} vi_rules;

typedef struct vi_silence {
    char name[64];
    long long until_ms;
    vi_cond *conds;
    unsigned n_conds;
} vi_silence;

typedef struct vi_silences {
    vi_silence *v;
    size_t n;
} vi_silences;

/* What conditions are evaluated against: an incident, and for inhibitions
 * and silences the severity and rule it alerts with. */
typedef struct vi_subject {
    const vi_incident *inc;
    int severity;
    const char *rule;
} vi_subject;

/* Parse rules text (fname for messages).  max_rules caps rules,
 * inhibitions and groups.  On error returns < 0 with err = "fname:line: message". */
int vi_rules_parse(const char *text, size_t len, const char *fname, size_t max_rules,
                   vi_rules **out, char *err, size_t errlen);
int vi_rules_load(const char *path, size_t max_rules, vi_rules **out, char *err, size_t errlen);
void vi_rules_free(vi_rules *r);

int vi_silences_parse(const char *text, size_t len, const char *fname, size_t max,
                      vi_silences **out, char *err, size_t errlen);
/* A missing file is an empty set. */
int vi_silences_load(const char *path, size_t max, vi_silences **out, char *err, size_t errlen);
void vi_silences_free(vi_silences *s);

/* Highest severity of the rules matching the incident (0 = none); *rule
 * gets the first rule with that severity. */
int vi_rules_eval(const vi_rules *r, const vi_incident *inc, const vi_rule **rule);

/* 1 when every condition holds. */
int vi_conds_match(const vi_cond *c, unsigned n, const vi_subject *s);

/* The silence muting this subject at now_ms, or NULL. */
const vi_silence *vi_silences_match(const vi_silences *s, const vi_subject *sub, long long now_ms);

/* Threshold level of a figure: number of levels <= value (0 = below all). */
int vi_level(const long long *levels, unsigned n, long long value);

const char *vi_severity_name(int sev);
int vi_severity_from_name(const char *s); /* 0 when unknown */

/* "YYYY-MM-DDTHH:MM:SSZ" (or a date) -> ms since the epoch; -1 when bad. */
long long vi_parse_time_ms(const char *s);

#endif
