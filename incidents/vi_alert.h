/*
 * vi_alert.h - the alert lifecycle, in the manner of Alertmanager.
 *
 * - Group wait: a new incident is evaluated group_wait_ms after it was first
 *   seen, so corroborating sources can join before the first alert.
 * - One alert per incident: the first notification is "firing"; later ones
 *   are "update", sent only when the state changes materially: severity
 *   rises, the toll (or arrests) crosses a threshold level of the rules file,
 *   a claim of responsibility appears, or the incident becomes disputed.
 *   Changes after the first alert are batched over another group_wait_ms.
 * - Inhibition: an incident matching an inhibit rule's "when" side (with the
 *   severity its rules give it) mutes incidents matching the "mute" side in
 *   the same country whose dates overlap within the incident window.
 * - Silences: matchers with an expiry, from the silences file.
 * - Muted states are recorded like notified ones, so a muted incident alerts
 *   later only if it gets materially worse (after the silence expired).
 *
 * Alert ids are deterministic: hash(incident id, "firing") for the first
 * alert, hash(incident id, "update", severity, levels, claim, disputed) for
 * updates, so a reprocessed or re-evaluated state yields the same id and
 * downstream can drop duplicates.  State lives in the incident
 * (vi_alert_state), so it is published and restored with it.
 */
#ifndef VI_ALERT_H
#define VI_ALERT_H

#include "vi_incident.h"
#include "vi_rules.h"

enum { VI_FIRING = 1, VI_UPDATE = 2 };

typedef struct vi_alert_cfg {
    long long group_wait_ms;
} vi_alert_cfg;

typedef struct vi_alert {
    char id[VI_ID_LEN];
    int status;   /* VI_FIRING or VI_UPDATE */
    unsigned seq; /* 0 for the firing alert, then 1, 2, ... */
    int severity;
    char rule[64];
    char route[128];  /* "" = default topic */
    char reason[128]; /* why now: "new incident", "toll crossed 100", ... */
    char muted[128];  /* "" or "silenced by NAME" / "inhibited by NAME (incident ID)" */
    int fat_level, arr_level, claimed, disputed;
    char summary[512];
    const vi_incident *inc;
} vi_alert;

/* Sends (or, when a->muted[0], records) one alert; returns 0 when done,
 * < 0 to leave the incident pending for the next tick. */
typedef int (*vi_alert_fn)(void *ctx, const vi_alert *a);

/* Schedule an evaluation after a change (mask from vi_store_add). */
void vi_alert_note_change(vi_incident *inc, unsigned changes, long long now_ms,
                          const vi_alert_cfg *cfg);

/* Evaluate every due incident and hand alerts to fn; returns alerts handed. */
int vi_alert_tick(vi_store *s, const vi_rules *rules, const vi_silences *sil, long long now_ms,
                  vi_alert_fn fn, void *ctx);

/* Earliest pending evaluation, or 0. */
long long vi_alert_next_due(vi_store *s);

/* Restore the notified state from an alert log record (seq, levels...);
 * keeps whichever of the two is later. */
void vi_alert_apply_logged(vi_incident *inc, const vi_alert *logged);

/* One-line human summary: "Burkina Faso: JNIM attack on a military base in
 * Djibo, 60-200 killed (200 claimed by JNIM), 3 sources". */
void vi_alert_summary(const vi_incident *inc, char *buf, size_t n);

const char *vi_country_name(const char *iso2);

#endif
