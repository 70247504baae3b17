/*
 * vd_canon.h - one name per actor in incidents: the alerting stage renames
 * each actor of an event to its canonical name in the actor dictionary
 * (knowledge/actors.tsv), so that "Military Forces of Mali" (an alias)
 * and "Malian Armed Forces" are one actor in an incident's actor list and
 * its summary, whichever outlet or extraction path named it.
 *
 * The dictionary is loaded from the knowledge directory with the rules, and
 * swapped with them on reload.  Read-only once loaded; owned by the stage.
 */
#ifndef VD_CANON_H
#define VD_CANON_H

#include <stddef.h>

#include "vi_incident.h"

typedef struct vd_canon vd_canon;

/* Load dir/actors.tsv; on error err says "file:line: message". */
int vd_canon_load(const char *dir, vd_canon **out, char *err, size_t errlen);
void vd_canon_free(vd_canon *c); /* accepts NULL */

/* Rename ev's actors to their canonical names (the event's country picks
 * among homonyms); names the dictionary does not know are kept.  Returns
 * the number renamed. */
int vd_canon_event(const vd_canon *c, vi_event *ev);

#endif
