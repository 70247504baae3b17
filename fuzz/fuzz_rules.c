/*
 * fuzz_rules.c - libFuzzer harness for the alerting stage's parsers: the
 * rules file and silences parser (incidents/vi_rules.c) and the event,
 * incident and alert JSON decoders (incidents/vi_json.c).
 *
 * The first byte picks the parser so one corpus covers all of them; a parsed
 * rule set is also evaluated against an incident built from the input, its
 * incident groups join a coup and its arrests, and a decoded incident is
 * re-encoded and matched against an event, to exercise the matcher, the
 * joining (vi_join) and the encoder.
 */
#include "vi_alert.h"
#include "vi_join.h"
#include "vi_json.h"
#include "vi_rules.h"

#include <stdio.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static vi_event event(const char *article, const char *type)
{
    vi_event e;
    memset(&e, 0, sizeof(e));
    snprintf(e.event_id, sizeof(e.event_id), "%s", article);
    snprintf(e.article_id, sizeof(e.article_id), "%s", article);
    snprintf(e.type, sizeof(e.type), "%s", type);
    strcpy(e.country, "NE");
    strcpy(e.place, "Niamey");
    strcpy(e.date, "2025-07-02");
    strcpy(e.date_precision, "day");
    return e;
}

static void join_with(const vi_rules *r)
{
    vi_store *st;
    vi_incident *inc;
    if (vi_store_new(NULL, &st) < 0)
        return;
    vi_store_set_groups(st, r->groups, r->n_groups);
    vi_event a = event("a", "arrest"), b = event("b", "coup"), c = event("c", "strategic");
    vi_store_add(st, &a, 0, &inc);
    vi_store_add(st, &b, 0, &inc);
    vi_store_add(st, &c, 0, &inc);
    vi_store_free(st);
}

static void eval_rules(const vi_rules *r, const vi_silences *s)
{
    vi_incident *inc = vi_incident_new(4);
    const vi_rule *rule;
    if (!inc)
        return;
    strcpy(inc->id, "0123456789abcdef");
    strcpy(inc->country, "BF");
    strcpy(inc->type, "armed_clash");
    inc->fatalities.present = 1;
    inc->fatalities.min = 10;
    inc->fatalities.max = 200;
    inc->n_articles = 3;
    int sev = r ? vi_rules_eval(r, inc, &rule) : 0;
    vi_subject sub = {inc, sev, "x"};
    (void)vi_silences_match(s, &sub, 0);
    vi_incident_free(inc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    if (size < 1)
        return 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    switch (data[0] % 4) {
    case 0: {
        vi_rules *r = NULL;
        if (vi_rules_parse(text, len, "fuzz", 64, &r, err, sizeof(err)) == 0) {
            eval_rules(r, NULL);
            join_with(r);
        }
        vi_rules_free(r);
        break;
    }
    case 1: {
        vi_silences *s = NULL;
        if (vi_silences_parse(text, len, "fuzz", 64, &s, err, sizeof(err)) == 0)
            eval_rules(NULL, s);
        vi_silences_free(s);
        break;
    }
    case 2: {
        vi_event ev = {0};
        vi_event_from_json(text, len, &ev, err, sizeof(err));
        break;
    }
    default: {
        vi_incident *inc = NULL;
        vi_alert a;
        char id[VI_ID_LEN];
        int part;
        if (vi_incident_from_json(text, len, 8, &inc) == 0) {
            size_t n;
            free(vi_incident_to_json(inc, &n));
            char sum[256];
            vi_alert_summary(inc, sum, sizeof(sum));
            vi_limits lim;
            vi_limits_default(&lim);
            vi_event e = event("e", "coup");
            (void)vi_join_match(NULL, 0, inc, &e, &lim, NULL);
        }
        vi_incident_free(inc);
        vi_alert_from_json(text, len, &a, id, &part);
        break;
    }
    }
    return 0;
}
