/*
 * test_crime.c - the class boundary between ordinary crime and political
 * violence (ACLED codes the second only): a killing told as a murder case,
 * a robbery or a family's quarrel (lexicon.tsv domain crime, or a killing by
 * one's kin / of one's kin by a person: vg_ex_sentence.c) is no event unless
 * an armed group or an army is named with it (types.tsv sense rows, context
 * crime); an arrest in such a story only of a political figure.  Sentences
 * of our own, English and French; the same words with an armed group stay
 * events.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "vg_event.h"
#include "vigil.h"
#include "kb_fixture.h"

/* The number of events of text, and the type of the first. */
static size_t events(const char *text, vg_event_type *type)
{
    vg_events ev = {0};
    extract_plain(text, &ev);
    size_t n = ev.n;
    *type = n ? ev.v[0].type : VG_EV_NONE;
    vg_events_free(&ev);
    return n;
}

static void test_crime_is_no_event(void **st)
{
    (void)st;
    static const char *const crime[] = {
        "A woman was killed by her husband in Kano, Nigeria, on Saturday, police said.",
        "A trader was shot dead in Kumasi, Ghana, on Monday, and police arrested a man on "
        "suspicion of murder.",
        "A man killed his wife with a knife at their home in Bouake, Ivory Coast, on Sunday "
        "after a quarrel.",
        "Police in Niamey, Niger, said a night watchman was found dead on Tuesday and opened a "
        "murder investigation; a suspect has been charged with murder.",
        "Une femme a été tuée par son mari dimanche à Bouaké, en Côte d'Ivoire. Le suspect a "
        "été placé en garde à vue.",
        "Un homme a tué son frère lundi à Maradi, au Niger, à la suite d'une dispute, a indiqué "
        "la police.",
        "Un commerçant a été abattu lors d'un cambriolage mardi à Niamey, au Niger, et la police "
        "a ouvert une enquête pour meurtre.",
    };
    for (size_t i = 0; i < sizeof(crime) / sizeof(crime[0]); i++) {
        vg_event_type ty;
        size_t n = events(crime[i], &ty);
        if (n)
            fail_msg("'%s': %zu events (first of type %d), want none", crime[i], n, (int)ty);
    }
}

static void test_political_violence_stays(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        vg_event_type type;
    } cases[] = {
        {"Gunmen killed a farmer and his wife in Djibo, Burkina Faso, on Sunday.",
         VG_EV_ATTACK_ON_CIVILIANS},
        {"A man and his son were killed by suspected jihadists near Mopti, Mali, on Monday.",
         VG_EV_ATTACK_ON_CIVILIANS},
        {"Des jihadistes ont tué un commerçant et son fils lundi à Djibo, au Burkina Faso.",
         VG_EV_ATTACK_ON_CIVILIANS},
        {"JNIM militants shot dead a village chief in Djibo, Burkina Faso, on Sunday; a murder "
         "investigation was opened.",
         VG_EV_ATTACK_ON_CIVILIANS},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        vg_event_type ty;
        size_t n = events(cases[i].text, &ty);
        if (n != 1 || ty != cases[i].type)
            fail_msg("'%s': %zu events, type %d, want one of type %d", cases[i].text, n, (int)ty,
                     (int)cases[i].type);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crime_is_no_event),
        cmocka_unit_test(test_political_violence_stays),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
