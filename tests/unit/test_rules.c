/*
 * test_rules.c - rules, inhibitions and silences: the shipped rules file
 * loads and gives the documented severities, every condition kind matches,
 * bad lines fail with file:line errors and nothing is kept, caps hold.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vi_rules.h"

static vi_incident *incident(const char *type, const char *subtype, const char *country,
                             long long killed, long long arrested, unsigned sources)
{
    vi_incident *inc = vi_incident_new(8);
    strcpy(inc->id, "0123456789abcdef");
    snprintf(inc->type, sizeof(inc->type), "%s", type);
    snprintf(inc->subtype, sizeof(inc->subtype), "%s", subtype);
    snprintf(inc->country, sizeof(inc->country), "%s", country);
    strcpy(inc->admin1, "Sahel");
    if (killed >= 0) {
        inc->fatalities.present = 1;
        inc->fatalities.min = inc->fatalities.max = killed;
    }
    if (arrested >= 0) {
        inc->arrests.present = 1;
        inc->arrests.min = inc->arrests.max = arrested;
    }
    inc->n_articles = sources;
    for (unsigned i = 0; i < sources && i < 8; i++)
        strcpy(inc->sources[inc->n_sources++].lang, i ? "fr" : "en");
    strcpy(inc->actors[0].name, "JNIM");
    strcpy(inc->actors[0].kind, "armed_group");
    inc->n_actors = 1;
    return inc;
}

static int sev_of(const vi_rules *r, vi_incident *inc, const char **name)
{
    const vi_rule *rule;
    int sev = vi_rules_eval(r, inc, &rule);
    *name = rule ? rule->name : "";
    vi_incident_free(inc);
    return sev;
}

static void test_default_file(void **state)
{
    (void)state;
    vi_rules *r;
    char err[256];
    const char *name;
    assert_int_equal(vi_rules_load("knowledge/alert-rules.conf", 500, &r, err, sizeof(err)), 0);
    assert_true(r->n_rules >= 8);
    assert_int_equal(r->n_inhibits, 1);
    assert_int_equal(sev_of(r, incident("coup", "plot", "NE", -1, -1, 1), &name), VI_SEV_CRITICAL);
    assert_string_equal(name, "coup");
    assert_int_equal(sev_of(r, incident("coup", "", "ML", -1, -1, 1), &name), VI_SEV_CRITICAL);
    assert_int_equal(sev_of(r, incident("armed_clash", "", "BF", 60, -1, 1), &name),
                     VI_SEV_CRITICAL);
    assert_string_equal(name, "killed-50");
    assert_int_equal(sev_of(r, incident("armed_clash", "", "BF", 12, -1, 1), &name), VI_SEV_HIGH);
    assert_int_equal(sev_of(r, incident("armed_clash", "", "BF", 3, -1, 2), &name), VI_SEV_MEDIUM);
    assert_int_equal(sev_of(r, incident("armed_clash", "", "BF", 3, -1, 1), &name), VI_SEV_LOW);
    assert_int_equal(sev_of(r, incident("arrest", "", "NE", -1, 15, 1), &name), VI_SEV_HIGH);
    assert_string_equal(name, "mass-arrest");
    assert_int_equal(sev_of(r, incident("protest", "", "NE", -1, -1, 3), &name), VI_SEV_NONE);
    assert_int_equal(r->n_fat_levels, 6);
    assert_int_equal(vi_level(r->fat_levels, r->n_fat_levels, 60), 2);
    assert_int_equal(vi_level(r->fat_levels, r->n_fat_levels, 200), 3);
    assert_int_equal(vi_level(r->fat_levels, r->n_fat_levels, 5), 0);
    vi_rules_free(r);
}

static void test_conditions(void **state)
{
    (void)state;
    const char *text = "# comment\n"
                       "\n"
                       "rule a country=BF,ML admin1=sahel actor=\"Jnim\",\"IS Sahel\" lang=fr "
                       "severity=low\n"
                       "rule b type!=coup,arrest actor_kind=armed_group sources>=3 severity=medium "
                       "route=news.alerts.bf\n"
                       "rule c subtype=- fatalities>=100 severity=high   # trailing comment\n"
                       "inhibit i when severity>=high rule=c mute type=arrest\n";
    vi_rules *r;
    char err[256];
    const char *name;
    assert_int_equal(vi_rules_parse(text, strlen(text), "t.conf", 10, &r, err, sizeof(err)), 0);
    assert_int_equal(r->n_rules, 3);
    assert_string_equal(r->rules[1].route, "news.alerts.bf");
    assert_int_equal(sev_of(r, incident("armed_clash", "x", "BF", 1, -1, 2), &name), VI_SEV_LOW);
    assert_int_equal(sev_of(r, incident("armed_clash", "x", "NE", 1, -1, 1), &name), VI_SEV_NONE);
    assert_int_equal(sev_of(r, incident("armed_clash", "x", "NE", 1, -1, 3), &name), VI_SEV_MEDIUM);
    assert_int_equal(sev_of(r, incident("arrest", "x", "NE", 1, -1, 3), &name), VI_SEV_NONE);
    assert_int_equal(sev_of(r, incident("riot", "", "NE", 100, -1, 1), &name), VI_SEV_HIGH);
    assert_int_equal(sev_of(r, incident("riot", "y", "NE", 100, -1, 1), &name), VI_SEV_NONE);
    /* subject conditions (inhibitions, silences) */
    vi_incident *inc = incident("arrest", "", "NE", -1, 20, 1);
    vi_subject sub = {inc, VI_SEV_HIGH, "c"};
    assert_true(vi_conds_match(r->inhibits[0].when, r->inhibits[0].n_when, &sub));
    sub.severity = VI_SEV_MEDIUM;
    assert_false(vi_conds_match(r->inhibits[0].when, r->inhibits[0].n_when, &sub));
    assert_true(vi_conds_match(r->inhibits[0].mute, r->inhibits[0].n_mute, &sub));
    vi_incident_free(inc);
    vi_rules_free(r);
}

static void test_groups(void **state)
{
    (void)state;
    vi_rules *r;
    char err[256];
    const char *text = "rule coup type=coup severity=critical\n"
                       "group coup coup,arrest,strategic lead=coup scope=country\n"
                       "group violence armed_clash,remote_violence\n";
    assert_int_equal(vi_rules_parse(text, strlen(text), "g.conf", 10, &r, err, sizeof(err)), 0);
    assert_int_equal(r->n_groups, 2);
    assert_string_equal(r->groups[0].name, "coup"); /* groups have names of their own */
    assert_int_equal(r->groups[0].types,
                     vi_type_bit("coup") | vi_type_bit("arrest") | vi_type_bit("strategic"));
    assert_int_equal(r->groups[0].lead, vi_type_bit("coup"));
    assert_true(r->groups[0].country);
    assert_int_equal(r->groups[1].lead, 0);
    assert_false(r->groups[1].country);
    vi_rules_free(r);
    /* the shipped file: the coup leads its arrests country-wide */
    assert_int_equal(vi_rules_load("knowledge/alert-rules.conf", 500, &r, err, sizeof(err)), 0);
    int coup = 0;
    for (size_t i = 0; i < r->n_groups; i++)
        coup |= r->groups[i].lead == vi_type_bit("coup") && r->groups[i].country &&
                (r->groups[i].types & vi_type_bit("arrest"));
    assert_true(coup);
    vi_rules_free(r);
}

static void expect_error(const char *text, const char *want)
{
    vi_rules *r = (vi_rules *)1;
    char err[256] = "";
    assert_true(vi_rules_parse(text, strlen(text), "bad.conf", 3, &r, err, sizeof(err)) < 0);
    assert_null(r);
    if (!strstr(err, want))
        fail_msg("error \"%s\" does not contain \"%s\"", err, want);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("rule a severity=high\nrule b type=war severity=low\n",
                 "bad.conf:2: unknown event type \"war\"");
    expect_error("rule a type=coup\n", "bad.conf:1: rule a: severity= is required");
    expect_error("rule a severity=urgent\n", "bad.conf:1: unknown severity");
    expect_error("rule a severity=low\nrule a severity=low\n", "bad.conf:2: duplicate name");
    expect_error("\n\nalert x\n", "bad.conf:3: unknown statement");
    expect_error("rule a colour=red severity=low\n", "unknown condition \"colour\"");
    expect_error("rule a fatalities=3 severity=low\n", "takes >= N");
    expect_error("rule a fatalities>=-3 severity=low\n", "expected a number");
    expect_error("rule a country=bf severity=low\n", "ISO alpha-2");
    expect_error("rule a actor=\"JNIM severity=low\n", "unterminated quote");
    expect_error("rule a severity=low rule=x\n", "only for inhibitions");
    expect_error("rule a severity=low route=bad/topic\n", "route");
    expect_error("inhibit i mute type=arrest\n", "expected \"when\"");
    expect_error("inhibit i when type=coup\n", "usage: inhibit");
    expect_error("thresholds fatalities 10 5\n", "must increase");
    expect_error("group g\n", "usage: group NAME TYPE");
    expect_error("group g coup,war\n", "bad.conf:1: group: unknown event type \"war\"");
    expect_error("group g coup,arrest lead=riot\n", "a lead type must be one of");
    expect_error("group g coup scope=world\n", "expected lead= or scope=");
    expect_error("group g coup\ngroup g arrest\n", "bad.conf:2: duplicate group \"g\"");
    expect_error("rule a severity=low\nrule b severity=low\nrule c severity=low\nrule d "
                 "severity=low\n",
                 "bad.conf:4: too many rules");
    char big[5000];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    expect_error(big, "bad.conf:1: line longer");
    vi_rules *r;
    char err[256];
    assert_true(vi_rules_load("/nonexistent/rules.conf", 10, &r, err, sizeof(err)) < 0);
    assert_non_null(strstr(err, "/nonexistent/rules.conf"));
    vi_rules_free(NULL);
}

static void test_silences(void **state)
{
    (void)state;
    const char *text = "silence maint until=2030-01-01T00:00:00Z country=BF type=arrest "
                       "comment=\"planned operation\"\n"
                       "silence old until=2020-01-01 country=ML\n";
    vi_silences *s;
    char err[256];
    long long now = vi_parse_time_ms("2026-06-01T12:00:00Z");
    assert_true(now > 0);
    assert_int_equal(vi_silences_parse(text, strlen(text), "s", 10, &s, err, sizeof(err)), 0);
    assert_int_equal(s->n, 2);
    vi_incident *bf = incident("arrest", "", "BF", -1, 20, 1);
    vi_incident *ml = incident("arrest", "", "ML", -1, 20, 1);
    vi_subject a = {bf, VI_SEV_HIGH, "mass-arrest"}, b = {ml, VI_SEV_HIGH, "mass-arrest"};
    assert_non_null(vi_silences_match(s, &a, now));
    assert_string_equal(vi_silences_match(s, &a, now)->name, "maint");
    assert_null(vi_silences_match(s, &b, now)); /* expired */
    assert_null(vi_silences_match(s, &a, vi_parse_time_ms("2030-01-01T00:00:01Z")));
    vi_incident_free(bf);
    vi_incident_free(ml);
    vi_silences_free(s);
    const char *bad = "silence x country=BF\n";
    assert_true(vi_silences_parse(bad, strlen(bad), "s.conf", 10, &s, err, sizeof(err)) < 0);
    assert_string_equal(err, "s.conf:1: silence x: until= is required");
    bad = "silence x until=tomorrow country=BF\n";
    assert_true(vi_silences_parse(bad, strlen(bad), "s.conf", 10, &s, err, sizeof(err)) < 0);
    /* a missing file is an empty set */
    assert_int_equal(vi_silences_load("/nonexistent/silences", 10, &s, err, sizeof(err)), 0);
    assert_int_equal(s->n, 0);
    vi_silences_free(s);
    vi_silences_free(NULL);
    assert_int_equal(vi_parse_time_ms("1970-01-01T00:00:01Z"), 1000);
    assert_int_equal(vi_parse_time_ms("1970-01-01T00:00:01"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_file), cmocka_unit_test(test_conditions),
        cmocka_unit_test(test_errors),       cmocka_unit_test(test_groups),
        cmocka_unit_test(test_silences),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
