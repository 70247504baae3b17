/*
 * test_join.c - when reports are one incident (incidents/vi_join.h): time
 * bounds (an undated event is bounded by its article's publication date,
 * else by the time vigild first saw it, and nothing joins across an
 * unknown), background (historical, or dated far before publication) never
 * opens an incident, and the incident groups of the shipped rules file: a
 * coup with the arrest of the deposed president, its "seizure of power"
 * wording elsewhere and the junta's decrees is one incident and one alert,
 * whichever arrives first; a protest with its deadly repression likewise;
 * derivative events of different types never join each other.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alert_fixture.h"
#include "vi_join.h"

#define DAY_MS 86400000LL
#define T0 1750000000000LL /* 2025-06-15 */

/* An event as the extractor publishes it; date and published may be "". */
static vi_event ev(const char *article, const char *type, const char *subtype, const char *country,
                   const char *place, double lat, double lon, const char *date,
                   const char *published)
{
    vi_event e;
    memset(&e, 0, sizeof(e));
    snprintf(e.event_id, sizeof(e.event_id), "%s-%s", article, type);
    snprintf(e.article_id, sizeof(e.article_id), "%s", article);
    snprintf(e.type, sizeof(e.type), "%s", type);
    snprintf(e.subtype, sizeof(e.subtype), "%s", subtype);
    snprintf(e.country, sizeof(e.country), "%s", country);
    snprintf(e.place, sizeof(e.place), "%s", place);
    if (place[0])
        snprintf(e.precision, sizeof(e.precision), "town");
    e.has_coords = lat != 0;
    e.lat = lat;
    e.lon = lon;
    snprintf(e.date, sizeof(e.date), "%s", date);
    snprintf(e.date_precision, sizeof(e.date_precision), "%s",
             strlen(date) == 10  ? "day"
             : strlen(date) == 7 ? "month"
             : date[0]           ? "year"
                                 : "");
    snprintf(e.published, sizeof(e.published), "%s", published);
    snprintf(e.lang, sizeof(e.lang), "en");
    e.seen_ms = T0;
    return e;
}

static void perp(vi_event *e, const char *name, const char *kind, const char *role)
{
    vi_actor *a = &e->actors[e->n_actors++];
    snprintf(a->name, sizeof(a->name), "%s", name);
    snprintf(a->kind, sizeof(a->kind), "%s", kind);
    snprintf(a->role, sizeof(a->role), "%s", role);
}

static vi_incident *add(fixture *f, vi_event e, long long now, int *ch)
{
    return fixture_add(f, e, now, ch);
}

typedef struct sink {
    int firing, updates, muted;
    char last[512];
} sink;

static int collect(void *ctx, const vi_alert *a)
{
    sink *s = ctx;
    if (a->muted[0])
        s->muted++;
    else if (a->status == VI_FIRING)
        s->firing++;
    else
        s->updates++;
    snprintf(s->last, sizeof(s->last), "%s", a->summary);
    return 0;
}

static void test_bounds(void **state)
{
    (void)state;
    vi_bounds b;
    vi_event e = ev("a", "armed_clash", "", "ML", "", 0, 0, "2025-06-10", "2025-06-12");
    vi_event_bounds(&e, &b);
    assert_int_equal(b.lo, vi_day_number("2025-06-10"));
    assert_int_equal(b.hi, b.lo);
    assert_false(b.coarse);
    strcpy(e.date_precision, "week");
    vi_event_bounds(&e, &b);
    assert_int_equal(b.hi - b.lo, 6);
    e = ev("a", "armed_clash", "", "ML", "", 0, 0, "2024-02", "");
    vi_event_bounds(&e, &b);
    assert_int_equal(b.lo, vi_day_number("2024-02-01"));
    assert_int_equal(b.hi, vi_day_number("2024-02-29"));
    assert_true(b.coarse);
    e = ev("a", "armed_clash", "", "ML", "", 0, 0, "2023", "");
    vi_event_bounds(&e, &b);
    assert_int_equal(b.hi, vi_day_number("2023-12-31"));
    /* no date: the publication day, else the day vigild first saw it */
    e = ev("a", "armed_clash", "", "ML", "", 0, 0, "", "2025-06-12");
    vi_event_bounds(&e, &b);
    assert_int_equal(b.lo, vi_day_number("2025-06-12"));
    e = ev("a", "armed_clash", "", "ML", "", 0, 0, "", "");
    e.seen_ms = T0;
    vi_event_bounds(&e, &b);
    assert_int_equal(b.lo, (int32_t)(T0 / DAY_MS));
    assert_int_equal(b.hi, b.lo);
}

/* An undated report never joins a dated incident of another time: the old
 * rule (an unknown date agrees with any) merged coup plots years apart. */
static void test_nothing_joins_across_unknown(void **state)
{
    fixture *f = *state;
    int ch;
    vi_incident *old =
        add(f, ev("p2016", "coup", "plot", "BF", "", 0, 0, "2016-10-07", ""), T0, &ch);
    vi_incident *y23 =
        add(f, ev("p2023", "coup", "plot", "BF", "", 0, 0, "2023-09-27", "2023-09-28"), T0, &ch);
    assert_ptr_not_equal(old, y23);
    /* undated article, undated event: bounded by the time it was first seen */
    vi_incident *now = add(f, ev("pnow", "coup", "plot", "BF", "", 0, 0, "", ""), T0, &ch);
    assert_true(ch & VI_CH_NEW);
    assert_ptr_not_equal(now, old);
    assert_ptr_not_equal(now, y23);
    assert_int_equal(vi_store_count(f->store), 3);
    /* a second undated report seen a day later joins it; one seen a week
     * later does not */
    vi_event later = ev("pnow2", "coup", "plot", "BF", "", 0, 0, "", "");
    later.seen_ms = T0 + DAY_MS;
    assert_ptr_equal(add(f, later, T0 + DAY_MS, &ch), now);
    vi_event week = ev("pweek", "coup", "plot", "BF", "", 0, 0, "", "");
    week.seen_ms = T0 + 8 * DAY_MS;
    assert_ptr_not_equal(add(f, week, T0 + 8 * DAY_MS, &ch), now);
    /* an undated event of a dated article takes the publication date */
    vi_incident *j = add(f, ev("pub", "coup", "plot", "BF", "", 0, 0, "", "2023-09-29"), T0, &ch);
    assert_ptr_equal(j, y23);
    assert_int_equal(y23->n_articles, 2);
    /* the published date range stays the events' own, the bounds are kept apart */
    assert_int_equal(now->day_first, INT32_MIN);
    assert_int_equal(now->bound_lo, (int32_t)(T0 / DAY_MS));
}

/* A month or a year never widens a finer span: no chaining a year's reports. */
static void test_coarse_dates(void **state)
{
    fixture *f = *state;
    int ch;
    vi_incident *inc =
        add(f, ev("a", "armed_clash", "", "ML", "Kidal", 18.44, 1.41, "2024-03-05", "2024-03-06"),
            T0, &ch);
    /* "in 2024" overlaps: it joins, and the bounds stay the day's */
    assert_ptr_equal(
        add(f, ev("b", "armed_clash", "", "ML", "Kidal", 18.44, 1.41, "2024", ""), T0, &ch), inc);
    assert_int_equal(inc->bound_hi - inc->bound_lo, 0);
    /* so a report of November does not join through the year */
    vi_incident *nov =
        add(f, ev("c", "armed_clash", "", "ML", "Kidal", 18.44, 1.41, "2024-11-20", "2024-11-21"),
            T0, &ch);
    assert_ptr_not_equal(nov, inc);
}

static void test_background(void **state)
{
    fixture *f = *state;
    vi_limits lim;
    vi_incident *inc;
    vi_limits_default(&lim);
    assert_int_equal(lim.background_days, 30);
    /* the 2021 seizure of power recalled in a 2022 article */
    vi_event recalled = ev("nd", "coup", "seizure", "TD", "", 0, 0, "2021-04", "2022-10-21");
    assert_true(vi_event_background(&recalled, &lim));
    assert_int_equal(vi_store_add(f->store, &recalled, T0, &inc), -EINVAL);
    assert_int_equal(vi_store_count(f->store), 0);
    /* historical flag */
    vi_event hist = ev("h", "armed_clash", "", "BF", "Djibo", 0, 0, "", "2025-06-10");
    hist.historical = 1;
    assert_int_equal(vi_store_add(f->store, &hist, T0, &inc), -EINVAL);
    /* a massacre reported a week late is news */
    vi_event late =
        ev("l", "attack_on_civilians", "", "BF", "Solhan", 0, 0, "2025-06-01", "2025-06-09");
    assert_false(vi_event_background(&late, &lim));
    /* without a publication date, the date alone cannot tell */
    vi_event nopub = ev("n", "armed_clash", "", "ML", "", 0, 0, "2024-09-17", "");
    assert_false(vi_event_background(&nopub, &lim));
    /* 0 turns the date test off */
    lim.background_days = 0;
    assert_false(vi_event_background(&recalled, &lim));
    /* background never alerts: nothing was opened */
    sink s = {0};
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 0);
}

static vi_event coup_seizure(void)
{
    vi_event e =
        ev("c1", "coup", "seizure", "NE", "Niamey", 13.51, 2.11, "2023-07-26", "2023-07-26");
    perp(&e, "Presidential Guard (Niger)", "state_forces", "perpetrator");
    perp(&e, "Mohamed Bazoum", "political", "target");
    return e;
}

static vi_event president_arrested(void)
{
    vi_event e =
        ev("c2", "arrest", "coup_related", "NE", "Niamey", 13.51, 2.11, "2023-07-27", "2023-07-27");
    perp(&e, "Presidential Guard (Niger)", "state_forces", "perpetrator");
    e.arrests.present = 1;
    e.arrests.min = e.arrests.max = 15;
    return e;
}

/* The "seizure of power" wording of another outlet, placed at Zinder. */
static vi_event seizure_wording(void)
{
    vi_event e =
        ev("c3", "coup", "attempt", "NE", "Zinder", 13.8, 8.99, "2023-07-27", "2023-07-28");
    perp(&e, "Military Forces of Niger", "state_forces", "perpetrator");
    return e;
}

static void test_coup_one_incident(void **state)
{
    fixture *f = *state;
    int ch;
    sink s = {0};
    vi_incident *inc = add(f, coup_seizure(), T0, &ch);
    assert_ptr_equal(add(f, president_arrested(), T0 + 1000, &ch), inc);
    assert_ptr_equal(add(f, seizure_wording(), T0 + 2000, &ch), inc);
    vi_event decree = ev("c4", "strategic", "curfew", "NE", "", 0, 0, "2023-07-27", "2023-07-27");
    assert_ptr_equal(add(f, decree, T0 + 3000, &ch), inc);
    assert_int_equal(vi_store_count(f->store), 1);
    assert_string_equal(inc->type, "coup");
    assert_string_equal(inc->subtype, "seizure");
    assert_int_equal(inc->types,
                     vi_type_bit("coup") | vi_type_bit("arrest") | vi_type_bit("strategic"));
    assert_int_equal(inc->n_articles, 4);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 1);
    assert_int_equal(s.firing, 1);
    assert_string_equal(s.last, "Niger: Presidential Guard (Niger) seizure of power in Niamey, "
                                "15 arrested, 4 sources");
}

/* The arrest reported first alerts on its own (mass arrest); the coup then
 * takes its incident over: an update, not a second firing alert. */
static void test_coup_after_arrest(void **state)
{
    fixture *f = *state;
    int ch;
    sink s = {0};
    vi_incident *inc = add(f, president_arrested(), T0, &ch);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 1);
    assert_int_equal(s.firing, 1);
    assert_ptr_equal(add(f, seizure_wording(), T0 + GW + 1000, &ch), inc);
    assert_true(ch & VI_CH_TYPE);
    assert_string_equal(inc->type, "coup");
    assert_string_equal(inc->subtype, "attempt");
    assert_string_equal(inc->perpetrator, "Military Forces of Niger");
    assert_ptr_equal(add(f, coup_seizure(), T0 + GW + 2000, &ch), inc);
    assert_string_equal(inc->subtype, "attempt"); /* the first coup wording stays */
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + 3 * GW, collect, &s), 1);
    assert_int_equal(s.firing, 1);
    assert_int_equal(s.updates, 1);
    assert_int_equal(vi_store_count(f->store), 1);
    assert_non_null(strstr(s.last, "coup attempt"));
}

/* Derivative events of different types, or of one type far apart, do not
 * join without their lead. */
static void test_derivatives_apart(void **state)
{
    fixture *f = *state;
    int ch;
    vi_incident *arr = add(f, president_arrested(), T0, &ch);
    vi_event decree = ev("d", "strategic", "media_ban", "NE", "", 0, 0, "2023-07-27", "2023-07-27");
    assert_ptr_not_equal(add(f, decree, T0, &ch), arr);
    vi_event other =
        ev("o", "arrest", "political", "NE", "Agadez", 16.97, 7.99, "2023-07-27", "2023-07-27");
    assert_ptr_not_equal(add(f, other, T0, &ch), arr);
    assert_int_equal(vi_store_count(f->store), 3);
    /* a coup then leads the derivative incident it finds first */
    vi_incident *c = add(f, coup_seizure(), T0, &ch);
    assert_ptr_equal(c, arr);
    assert_string_equal(c->type, "coup");
}

static void test_protest_repression(void **state)
{
    fixture *f = *state;
    int ch;
    sink s = {0};
    vi_event protest =
        ev("n1", "protest", "", "TD", "N'Djamena", 12.11, 15.04, "2022-10-20", "2022-10-20");
    perp(&protest, "Protesters (Chad)", "civilians", "perpetrator");
    vi_incident *inc = add(f, protest, T0, &ch);
    /* another outlet: security forces shot dead 50 protesters */
    vi_event shot = ev("n2", "attack_on_civilians", "", "TD", "N'Djamena", 12.12, 15.05,
                       "2022-10-20", "2022-10-21");
    perp(&shot, "Chadian Armed Forces", "state_forces", "perpetrator");
    shot.fatalities.present = 1;
    shot.fatalities.min = shot.fatalities.max = 50;
    assert_ptr_equal(add(f, shot, T0 + 1000, &ch), inc);
    /* a third calls it a riot with 30 killed */
    vi_event riot = ev("n3", "riot", "", "TD", "N'Djamena", 0, 0, "2022-10-20", "2022-10-20");
    riot.fatalities.present = 1;
    riot.fatalities.min = riot.fatalities.max = 30;
    assert_ptr_equal(add(f, riot, T0 + 2000, &ch), inc);
    /* an attack on civilians in another town is another incident */
    vi_event far = ev("n4", "attack_on_civilians", "", "TD", "Abeche", 13.83, 20.83, "2022-10-20",
                      "2022-10-20");
    assert_ptr_not_equal(add(f, far, T0 + 3000, &ch), inc);
    assert_int_equal(vi_alert_tick(f->store, f->rules, NULL, T0 + GW, collect, &s), 1);
    assert_int_equal(s.firing, 1);
    assert_string_equal(inc->type, "protest");
    assert_int_equal(inc->fatalities.max, 50);
}

/* The grouping is data: without groups, each type joins only itself. */
static void test_groups_are_data(void **state)
{
    fixture *f = *state;
    int ch, promote;
    vi_limits lim;
    vi_limits_default(&lim);
    vi_store_set_groups(f->store, NULL, 0);
    vi_incident *a = add(f, coup_seizure(), T0, &ch);
    assert_ptr_not_equal(add(f, president_arrested(), T0, &ch), a);
    assert_ptr_not_equal(add(f, seizure_wording(), T0, &ch), a); /* Zinder: place conflict */
    vi_event arrest = president_arrested(), zinder = seizure_wording();
    assert_true(vi_join_match(NULL, 0, a, &arrest, &lim, &promote) < 0);
    vi_group g = {"any", vi_type_bit("coup") | vi_type_bit("arrest"), 0, 1};
    assert_true(vi_join_match(&g, 1, a, &arrest, &lim, &promote) > 0);
    assert_false(promote);
    assert_true(vi_join_match(&g, 1, a, &zinder, &lim, &promote) > 0); /* country-wide */
    g.country = 0;
    assert_true(vi_join_match(&g, 1, a, &zinder, &lim, &promote) < 0);
    assert_string_equal(vi_join_family(&g, 1, "arrest"), "any");
    assert_string_equal(vi_join_family(&g, 1, "riot"), "riot");
}

/* Incident ids do not depend on which report comes first: the arrest of the
 * deposed president opening the incident gives the id the coup would have. */
static void test_ids_order_free(void **state)
{
    fixture *f = *state;
    int ch;
    vi_store *other;
    vi_incident *a, *b;
    vi_event arrest = president_arrested(), coup = coup_seizure();
    strcpy(arrest.date, coup.date); /* the same day and place */
    a = add(f, coup, T0, &ch);
    add(f, arrest, T0, &ch);
    assert_int_equal(vi_store_new(NULL, &other), 0);
    vi_store_set_groups(other, f->rules->groups, f->rules->n_groups);
    assert_true(vi_store_add(other, &arrest, T0, &b) > 0);
    assert_true(vi_store_add(other, &coup, T0, &b) > 0);
    assert_int_equal(vi_store_count(other), 1);
    assert_string_equal(a->id, b->id);
    assert_string_equal(b->type, "coup");
    vi_store_free(other);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bounds),
        cmocka_unit_test_setup_teardown(test_nothing_joins_across_unknown, setup, teardown),
        cmocka_unit_test_setup_teardown(test_coarse_dates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_background, setup, teardown),
        cmocka_unit_test_setup_teardown(test_coup_one_incident, setup, teardown),
        cmocka_unit_test_setup_teardown(test_coup_after_arrest, setup, teardown),
        cmocka_unit_test_setup_teardown(test_derivatives_apart, setup, teardown),
        cmocka_unit_test_setup_teardown(test_protest_repression, setup, teardown),
        cmocka_unit_test_setup_teardown(test_groups_are_data, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ids_order_free, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
