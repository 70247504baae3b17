/*
 * test_human.c - the readable one-line rendering of events and alerts
 * (codec/vc_human, `vigil consume --format human`): the fields of each line,
 * figures with qualifiers and ranges, missing values, long evidence cut on
 * a character boundary, and records that are not ours left alone.  The
 * records are written here in the shape vigild publishes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vc_human.h"

static void expect_line(const char *json, const char *want)
{
    char *got = vc_human_line(json, strlen(json));
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
}

static void test_event(void **state)
{
    (void)state;
    expect_line(
        "{\"schema\":\"vigil.event/1\",\"type\":\"armed_clash\",\"subtype\":\"ambush\","
        "\"country\":\"ML\",\"location\":{\"name\":\"Tessit\",\"admin1\":\"Gao\",\"admin2\":null},"
        "\"date\":{\"value\":\"2025-05-02\",\"precision\":\"day\"},"
        "\"fatalities\":{\"min\":12,\"max\":15,\"qualifier\":\"exact\"},\"arrests\":null,"
        "\"actors\":[{\"name\":\"ISGS\",\"role\":\"perpetrator\"},{\"name\":\"Army\",\"role\":"
        "\"target\"},{\"name\":\"Villagers\",\"role\":\"victim\"}],\"historical\":false,"
        "\"evidence\":{\"sentence\":\"An ambush near Tessit killed 12 to 15 soldiers.\"}}",
        "EVENT 2025-05-02 armed_clash/ambush | Tessit, Gao, ML | 12-15 killed | ISGS > Army, "
        "Villagers | An ambush near Tessit killed 12 to 15 soldiers.");
}

static void test_event_sparse(void **state)
{
    (void)state;
    /* no date, no place but the country, arrests with a qualifier, no
     * perpetrator, background */
    expect_line("{\"schema\":\"vigil.event/1\",\"type\":\"arrest\",\"subtype\":null,"
                "\"country\":\"NE\",\"location\":null,\"date\":{\"value\":null},"
                "\"fatalities\":null,\"arrests\":{\"min\":40,\"max\":null,\"qualifier\":"
                "\"at_least\"},\"actors\":[{\"name\":\"Students\",\"role\":\"victim\"}],"
                "\"historical\":true,\"evidence\":null}",
                "EVENT date? arrest | NE | at least 40 arrested | Students | - (background)");
    expect_line("{\"schema\":\"vigil.event/1\",\"type\":\"protest\",\"actors\":[]}",
                "EVENT date? protest | - | no toll | - | -");
}

static void test_event_both_figures(void **state)
{
    (void)state;
    expect_line("{\"schema\":\"vigil.event/1\",\"type\":\"riot\",\"country\":\"TD\","
                "\"location\":{\"name\":\"Moundou\",\"admin1\":\"Moundou\"},\"date\":{\"value\":"
                "\"2025-04\"},\"fatalities\":{\"min\":3,\"max\":3,\"qualifier\":\"about\"},"
                "\"arrests\":{\"min\":20,\"max\":20,\"qualifier\":\"exact\"},\"actors\":["
                "{\"name\":\"Rioters\",\"role\":\"perpetrator\"}]}",
                "EVENT 2025-04 riot | Moundou, TD | about 3 killed, 20 arrested | Rioters | -");
}

static void test_long_evidence(void **state)
{
    (void)state;
    char json[1024], want[512];
    /* 120 two-byte characters: cut after 100, never inside one */
    char sentence[300] = "";
    for (int i = 0; i < 120; i++)
        strcat(sentence, "\xc3\xa9");
    snprintf(json, sizeof(json),
             "{\"schema\":\"vigil.event/1\",\"type\":\"coup\",\"evidence\":{\"sentence\":\"%s\"}}",
             sentence);
    snprintf(want, sizeof(want), "EVENT date? coup | - | no toll | - | %.200s\xe2\x80\xa6",
             sentence);
    expect_line(json, want);
}

static void test_alert(void **state)
{
    (void)state;
    expect_line("{\"schema\":\"vigil.alert/1\",\"severity\":\"high\",\"rule\":\"killed-10\","
                "\"status\":\"firing\",\"reason\":\"new incident\",\"summary\":\"Mali: ISGS ambush "
                "in Tessit, 12-15 killed, 2 sources\",\"time\":\"2026-01-05T10:11:12.345Z\"}",
                "ALERT 2026-01-05 10:11:12 high firing (killed-10) | Mali: ISGS ambush in "
                "Tessit, 12-15 killed, 2 sources");
    expect_line("{\"schema\":\"vigil.alert/1\",\"severity\":\"critical\",\"rule\":\"killed-50\","
                "\"status\":\"update\",\"reason\":\"toll crossed 50\",\"summary\":\"s\","
                "\"time\":\"2026-01-06T00:00:00.000Z\"}",
                "ALERT 2026-01-06 00:00:00 critical update (killed-50) | s [toll crossed 50]");
}

static void test_not_ours(void **state)
{
    (void)state;
    const char *const others[] = {"{\"schema\":\"vigil.incident/1\"}", "{\"id\":\"x\"}", "[1,2]",
                                  "not json", ""};
    for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++)
        assert_null(vc_human_line(others[i], strlen(others[i])));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_event),
        cmocka_unit_test(test_event_sparse),
        cmocka_unit_test(test_event_both_figures),
        cmocka_unit_test(test_long_evidence),
        cmocka_unit_test(test_alert),
        cmocka_unit_test(test_not_ours),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
