/*
 * alert_fixture.h - cmocka setup/teardown for the alert stage's suites: an
 * incident store joining by the shipped rules' groups (knowledge/alert-
 * rules.conf; tests run from the repository root), those rules, and a group
 * wait of GW.  fixture_add() merges one event and schedules its evaluation,
 * as the stage does.  Each suite is its own binary.
 */
#ifndef ALERT_FIXTURE_H
#define ALERT_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "vi_alert.h"
#include "vi_rules.h"

#define GW 30000LL

typedef struct fixture {
    vi_store *store;
    vi_rules *rules;
    vi_alert_cfg cfg;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    char err[256];
    if (!f || vi_store_new(NULL, &f->store) < 0 ||
        vi_rules_load("knowledge/alert-rules.conf", 500, &f->rules, err, sizeof(err)) < 0) {
        fprintf(stderr, "%s\n", f ? err : "out of memory");
        return -1;
    }
    vi_store_set_groups(f->store, f->rules->groups, f->rules->n_groups);
    f->cfg.group_wait_ms = GW;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    vi_store_free(f->store);
    vi_rules_free(f->rules);
    free(f);
    return 0;
}

/* Merge e at now; *ch gets vi_store_add's result (may be NULL). */
static vi_incident *fixture_add(fixture *f, vi_event e, long long now, int *ch)
{
    vi_incident *inc = NULL;
    int rc = vi_store_add(f->store, &e, now, &inc);
    if (ch)
        *ch = rc;
    if (rc > 0)
        vi_alert_note_change(inc, (unsigned)rc, now, &f->cfg);
    return inc;
}

#endif
