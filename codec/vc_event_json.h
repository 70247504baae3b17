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

#endif
