/*
 * test_alerts.c - the alert lifecycle with explicit time: group wait, one
 * firing alert per incident, an update when the toll crosses a threshold or
 * a claim appears, nothing for immaterial changes, inhibition, silences,
 * deterministic ids, state restored from the alert log, the summary line
 * and the alert JSON.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alert_fixture.h"
#include "vi_json.h"

#define T0 1750000000000LL

typedef struct sink {
    vi_alert got[16];
    int n, muted, fail;
} sink;

static int collect(void *ctx, const vi_alert *a)
{
    sink *s = ctx;
    if (s->fail)
        return -1;
    if (a->muted[0])
        s->muted++;
    if (s->n < 16)
        s->got[s->n++] = *a;
    return 0;
}

static vi_event ev_make(const char *id, const char *article, const char *type, const char *country,
                        long long killed, long long arrested)
{
    vi_event e;
    memset(&e, 0, sizeof(e));
    snprintf(e.event_id, sizeof(e.event_id), "%s", id);
    snprintf(e.article_id, sizeof(e.article_id), "%s", article);
    snprintf(e.type, sizeof(e.type), "%s", type);
    snprintf(e.country, sizeof(e.country), "%s", country);
    strcpy(e.place, strcmp(country, "BF") == 0 ? "Djibo" : "Niamey");
    strcpy(e.precision, "town");
    strcpy(e.date, "2025-06-09");
    strcpy(e.date_precision, "day");
    snprintf(e.url, sizeof(e.url), "https://test.invalid/%s", article);
    strcpy(e.lang, "en");
    if (killed >= 0) {
        e.fatalities.present = 1;
        e.fatalities.min = killed;
        e.fatalities.max = -1;
        strcpy(e.fatalities.claimed_by, "security sources");
    }
    if (arrested >= 0) {
        e.arrests.present = 1;
        e.arrests.min = e.arrests.max = arrested;
    }
    strcpy(e.actors[0].name, "JNIM");
    strcpy(e.actors[0].kind, "armed_group");
    strcpy(e.actors[0].role, "perpetrator");
    e.n_actors = 1;
    return e;
}

static vi_incident *add(fixture *f, vi_event e, long long now)
{
    int ch;
    vi_incident *inc = fixture_add(f, e, now, &ch);
    assert_true(ch >= 0);
    return inc;
}

static void test_lifecycle(void **state)
{
    fixture *f = *state;
    sink s = {0};
    vi_incident *inc = add(f, ev_make("e1", "a1", "armed_clash", "BF", 60, -1), T0);
    assert_int_equal(inc->alert.pending_at_ms, T0 + GW);
    /* corroboration within the group wait: still one alert */
    add(f, ev_make("e2", "a2", "armed_clash", "BF", 62, -1), T0 + 5000);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW - 1, collect, &s), 0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 1);
    assert_int_equal(s.got[0].status, VI_FIRING);
    assert_int_equal(s.got[0].severity, VI_SEV_CRITICAL);
    assert_string_equal(s.got[0].rule, "killed-50");
    assert_int_equal(s.got[0].seq, 0);
    assert_string_equal(s.got[0].summary,
                        "Burkina Faso: JNIM attack in Djibo, 60-62 killed, 2 sources");
    char firing_id[VI_ID_LEN];
    strcpy(firing_id, s.got[0].id);
    assert_int_equal(inc->alert.n_sent, 1);
    assert_string_equal(inc->alert.last_alert_id, firing_id);
    /* an immaterial change (a third source, 65 killed): no alert */
    add(f, ev_make("e3", "a3", "attack_on_civilians", "BF", 65, -1), T0 + 60000);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 60000 + GW, collect, &s), 0);
    /* the claim: 200 killed, claimed by JNIM -> one update after the group wait */
    vi_event c = ev_make("e4", "a4", "armed_clash", "BF", 200, -1);
    strcpy(c.fatalities.claimed_by, "JNIM");
    strcpy(c.claimed_by, "JNIM");
    add(f, c, T0 + 120000);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 120000, collect, &s), 0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 120000 + GW, collect, &s), 1);
    assert_int_equal(s.got[1].status, VI_UPDATE);
    assert_int_equal(s.got[1].seq, 1);
    assert_string_equal(s.got[1].reason, "toll crossed 100");
    assert_string_not_equal(s.got[1].id, firing_id);
    assert_string_equal(s.got[1].summary, "Burkina Faso: JNIM attack in Djibo, 60-200 killed "
                                          "(200 claimed by JNIM), disputed, 4 sources");
    /* nothing more pending */
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 10 * GW, collect, &s), 0);
    assert_int_equal(vi_alert_next_due(f->store), 0);
    /* alert JSON */
    size_t len;
    char *json = vi_alert_to_json(&s.got[1], T0, &len);
    assert_non_null(strstr(json, "\"status\":\"update\""));
    assert_non_null(strstr(json, "\"evidence\":[{\"article_id\":\"a1\""));
    vi_alert back;
    char iid[VI_ID_LEN];
    int part;
    assert_int_equal(vi_alert_from_json(json, len, &back, iid, &part), 0);
    assert_string_equal(iid, inc->id);
    assert_string_equal(back.id, s.got[1].id);
    assert_int_equal(back.seq, 1);
    assert_int_equal(back.fat_level, 3);
    free(json);
}

static void test_background_no_alert(void **state)
{
    fixture *f = *state;
    sink s = {0};
    /* a protest without casualties, and a single-source clash without a toll */
    add(f, ev_make("p1", "p1", "protest", "NE", -1, -1), T0);
    add(f, ev_make("x1", "x1", "armed_clash", "BF", -1, -1), T0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 0);
    assert_int_equal(s.n, 0);
    /* the clash later reports 12 killed: first alert (firing, high) without a new wait */
    add(f, ev_make("x2", "x2", "armed_clash", "BF", 12, -1), T0 + 100000);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 100000, collect, &s), 1);
    assert_int_equal(s.got[0].status, VI_FIRING);
    assert_int_equal(s.got[0].severity, VI_SEV_HIGH);
}

static void test_inhibition(void **state)
{
    fixture *f = *state;
    sink s = {0};
    /* Inhibition mutes the derivative incidents that did not join their
     * coup (test_join.c: with the shipped groups this arrest would join it);
     * without groups, every type stays apart. */
    vi_store_set_groups(f->store, NULL, 0);
    vi_event coup = ev_make("c1", "c1", "coup", "NE", -1, -1);
    strcpy(coup.subtype, "seizure");
    add(f, coup, T0);
    add(f, ev_make("r1", "r2", "arrest", "NE", -1, 15), T0);
    /* an arrest in another country is not muted */
    add(f, ev_make("r2", "r3", "arrest", "BF", -1, 15), T0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 3);
    int fired = 0, muted = 0;
    for (int i = 0; i < s.n; i++) {
        if (s.got[i].muted[0]) {
            muted++;
            assert_string_equal(s.got[i].inc->country, "NE");
            assert_non_null(strstr(s.got[i].muted, "inhibited by coup-mutes-arrests"));
        } else {
            fired++;
        }
    }
    assert_int_equal(fired, 2);
    assert_int_equal(muted, 1);
    /* the muted incident stays quiet until it gets materially worse */
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 5 * GW, collect, &s), 0);
}

static void test_silence_and_retry(void **state)
{
    fixture *f = *state;
    sink s = {0};
    vi_silences *sil;
    char err[256];
    const char *text = "silence bf until=2030-01-01T00:00:00Z country=BF\n";
    assert_int_equal(vi_silences_parse(text, strlen(text), "s", 10, &sil, err, sizeof(err)), 0);
    vi_incident *inc = add(f, ev_make("e1", "a1", "armed_clash", "BF", 60, -1), T0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, sil, T0 + GW, collect, &s), 1);
    assert_string_equal(s.got[0].muted, "silenced by bf");
    assert_int_equal(inc->alert.n_sent, 0);
    assert_true(inc->alert.muted);
    /* a failing sender leaves the alert pending for a retry */
    vi_silences_free(sil);
    vi_incident *other = add(f, ev_make("m1", "m1", "armed_clash", "ML", 20, -1), T0);
    s.fail = 1;
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 0);
    assert_true(other->alert.pending_at_ms > T0 + GW);
    s.fail = 0;
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW + 1000, collect, &s), 1);
    assert_int_equal(s.got[1].status, VI_FIRING);
}

static void test_restart_no_repeat(void **state)
{
    fixture *f = *state;
    sink s = {0};
    size_t len;
    vi_incident *inc = add(f, ev_make("e1", "a1", "armed_clash", "BF", 60, -1), T0);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 1);
    char *alert_json = vi_alert_to_json(&s.got[0], T0 + GW, &len);
    /* case 1: the changelog record written after the alert survives */
    char *json = vi_incident_to_json(inc, &len);
    vi_store *st2;
    vi_incident *back;
    assert_int_equal(vi_store_new(NULL, &st2), 0);
    assert_int_equal(vi_incident_from_json(json, len, 50, &back), 0);
    assert_int_equal(vi_store_restore(st2, back), 0);
    vi_event again = ev_make("e1", "a1", "armed_clash", "BF", 60, -1);
    vi_incident *j;
    assert_int_equal(vi_store_add(st2, &again, T0 + GW + 1, &j), 0); /* reprocessed: no change */
    assert_int_equal(vi_alert_tick(st2, f->rules, NULL, T0 + 10 * GW, collect, &s), 0);
    free(json);
    vi_store_free(st2);
    /* case 2: only the pre-alert record survived; the alert log fills the gap */
    inc->alert.n_sent = 0;
    inc->alert.severity = 0;
    inc->alert.pending_at_ms = T0 + GW;
    json = vi_incident_to_json(inc, &len);
    assert_int_equal(vi_store_new(NULL, &st2), 0);
    assert_int_equal(vi_incident_from_json(json, len, 50, &back), 0);
    vi_store_restore(st2, back);
    vi_alert logged;
    char iid[VI_ID_LEN];
    int part;
    assert_int_equal(vi_alert_from_json(alert_json, strlen(alert_json), &logged, iid, &part), 0);
    vi_alert_apply_logged(back, &logged);
    assert_int_equal(vi_alert_tick(st2, f->rules, NULL, T0 + 10 * GW, collect, &s), 0);
    assert_int_equal(s.n, 1);
    free(json);
    free(alert_json);
    vi_store_free(st2);
}

/* Summaries name the perpetrator role only: never a target, a victim, an
 * organisation that condemns, nor a group only named as active nearby. */
static void test_summary_perpetrator(void **state)
{
    fixture *f = *state;
    char buf[256];
    vi_event a = ev_make("u1", "u1", "attack_on_civilians", "BF", 12, -1);
    strcpy(a.actors[0].name, "Unidentified armed group");
    strcpy(a.actors[1].name, "JNIM"); /* "the area where JNIM is active" */
    strcpy(a.actors[1].kind, "armed_group");
    strcpy(a.actors[1].role, "other");
    strcpy(a.actors[2].name, "Civilians (Burkina Faso)");
    strcpy(a.actors[2].kind, "civilians");
    strcpy(a.actors[2].role, "victim");
    a.n_actors = 3;
    strcpy(a.claimed_by, "JNIM"); /* a claimant that is not the perpetrator claims nothing */
    vi_incident *inc = add(f, a, T0);
    vi_alert_summary(inc, buf, sizeof(buf));
    assert_string_equal(buf, "Burkina Faso: Attack on civilians in Djibo, 12 killed, 1 source");
    assert_string_equal(inc->claimed_by, "");
    /* a later report names the group: it replaces the generic label */
    vi_event b = ev_make("u2", "u2", "attack_on_civilians", "BF", 14, -1);
    strcpy(b.actors[0].name, "Ansarul Islam");
    add(f, b, T0 + 1000);
    vi_alert_summary(inc, buf, sizeof(buf));
    assert_string_equal(buf,
                        "Burkina Faso: Ansarul Islam attack on civilians in Djibo, 12-14 killed, "
                        "2 sources");
    /* an air strike whose article also names the militants it hit */
    vi_event c = ev_make("s1", "s1", "remote_violence", "ML", 20, -1);
    strcpy(c.subtype, "airstrike");
    strcpy(c.place, "Bounti");
    strcpy(c.actors[0].name, "Islamist militants");
    strcpy(c.actors[0].role, "target");
    strcpy(c.actors[1].name, "French Armed Forces");
    strcpy(c.actors[1].kind, "state_forces");
    strcpy(c.actors[1].role, "perpetrator");
    c.n_actors = 2;
    inc = add(f, c, T0);
    vi_alert_summary(inc, buf, sizeof(buf));
    assert_string_equal(buf, "Mali: French Armed Forces airstrike in Bounti, 20 killed, 1 source");
    /* a coup attempt that ECOWAS condemned */
    vi_event d = ev_make("k1", "k1", "coup", "NE", -1, -1);
    strcpy(d.subtype, "attempt");
    strcpy(d.actors[0].name, "ECOWAS");
    strcpy(d.actors[0].kind, "political");
    strcpy(d.actors[0].role, "other");
    inc = add(f, d, T0);
    vi_alert_summary(inc, buf, sizeof(buf));
    assert_string_equal(buf, "Niger: Coup attempt in Niamey, 1 source");
}

static void test_summary(void **state)
{
    (void)state;
    char buf[256];
    vi_incident *inc = vi_incident_new(2);
    strcpy(inc->country, "NE");
    strcpy(inc->type, "coup");
    strcpy(inc->subtype, "seizure");
    strcpy(inc->place, "Niamey");
    inc->n_articles = 1;
    vi_alert_summary(inc, buf, sizeof(buf));
    assert_string_equal(buf, "Niger: Seizure of power in Niamey, 1 source");
    strcpy(inc->type, "arrest");
    inc->subtype[0] = 0;
    inc->arrests.present = 1;
    inc->arrests.min = inc->arrests.max = 15;
    vi_alert_summary(inc, buf, 20); /* truncated safely */
    assert_int_equal(strlen(buf), 19);
    vi_incident_free(inc);
    assert_string_equal(vi_country_name("XX"), "XX");
    assert_string_equal(vi_severity_name(VI_SEV_HIGH), "high");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lifecycle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_background_no_alert, setup, teardown),
        cmocka_unit_test_setup_teardown(test_inhibition, setup, teardown),
        cmocka_unit_test_setup_teardown(test_silence_and_retry, setup, teardown),
        cmocka_unit_test_setup_teardown(test_restart_no_repeat, setup, teardown),
        cmocka_unit_test_setup_teardown(test_summary_perpetrator, setup, teardown),
        cmocka_unit_test(test_summary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
