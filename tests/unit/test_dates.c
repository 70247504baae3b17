/*
 * test_dates.c - the dates of extracted events (vg_ex_dates.c), one row per
 * class of date phrasing: the day an event happened, not the day it was
 * said, claimed or filed, nor another act's; ranges, vague periods and
 * coders' precision notes; what anchors a date when the article has no
 * publication date, and what stays unknown.  Every sentence was written
 * for these tests.  Run from the source tree root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "vigil.h"

#include "kb_fixture.h"

/* Clean and extract text (pub NULL: no publication date) into *ev; the
 * caller frees it. */
static void extract(const char *text, const char *pub, vg_events *ev)
{
    vg_limits lim;
    vg_doc doc;
    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, text, strlen(text), VG_CLEAN_TEXT, NULL, &doc), 0);
    vg_article art = {.id = "t:1", .published = pub, .raw = text, .raw_len = strlen(text)};
    assert_int_equal(vg_extract(kb, &lim, &art, &doc, ev), 0);
    vg_doc_free(&doc); /* the events hold copies */
}

typedef struct date_row {
    const char *text, *pub; /* pub NULL: no publication date */
    vg_event_type type;
    const char *date; /* the current event's date value, "" for unknown */
    int prec;         /* its precision (VG_DP_*), -1: not checked */
} date_row;

/* 2024-06-14 is a Friday, 2024-03-20 a Wednesday, 2024-05-07 a Tuesday. */
static const date_row rows[] = {
    /* the day a claim or a statement was made is not the event's */
    {"JNIM claimed on Thursday the attack of Monday on an army post near Djibo in Burkina Faso, "
     "which killed 12 soldiers.",
     "2024-06-14", VG_EV_ARMED_CLASH, "2024-06-10", VG_DP_DAY},
    {"Le JNIM a revendiqué jeudi l'attaque de lundi contre un poste militaire près de Djibo, au "
     "Burkina Faso, qui a fait 12 morts parmi les soldats.",
     "2024-06-14", VG_EV_ARMED_CLASH, "2024-06-10", VG_DP_DAY},
    {"JNIM said on Thursday it carried out Monday's attack on a military post near Djibo, "
     "Burkina Faso, that killed 12 soldiers.",
     "2024-06-14", VG_EV_ARMED_CLASH, "2024-06-10", VG_DP_DAY},
    {"The army said on Tuesday that 15 civilians were killed last week when gunmen attacked the "
     "village of Ogossagou in central Mali.",
     "2024-03-20", VG_EV_ATTACK_ON_CIVILIANS, "2024-03-13", VG_DP_WEEK},
    {"L'armée malienne a annoncé mardi que quinze civils avaient été tués la semaine dernière "
     "lors d'une attaque d'hommes armés contre le village d'Ogossagou, dans le centre du Mali.",
     "2024-03-20", VG_EV_ATTACK_ON_CIVILIANS, "2024-03-13", VG_DP_WEEK},
    {"Police said on Tuesday that bandits killed 20 villagers in Zamfara State, Nigeria, three "
     "days ago.",
     "2024-05-07", VG_EV_ATTACK_ON_CIVILIANS, "2024-05-04", VG_DP_DAY},
    /* ... but the day it was told when nothing else is known */
    {"Gunmen killed five villagers in Bankilare, Niger, police said on Tuesday.", "2024-05-07",
     VG_EV_ATTACK_ON_CIVILIANS, "2024-05-07", VG_DP_DAY},
    /* a claim told later in its own sentence dates nothing */
    {"Gunmen attacked a gendarmerie post in Seytenga, Burkina Faso, on Monday, killing eight "
     "gendarmes. JNIM claimed responsibility for the attack on Thursday in a statement.",
     "2024-06-14", VG_EV_ARMED_CLASH, "2024-06-10", VG_DP_DAY},
    /* another act's date is not the event's: arrests over a dated plot */
    {"Burkinabe authorities have arrested five army officers in connection with the coup plot "
     "foiled on 27 September, the security minister said.",
     "2024-10-02", VG_EV_ARREST, "", -1},
    /* ranges: their first day */
    {"Clashes between the army and JNIM fighters killed 40 people around Djibo, Burkina Faso, "
     "between 3 and 5 May.",
     "2024-05-20", VG_EV_ARMED_CLASH, "2024-05-03", VG_DP_DAY},
    {"Entre le 3 et le 5 mai, des combats entre l'armée et des jihadistes ont fait 40 morts près "
     "de Djibo, au Burkina Faso.",
     "2024-05-20", VG_EV_ARMED_CLASH, "2024-05-03", VG_DP_DAY},
    {"Neuf villageois ont été tués dans la nuit de samedi à dimanche lors d'une attaque "
     "d'hommes armés contre le village de Kiri, au Burkina Faso.",
     "2024-05-07", VG_EV_ATTACK_ON_CIVILIANS, "2024-05-04", VG_DP_DAY},
    /* vague periods: the month */
    {"À la mi-juin, des jihadistes ont tué une trentaine de civils dans la localité de Mansila, "
     "au Burkina Faso.",
     "2024-07-10", VG_EV_ATTACK_ON_CIVILIANS, "2024-06", VG_DP_MONTH},
    {"Earlier this month, gunmen kidnapped 15 students from a school in Kaduna State, Nigeria.",
     "2024-07-20", VG_EV_ABDUCTION, "2024-07", VG_DP_MONTH},
    /* coders' notes */
    {"On 12 June 2024, suspected JNIM militants attacked the village of Kounkoun (Djibo, Soum) "
     "and killed five civilians.",
     NULL, VG_EV_ATTACK_ON_CIVILIANS, "2024-06-12", VG_DP_DAY},
    {"Around 12 June 2024 (month of), suspected JNIM militants attacked the village of Kounkoun "
     "(Djibo, Soum) and killed five civilians.",
     NULL, VG_EV_ATTACK_ON_CIVILIANS, "2024-06", VG_DP_MONTH},
    {"Around 12 June 2024 (week of), ISWAP militants killed four fishermen near Baga (Kukawa, "
     "Borno).",
     NULL, VG_EV_ATTACK_ON_CIVILIANS, "2024-06-12", VG_DP_WEEK},
    {"Between 10 and 12 June 2024, clashes between the Malian army and JNIM militants near Boni "
     "(Douentza, Mopti) killed 14.",
     NULL, VG_EV_ARMED_CLASH, "2024-06-10", VG_DP_DAY},
    /* no publication date: a relative date stays unknown, even beside a
     * background date the text gives */
    {"Suspected jihadists killed 17 soldiers in an ambush near Djibo, Burkina Faso, on "
     "Wednesday. The junta has ruled since Paul-Henri Damiba seized power on 24 January 2022.",
     NULL, VG_EV_ARMED_CLASH, "", VG_DP_UNKNOWN},
    {"Le 26 juillet dernier, des militaires de la garde présidentielle ont renversé le président "
     "Mohamed Bazoum à Niamey. Le président avait été élu le 21 février 2021.",
     NULL, VG_EV_COUP, "", VG_DP_UNKNOWN},
    /* ... a year written earlier in the paragraph is in force */
    {"En juillet 2023, le Niger a basculé. Le 26 juillet, des militaires ont renversé le "
     "président Mohamed Bazoum à Niamey.",
     NULL, VG_EV_COUP, "2023-07-26", VG_DP_DAY},
    /* ... and a wire dateline is the publication date */
    {"NIAMEY, July 28, 2023 (Reuters) - Soldiers who seized power on Wednesday detained "
     "President Mohamed Bazoum, Niger's army said.",
     NULL, VG_EV_COUP, "2023-07-26", VG_DP_DAY},
    /* a day told from the date before it ("the next day", "la veille", "two
     * days later"), and from publication when none was told before */
    {"On 3 May, the governor visited Djibo in Burkina Faso. The next day, jihadists killed "
     "eight civilians near Djibo.",
     "2024-05-20", VG_EV_ATTACK_ON_CIVILIANS, "2024-05-04", VG_DP_DAY},
    {"Le 3 mai, le gouverneur s'est rendu à Djibo, au Burkina Faso. La veille, des jihadistes "
     "avaient tué huit civils près de Djibo.",
     "2024-05-20", VG_EV_ATTACK_ON_CIVILIANS, "2024-05-02", VG_DP_DAY},
    {"Le 3 mai, le gouverneur s'est rendu à Djibo, au Burkina Faso. Trois jours plus tard, des "
     "hommes armés ont enlevé douze commerçants près de Djibo.",
     "2024-05-20", VG_EV_ABDUCTION, "2024-05-06", VG_DP_DAY},
    {"La veille, des jihadistes avaient tué huit civils près de Djibo, au Burkina Faso.",
     "2024-05-20", VG_EV_ATTACK_ON_CIVILIANS, "2024-05-19", VG_DP_DAY},
    /* when a state began is no event's date */
    {"Des putschistes ont renversé le président Mohamed Bazoum, au pouvoir depuis le 2 avril "
     "2021, a annoncé l'armée nigérienne.",
     NULL, VG_EV_COUP, "", VG_DP_UNKNOWN},
};

static void test_event_dates(void **st)
{
    (void)st;
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        const date_row *r = &rows[i];
        vg_events ev;
        extract(r->text, r->pub, &ev);
        const vg_event *e = NULL;
        for (size_t k = 0; k < ev.n && !e; k++)
            if (ev.v[k].type == r->type && !ev.v[k].historical)
                e = &ev.v[k];
        if (!e)
            fail_msg("row %zu: no current %s", i, vg_event_type_name(r->type));
        if (strcmp(e->date.value, r->date) != 0)
            fail_msg("row %zu: date '%s' (%s), want '%s'", i, e->date.value, e->date.text, r->date);
        if (r->prec >= 0 && (int)e->date.precision != r->prec)
            fail_msg("row %zu: precision %d, want %d", i, (int)e->date.precision, r->prec);
        vg_events_free(&ev);
    }
}

/* Two mentions of one incident, one dated by its own sentence and one only
 * by the day it was told (five days later), are one event dated to the
 * incident's day. */
static void test_told_dates_merge(void **st)
{
    (void)st;
    static const char *text =
        "Gunmen killed 11 villagers in Tamou, Niger, on Saturday night, residents said.\n\n"
        "The attackers also killed three herders in Tamou, the governor said on Thursday.";
    vg_events ev;
    extract(text, "2024-05-10", &ev);
    size_t n = 0;
    for (size_t k = 0; k < ev.n; k++)
        if (ev.v[k].type == VG_EV_ATTACK_ON_CIVILIANS) {
            n++;
            assert_string_equal(ev.v[k].date.value, "2024-05-04");
        }
    assert_int_equal(n, 1);
    vg_events_free(&ev);
}

/* Two attacks told with their own days two days apart in one place are
 * two incidents; a night across midnight is one. */
static void test_days_apart(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        size_t n;
    } cases[] = {
        {"Gunmen killed five civilians in Zurmi, Nigeria, on Friday.\n\nOn Sunday, gunmen killed "
         "three more civilians in Zurmi.",
         2},
        {"Gunmen killed five civilians in Zurmi, Nigeria, overnight Saturday to Sunday.\n\nThe "
         "gunmen killed the civilians in Zurmi on Sunday, residents said.",
         1},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        vg_events ev;
        extract(cases[i].text, "2024-05-20", &ev);
        size_t n = 0;
        for (size_t k = 0; k < ev.n; k++)
            n += ev.v[k].type == VG_EV_ATTACK_ON_CIVILIANS && !ev.v[k].historical;
        if (n != cases[i].n)
            fail_msg("case %zu: %zu attacks, want %zu", i, n, cases[i].n);
        vg_events_free(&ev);
    }
}

/* "Another attack this week" announced after a dated one keeps its own
 * date: the paragraph's day is the first attack's. */
static void test_another_keeps_date(void **st)
{
    (void)st;
    static const char *text =
        "Jihadists killed 12 soldiers in an attack on a base near Djibo, Burkina Faso, on "
        "Sunday. JNIM said it was also behind another attack this week, against an army "
        "outpost in the Loroum province, in which 60 soldiers died, it said.";
    vg_events ev;
    extract(text, "2025-05-16", &ev);
    int sunday = 0, week = 0;
    for (size_t k = 0; k < ev.n; k++) {
        sunday |= strcmp(ev.v[k].date.value, "2025-05-11") == 0;
        week |= ev.v[k].date.precision == VG_DP_WEEK;
    }
    assert_true(sunday);
    assert_true(week);
    vg_events_free(&ev);
}

/* Without a publication date, "three years after the coup of 5 September
 * 2021" says the text was written in 2024: the coup is background. */
static void test_anniversary_without_date(void **st)
{
    (void)st;
    static const char *const texts[] = {
        "Three years after the coup of 5 September 2021 in Guinea, the junta led by Mamady "
        "Doumbouya has still not organised elections.",
        "Trois ans après le coup d'État du 5 septembre 2021 en Guinée, la junte de Mamady "
        "Doumbouya n'a toujours pas organisé d'élections.",
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        vg_events ev;
        extract(texts[i], NULL, &ev);
        for (size_t k = 0; k < ev.n; k++)
            if (ev.v[k].type == VG_EV_COUP && !ev.v[k].historical)
                fail_msg("text %zu: a current coup dated '%s'", i, ev.v[k].date.value);
        vg_events_free(&ev);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_event_dates),        cmocka_unit_test(test_told_dates_merge),
        cmocka_unit_test(test_days_apart),         cmocka_unit_test(test_anniversary_without_date),
        cmocka_unit_test(test_another_keeps_date),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
