/*
 * vi_alert.c - alert lifecycle: group wait, updates, inhibition, silences,
 * deterministic ids and the one-line summary (see vi_alert.h).
 *
 * Design: no timers and no alert objects of its own.  Each incident carries
 * a pending_at_ms deadline and the state of its last notification; a tick
 * evaluates the incidents whose deadline passed against the rules and
 * compares with that state.  Everything the lifecycle needs to resume after a
 * restart is therefore inside the incident record on the changelog.
 */
#include "vi_alert.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define RETRY_MS 1000

void vi_alert_note_change(vi_incident *inc, unsigned changes, long long now_ms,
                          const vi_alert_cfg *cfg)
{
    vi_alert_state *st = &inc->alert;
    if (!changes || st->pending_at_ms)
        return;
    if (changes & VI_CH_NEW)
        st->pending_at_ms = inc->first_seen_ms + cfg->group_wait_ms;
    else if (st->n_sent == 0 && !st->severity) /* never alerted: no need to wait again */
        st->pending_at_ms = inc->first_seen_ms + cfg->group_wait_ms;
    else
        st->pending_at_ms = now_ms + cfg->group_wait_ms; /* batch updates */
    if (st->pending_at_ms < now_ms)
        st->pending_at_ms = now_ms;
}

long long vi_alert_next_due(vi_store *s)
{
    long long best = 0;
    for (size_t i = 0; i < vi_store_count(s); i++) {
        long long t = vi_store_at(s, i)->alert.pending_at_ms;
        if (t && (!best || t < best))
            best = t;
    }
    return best;
}

/* ------------------------------------------------------------ inhibition */

/* Time bounds within the window (vi_join.h); an incident without bounds (none
 * joined yet) overlaps nothing. */
static int windows_overlap(const vi_incident *a, const vi_incident *b, long long window_hours)
{
    int32_t w = (int32_t)((window_hours + 23) / 24);
    if (a->bound_lo == INT32_MIN || b->bound_lo == INT32_MIN)
        return 0;
    return a->bound_lo - w <= b->bound_hi && b->bound_lo <= a->bound_hi + w;
}

/* An incident of the store that inhibits the subject, through rule *inh. */
static const vi_incident *inhibitor(vi_store *s, const vi_rules *r, const vi_subject *sub,
                                    const vi_inhibit **inh)
{
    const vi_limits *lim = vi_store_limits(s);
    for (size_t k = 0; k < r->n_inhibits; k++) {
        const vi_inhibit *in = &r->inhibits[k];
        if (!vi_conds_match(in->mute, in->n_mute, sub))
            continue;
        for (size_t i = 0; i < vi_store_count(s); i++) {
            const vi_incident *src = vi_store_at(s, i);
            const vi_rule *rule;
            if (src == sub->inc || strcmp(src->country, sub->inc->country) != 0 ||
                !windows_overlap(src, sub->inc, lim->window_hours))
                continue;
            int sev = vi_rules_eval(r, src, &rule);
            vi_subject ss = {src, sev, rule ? rule->name : NULL};
            if (sev && vi_conds_match(in->when, in->n_when, &ss)) {
                *inh = in;
                return src;
            }
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ evaluation */

static void alert_id(const vi_alert *a, const vi_incident *inc, char out[VI_ID_LEN])
{
    char sev[8], fl[8], al[8], cl[4], di[4];
    if (a->status == VI_FIRING) {
        const char *parts[] = {inc->id, "firing"};
        vi_hash_hex(parts, 2, out);
        return;
    }
    snprintf(sev, sizeof(sev), "%d", a->severity);
    snprintf(fl, sizeof(fl), "%d", a->fat_level);
    snprintf(al, sizeof(al), "%d", a->arr_level);
    snprintf(cl, sizeof(cl), "%d", a->claimed);
    snprintf(di, sizeof(di), "%d", a->disputed);
    const char *parts[] = {inc->id, "update", sev, fl, al, cl, di};
    vi_hash_hex(parts, 7, out);
}

/* Why an update is due, or 0 when the change is not material. */
static int update_reason(const vi_alert_state *st, vi_alert *a, const vi_rules *r,
                         const vi_incident *inc)
{
    char *w = a->reason;
    size_t n = sizeof(a->reason);
    if (a->severity > st->severity)
        snprintf(w, n, "severity rose to %s", vi_severity_name(a->severity));
    else if (a->fat_level > st->fat_level)
        snprintf(w, n, "toll crossed %lld", r->fat_levels[a->fat_level - 1]);
    else if (a->arr_level > st->arr_level)
        snprintf(w, n, "arrests crossed %lld", r->arr_levels[a->arr_level - 1]);
    else if (a->claimed && !st->claimed)
        snprintf(w, n, "claimed by %s", inc->claimed_by);
    else if (a->disputed && !st->disputed)
        snprintf(w, n, "disputed");
    else
        return 0;
    return 1;
}

static void record(vi_incident *inc, const vi_alert *a)
{
    vi_alert_state *st = &inc->alert;
    st->severity = a->severity;
    st->fat_level = a->fat_level;
    st->arr_level = a->arr_level;
    st->claimed = a->claimed;
    st->disputed = a->disputed;
    snprintf(st->rule, sizeof(st->rule), "%s", a->rule);
    st->muted = a->muted[0] != 0;
    if (!st->muted) {
        st->n_sent = a->seq + 1;
        memcpy(st->last_alert_id, a->id, VI_ID_LEN);
    }
    inc->version++;
}

/* Build the alert due for inc now; 0 when there is none. */
static int build(vi_store *s, const vi_rules *r, const vi_silences *sil, vi_incident *inc,
                 long long now_ms, vi_alert *a)
{
    const vi_rule *rule;
    const vi_alert_state *st = &inc->alert;
    memset(a, 0, sizeof(*a));
    a->severity = vi_rules_eval(r, inc, &rule);
    if (!a->severity)
        return 0;
    a->inc = inc;
    a->fat_level =
        inc->fatalities.present ? vi_level(r->fat_levels, r->n_fat_levels, inc->fatalities.max) : 0;
    a->arr_level =
        inc->arrests.present ? vi_level(r->arr_levels, r->n_arr_levels, inc->arrests.max) : 0;
    a->claimed = inc->claimed_by[0] != 0;
    a->disputed = inc->disputed;
    snprintf(a->rule, sizeof(a->rule), "%s", rule->name);
    snprintf(a->route, sizeof(a->route), "%s", rule->route);
    if (st->n_sent == 0 && !st->severity)
        snprintf(a->reason, sizeof(a->reason), "new incident");
    else if (!update_reason(st, a, r, inc))
        return 0;
    a->status = st->n_sent == 0 ? VI_FIRING : VI_UPDATE;
    a->seq = st->n_sent;
    alert_id(a, inc, a->id);
    vi_subject sub = {inc, a->severity, a->rule};
    const vi_inhibit *inh = NULL;
    const vi_incident *src = inhibitor(s, r, &sub, &inh);
    const vi_silence *si = vi_silences_match(sil, &sub, now_ms);
    if (src)
        snprintf(a->muted, sizeof(a->muted), "inhibited by %s (incident %s)", inh->name, src->id);
    else if (si)
        snprintf(a->muted, sizeof(a->muted), "silenced by %s", si->name);
    vi_alert_summary(inc, a->summary, sizeof(a->summary));
    return 1;
}

int vi_alert_tick(vi_store *s, const vi_rules *rules, const vi_silences *sil, long long now_ms,
                  vi_alert_fn fn, void *ctx)
{
    int handed = 0;
    vi_alert a;
    for (size_t i = 0; rules && i < vi_store_count(s); i++) {
        vi_incident *inc = vi_store_at(s, i);
        if (!inc->alert.pending_at_ms || inc->alert.pending_at_ms > now_ms)
            continue;
        inc->alert.pending_at_ms = 0;
        if (!build(s, rules, sil, inc, now_ms, &a))
            continue;
        if (fn(ctx, &a) < 0) {
            inc->alert.pending_at_ms = now_ms + RETRY_MS;
            continue;
        }
        record(inc, &a);
        handed++;
    }
    return handed;
}

void vi_alert_apply_logged(vi_incident *inc, const vi_alert *logged)
{
    vi_alert_state *st = &inc->alert;
    if (logged->seq + 1 <= st->n_sent)
        return;
    st->n_sent = logged->seq + 1;
    st->severity = logged->severity;
    st->fat_level = logged->fat_level;
    st->arr_level = logged->arr_level;
    st->claimed = logged->claimed;
    st->disputed = logged->disputed;
    st->muted = 0;
    snprintf(st->rule, sizeof(st->rule), "%s", logged->rule);
    memcpy(st->last_alert_id, logged->id, VI_ID_LEN);
}

/* ------------------------------------------------------------ summary */

const char *vi_country_name(const char *iso2)
{
    static const char *const names[][2] = {
        {"BF", "Burkina Faso"},
        {"ML", "Mali"},
        {"NE", "Niger"},
        {"TD", "Chad"},
        {"MR", "Mauritania"},
        {"SN", "Senegal"},
        {"NG", "Nigeria"},
        {"BJ", "Benin"},
        {"TG", "Togo"},
        {"GH", "Ghana"},
        {"CI", "Côte d'Ivoire"},
        {"GN", "Guinea"},
        {"DZ", "Algeria"},
        {"LY", "Libya"},
        {"CM", "Cameroon"},
        {"SD", "Sudan"},
        {"GM", "Gambia"},
        {"GW", "Guinea-Bissau"},
        {"CF", "Central African Republic"},
        {"MA", "Morocco"},
        {"SL", "Sierra Leone"},
        {"LR", "Liberia"},
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (iso2 && strcmp(iso2, names[i][0]) == 0)
            return names[i][1];
    return iso2 && iso2[0] ? iso2 : "Unknown country";
}

static const char *phrase(const vi_incident *inc)
{
    static const char *const map[][3] = {
        {"armed_clash", "base_attack", "attack on a military base"},
        {"armed_clash", "ambush", "ambush"},
        {"armed_clash", "territory_regained", "recapture of territory"},
        {"armed_clash", "", "attack"},
        {"attack_on_civilians", "massacre", "massacre of civilians"},
        {"attack_on_civilians", "execution", "executions"},
        {"attack_on_civilians", "", "attack on civilians"},
        {"remote_violence", "drone_strike", "drone strike"},
        {"remote_violence", "airstrike", "airstrike"},
        {"remote_violence", "ied", "IED attack"},
        {"remote_violence", "suicide_bomb", "suicide bombing"},
        {"remote_violence", "landmine", "landmine blast"},
        {"remote_violence", "shelling", "shelling"},
        {"remote_violence", "", "explosive attack"},
        {"coup", "plot", "coup plot"},
        {"coup", "attempt", "coup attempt"},
        {"coup", "seizure", "seizure of power"},
        {"coup", "", "coup"},
        {"arrest", "coup_related", "coup-related arrests"},
        {"arrest", "political", "political arrests"},
        {"arrest", "", "arrests"},
        {"abduction", "", "abduction"},
        {"protest", "", "protest"},
        {"riot", "mutiny", "mutiny"},
        {"riot", "", "riot"},
        {"displacement", "", "displacement"},
        {"strategic", "", "strategic move"},
    };
    for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
        if (strcmp(inc->type, map[i][0]) == 0 &&
            (!map[i][1][0] || strcmp(inc->subtype, map[i][1]) == 0))
            return map[i][2];
    return inc->type;
}

static int generic(const char *name)
{
    return strncasecmp(name, "Unidentified", 12) == 0 || strncasecmp(name, "Unknown", 7) == 0;
}

/* Who did it: the group claiming it, else the perpetrator of the incident's
 * leading events (vi_incident.c), unless generic ("Unidentified armed
 * group"): never a target, a victim, nor a body that condemns or reports. */
static const char *perpetrator(const vi_incident *inc)
{
    if (inc->claimed_by[0])
        return inc->claimed_by;
    if (inc->perpetrator[0] && !generic(inc->perpetrator))
        return inc->perpetrator;
    return NULL;
}

static size_t put(char *buf, size_t n, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static size_t put(char *buf, size_t n, size_t at, const char *fmt, ...)
{
    if (at >= n)
        return at;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf + at, n - at, fmt, ap);
    va_end(ap);
    return k < 0 ? at : at + (size_t)k;
}

static size_t figure(char *buf, size_t n, size_t at, const vi_range *r, const char *verb,
                     const char *claimant)
{
    if (!r->present)
        return at;
    if (r->min == r->max)
        at = put(buf, n, at, ", %lld %s", r->max, verb);
    else
        at = put(buf, n, at, ", %lld-%lld %s", r->min, r->max, verb);
    if (claimant[0] && strcasecmp(r->max_by, claimant) == 0)
        at = put(buf, n, at, " (%lld claimed by %s)", r->max, claimant);
    return at;
}

void vi_alert_summary(const vi_incident *inc, char *buf, size_t n)
{
    const char *country = vi_country_name(inc->country), *who = perpetrator(inc);
    size_t p0 = put(buf, n, 0, "%s: ", country);
    size_t at = put(buf, n, p0, "%s%s%s", who ? who : "", who ? " " : "", phrase(inc));
    if (!who && p0 < n && buf[p0] >= 'a' && buf[p0] <= 'z')
        buf[p0] = (char)(buf[p0] - 'a' + 'A');
    if (inc->place[0] && strcmp(inc->place, country) != 0)
        at = put(buf, n, at, " in %s", inc->place);
    at = figure(buf, n, at, &inc->fatalities, "killed", inc->claimed_by);
    at = figure(buf, n, at, &inc->arrests, "arrested", inc->claimed_by);
    if (inc->disputed)
        at = put(buf, n, at, ", disputed");
    put(buf, n, at, ", %u source%s", inc->n_articles, inc->n_articles == 1 ? "" : "s");
}
