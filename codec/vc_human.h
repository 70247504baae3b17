/*
 * vc_human.h - one readable line for an event or an alert record, for
 * people watching a topic (`vigil consume --format human`, the demo).
 *
 *   EVENT 2025-06-10 armed_clash/base_attack | Boulkessi, Mopti, ML | 20 killed | JNIM > Malian
 * Armed Forces | Vingt soldats maliens ont été tués mardi… ALERT 2026-12-07 03:48:26 critical
 * firing (killed-50) | Burkina Faso: JNIM attack on a military base in Djibo, 60-200 killed (200
 * claimed by JNIM), disputed, 3 sources
 *
 * An event line gives its date, type, place, toll, actors (the perpetrator,
 * then the others) and the start of its evidence sentence; an alert line its
 * time, severity, status and rule, then its summary (which names the type,
 * place, toll and perpetrator).  Anything else is not ours to format.
 */
#ifndef VC_HUMAN_H
#define VC_HUMAN_H

#include <stddef.h>

/* The line for the JSON record json[0..len), without a newline, in a
 * malloc'd string; NULL when the record is not an event or an alert (or
 * not JSON), so the caller prints it as it is. */
char *vc_human_line(const char *json, size_t len);

#endif
