/*
 * test_clean.c - unit tests of the article cleaner (vg_clean and helpers).
 *
 * All texts here are written for these tests: short invented news reports
 * wrapped in the kinds of page debris the cleaner must remove.  Run from
 * the source tree root (reads knowledge/).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vigil.h"

#include "kb_fixture.h" /* the cleaner's word lists are knowledge (clean.tsv) */

static const char P1[] =
    "Gunmen attacked a village in the north of the country on Tuesday, killing at least nine "
    "people and burning several houses, local officials said.";
static const char P2[] =
    "The regional governor said security forces had been sent to the area and that a search "
    "for the attackers was under way, without giving further details.";
static const char P3[] =
    "Residents who fled to the nearby town described hearing gunfire for more than an hour "
    "before the assailants left on motorcycles, heading towards the border.";

static int clean(const char *s, size_t n, int mode, const char *cs, vg_doc *d)
{
    vg_limits lim;
    vg_limits_default(&lim);
    return vg_clean(kb, &lim, s, n, mode, cs, d);
}

static int has(const vg_doc *d, const char *s)
{
    return strstr(d->body, s) != NULL;
}

/* every kept word's mapped raw range must contain the word itself */
static void check_map_word(const vg_doc *d, const char *raw, const char *word)
{
    const char *p = strstr(d->body, word);
    size_t rs, re;
    assert_non_null(p);
    vg_doc_raw_range(d, (size_t)(p - d->body), (size_t)(p - d->body) + strlen(word), &rs, &re);
    assert_true(re >= rs);
    assert_int_equal(re - rs, strlen(word));
    assert_memory_equal(raw + rs, word, strlen(word));
}

static void test_text_junk_english(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "Nine killed as gunmen raid northern village\n"
             "- by Staff Reporter\n"
             "- 3 hours ago\n"
             "- 245 views\n"
             "\n"
             "SHARE\xc2\xa0\n"
             "Updated On: 03-Feb-2024 @ 09:15 am\n"
             "\n%s\n\n%s\n\n"
             "Army says border patrols will be stepped up across the region\n\n"
             "%s\n\n"
             "This story can be shared on social media\n"
             "Related Articles\n"
             "Back to top button\n"
             "Contact Us\n"
             "E-mail : newsdesk@example.org\n"
             "Phone : +00 1234 567 890\n"
             "0 Comment(s)\n",
             P1, P2, P3);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_string_equal(d.title, "Nine killed as gunmen raid northern village");
    assert_true(has(&d, P1) && has(&d, P2) && has(&d, P3));
    assert_false(has(&d, "Staff Reporter") || has(&d, "views") || has(&d, "SHARE") ||
                 has(&d, "Updated") || has(&d, "shared on social") || has(&d, "Related") ||
                 has(&d, "Back to top") || has(&d, "Contact") || has(&d, "newsdesk") ||
                 has(&d, "Comment") || has(&d, "ago") || has(&d, "border patrols"));
    assert_string_equal(d.lang, "en");
    assert_int_equal(d.from_html, 0);
    assert_true(d.junk_lines >= 10);
    assert_non_null(strstr(d.body, "said.\n\nThe regional"));
    vg_doc_free(&d);
}

static void test_text_headings_and_lists(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "%s\n\nWhat Happened Next in the Village\n\n%s\n\n"
             "  \xe2\x80\xa2 Roads to the market were closed by the army.\n"
             "  \xe2\x80\xa2 Two schools suspended classes for the week.\n\n%s\n",
             P1, P2, P3);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(has(&d, "What Happened Next in the Village"));
    assert_true(has(&d, "\xe2\x80\xa2 Roads to the market were closed by the army."));
    assert_true(has(&d, "Two schools suspended classes"));
    vg_doc_free(&d);
}

static void test_text_markup_debris_and_dateline(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             " date 2024-03-09 %s\n\n<\n\n>\n</tr>>\n<<\"//tbody\">\n\n"
             "  - Relief convoys reached the camp on Friday morning.< / li >\n"
             "    < / ul >\n\n%s p >\n\n    Looking Ahead for the Region h2 >\n\n%s\n"
             "    < / article >\n\n    A reporter who covers the region.\n\n"
             "    1 - 2 - 3 - 4\n\n>Risk< >Likely outcome of the talks<\n",
             P1, P2, P3);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(strncmp(d.body, "Gunmen attacked", 15) == 0);
    assert_true(has(&d, "Relief convoys reached the camp on Friday morning."));
    assert_true(has(&d, "Looking Ahead for the Region\n"));
    assert_false(has(&d, "<") || has(&d, ">") || has(&d, " p ") || has(&d, "h2") ||
                 has(&d, "date 2024") || has(&d, "A reporter who") || has(&d, "1 - 2") ||
                 has(&d, "Risk"));
    vg_doc_free(&d);
}

static void test_text_french(void **state)
{
    static const char raw[] =
        "Attaque meurtri\xc3\xa8re contre un poste militaire\n"
        "Publi\xc3\xa9 le 12 mars 2024 \xc3\xa0 10h30\n"
        "Partager\n\n"
        "Au moins douze soldats ont \xc3\xa9t\xc3\xa9 tu\xc3\xa9s lors de l\xe2\x80\x99"
        "attaque d\xe2\x80\x99un poste militaire dans le nord du pays, a annonc\xc3\xa9 "
        "l\xe2\x80\x99"
        "arm\xc3\xa9"
        "e dans un communiqu\xc3\xa9 publi\xc3\xa9 dimanche soir.\n\n"
        "Lire aussi : Les d\xc3\xa9plac\xc3\xa9s de retour dans leurs villages\n\n"
        "Selon une source locale, les assaillants sont arriv\xc3\xa9s \xc3\xa0 moto au petit "
        "matin et ont incendi\xc3\xa9 plusieurs v\xc3\xa9hicules avant de se replier vers la "
        "fronti\xc3\xa8re.\n\n"
        "Abonnez-vous \xc3\xa0 notre newsletter\n";
    vg_doc d;
    (void)state;
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_string_equal(d.lang, "fr");
    assert_true(has(&d, "Au moins douze soldats"));
    assert_true(has(&d, "Selon une source locale"));
    assert_false(has(&d, "Publi\xc3\xa9 le") || has(&d, "Partager") || has(&d, "Lire aussi") ||
                 has(&d, "Abonnez"));
    vg_doc_free(&d);
}

static void test_text_related_headline_dropped(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "%s\n\n%s\n\nThe drought in the east has pushed thousands of herders towards "
             "the cities this year\n\n%s\n",
             P1, P2, P3);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_false(has(&d, "drought"));
    assert_true(has(&d, P3));
    vg_doc_free(&d);
}

static void test_text_repeated_lines(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(
        raw, sizeof(raw),
        "Image caption: soldiers on patrol\n%s\nImage caption: soldiers on patrol\n%s\n%s\n%s\n",
        P1, P2, P3, P1);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_false(has(&d, "Image caption"));
    assert_non_null(strstr(d.body, P1));
    assert_null(strstr(strstr(d.body, P1) + 1, P1)); /* second copy dropped */
    vg_doc_free(&d);
}

/* a line that the edge trimming empties ("date 2024-01-05") is junk with
 * no features of its own: it must not inherit those of the line before
 * (here "Latest news", a tail marker that is kept as a heading) and cut the
 * rest of the article */
static void test_text_emptied_line_not_tail(void **state)
{
    static const char p4[] = "Aid agencies said they were preparing to send food and blankets "
                             "to the families who had fled, once the roads were judged safe.";
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw), "%s\n\n%s\n\n%s\n\nLatest news\n\ndate 2024-01-05\n\n%s\n", P1, P2,
             P3, p4);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(has(&d, P1));
    assert_true(has(&d, p4));
    assert_false(has(&d, "2024-01-05"));
    vg_doc_free(&d);
}

/* a long image caption printed twice (alt text + caption) is not the start
 * of the body, even though it is long */
static void test_text_repeated_long_caption(void **state)
{
    static const char cap[] = "The governor of the northern region speaking to reporters outside "
                              "the hospital in the regional capital on Monday, after visiting "
                              "the wounded with local elders";
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "Village raid leaves nine dead\n\n%s\n%s\nBy our correspondent\n\n"
             "%s\n\n%s\n",
             cap, cap, P1, P2);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_false(has(&d, "governor of the northern") || has(&d, "correspondent"));
    assert_true(strncmp(d.body, P1, strlen(P1)) == 0);
    vg_doc_free(&d);
}

static void test_text_entities_and_spaces(void **state)
{
    char raw[2048];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "%s Officials &amp; elders met at the caf&#233; &#x2014; and the r&eacute;union "
             "ended\xc2\xa0late, with\xe2\x80\x8b no\xe2\x80\x91"
             "deal and e\xcc\x81"
             "tat talks.\n\n%s\n",
             P1, P2);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(has(&d, "Officials & elders met at the caf\xc3\xa9 \xe2\x80\x94 and the "
                        "r\xc3\xa9union ended late, with no-deal and \xc3\xa9tat talks."));
    check_map_word(&d, raw, "elders");
    check_map_word(&d, raw, "talks");
    vg_doc_free(&d);
}

static void test_invalid_utf8_repaired(void **state)
{
    char raw[2048];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw), "%s Bad \xc3\x28 byte and \xff here.\n\n%s\n", P1, P2);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    assert_int_equal(d.repaired, 2);
    assert_true(has(&d, "Bad \xef\xbf\xbd( byte and \xef\xbf\xbd here."));
    vg_doc_free(&d);
}

static void test_windows_1252(void **state)
{
    char raw[2048];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "%s The \x93"
             "caf\xe9"
             "\x94 owner \x96 a local man \x96 was "
             "questioned by police on Monday evening.\n\n%s\n",
             P1, P2);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, "windows-1252", &d), 0);
    assert_int_equal(d.repaired, 0);
    assert_true(has(&d, "The \xe2\x80\x9c"
                        "caf\xc3\xa9\xe2\x80\x9d owner \xe2\x80\x93 a local"));
    check_map_word(&d, raw, "questioned");
    vg_doc_free(&d);
}

static void test_binary_rejected(void **state)
{
    char raw[512];
    vg_doc d;
    (void)state;
    for (size_t i = 0; i < sizeof(raw); i++)
        raw[i] = (char)((i * 7) % 5 == 0 ? 0 : (i * 31) & 0xff);
    assert_int_equal(clean(raw, sizeof(raw), VG_CLEAN_AUTO, NULL, &d), VG_EUTF8);
    assert_null(d.body);
    vg_doc_free(&d);
}

static const char PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
    "<title>Village attack | Example News</title>"
    "<meta property=\"og:title\" content=\"Nine killed in village raid &amp; fire\">"
    "<style>p{color:red}</style><script>var x = '<p>not text</p>';</script></head><body>"
    "<header><div class=\"logo\">Example News</div></header>"
    "<nav class=\"main-menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a>"
    "</li><li><a href=\"/s\">Sport</a></li></ul></nav>"
    "<div class=\"page\"><article><h1>Nine killed in village raid</h1>"
    "<div class=\"byline\">By Staff Reporter</div>"
    "<div class=\"entry-content\">"
    "<p>Gunmen attacked a village in the north of the country on Tuesday, killing at least "
    "nine people and burning several houses, local officials said.</p>"
    "<p>The regional governor said security forces had been sent to the area &mdash; and "
    "that a search for the attackers was under way, without giving further details.</p>"
    "<h2>Residents flee</h2>"
    "<p>Residents who fled to the nearby town described hearing gunfire for more than an "
    "hour before the assailants left on motorcycles, heading towards the border.</p>"
    "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
    "</div></article>"
    "<aside class=\"sidebar\"><h3>Most read</h3><p>Markets rally as inflation eases in the "
    "capital, traders say, with prices of rice and oil down for a third week.</p></aside>"
    "<div class=\"related-posts\"><h3>Related</h3><ul><li><a href=\"/a\">Floods displace "
    "thousands in the south as rivers burst their banks after heavy rain</a></li></ul></div>"
    "</div><footer><p>Copyright 2024 Example News. All rights reserved.</p>"
    "<p>Contact us: desk@example.org</p></footer></body></html>";

static void test_html_page(void **state)
{
    vg_doc d;
    (void)state;
    assert_int_equal(clean(PAGE, strlen(PAGE), VG_CLEAN_AUTO, NULL, &d), 0);
    assert_int_equal(d.from_html, 1);
    assert_string_equal(d.title, "Nine killed in village raid & fire");
    assert_true(has(&d, P1));
    assert_true(has(&d, "sent to the area \xe2\x80\x94 and that a search"));
    assert_true(has(&d, "Residents flee"));
    assert_true(has(&d, P3));
    assert_false(has(&d, "Home") || has(&d, "Markets") || has(&d, "Floods") ||
                 has(&d, "Copyright") || has(&d, "Facebook") || has(&d, "not text") ||
                 has(&d, "Staff Reporter"));
    assert_non_null(strstr(d.body, "said.\n\nThe regional"));
    check_map_word(&d, PAGE, "Gunmen");
    check_map_word(&d, PAGE, "motorcycles");
    {
        /* an entity maps to its whole source reference */
        const char *p = strstr(d.body, "\xe2\x80\x94");
        size_t rs, re;
        vg_doc_raw_range(&d, (size_t)(p - d.body), (size_t)(p - d.body) + 3, &rs, &re);
        assert_int_equal(re - rs, 7);
        assert_memory_equal(PAGE + rs, "&mdash;", 7);
    }
    vg_doc_free(&d);
}

static void test_html_jsonld(void **state)
{
    static const char page[] =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Raid\",\"articleBody\":\"Gunmen attacked a village in the north of "
        "the country on Tuesday, killing at least nine people, officials said.\\nThe "
        "governor said a search was under way and that \\\"calm had returned\\\" to the "
        "area by the evening, according to the statement.\\nResidents described hearing "
        "gunfire for more than an hour before the attackers left, heading to the "
        "border.\"}</script></head><body><div id=\"app\">Loading...</div></body></html>";
    vg_doc d;
    (void)state;
    assert_int_equal(clean(page, strlen(page), VG_CLEAN_HTML, NULL, &d), 0);
    assert_true(has(&d, "that \"calm had returned\" to the"));
    assert_true(has(&d, "officials said.\n\nThe governor"));
    check_map_word(&d, page, "Residents");
    vg_doc_free(&d);
}

static void test_html_meta_charset(void **state)
{
    static const char page[] =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=windows-1252\"></head><body><article><p>Le maire de la commune a "
        "d\xe9"
        "clar\xe9 que l\x92"
        "attaque avait fait au moins cinq morts parmi les "
        "civils, selon un bilan provisoire publi\xe9 lundi.</p><p>Les habitants ont "
        "fui vers la ville voisine, o\xf9 les autorit\xe9s ont ouvert un centre "
        "d\x92"
        "accueil pour les familles.</p></article></body></html>";
    vg_doc d;
    (void)state;
    assert_int_equal(clean(page, strlen(page), VG_CLEAN_AUTO, NULL, &d), 0);
    assert_true(has(&d, "a d\xc3\xa9"
                        "clar\xc3\xa9 que l\xe2\x80\x99"
                        "attaque"));
    assert_string_equal(d.lang, "fr");
    check_map_word(&d, page, "habitants");
    vg_doc_free(&d);
}

/* regression (benchmark): text without spaces (Japanese) counted as one
 * word per paragraph and was dropped as short junk */
static void test_html_cjk(void **state)
{
    static const char page[] =
        "<html><head><title>\xe6\x9d\x91</title></head><body><div class=\"post\">"
        "<p>\xe6\x94\xbf\xe5\xba\x9c\xe8\xbb\x8d\xe3\x81\xaf\xe7\x81\xab\xe6\x9b\x9c"
        "\xe6\x97\xa5\xe3\x80\x81\xe5\x8c\x97\xe9\x83\xa8\xe3\x81\xae\xe6\x9d\x91"
        "\xe3\x81\xa7\xe6\xad\xa6\xe8\xa3\x85\xe9\x9b\x86\xe5\x9b\xa3\xe3\x81\xa8"
        "\xe8\xa1\x9d\xe7\xaa\x81\xe3\x81\x97\xe3\x80\x81\xe5\xb0\x91\xe3\x81\xaa"
        "\xe3\x81\x8f\xe3\x81\xa8\xe3\x82\x82\xe4\xb9\x9d\xe4\xba\xba\xe3\x81\x8c"
        "\xe6\xad\xbb\xe4\xba\xa1\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82</p>"
        "<p>\xe4\xbd\x8f\xe6\xb0\x91\xe3\x81\xae\xe5\xa4\x9a\xe3\x81\x8f\xe3\x81\xaf"
        "\xe8\xbf\x91\xe3\x81\x8f\xe3\x81\xae\xe7\x94\xba\xe3\x81\xab\xe9\x81\xbf"
        "\xe9\x9b\xa3\xe3\x81\x97\xe3\x80\x81\xe6\xb2\xbb\xe5\xae\x89\xe9\x83\xa8"
        "\xe9\x9a\x8a\xe3\x81\x8c\xe6\x8d\x9c\xe7\xb4\xa2\xe3\x82\x92\xe7\xb6\x9a"
        "\xe3\x81\x91\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x80\x82</p>"
        "</div></body></html>";
    vg_doc d;
    (void)state;
    assert_int_equal(clean(page, strlen(page), VG_CLEAN_AUTO, NULL, &d), 0);
    assert_true(has(&d, "\xe6\x94\xbf\xe5\xba\x9c\xe8\xbb\x8d"));
    assert_true(has(&d, "\xe4\xbd\x8f\xe6\xb0\x91"));
    vg_doc_free(&d);
}

/* A news flash of one or two short sentences has no paragraph long enough
 * to anchor the body; its sentences are the body (they used to be dropped
 * as junk: clean.empty, so the flash went to the dead-letter topic).  Junk
 * alone still cleans to nothing. */
static void test_text_flash(void **state)
{
    (void)state;
    vg_doc d;
    static const char flash[] = "Gunmen killed 32 civilians near Djibo on Saturday.";
    assert_int_equal(clean(flash, sizeof(flash) - 1, VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(has(&d, "Gunmen killed 32 civilians near Djibo on Saturday."));
    vg_doc_free(&d);
    static const char two[] = "SHARE\n\nDes hommes armés ont tué cinq civils près de Djibo.\n"
                              "Le bilan reste provisoire selon la mairie.\n\n116 views\n";
    assert_int_equal(clean(two, sizeof(two) - 1, VG_CLEAN_TEXT, NULL, &d), 0);
    assert_true(has(&d, "ont tué cinq civils"));
    assert_true(has(&d, "Le bilan reste provisoire"));
    assert_false(has(&d, "SHARE"));
    assert_false(has(&d, "views"));
    vg_doc_free(&d);
    /* one-line briefs whose capitalised words (names, places, days) make
     * them look like headlines: still the body, never clean.empty */
    static const char *const briefs[] = {
        "Gunmen Killed A Farmer In Tamou, Niger, On Monday.",
        "Unknown Attackers Shot Dead Two Herders Near Kidal, Mali, On Sunday.",
        "Des Hommes Armés Ont Enlevé Trois Enseignants À Diapaga Mardi.",
        "Troops Arrested Nine Suspects In Maroua.",
    };
    for (size_t i = 0; i < sizeof(briefs) / sizeof(briefs[0]); i++) {
        assert_int_equal(clean(briefs[i], strlen(briefs[i]), VG_CLEAN_TEXT, NULL, &d), 0);
        assert_true(has(&d, briefs[i]));
        vg_doc_free(&d);
    }
    /* the same briefs, and sentence-case ones whose capitals are names,
     * followed by a short unrelated paragraph: the lead is still body
     * (a Title Case line ending in a full stop is a sentence, not a
     * headline), in digits and in words, EN and FR */
    static const char *const leads[] = {
        "Gunmen killed 12 in Kano, Nigeria, on Sunday.",
        "Gunmen killed twelve in Kano, Nigeria, on Sunday.",
        "Militants Abducted 4 Traders Near Dori, Burkina Faso, On Friday.",
        "Des Hommes Armés Ont Tué 7 Civils À Gao, Mali, Dimanche.",
        "Des hommes armés ont tué sept civils à Gao, Mali, dimanche.",
    };
    static const char *const tails[] = {"\n\nThe central bank raised its rate on Tuesday.\n",
                                        "\n\nLa banque centrale a relevé son taux mardi.\n", ""};
    for (size_t i = 0; i < sizeof(leads) / sizeof(leads[0]); i++)
        for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); t++) {
            char buf[256];
            snprintf(buf, sizeof(buf), "%s%s", leads[i], tails[t]);
            assert_int_equal(clean(buf, strlen(buf), VG_CLEAN_TEXT, NULL, &d), 0);
            assert_true(has(&d, leads[i]));
            vg_doc_free(&d);
        }
    /* a headline (no full stop) before a body paragraph stays the title */
    static const char head[] =
        "Gunmen Kill 12 In Kano\n\nGunmen killed twelve people in the northern city of Kano on "
        "Sunday, police said, adding that an investigation had been opened into the attack.\n";
    assert_int_equal(clean(head, sizeof(head) - 1, VG_CLEAN_TEXT, NULL, &d), 0);
    assert_non_null(d.title);
    assert_string_equal(d.title, "Gunmen Kill 12 In Kano");
    vg_doc_free(&d);
    /* a flash's headline (no full stop) above one short sentence and no
     * body paragraph is its title; a lone line is still no article */
    static const char *const flashes[] = {
        "Gunmen kill 12 in Kano, Nigeria\n\nPolice said they had opened an investigation.\n",
        "Gunmen Kill 12 In Kano, Nigeria\n\nPolice said they had opened an investigation.\n",
        "Des hommes armés tuent 12 personnes à Kano\n\nLa police a ouvert une enquête hier.\n",
        "Burkina: 7 soldiers killed in Djibo\n\nThe toll could rise.\n",
    };
    for (size_t i = 0; i < sizeof(flashes) / sizeof(flashes[0]); i++) {
        assert_int_equal(clean(flashes[i], strlen(flashes[i]), VG_CLEAN_TEXT, NULL, &d), 0);
        assert_non_null(d.title);
        assert_true(d.title_len > 0 && !strncmp(flashes[i], d.title, d.title_len));
        vg_doc_free(&d);
    }
    static const char junk[] = "Subscribe to our newsletter\n\nShare on Facebook\n";
    assert_int_equal(clean(junk, sizeof(junk) - 1, VG_CLEAN_TEXT, NULL, &d), VG_EEMPTY);
    vg_doc_free(&d);
}

static void test_limits(void **state)
{
    vg_limits lim;
    vg_doc d;
    char *big;
    size_t n = 0, cap = 1 << 20;
    (void)state;
    vg_limits_default(&lim);
    lim.max_input_bytes = 10;
    assert_int_equal(vg_clean(kb, &lim, "0123456789A", 11, VG_CLEAN_TEXT, NULL, &d), VG_ETOOBIG);
    vg_doc_free(&d);

    vg_limits_default(&lim);
    big = malloc(cap);
    assert_non_null(big);
    n = (size_t)sprintf(big, "<html><body>");
    for (int i = 0; i < 2000; i++)
        n += (size_t)sprintf(big + n, "<div>");
    n += (size_t)sprintf(big + n, "deep</body></html>");
    assert_int_equal(vg_clean(kb, &lim, big, n, VG_CLEAN_HTML, NULL, &d), VG_EDEPTH);
    vg_doc_free(&d);

    lim.max_dom_nodes = 1000;
    n = (size_t)sprintf(big, "<html><body>");
    for (int i = 0; i < 3000; i++)
        n += (size_t)sprintf(big + n, "<p>x</p>");
    assert_int_equal(vg_clean(kb, &lim, big, n, VG_CLEAN_HTML, NULL, &d), VG_ENODES);
    vg_doc_free(&d);

    vg_limits_default(&lim);
    lim.max_output_bytes = 100;
    n = (size_t)sprintf(big, "%s\n\n%s\n\n%s\n", P1, P2, P3);
    assert_int_equal(vg_clean(kb, &lim, big, n, VG_CLEAN_TEXT, NULL, &d), VG_EOUTPUT);
    vg_doc_free(&d);

    vg_limits_default(&lim);
    assert_int_equal(vg_clean(kb, &lim, "SHARE\n\n116 views\n", 17, VG_CLEAN_TEXT, NULL, &d),
                     VG_EEMPTY);
    vg_doc_free(&d);
    assert_int_equal(vg_clean(kb, &lim, "", 0, VG_CLEAN_AUTO, NULL, &d), VG_EEMPTY);
    vg_doc_free(&d);
    assert_int_equal(vg_clean(kb, NULL, "x", 1, VG_CLEAN_AUTO, NULL, &d), VG_EINVAL);
    assert_int_equal(vg_clean(NULL, &lim, "x", 1, VG_CLEAN_AUTO, NULL, &d), VG_EINVAL);
    assert_int_equal(vg_clean(kb, &lim, NULL, 5, VG_CLEAN_AUTO, NULL, &d), VG_EINVAL);
    vg_doc_free(NULL);
    free(big);
}

/* regression (fuzzer): the separator joining hard-wrapped lines was mapped
 * with a decoded-text offset instead of a raw one */
static void test_map_stays_in_input(void **state)
{
    char raw[4096];
    vg_doc d;
    (void)state;
    snprintf(raw, sizeof(raw),
             "&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;&amp;\n"
             "Gunmen attacked a village in the north of the country on Tuesday and\n"
             "killed at least nine people, burning several houses, officials said.\n\n%s\n",
             P2);
    assert_int_equal(clean(raw, strlen(raw), VG_CLEAN_TEXT, NULL, &d), 0);
    for (size_t i = 0; i < d.map_len; i++)
        assert_true(d.map[i].raw_off + d.map[i].raw_len <= strlen(raw));
    assert_true(has(&d, "Tuesday and killed"));
    check_map_word(&d, raw, "killed");
    vg_doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_junk_english),
        cmocka_unit_test(test_text_headings_and_lists),
        cmocka_unit_test(test_text_markup_debris_and_dateline),
        cmocka_unit_test(test_text_french),
        cmocka_unit_test(test_text_related_headline_dropped),
        cmocka_unit_test(test_text_repeated_lines),
        cmocka_unit_test(test_text_repeated_long_caption),
        cmocka_unit_test(test_text_emptied_line_not_tail),
        cmocka_unit_test(test_text_entities_and_spaces),
        cmocka_unit_test(test_invalid_utf8_repaired),
        cmocka_unit_test(test_windows_1252),
        cmocka_unit_test(test_binary_rejected),
        cmocka_unit_test(test_html_page),
        cmocka_unit_test(test_html_jsonld),
        cmocka_unit_test(test_html_meta_charset),
        cmocka_unit_test(test_html_cjk),
        cmocka_unit_test(test_text_flash),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_map_stays_in_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
