/*
 * vc_event_json.h - the published JSON form of an event (schema in
 * schema/event.schema.json).  One function writes it so the daemon and
 * `vigil extract` emit byte-identical events.
 */
#ifndef VC_EVENT_JSON_H
#define VC_EVENT_JSON_H

#include <stddef.h>

#include "vc_envelope.h"
#include "vigil.h"

/* Write the event as compact JSON into a malloc'd NUL-terminated string
 * (*out, *len; the caller frees it).  The evidence sentence is cut from
 * doc->body.  Returns 0 or VG_ENOMEM. */
int vc_event_json(const vg_event *e, const vg_doc *doc, const vc_envelope *env, char **out,
                  size_t *len);

/* The output names of the library's enums ("town", "day", "at_least",
 * "perpetrator", "armed_group"); "" for VG_ROLE_NONE and VG_AK_NONE (written
 * as null). */
const char *vc_loc_prec_name(vg_loc_prec p);
const char *vc_date_prec_name(vg_date_prec p);
const char *vc_qual_name(vg_qual q);
const char *vc_role_name(vg_role r);
const char *vc_actor_kind_name(vg_actor_kind k);

#endif
