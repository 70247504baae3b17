/*
 * test_event_json.c - the hand-written event encoder (vc_event_json, vc_jw)
 * against Jansson as the reference: the same event built as a Jansson tree
 * and dumped with JSON_COMPACT | JSON_REAL_PRECISION(6) must give the same
 * bytes, for every event of the golden texts and for hand-made events with
 * escapes, non-ASCII text, reals and integers at their edges.  Where Jansson
 * failed (invalid UTF-8, non-finite reals: it dropped the key), the writer
 * must still produce valid JSON with every key.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb_fixture.h"
#include "vc_event_json.h"
#include "vc_jw.h"
#include "vc_pipeline.h"

/* ---- the reference: the event as a Jansson tree (the encoder before vc_jw) */

static json_t *ref_str(const char *s)
{
    return (s && s[0]) ? json_string(s) : json_null();
}

/* The published names of the library's enums, written out again here (the
 * schema's and consumers' words) so that the encoder's tables are checked. */
static const char *const ref_loc_prec[] = {"country", "admin1", "admin2", "town"};
static const char *const ref_date_prec[] = {"unknown", "year", "month", "week", "day"};
static const char *const ref_qual[] = {"exact", "at_least", "over", "about", "up_to", "nearly"};
static const char *const ref_role[] = {"", "perpetrator", "target", "victim", "other"};
static const char *const ref_kind[] = {"", "civilians", "state_forces", "armed_group", "political"};

static json_t *ref_location(const vg_event *e)
{
    if (!e->has_location || !e->location.name[0])
        return json_null();
    const vg_location *l = &e->location;
    return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o}", "name", l->name, "admin1",
                     ref_str(l->admin1), "admin2", ref_str(l->admin2), "lat",
                     l->has_coords ? json_real(l->lat) : json_null(), "lon",
                     l->has_coords ? json_real(l->lon) : json_null(), "precision",
                     ref_str(ref_loc_prec[l->precision]));
}

static json_t *ref_figure(const vg_figure *f)
{
    if (!f->present)
        return json_null();
    return json_pack("{s:I, s:o, s:o, s:o, s:o}", "min", (json_int_t)f->min, "max",
                     f->max >= 0 ? json_integer(f->max) : json_null(), "text", ref_str(f->text),
                     "qualifier", ref_str(ref_qual[f->qualifier]), "claimed_by",
                     ref_str(f->claimed_by));
}

static json_t *ref_event(const vg_event *e, const vg_doc *doc, const vc_envelope *env)
{
    json_t *actors = json_array();
    for (unsigned i = 0; i < e->n_actors && i < VG_MAX_ACTORS; i++)
        json_array_append_new(actors, json_pack("{s:s, s:o, s:o}", "name", e->actors[i].name,
                                                "role", ref_str(ref_role[e->actors[i].role]),
                                                "kind", ref_str(ref_kind[e->actors[i].kind])));
    json_t *sentence = json_null();
    size_t s = e->sent_start, t = e->sent_end;
    if (doc && doc->body && s < t && t <= doc->body_len) {
        size_t n = t - s;
        if (n > 1024) {
            n = 1024;
            while (n > 0 && ((unsigned char)doc->body[s + n] & 0xC0) == 0x80)
                n--;
        }
        sentence = json_stringn(doc->body + s, n);
    }
    json_t *o = json_object();
    json_object_set_new(o, "schema", json_string(VG_SCHEMA_VERSION));
    json_object_set_new(o, "event_id", json_string(e->event_id));
    json_object_set_new(o, "article_id", json_string(env->id));
    json_object_set_new(o, "type", json_string(vg_event_type_name(e->type)));
    json_object_set_new(o, "subtype", ref_str(e->subtype));
    json_object_set_new(o, "country", ref_str(e->country));
    json_object_set_new(o, "location", ref_location(e));
    json_object_set_new(o, "date",
                        json_pack("{s:o, s:s, s:o}", "value", ref_str(e->date.value), "precision",
                                  ref_date_prec[e->date.precision], "text", ref_str(e->date.text)));
    json_object_set_new(o, "fatalities", ref_figure(&e->fatalities));
    json_object_set_new(o, "arrests", ref_figure(&e->arrests));
    json_object_set_new(o, "actors", actors);
    json_object_set_new(o, "claimed_by", ref_str(e->claimed_by));
    json_object_set_new(o, "disputed", json_boolean(e->disputed));
    json_object_set_new(o, "historical", json_boolean(e->historical));
    json_object_set_new(o, "confidence", json_real(e->confidence));
    json_object_set_new(o, "evidence",
                        json_pack("{s:I, s:I, s:o}", "raw_start", (json_int_t)e->raw_start,
                                  "raw_end", (json_int_t)e->raw_end, "sentence", sentence));
    json_object_set_new(o, "acled",
                        json_pack("{s:o, s:o}", "event_type", ref_str(e->acled_event_type),
                                  "sub_event_type", ref_str(e->acled_sub_event_type)));
    json_object_set_new(o, "article",
                        json_pack("{s:s, s:o, s:o, s:o, s:o}", "id", env->id, "url",
                                  ref_str(env->url), "source", ref_str(env->source), "published",
                                  ref_str(env->published), "lang",
                                  ref_str(doc && doc->lang[0] ? doc->lang : env->lang)));
    return o;
}

static void assert_same_as_reference(const vg_event *e, const vg_doc *doc, const vc_envelope *env)
{
    json_t *r = ref_event(e, doc, env);
    assert_non_null(r);
    char *want = json_dumps(r, JSON_COMPACT | JSON_REAL_PRECISION(6));
    json_decref(r);
    char *got;
    size_t len;
    assert_int_equal(vc_event_json(e, doc, env, &got, &len), 0);
    assert_int_equal(len, strlen(got));
    assert_string_equal(got, want);
    free(want);
    free(got);
}

/* Every event of every golden text, through clean and extract. */
static void test_golden_events_match_jansson(void **st)
{
    (void)st;
    FILE *f = fopen("tests/golden/articles.jsonl", "r");
    assert_non_null(f);
    vc_pipeline_opts o;
    vc_pipeline_opts_default(&o);
    char *line = NULL;
    size_t cap = 0, n_events = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        vc_envelope env;
        vg_doc doc;
        vg_events evs = {0};
        vc_result r = {0};
        assert_int_equal(vc_pipeline_clean(&o, kb, line, (size_t)n, &env, &doc, &r), 0);
        vg_article art = vc_pipeline_article(&env);
        assert_int_equal(vg_extract(kb, &o.lim, &art, &doc, &evs), 0);
        for (size_t i = 0; i < evs.n; i++, n_events++)
            assert_same_as_reference(&evs.v[i], &doc, &env);
        vg_events_free(&evs);
        vg_doc_free(&doc);
        vc_envelope_free(&env);
        vc_result_free(&r);
    }
    free(line);
    fclose(f);
    assert_true(n_events >= 27); /* at least one per golden text */
}

static vg_event base_event(void)
{
    vg_event e;
    memset(&e, 0, sizeof(e));
    e.type = VG_EV_ARMED_CLASH;
    strcpy(e.event_id, "0123456789abcdef");
    strcpy(e.subtype, "ambush");
    strcpy(e.country, "ML");
    e.has_location = 1;
    strcpy(e.location.name, "Ménaka");
    e.location.precision = VG_LOC_TOWN;
    e.location.has_coords = 1;
    e.location.lat = 15.9182;
    e.location.lon = 2.4022;
    strcpy(e.date.value, "2025-02-03");
    e.date.precision = VG_DP_DAY;
    e.fatalities.present = 1;
    e.fatalities.min = 12;
    e.fatalities.max = -1;
    strcpy(e.fatalities.text, "at least 12 \"soldiers\"");
    e.n_actors = 2;
    strcpy(e.actors[0].name, "ISSP");
    e.actors[0].role = VG_ROLE_PERPETRATOR;
    e.actors[0].kind = VG_AK_ARMED_GROUP;
    strcpy(e.actors[1].name, "");
    e.confidence = 0.75;
    return e;
}

/* Every value of every enum the event carries is written with its published
 * name (and VG_ROLE_NONE / VG_AK_NONE as null). */
static void test_enum_names(void **st)
{
    (void)st;
    vc_envelope env = {.id = "t:1"};
    for (int i = 0; i < VG_LOC__COUNT; i++) {
        vg_event e = base_event();
        e.location.precision = (vg_loc_prec)i;
        assert_string_equal(vc_loc_prec_name((vg_loc_prec)i), ref_loc_prec[i]);
        assert_same_as_reference(&e, NULL, &env);
    }
    for (int i = 0; i <= VG_DP_DAY; i++) {
        vg_event e = base_event();
        e.date.precision = (vg_date_prec)i;
        assert_string_equal(vc_date_prec_name((vg_date_prec)i), ref_date_prec[i]);
        assert_same_as_reference(&e, NULL, &env);
    }
    for (int i = 0; i < VG_Q__COUNT; i++) {
        vg_event e = base_event();
        e.fatalities.qualifier = (vg_qual)i;
        assert_string_equal(vc_qual_name((vg_qual)i), ref_qual[i]);
        assert_same_as_reference(&e, NULL, &env);
    }
    for (int i = 0; i < VG_ROLE__COUNT; i++)
        for (int k = 0; k < VG_AK__COUNT; k++) {
            vg_event e = base_event();
            e.actors[1].role = (vg_role)i;
            e.actors[1].kind = (vg_actor_kind)k;
            assert_string_equal(vc_role_name((vg_role)i), ref_role[i]);
            assert_string_equal(vc_actor_kind_name((vg_actor_kind)k), ref_kind[k]);
            assert_same_as_reference(&e, NULL, &env);
        }
}

/* Escapes, control characters, DEL, non-ASCII and emoji in every kind of field. */
static void test_strings_match_jansson(void **st)
{
    (void)st;
    static const char *const samples[] = {
        "",
        "plain",
        "quote \" and backslash \\ and slash /",
        "tab\tnl\ncr\rbs\bff\f",
        "ctl \x01\x02\x1f del \x7f",
        "é à ç ñ Ü ß",
        "日本語 🙂 \xF0\x9F\x98\x80",
        "\xE2\x80\xA8 line separator",
        "trailing backslash \\",
    };
    char body[] = "Some body text. With \"quotes\"\tand a tab.\x01 End.";
    vg_doc doc;
    memset(&doc, 0, sizeof(doc));
    doc.body = body;
    doc.body_len = strlen(body);
    for (size_t i = 0; i < sizeof(samples) / sizeof(*samples); i++) {
        vg_event e = base_event();
        snprintf(e.subtype, sizeof(e.subtype), "%s", samples[i]);
        snprintf(e.location.name, sizeof(e.location.name), "x%s", samples[i]);
        snprintf(e.date.text, sizeof(e.date.text), "%s", samples[i]);
        snprintf(e.actors[0].name, sizeof(e.actors[0].name), "%s", samples[i]);
        snprintf(e.claimed_by, sizeof(e.claimed_by), "%s", samples[i]);
        e.sent_start = 0;
        e.sent_end = doc.body_len;
        vc_envelope env = {.id = (char *)samples[i], .url = (char *)samples[i]};
        assert_same_as_reference(&e, &doc, &env);
    }
}

/* Reals and integers at their edges: Jansson's "%.6g" fix-ups. */
static void test_numbers_match_jansson(void **st)
{
    (void)st;
    static const double reals[] = {
        0.0,  -0.0,    1.0,   0.5,   0.1,   1e6,     1e-5,  -12.3456789, 123456789.0, 999999.5,
        1e21, 2.5e-10, 100.0, -90.0, 180.0, 0.00012, 1e100, -1e-100,     13.7667,     -2.06667};
    static const long ints[] = {0, 1, -1, 9, 10, 99, 100, 123456789, -987654321, 2147483647};
    vc_envelope env = {.id = "t:1"};
    for (size_t i = 0; i < sizeof(reals) / sizeof(*reals); i++) {
        vg_event e = base_event();
        e.location.lat = reals[i];
        e.location.lon = -reals[i];
        e.confidence = reals[i];
        assert_same_as_reference(&e, NULL, &env);
    }
    for (size_t i = 0; i < sizeof(ints) / sizeof(*ints); i++) {
        vg_event e = base_event();
        e.fatalities.min = ints[i];
        e.fatalities.max = ints[i] < 0 ? -1 : ints[i] * 2;
        e.arrests.present = 1;
        e.arrests.min = ints[i];
        e.arrests.max = ints[i];
        e.raw_start = (size_t)(ints[i] < 0 ? -ints[i] : ints[i]);
        assert_same_as_reference(&e, NULL, &env);
    }
}

/* vc_jw_real's exact fixed-point path against Jansson over many values:
 * coordinates, confidences, binary fractions that are exact decimal ties
 * (1000.125 -> "1000.12": ties to even), powers of ten and random bits. */
static void check_real(double v)
{
    json_t *j = json_real(v);
    assert_non_null(j);
    char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_REAL_PRECISION(6));
    json_decref(j);
    vc_jw w;
    char *got;
    size_t len;
    vc_jw_init(&w, 16, 0);
    vc_jw_real(&w, v);
    assert_int_equal(vc_jw_finish(&w, &got, &len), 0);
    if (strcmp(got, want) != 0)
        fail_msg("%.17g: got %s, Jansson %s", v, got, want);
    free(want);
    free(got);
}

static void test_reals_match_jansson(void **st)
{
    (void)st;
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int p = -7; p <= 7; p++)
        for (int s = -1; s <= 1; s += 2) {
            double t = s * pow(10, p);
            check_real(t);
            check_real(nextafter(t, 0));
            check_real(nextafter(t, 2 * t));
        }
    for (long n = 1; n < 20000; n++) { /* binary fractions: exact ties */
        check_real((double)n / 8 + 1000);
        check_real((double)n / 1024);
        check_real((double)n / 16 - 625);
        check_real((double)n * 0.5 + 999000);
    }
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;           /* xorshift64 */
        double u = (double)(x >> 11) / 9007199254740992.0; /* [0, 1) */
        check_real(u * 360 - 180);                         /* a coordinate */
        check_real(round(u * 1e5) / 1e4 - 5);              /* 4 decimals */
        check_real(round(u * 100) / 100);                  /* a confidence */
        double b;
        uint64_t bits = (x & 0x800FFFFFFFFFFFFFull) | ((uint64_t)(1000 + x % 60) << 52);
        memcpy(&b, &bits, sizeof(b)); /* random bits, 2^-23 .. 2^36 */
        check_real(b);
    }
}

/* Where Jansson dropped a key the writer keeps it: the output is valid JSON
 * with every key, invalid UTF-8 becomes U+FFFD, a non-finite real null. */
static void test_invalid_values_stay_valid_json(void **st)
{
    (void)st;
    vg_event e = base_event();
    strcpy(e.location.name, "bad \xC3 cut \xFF\xFE overlong \xC0\xAF end");
    e.location.lat = NAN;
    e.location.lon = INFINITY;
    vc_envelope env = {.id = "t:1"};
    char *got;
    size_t len;
    assert_int_equal(vc_event_json(&e, NULL, &env, &got, &len), 0);
    json_error_t jerr;
    json_t *j = json_loadb(got, len, 0, &jerr);
    assert_non_null(j);
    json_t *loc = json_object_get(j, "location");
    assert_true(json_is_null(json_object_get(loc, "lat")));
    assert_true(json_is_null(json_object_get(loc, "lon")));
    assert_string_equal(json_string_value(json_object_get(loc, "name")),
                        "bad \xEF\xBF\xBD cut \xEF\xBF\xBD\xEF\xBF\xBD overlong "
                        "\xEF\xBF\xBD\xEF\xBF\xBD end");
    json_decref(j);
    free(got);
}

/* The writer's own contract: the size cap is sticky and reported. */
static void test_writer_cap(void **st)
{
    (void)st;
    vc_jw w;
    char *out;
    size_t len;
    vc_jw_init(&w, 4, 16);
    vc_jw_str(&w, "0123456789", 10);
    assert_int_equal(w.err, 0);
    vc_jw_str(&w, "0123456789", 10); /* 24 bytes > 16 */
    VC_JW_LIT(&w, "more");
    assert_int_equal(vc_jw_finish(&w, &out, &len), VG_EOUTPUT);
    assert_null(out);
    vc_jw_free(NULL);

    vc_jw_init(&w, 0, 0); /* grows from nothing */
    for (int i = 0; i < 1000; i++)
        vc_jw_int(&w, i);
    assert_int_equal(vc_jw_finish(&w, &out, &len), 0);
    assert_int_equal(len, strlen(out));
    assert_int_equal(strncmp(out, "0123456789101112", 16), 0);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_golden_events_match_jansson),
        cmocka_unit_test(test_enum_names),
        cmocka_unit_test(test_strings_match_jansson),
        cmocka_unit_test(test_numbers_match_jansson),
        cmocka_unit_test(test_reals_match_jansson),
        cmocka_unit_test(test_invalid_values_stay_valid_json),
        cmocka_unit_test(test_writer_cap),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
