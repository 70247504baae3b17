/*
 * test_acts.c - how many events a report's acts make, and their counts:
 * two acts told side by side in one sentence stay two ("six killed and 12
 * abducted during an attack", "seized 37 villagers and shot dead the
 * pastor"); an arrest told in a later sentence after another event is an
 * arrest with its count ("are in custody", "taken in for questioning",
 * "écroués", "placés sous mandat de dépôt"); a later step of custody after
 * an arrest is that arrest again, not a second one; the dead of both
 * sides of a battle add up; a second act with its own subject after
 * "while" or "avant que" is an event of its own.  The cases are
 * generated from small tables of our own sentences (English and French):
 * lead sentences x follow-up sentences x counts.
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

typedef struct want {
    vg_event_type type;
    long fat, arr; /* -1: not checked, 0: none */
} want;

/* text gives exactly the events of w (n of them, any order); a figure
 * checked is the event's min. */
static void expect(const char *text, const want *w, size_t n)
{
    vg_events ev = {0};
    extract_plain(text, &ev);
    size_t cur = 0;
    for (size_t i = 0; i < ev.n; i++)
        cur += !ev.v[i].historical;
    if (cur != n)
        fail_msg("%zu events, want %zu: %s", cur, n, text);
    for (size_t k = 0; k < n; k++) {
        const vg_event *e = NULL;
        for (size_t i = 0; i < ev.n && !e; i++)
            if (ev.v[i].type == w[k].type && !ev.v[i].historical)
                e = &ev.v[i];
        if (!e)
            fail_msg("no %s: %s", vg_event_type_name(w[k].type), text);
        if (w[k].fat >= 0 && (w[k].fat ? !e->fatalities.present || e->fatalities.min != w[k].fat
                                       : e->fatalities.present))
            fail_msg("%s fatalities %ld, want %ld: %s", vg_event_type_name(w[k].type),
                     e->fatalities.present ? (long)e->fatalities.min : 0L, w[k].fat, text);
        if (w[k].arr >= 0 &&
            (w[k].arr ? !e->arrests.present || e->arrests.min != w[k].arr : e->arrests.present))
            fail_msg("%s arrests %ld, want %ld: %s", vg_event_type_name(w[k].type),
                     e->arrests.present ? (long)e->arrests.min : 0L, w[k].arr, text);
    }
    vg_events_free(&ev);
}

/* tpl with its "%s" slots filled by a, then b, into buf (the generator). */
static void fill(char *buf, size_t cap, const char *tpl, const char *a, const char *b)
{
    size_t o = 0;
    const char *args[2] = {a, b};
    int k = 0;
    for (const char *p = tpl; *p && o + 1 < cap; p++) {
        if (p[0] == '%' && p[1] == 's' && k < 2) {
            for (const char *q = args[k++]; q && *q && o + 1 < cap; q++)
                buf[o++] = *q;
            p++;
            continue;
        }
        buf[o++] = *p;
    }
    buf[o] = 0;
}

static const struct {
    const char *words, *digits;
    long n;
} counts_en[] = {{"Three", "3", 3}, {"Twelve", "12", 12}},
  counts_fr[] = {{"Trois", "3", 3}, {"Douze", "12", 12}};

/* An event, then an arrest in the next sentence: two events, the arrest
 * counted.  %s: the count (a word opening the sentence). */
static void test_arrest_after(void **st)
{
    (void)st;
    static const char *const lead_en[] = {
        "Unknown attackers killed a trader in Bamako, Mali, on Friday.",
        "Gunmen shot dead a village chief in Kano, Nigeria, on Friday.",
    };
    static const char *const follow_en[] = {
        "%s suspects are in custody, police said.",
        "%s people were taken in for questioning.",
        "%s men were held for questioning on Saturday.",
        "%s suspects were remanded in custody on Saturday.",
    };
    static const char *const lead_fr[] = {
        "Un commerçant a été tué vendredi à Bamako, au Mali, par des inconnus.",
        "Des hommes armés ont abattu un chef de village vendredi à Kano, au Nigeria.",
    };
    static const char *const follow_fr[] = {
        "%s suspects ont été écroués samedi.",
        "%s personnes ont été placées sous mandat de dépôt.",
        "%s suspects sont en garde à vue, selon la police.",
        "%s suspects ont été placés en détention provisoire.",
    };
    char buf[512];
    for (size_t c = 0; c < 2; c++) {
        for (size_t l = 0; l < 2; l++) {
            want w[2] = {{VG_EV_ATTACK_ON_CIVILIANS, 1, -1}, {VG_EV_ARREST, -1, counts_en[c].n}};
            for (size_t f = 0; f < sizeof(follow_en) / sizeof(follow_en[0]); f++) {
                char s2[128];
                fill(s2, sizeof(s2), follow_en[f], counts_en[c].words, NULL);
                snprintf(buf, sizeof(buf), "%s %s", lead_en[l], s2);
                expect(buf, w, 2);
            }
            w[1].arr = counts_fr[c].n;
            for (size_t f = 0; f < sizeof(follow_fr) / sizeof(follow_fr[0]); f++) {
                char s2[128];
                fill(s2, sizeof(s2), follow_fr[f], counts_fr[c].words, NULL);
                snprintf(buf, sizeof(buf), "%s %s", lead_fr[l], s2);
                expect(buf, w, 2);
            }
        }
    }
}

/* A later step of custody after an arrest is that arrest: one event, the
 * count kept; alone, the step is an arrest of its own. */
static void test_custody_step(void **st)
{
    (void)st;
    static const char *const one[] = {
        "Police arrested three opposition activists in Niamey, Niger, on Monday. They were "
        "remanded in custody on Thursday.",
        "Police arrested three opposition activists in Niamey, Niger, on Monday. On Thursday a "
        "judge said they were in custody pending trial.",
        "La police a interpellé trois militants de l'opposition lundi à Niamey, au Niger. Ils "
        "ont été placés sous mandat de dépôt jeudi.",
        "La police a interpellé trois militants de l'opposition lundi à Niamey, au Niger. Ils "
        "ont été écroués jeudi à la prison civile.",
        "Police arrested three opposition activists in Lome, Togo, on Monday. They were "
        "remanded in prison on Thursday.",
    };
    want w = {VG_EV_ARREST, -1, 3};
    for (size_t i = 0; i < sizeof(one) / sizeof(one[0]); i++)
        expect(one[i], &w, 1);
    static const char *const alone[] = {
        "Quinze personnes ont été écrouées lundi à Kaolack, au Sénégal.",
        "Fifteen people were taken in for questioning in Kaolack, Senegal, on Monday.",
    };
    w.arr = 15;
    for (size_t i = 0; i < sizeof(alone) / sizeof(alone[0]); i++)
        expect(alone[i], &w, 1);
}

/* Killing and abduction coordinated, an attack their setting: two events,
 * the toll the attack's.  Abduction by a person-object verb with its
 * people named beside a killing: two events. */
static void test_two_acts(void **st)
{
    (void)st;
    static const char *const tpl[] = {
        "%s people were killed and %s others abducted on Saturday in an attack on the village "
        "of Maru, Nigeria.",
        "%s people were killed and %s abducted during an attack on the village of Maru, Nigeria, "
        "on Saturday.",
        "Bandits killed %s people and abducted %s others in Maru, Nigeria, on Saturday.",
        "%s personnes ont été tuées et %s autres enlevées samedi lors d'une attaque contre le "
        "village de Maru, au Nigeria.",
        "%s personnes ont été tuées et %s enlevées samedi lors d'une attaque contre le village "
        "de Maru, au Nigeria.",
    };
    char buf[512];
    for (size_t i = 0; i < sizeof(tpl) / sizeof(tpl[0]); i++)
        for (size_t c = 0; c < 2; c++) {
            int fr = i >= 3;
            const char *n = fr ? counts_fr[c].words : counts_en[c].words;
            long v = fr ? counts_fr[c].n : counts_en[c].n;
            if (tpl[i][0] != '%')
                n = fr ? counts_fr[c].digits : counts_en[c].digits;
            fill(buf, sizeof(buf), tpl[i], n, "20");
            want w[2] = {{VG_EV_ATTACK_ON_CIVILIANS, v, -1}, {VG_EV_ABDUCTION, 0, -1}};
            expect(buf, w, 2);
        }
    static const char *const seized[] = {
        "Armed men seized 37 villagers in Kajuru, Nigeria, on Sunday and shot dead the pastor.",
        "Armed men seized 37 worshippers in Kajuru, Nigeria, on Sunday and shot dead a teacher.",
    };
    want w2[2] = {{VG_EV_ATTACK_ON_CIVILIANS, 1, -1}, {VG_EV_ABDUCTION, 0, -1}};
    for (size_t i = 0; i < sizeof(seized) / sizeof(seized[0]); i++)
        expect(seized[i], w2, 2);
    /* the reverse: an abduction during an attack that killed stays one */
    want w3 = {VG_EV_ATTACK_ON_CIVILIANS, 5, -1};
    expect("On Sunday, gunmen abducted 20 women during an attack on Dori, Burkina Faso, that "
           "killed five villagers.",
           &w3, 1);
}

/* The dead of both sides add up when one source tells them together (one
 * sentence, joined by "and"/"et") or in the next sentences; one toll told
 * again, or two sources' tolls, do not. */
static void test_both_sides(void **st)
{
    (void)st;
    static const char *const sides[] = {
        "Jihadists attacked an army post in Diffa, Niger, on Sunday. %s soldiers were killed "
        "and %s assailants were neutralised, the army said.",
        "Un convoi de l'armée a été attaqué dimanche près de Goundam, au Mali ; l'armée fait "
        "état de %s morts dans ses rangs et de %s terroristes neutralisés.",
        "Le poste de Dori, au Burkina Faso, a été attaqué dimanche. %s soldats ont été tués. "
        "%s assaillants ont été neutralisés lors de la riposte.",
    };
    static const char *const a[] = {"3", "2"}, *const b[] = {"18", "11"};
    char buf[512];
    for (size_t i = 0; i < sizeof(sides) / sizeof(sides[0]); i++)
        for (size_t k = 0; k < 2; k++) {
            fill(buf, sizeof(buf), sides[i], a[k], b[k]);
            want w = {VG_EV_ARMED_CLASH, k ? 13 : 21, -1};
            expect(buf, &w, 1);
        }
    /* the army's claim and the residents' civilian dead, told with "while" */
    want w1 = {VG_EV_REMOTE_VIOLENCE, 6, -1};
    expect("Mali's army said it killed a jihadist commander in an air strike near Ansongo, Mali, "
           "on Saturday, while residents said at least five civilians died in the strike.",
           &w1, 1);
    /* the attackers' dead in the next sentence; a past act "two weeks after" which
     * this one came lends no toll */
    want w4 = {VG_EV_ARMED_CLASH, 45, -1};
    expect("Jihadists killed 15 soldiers in an attack on an army post in Boni, Mali, on "
           "Saturday, the army said.\n\nTroops killed 30 of the attackers in the fighting that "
           "followed, the army added.",
           &w4, 1);
    want w5 = {VG_EV_ARMED_CLASH, 15, -1};
    expect("Jihadists killed 15 soldiers in an attack on an army post in Boni, Mali, on "
           "Saturday, the army said.\n\nThe assault on Boni came two weeks after militants "
           "ambushed a convoy near Douentza, killing nine soldiers.",
           &w5, 1);
    /* one toll told again with its dead named another way: not doubled */
    want w2 = {VG_EV_ARMED_CLASH, 15, -1};
    expect("Des assaillants ont attaqué samedi la brigade de gendarmerie de Sebba, au Burkina "
           "Faso, tuant 15 gendarmes. Le bilan officiel de l'attaque fait état de 15 morts.",
           &w2, 1);
}

/* A second act with its own subject after "while", "before", "tandis que",
 * "avant que" is an event of its own, on the first clause's day; a
 * participle after the word ("before entering it") is the same act. */
static void test_clauses(void **st)
{
    (void)st;
    static const char *const two[] = {
        "Gunmen shot dead %s villagers in Tin-Akoff, Burkina Faso, on Sunday before soldiers "
        "killed the %s attackers, the army said.",
        "Des hommes armés ont tué %s villageois dimanche à Tin-Akoff, au Burkina Faso, avant "
        "que les soldats n'abattent les %s assaillants.",
    };
    static const char *const n[][2] = {{"two", "three"}, {"deux", "trois"}};
    char buf[512];
    for (size_t i = 0; i < 2; i++) {
        fill(buf, sizeof(buf), two[i], n[i][0], n[i][1]);
        want w[2] = {{VG_EV_ATTACK_ON_CIVILIANS, 2, -1}, {VG_EV_ARMED_CLASH, 3, -1}};
        expect(buf, w, 2);
    }
    static const char *const strikes[] = {
        "Rebel shelling killed %s people in Omdurman, Sudan, on Monday, a hospital said, while "
        "army drones struck a fuel depot in Nyala, killing at least %s workers.",
        "Rebel shelling killed %s people in Omdurman, Sudan, on Monday, whereas army drones "
        "struck a fuel depot in Nyala, killing at least %s workers.",
    };
    for (size_t i = 0; i < 2; i++) {
        fill(buf, sizeof(buf), strikes[i], "6", "3");
        vg_events ev = {0};
        extract_plain(buf, &ev);
        size_t rv = 0;
        long sum = 0;
        for (size_t k = 0; k < ev.n; k++)
            if (ev.v[k].type == VG_EV_REMOTE_VIOLENCE && !ev.v[k].historical) {
                rv++;
                sum += ev.v[k].fatalities.present ? ev.v[k].fatalities.min : 0;
                assert_true(ev.v[k].date.value[0] != 0);
            }
        if (rv != 2 || sum != 9)
            fail_msg("%zu strikes, toll %ld: %s", rv, sum, buf);
        vg_events_free(&ev);
    }
    /* one act and its step, or a setting: one event */
    want one = {VG_EV_ARMED_CLASH, 20, -1};
    expect("The army said it killed 20 militants near Kidal, Mali, on Sunday while repelling an "
           "attack on its base.",
           &one, 1);
    want one2 = {VG_EV_ATTACK_ON_CIVILIANS, 9, -1};
    expect("Gunmen attacked the village of Sanga, Mali, on Sunday while residents were asleep, "
           "killing nine people.",
           &one2, 1);
}

/* A lynching is the mob's act: one riot with its toll, whatever the victim
 * is accused of; the forces' loss told after their claim adds up. */
static void test_mob_and_loss(void **st)
{
    (void)st;
    static const char *const mob[] = {
        "On 4 March 2024, a crowd lynched a suspected Boko Haram spy at the Gwoza market (Borno).",
        "A mob lynched a man accused of theft at the market in Tahoua, Niger, on Sunday.",
        "Un homme accusé de vol a été lynché par la foule dimanche au marché de Tahoua, au Niger.",
    };
    want w = {VG_EV_RIOT, 1, -1};
    for (size_t i = 0; i < sizeof(mob) / sizeof(mob[0]); i++)
        expect(mob[i], &w, 1);
    want w2 = {VG_EV_ARMED_CLASH, 12, -1};
    expect("L'armée a neutralisé dix terroristes dimanche près de Djibo, au Burkina Faso. "
           "L'état-major déplore la perte de deux soldats.",
           &w2, 1);
}

/* A count is the object of the verb right before it: "arrested four
 * suspects and recovered three rifles" counts four; coordinated objects of
 * one verb add up.  A later night's act at another place is another
 * incident, the first one kept. */
static void test_counts_and_incidents(void **st)
{
    (void)st;
    static const char *const verbs[] = {"recovered", "seized"};
    static const char *const things[] = {"three rifles", "two motorbikes"};
    char buf[512];
    for (size_t v = 0; v < 2; v++)
        for (size_t k = 0; k < 2; k++) {
            char tpl[256];
            snprintf(tpl, sizeof(tpl),
                     "Police arrested four suspects and %s %s in Maradi, Niger, on Monday.",
                     verbs[v], things[k]);
            fill(buf, sizeof(buf), tpl, NULL, NULL);
            want w = {VG_EV_ARREST, -1, 4};
            expect(buf, &w, 1);
        }
    want w2 = {VG_EV_ARREST, -1, 7};
    expect("Police arrested four suspects and three accomplices in Maradi, Niger, on Monday.", &w2,
           1);
    /* people held over "the killing" are not its dead; "among the dead" are */
    static const char *const over[] = {
        "Unknown attackers killed a trader in Bamako, Mali, on Friday. Thirteen officers have "
        "been held over the killing.",
        "Unknown attackers killed a trader in Bamako, Mali, on Friday. Police questioned five "
        "men about the murder.",
    };
    for (size_t i = 0; i < 2; i++) {
        vg_events ev = {0};
        extract_plain(over[i], &ev);
        for (size_t k = 0; k < ev.n; k++)
            if (ev.v[k].type == VG_EV_ATTACK_ON_CIVILIANS && ev.v[k].fatalities.present &&
                ev.v[k].fatalities.min != 1)
                fail_msg("toll %ld: %s", (long)ev.v[k].fatalities.min, over[i]);
        vg_events_free(&ev);
    }
    want w6 = {VG_EV_ATTACK_ON_CIVILIANS, 5, -1};
    expect("Gunmen attacked a bus near Kaya, Burkina Faso, on Friday. Two women and three "
           "children were among the dead.",
           &w6, 1);
    want w3[2] = {{VG_EV_ARMED_CLASH, -1, -1}, {VG_EV_ATTACK_ON_CIVILIANS, 2, -1}};
    expect("Des individus armés ont attaqué dimanche un poste militaire à Gando, au Togo ; "
           "l'attaque a été repoussée. La nuit suivante, le hameau de Tambigou a été visité par "
           "des hommes armés qui ont tué deux civils.",
           w3, 2);
}

/* A herding community named as the killed is civilians, not the militia of
 * the same name; named as the killers, it is the perpetrator. */
static void test_communal_victims(void **st)
{
    (void)st;
    static const struct {
        const char *text;
        int militia; /* the Fulani militia is an actor */
    } rows[] = {
        {"Gunmen killed six Fulani herders in the village of Sanga, Mali, on Sunday.", 0},
        {"Dozo hunters killed six Fulani herdsmen in the village of Sanga, Mali, on Sunday.", 0},
        {"Des hommes armés ont tué six éleveurs peuls dimanche à Sanga, au Mali.", 0},
        {"Fulani herders killed eight farmers in Yelwata, Benue State, Nigeria, on Friday.", 1},
        {"Des éleveurs peuls ont tué huit agriculteurs vendredi à Yelwata, au Nigeria.", 1},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        want w = {VG_EV_ATTACK_ON_CIVILIANS, -1, -1};
        expect(rows[i].text, &w, 1);
        vg_events ev = {0};
        extract_plain(rows[i].text, &ev);
        int found = 0;
        for (size_t k = 0; k < ev.n; k++)
            for (unsigned a = 0; a < ev.v[k].n_actors; a++)
                found |= strncmp(ev.v[k].actors[a].name, "Fulani", 6) == 0;
        if (found != rows[i].militia)
            fail_msg("Fulani militia %s: %s", found ? "named" : "missing", rows[i].text);
        if (rows[i].militia && ev.n && strncmp(ev.v[0].actors[0].name, "Fulani", 6) != 0)
            fail_msg("first actor %s: %s", ev.v[0].actors[0].name, rows[i].text);
        vg_events_free(&ev);
    }
}

/* Captives' bodies found after their abduction: the abduction and a killing
 * (attack on civilians), in either language, whatever the verb of finding;
 * bodies found with no abduction before them (a drowning, a mine collapse)
 * are no event.  Strategic moves with no violence (a siege lifted, a camp
 * taken over without a fight, an NGO suspended, a checkpoint set up to tax
 * traders) are events; told with a fight or a kidnapping in the sentence,
 * only the violent act is. */
static void test_bodies_and_moves(void **st)
{
    (void)st;
    static const char *const abducted[] = {
        "Gunmen abducted four farmers near Djibo, Burkina Faso, on Monday. ",
        "Quatre agriculteurs ont été enlevés lundi par des hommes armés près de Djibo, au "
        "Burkina Faso. ",
    };
    static const char *const found[] = {
        "Their bodies were found on Wednesday.",
        "Their bodies were discovered two days later.",
        "Leurs corps ont été retrouvés mercredi.",
        "Leurs corps sans vie gisaient en brousse.",
    };
    const want both[] = {{VG_EV_ABDUCTION, 0, -1}, {VG_EV_ATTACK_ON_CIVILIANS, 4, -1}};
    char buf[512];
    for (size_t a = 0; a < 2; a++)
        for (size_t f = 0; f < 4; f++) {
            snprintf(buf, sizeof(buf), "%s%s", abducted[a], found[f]);
            expect(buf, both, 2);
        }
    static const char *const mishaps[] = {
        "A boat capsized on the Niger river near Mopti, Mali, on Sunday. Their bodies were "
        "recovered on Monday.",
        "Two miners were trapped when a gold mine collapsed near Kouroussa, Guinea. Their bodies "
        "were found on Friday.",
        "Their bodies were found near Bol, Chad, on Thursday.",
    };
    for (size_t i = 0; i < sizeof(mishaps) / sizeof(mishaps[0]); i++)
        expect(mishaps[i], NULL, 0);
    static const char *const moves[] = {
        "On Monday, JNIM lifted its siege of Farabougou, Mali, after a deal with elders.",
        "On Monday, the Malian army took over the former UN camp in Tessalit without a fight.",
        "Lundi, les FAMa ont pris possession du camp de Tessalit sans combat.",
        "On Monday, the Nigerien junta suspended a human rights NGO for three months.",
        "Lundi, la junte nigérienne a suspendu une ONG de défense des droits humains.",
        "On Monday, ISWAP fighters set up a checkpoint near Damboa, Nigeria, and taxed "
        "traders.",
        "Lundi, des hommes armés du JNIM ont installé un poste de contrôle près de Dori, "
        "au Burkina Faso, et taxé les commerçants.",
    };
    const want move[] = {{VG_EV_STRATEGIC, -1, -1}};
    for (size_t i = 0; i < sizeof(moves) / sizeof(moves[0]); i++)
        expect(moves[i], move, 1);
    const want clash[] = {{VG_EV_ARMED_CLASH, 10, -1}};
    expect("On Monday, JNIM militants attacked the military camp in Boni, Mali, killed 10 "
           "soldiers and took over the base.",
           clash, 1);
    const want kidnap[] = {{VG_EV_ABDUCTION, -1, -1}};
    expect("On Monday, ISWAP fighters set up a checkpoint near Damboa, Nigeria, and abducted "
           "5 travellers.",
           kidnap, 1);
}

/* "Both" counts two people ("both attackers were killed"), never sides
 * ("on both sides"); a person noun with what they head or come from ("the
 * village chief of X", "le chef du village de X", "the imam of X") and "his
 * son" are two. */
static void test_both_and_heads(void **st)
{
    (void)st;
    const want two_clash[] = {{VG_EV_ARMED_CLASH, 2, -1}};
    expect("Two gunmen attacked a police post in Kaya, Burkina Faso, on Monday. Both attackers "
           "were killed.",
           two_clash, 1);
    const want no_toll[] = {{VG_EV_ARMED_CLASH, 0, -1}};
    expect("Soldiers and militants clashed near Kaya, Burkina Faso, on Monday, killing several "
           "people on both sides.",
           no_toll, 1);
    const want four[] = {{VG_EV_ARMED_CLASH, 4, -1}};
    expect("Soldiers and militants clashed near Kaya, Burkina Faso, on Monday, killing 4 on both "
           "sides.",
           four, 1);
    static const char *const heads[] = {
        "Gunmen killed the village chief of Tin-Akoff and his son on Monday, in Burkina Faso.",
        "Des hommes armés ont tué le chef du village de Tin-Akoff et son fils lundi, au Burkina "
        "Faso.",
        "Gunmen killed the imam of Kaya and his brother on Monday, in Burkina Faso.",
        "Gunmen killed an elderly man and his son in Kaya, Burkina Faso, on Monday.",
    };
    const want two[] = {{VG_EV_ATTACK_ON_CIVILIANS, 2, -1}};
    for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
        expect(heads[i], two, 1);
    /* a Title Case headline's cue words are no person's name */
    const want seven[] = {{VG_EV_ARMED_CLASH, 7, -1}};
    expect("Seven Soldiers Killed In Djibo Attack\n\nThe toll could rise.", seven, 1);
    expect("7 Soldiers Killed In Djibo Attack\n\nThe toll could rise.", seven, 1);
    const want one[] = {{VG_EV_ATTACK_ON_CIVILIANS, 1, -1}};
    expect("Gunmen killed the journalist Ali Sanou in Kaya, Burkina Faso, on Monday.", one, 1);
}

/* A government's strategic move that names no place is placed at its
 * country's capital; an armed group's keeps no place. */
static void test_national_place(void **st)
{
    (void)st;
    vg_events ev = {0};
    extract_plain("On Monday, the Nigerien junta suspended a human rights NGO for three months.",
                  &ev);
    assert_int_equal(ev.n, 1);
    assert_int_equal(ev.v[0].type, VG_EV_STRATEGIC);
    assert_true(ev.v[0].has_location);
    assert_string_equal(ev.v[0].location.name, "Niamey");
    vg_events_free(&ev);
    extract_plain("Lundi, la junte nigérienne a suspendu une ONG de défense des droits humains.",
                  &ev);
    assert_int_equal(ev.n, 1);
    assert_true(ev.v[0].has_location);
    assert_string_equal(ev.v[0].location.name, "Niamey");
    vg_events_free(&ev);
    extract_plain("On Monday, JNIM lifted the siege after a deal with elders, in Mali.", &ev);
    assert_int_equal(ev.n, 1);
    assert_int_equal(ev.v[0].type, VG_EV_STRATEGIC);
    assert_false(ev.v[0].has_location);
    vg_events_free(&ev);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arrest_after),
        cmocka_unit_test(test_custody_step),
        cmocka_unit_test(test_two_acts),
        cmocka_unit_test(test_both_sides),
        cmocka_unit_test(test_clauses),
        cmocka_unit_test(test_mob_and_loss),
        cmocka_unit_test(test_counts_and_incidents),
        cmocka_unit_test(test_communal_victims),
        cmocka_unit_test(test_bodies_and_moves),
        cmocka_unit_test(test_both_and_heads),
        cmocka_unit_test(test_national_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
